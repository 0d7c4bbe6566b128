// one-holder: two people in an office one person holds at a time.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

namespace {

bool has_side(const check::Finding& f, const std::string& value, const std::string& rule_or_path) {
  for (const auto& s : f.sides) {
    if (s.value.rfind(value, 0) == 0 && (s.rule == rule_or_path || s.citation.path == rule_or_path)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("check/one_holder: two foreign ministers of one country at one time is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korean Foreign Minister Ri Su Yong met Russian Foreign Minister Sergey Lavrov.");
  run.draft("d.md", "2014-11-20", "Pak Ui Chun, North Korea's foreign minister, arrived in Moscow on Wednesday.");
  const auto fs = test::only(run.check(), "one-holder");
  // One statement in the draft: the archive and the gazetteer are merged into one finding.
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.fact == "foreign minister of North Korea, an office one person holds at a time");
  REQUIRE(f.sides.size() == 3);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "Pak Ui Chun as foreign minister of North Korea");
  CHECK(has_side(f, "Ri Su Yong as foreign minister of North Korea", "a.txt"));
  CHECK(has_side(f, "Ri Su Yong as foreign minister of North Korea from 2014-04-09 to 2016-05-09", "gazetteer"));
  CHECK(test::has(f.message, "Pak Ui Chun as foreign minister of North Korea here"));
  CHECK(test::has(f.message, "the archive says Ri Su Yong"));
}

TEST_CASE("check/one_holder: against the gazetteer's office holders") {
  test::Run run;
  SECTION("Ri Yong Ho was not foreign minister in 2015: error citing Ri Su Yong") {
    run.draft("d.md", "2015-03-02", "North Korean Foreign Minister Ri Yong Ho met Chinese Foreign Minister Wang Yi.");
    const auto fs = test::only(run.check(), "one-holder");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    REQUIRE(fs[0].sides.size() == 2);
    CHECK(fs[0].sides[1].rule == "gazetteer");
    CHECK(fs[0].sides[1].value == "Ri Su Yong as foreign minister of North Korea from 2014-04-09 to 2016-05-09");
  }
  SECTION("Ri Su Yong was: nothing") {
    run.draft("d.md", "2015-03-02", "North Korean Foreign Minister Ri Su Yong met Chinese Foreign Minister Wang Yi.");
    CHECK(test::only(run.check(), "one-holder").empty());
  }
  SECTION("Ri Yong Ho was in 2017: nothing") {
    run.draft("d.md", "2017-08-07", "North Korean Foreign Minister Ri Yong Ho met Chinese Foreign Minister Wang Yi.");
    CHECK(test::only(run.check(), "one-holder").empty());
  }
  SECTION("someone the gazetteer does not know, in an office it does: error") {
    run.draft("d.md", "2015-03-02", "North Korean Foreign Minister Ri Chol Man met Chinese Foreign Minister Wang Yi.");
    CHECK(test::only(run.check(), "one-holder").size() == 1);
  }
}

TEST_CASE("check/one_holder: on a handover day the new holder is not an error") {
  test::Run run;
  SECTION("Ri Su Yong, foreign minister from 2014-04-09, the day Pak Ui Chun left") {
    run.draft("d.md", "2014-04-09", "North Korean Foreign Minister Ri Su Yong met Sergey Lavrov in Moscow.");
  }
  SECTION("Putin, president again from 2012-05-07, the day Medvedev left") {
    run.draft("d.md", "2012-05-07", "Russian President Vladimir Putin met Chinese President Hu Jintao in Moscow.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "one-holder").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/one_holder: the day before the handover the new holder is an error") {
  test::Run run;
  run.draft("d.md", "2014-04-08", "North Korean Foreign Minister Ri Su Yong met Sergey Lavrov in Moscow.");
  const auto fs = test::only(run.check(), "one-holder");
  REQUIRE(fs.size() == 1);
  CHECK(test::has(fs[0].sides[1].value, "Pak Ui Chun"));
}

TEST_CASE("check/one_holder: an office that changed hands between two stories is not an error") {
  test::Run run;
  run.archive("a.txt", "2014-03-01", "North Korean Foreign Minister Pak Ui Chun met Sergey Lavrov in Moscow.");
  SECTION("each right at its own time, by the gazetteer: nothing") {
    run.draft("d.md", "2014-05-01", "North Korean Foreign Minister Ri Su Yong met Sergey Lavrov in Moscow.");
    CHECK(test::only(run.check(), "one-holder").empty());
  }
  SECTION("someone the gazetteer does not know: the stories disagree") {
    run.draft("d.md", "2014-03-03", "North Korean Foreign Minister Ri Chol Man met Sergey Lavrov in Moscow.");
    const auto fs = test::only(run.check(), "one-holder");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(has_side(fs[0], "Pak Ui Chun as foreign minister of North Korea", "a.txt"));
  }
}

// A claim with no time of its own is dated by its sentence's date: "In 2012,
// ... Foreign Minister Pak Ui Chun" in a 2015 story is 2012's, not 2015's.
TEST_CASE("check/one_holder: a title in a sentence about an earlier year is that year's") {
  test::Run run;
  run.draft("d.md", "2015-03-02", "In 2012, North Korean Foreign Minister Pak Ui Chun met Sergey Lavrov.");
  CHECK(test::only(run.check(), "one-holder").empty());
}

TEST_CASE("check/one_holder: near misses") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korean Foreign Minister Ri Su Yong met Russian Foreign Minister Sergey Lavrov.");
  SECTION("another country's foreign minister") {
    run.draft("d.md", "2014-11-20", "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov.");
  }
  SECTION("the same person, spelled another way") {
    run.draft("d.md", "2014-11-20", "North Korean Foreign Minister Ri Su-yong met Sergey Lavrov in Moscow.");
  }
  SECTION("a former minister") {
    run.draft("d.md", "2014-11-20", "Former foreign minister Pak Ui Chun met Sergey Lavrov in Moscow.");
  }
  SECTION("a vice minister is not the minister") {
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan, North Korea's first vice foreign minister, met Sergei Ryabkov.");
  }
  SECTION("a holder years later") {
    run.draft("d.md", "2017-08-07", "North Korean Foreign Minister Ri Yong Ho met Chinese Foreign Minister Wang Yi.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "one-holder").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/one_holder: a speaker's title gives a warning, and nothing against the gazetteer") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korean Foreign Minister Ri Su Yong met Russian Foreign Minister Sergey Lavrov.");
  run.draft("d.md", "2014-11-20", "Ryabkov said Pak Ui Chun, North Korea's foreign minister, was in Moscow.");
  const auto fs = test::only(run.check(), "one-holder");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
  CHECK(fs[0].sides.size() == 2);  // the archive's side; the gazetteer counts only asserted claims
}

TEST_CASE("check/one_holder: two holders in one story is not a cross-source finding") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "North Korean Foreign Minister Ri Su Yong met Lavrov. "
              "Ri Chol Man, North Korea's foreign minister, met Wang Yi.");
  const auto fs = test::only(run.check(), "one-holder");
  // Only the gazetteer's: Ri Chol Man against Ri Su Yong's record, not the story against itself.
  REQUIRE(fs.size() == 1);
  for (const auto& s : fs[0].sides) CHECK((s.citation.path == "a.txt" || s.rule == "gazetteer"));
  CHECK(fs[0].sides.size() == 2);
  CHECK(fs[0].sides[1].rule == "gazetteer");
}

// Office holders the gazetteer does not know: the stories alone say when
// the office changed hands.
TEST_CASE("check/one_holder: a change of holder between stories is a reshuffle, not two holders") {
  test::Run run;
  run.archive("a.txt", "2025-01-10", "Estoria's Foreign Minister Mara Lindqvist met Tomas Brandt in Halvik.");
  run.archive("b.txt", "2025-01-20", "Estoria's Foreign Minister Mara Lindqvist arrived in Halvik on Monday.");
  SECTION("a new holder from March: nothing") {
    run.archive("c.txt", "2025-03-05", "Estoria's Foreign Minister Ines Carr met Tomas Brandt in Halvik.");
    run.archive("d.txt", "2025-03-12", "Estoria's Foreign Minister Ines Carr arrived in Halvik on Monday.");
    CHECK(test::only(run.check(), "one-holder").empty());
  }
  SECTION("the old holder again after the new one: error") {
    run.archive("c.txt", "2025-03-05", "Estoria's Foreign Minister Ines Carr met Tomas Brandt in Halvik.");
    run.archive("d.txt", "2025-04-02", "Estoria's Foreign Minister Mara Lindqvist arrived in Halvik on Monday.");
    const auto fs = test::only(run.check(), "one-holder");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(has_side(fs[0], "Ines Carr as foreign minister of Estoria", "c.txt"));
    CHECK(has_side(fs[0], "Mara Lindqvist as foreign minister of Estoria", "d.txt"));
  }
  SECTION("two holders on one day: error") {
    run.archive("c.txt", "2025-01-20", "Estoria's Foreign Minister Ines Carr met Tomas Brandt in Halvik.");
    CHECK(test::only(run.check(), "one-holder").size() == 1);
  }
}

TEST_CASE("check/one_holder: one person spelled with and without diacritics is one holder") {
  test::Run run;
  run.archive("a.txt", "2025-01-10", "Estoria's Foreign Minister Zoë Campbell met Tomas Brandt in Halvik.");
  run.archive("b.txt", "2025-01-11", "Estoria's Foreign Minister Zoe Campbell met Tomas Brandt in Halvik.");
  run.archive("c.txt", "2025-01-12", "Estoria's Foreign Minister Zoë Campbell arrived in Halvik on Monday.");
  CHECK(test::only(run.check(), "one-holder").empty());
}
