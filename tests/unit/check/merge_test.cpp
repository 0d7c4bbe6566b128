// run.cpp: scope, merging, messages, fingerprints and order of findings.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "check/findings.h"
#include "check/harness.h"

using namespace concord;
using check::Severity;

namespace {

std::vector<std::string> fingerprints(const std::vector<check::Finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.fingerprint);
  return out;
}

std::vector<std::string> messages(const std::vector<check::Finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.message);
  return out;
}

}  // namespace

TEST_CASE("check/merge: one finding per draft statement, with every source against it") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  run.archive("b.txt", "2014-11-19", "Choe Ryong Hae arrived in Moscow on Monday, Nov. 17.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  const auto fs = run.check();
  REQUIRE(test::count(fs, Severity::error) == 1);
  const auto& f = fs.front();
  CHECK(f.check == "value-conflict");
  REQUIRE(f.sides.size() == 3);
  CHECK(f.sides[0].citation.path == "d.md");
  CHECK(f.sides[1].citation.path != f.sides[2].citation.path);
  CHECK(test::has(f.message, "Wednesday, Nov. 19, 2014 here, but the archive says"));
  CHECK(test::has(f.message, "(a.txt:1:1)"));
  CHECK(test::has(f.message, "(b.txt:1:1)"));
}

TEST_CASE("check/merge: two wrong statements in a draft are two findings") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Choe Ryong Hae arrived in Moscow on Monday. Kim Jong Un, 31, has never travelled abroad.");
  run.draft("d.md", "2014-11-18",
            "Choe Ryong Hae arrived in Moscow on Sunday.\nThe 33-year-old Kim Jong Un has never travelled abroad.");
  const auto fs = run.check();
  REQUIRE(test::count(fs, Severity::error) == 2);
  CHECK(fs[0].check == "value-conflict");
  CHECK(fs[0].sides[0].citation.start.line == 1);
  CHECK(fs[1].check == "age");
  CHECK(fs[1].sides[0].citation.start.line == 2);
}

TEST_CASE("check/merge: a merged finding takes its most severe side") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday, Ryabkov said.");
  SECTION("a speaker alone: warning") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
    const auto fs = run.check();
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
  SECTION("a speaker and an asserting story: error, both sides") {
    run.archive("b.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
    const auto fs = run.check();
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].sides.size() == 3);
  }
}

TEST_CASE("check/merge: a batch report gives one finding per fact") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  run.archive("b.txt", "2014-11-19", "Choe Ryong Hae arrived in Moscow on Monday, Nov. 17.");
  run.archive("c.txt", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  const auto fs = run.check();
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.check == "value-conflict");
  CHECK(f.severity == Severity::error);
  CHECK(f.fact == "arrival date of Choe Ryong Hae in Moscow");
  REQUIRE(f.sides.size() == 3);
  CHECK_FALSE(f.involves_draft());
  // No draft: each side is named by its path.
  CHECK(test::has(f.message, "a.txt:1:1"));
  CHECK(test::has(f.message, "b.txt:1:1"));
  CHECK(test::has(f.message, "c.txt:1:1"));
}

TEST_CASE("check/merge: a draft check keeps only findings that involve the draft") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday. Kim Jong Un, 31, met him.");
  run.archive("b.txt", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  SECTION("batch: the archive's conflict is reported") {
    CHECK(test::count(run.check(), Severity::error) == 1);
  }
  SECTION("against a draft that agrees: nothing from the archive alone") {
    run.draft("d.md", "2014-11-18", "Kim Jong Un, 31, met Choe Ryong Hae in Moscow.");
    const auto fs = run.check();
    CHECK(fs.empty());
  }
  SECTION("against a draft that disagrees: only the draft's finding") {
    run.draft("d.md", "2014-11-18", "The 33-year-old Kim Jong Un met Choe Ryong Hae in Moscow.");
    const auto fs = run.check();
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].check == "age");
    for (const auto& f : fs) CHECK(f.involves_draft());
  }
}

TEST_CASE("check/merge: notes are not merged into a draft's errors") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  run.draft("d.md", "2014-11-20",
            "Choi Ryong-hae arrived in Moscow on Wednesday, Nov. 19, 2014. Choi Ryong-hae left Moscow on Thursday.");
  const auto fs = run.check();
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].severity == Severity::error);  // errors first
  CHECK(fs[0].check == "value-conflict");
  CHECK(fs[1].severity == Severity::info);
  CHECK(fs[2].severity == Severity::info);
  CHECK(test::only(fs, "name-variant").size() == 1);
  CHECK(test::only(fs, "single-source").size() == 1);
}

TEST_CASE("check/merge: fingerprints do not change when lines move") {
  const std::string archive = "Choe Ryong Hae arrived in Moscow on Monday.\nKim Jong Un, 31, met him.\n";
  const std::string draft =
      "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.\n"
      "The 33-year-old Kim Jong Un met Choe Ryong Hae.\n"
      "Choe Ryong Hae met Putin on Monday, Nov. 18, 2014.\n";
  test::Run before;
  before.archive("a.txt", "2014-11-18", archive);
  before.draft("d.md", "2014-11-18", draft);
  test::Run after;
  after.archive("a.txt", "2014-11-18", "\n\n\n" + archive);
  after.draft("d.md", "2014-11-18", "\n\n" + draft);
  const auto fb = before.check();
  const auto fa = after.check();
  REQUIRE(fb.size() >= 3);  // the arrival, the age, the weekday
  REQUIRE(fa.size() == fb.size());
  CHECK(fingerprints(fa) == fingerprints(fb));
  // The lines did move.
  CHECK(fa[0].sides[0].citation.start.line == fb[0].sides[0].citation.start.line + 2);
  // And the fingerprints tell the findings apart.
  auto fps = fingerprints(fb);
  std::sort(fps.begin(), fps.end());
  CHECK(std::adjacent_find(fps.begin(), fps.end()) == fps.end());
}

TEST_CASE("check/merge: a different value is a different fingerprint") {
  test::Run one;
  one.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  one.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  test::Run two;
  two.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  two.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Thursday, Nov. 20, 2014.");
  const auto f1 = one.check();
  const auto f2 = two.check();
  REQUIRE(f1.size() == 1);
  REQUIRE(f2.size() == 1);
  CHECK(f1[0].fingerprint != f2[0].fingerprint);
  CHECK(f1[0].fingerprint.size() == 16);
}

TEST_CASE("check/merge: the order of findings is deterministic") {
  const std::string a = "Choe Ryong Hae arrived in Moscow on Monday.";
  const std::string b = "Kim Jong Un, 31, met Choe Ryong Hae. North Korea conducted its third nuclear test in February 2013.";
  const std::string d =
      "North Korea conducted its fourth nuclear test in February 2013.\n"
      "The 33-year-old Kim Jong Un met Choe Ryong Hae on Monday, Nov. 18, 2014.\n"
      "Choe Ryong Hae arrived in Moscow on Sunday.\n";
  test::Run first;
  first.archive("a.txt", "2014-11-18", a);
  first.archive("b.txt", "2014-11-18", b);
  first.draft("d.md", "2014-11-18", d);
  test::Run again;
  again.archive("b.txt", "2014-11-18", b);  // archive read in another order
  again.archive("a.txt", "2014-11-18", a);
  again.draft("d.md", "2014-11-18", d);
  const auto f1 = first.check();
  const auto f2 = again.check();
  REQUIRE(f1.size() >= 4);
  CHECK(fingerprints(f1) == fingerprints(f2));
  CHECK(messages(f1) == messages(f2));
  CHECK(fingerprints(first.check()) == fingerprints(f1));
  // Most severe first, then by where in the draft.
  for (std::size_t k = 1; k < f1.size(); ++k) {
    CHECK(f1[k - 1].severity >= f1[k].severity);
    if (f1[k - 1].severity == f1[k].severity && f1[k - 1].sides[0].citation.path == f1[k].sides[0].citation.path)
      CHECK(f1[k - 1].sides[0].citation.start.line <= f1[k].sides[0].citation.start.line);
  }
}

TEST_CASE("check/merge: a fact with many disagreeing pairs lists a bounded number of notes") {
  // Each pair of ages that cannot both hold explains itself in a note; a
  // person with thirty ages of two kinds makes over two hundred such pairs.
  // The merged finding keeps the first ones and counts the rest.
  test::Run run;
  for (int k = 0; k < 30; ++k) {
    const int age = k % 2 == 0 ? 31 : 40;
    run.archive(fmt::format("s{}.txt", k), fmt::format("2014-11-{:02}", k + 1),
                fmt::format("Kim Jong Un, {}, has never travelled abroad as leader.", age));
  }
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  const auto& notes = fs[0].notes;
  REQUIRE(notes.size() == check::Findings::kMaxNotes + 2);  // + the counts of notes and claims not listed
  CHECK(test::has(notes[notes.size() - 2], "more notes about this not listed"));
  CHECK(test::has(notes.back(), "more claims about this not listed"));
  std::vector<std::string> listed(notes.begin(), notes.end() - 2);
  std::sort(listed.begin(), listed.end());
  CHECK(std::adjacent_find(listed.begin(), listed.end()) == listed.end());  // no note twice
}
