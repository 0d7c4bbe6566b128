// Modality decides severity, in every check: hedges and plans never count
// against what happened; reported speech is its speaker's and gives a warning.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

namespace {

// An archive story in which Choe Ryong Hae met Putin on Monday, Nov. 17, 2014.
void met_on_monday(test::Run& run) {
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian President Vladimir Putin on Monday.");
}

}  // namespace

TEST_CASE("check/modality: a hedged or planned claim never produces a finding against what happened") {
  test::Run run;
  met_on_monday(run);
  SECTION("hedged") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae is likely to meet Russian President Vladimir Putin on Friday.");
  }
  SECTION("expected") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae is expected to meet Vladimir Putin on Friday.");
  }
  SECTION("planned") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae plans to meet Vladimir Putin on Friday.");
  }
  SECTION("will") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae will meet Vladimir Putin on Friday.");
  }
  const auto fs = run.check();
  CHECK(test::count(fs, Severity::error) == 0);
  CHECK(test::count(fs, Severity::warning) == 0);
}

TEST_CASE("check/modality: a hedge in the archive does not count against the draft either") {
  test::Run run;
  run.archive("a.txt", "2014-11-16", "Choe Ryong Hae is scheduled to meet Vladimir Putin on Thursday.");
  run.archive("b.txt", "2014-11-17", "Choe Ryong Hae may meet Vladimir Putin on Wednesday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Russian President Vladimir Putin on Monday.");
  const auto fs = run.check();
  CHECK(test::count(fs, Severity::error) == 0);
  CHECK(test::count(fs, Severity::warning) == 0);
}

TEST_CASE("check/modality: the same sentence asserted is an error (the control for the hedges)") {
  test::Run run;
  met_on_monday(run);
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
}

TEST_CASE("check/modality: reported speech gives a warning, attributed to its speaker") {
  test::Run run;
  met_on_monday(run);
  SECTION("the speaker after the claim") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday, Ryabkov said.");
  }
  SECTION("the speaker before the claim") {
    run.draft("d.md", "2014-11-20", "Ryabkov said Choe Ryong Hae met Vladimir Putin on Wednesday.");
  }
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
  CHECK(fs[0].sides[0].modality == rules::Modality::reported);
  CHECK(fs[0].sides[0].speaker == "Ryabkov");
  CHECK(fs[0].sides[1].speaker.empty());
}

TEST_CASE("check/modality: one speaker contradicting themselves across stories is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Vladimir Putin on Monday, Ryabkov said.");
  SECTION("the same speaker: error") {
    run.draft("d.md", "2014-11-20", "Ryabkov said Choe Ryong Hae met Vladimir Putin on Wednesday.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
  }
  SECTION("another speaker: warning") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday, Lavrov said.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
}

TEST_CASE("check/modality: \"according to Ryabkov\" and \"Ryabkov said\" are one speaker") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Vladimir Putin on Monday, according to Ryabkov.");
  run.draft("d.md", "2014-11-20", "Ryabkov said Choe Ryong Hae met Vladimir Putin on Wednesday.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].sides[1].speaker == "Ryabkov");
  CHECK(fs[0].severity == Severity::error);
}

// A match never ends with the comma after a name, so the attribution finder
// sees the comma that opens ", Ryabkov said".
TEST_CASE("check/modality: reported speech right after a name is still reported") {
  test::Run run;
  met_on_monday(run);
  run.draft("d.md", "2014-11-20", "On Wednesday, Choe Ryong Hae met Vladimir Putin, Ryabkov said.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].sides[0].speaker == "Ryabkov");
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/modality: a speaker broken over two lines is written on one") {
  test::Run run;
  met_on_monday(run);
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday, Deputy Foreign\nMinister Ryabkov said.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].sides[0].speaker == "Deputy Foreign Minister Ryabkov");
}

TEST_CASE("check/modality: an outlet credited is not speech: its report stands, an error") {
  test::Run run;
  met_on_monday(run);
  SECTION("Tass said") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday, Tass said.");
  }
  SECTION("the news agency reported") {
    run.draft("d.md", "2014-11-20",
              "Choe Ryong Hae met Vladimir Putin on Wednesday, the Korean Central News Agency reported.");
  }
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK_FALSE(fs[0].sides[0].attribution.empty());
  CHECK(fs[0].sides[0].speaker.empty());
}

TEST_CASE("check/modality: a reported denial gives a warning") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae was accompanied by Kim Kye Gwan.");
  SECTION("the denial is asserted: error") {
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan did not accompany Choe Ryong Hae.");
    const auto fs = test::only(run.check(), "negation");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
  }
  SECTION("the denial is a speaker's: warning") {
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan never accompanied Choe Ryong Hae, Ryabkov said.");
    const auto fs = test::only(run.check(), "negation");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sides[0].speaker == "Ryabkov");
    CHECK(fs[0].severity == Severity::warning);
  }
}

TEST_CASE("check/modality: a document date inferred from the page makes a date finding a warning") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian President Vladimir Putin on Monday.",
              ingest::DateSource::inferred);
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/modality: against the gazetteer only asserted claims count") {
  test::Run run;
  SECTION("an asserted title: error") {
    run.draft("d.md", "2015-03-02", "Kim Kye Gwan, North Korea's foreign minister, met Wang Yi on Monday.");
    CHECK(test::count(run.check(), Severity::error) == 1);
  }
  SECTION("a speaker's title: no error") {
    run.draft("d.md", "2015-03-02", "Ryabkov said Kim Kye Gwan, North Korea's foreign minister, was in Beijing.");
    CHECK(test::count(run.check(), Severity::error) == 0);
  }
}

TEST_CASE("check/modality: reported speech gives a warning in the other checks too") {
  test::Run run;
  SECTION("age") {
    run.archive("a.txt", "2014-11-18", "Kim Jong Un, 31, has never travelled abroad as leader.");
    run.draft("d.md", "2014-11-18", "Ryabkov said Kim Jong Un was 33.");
    const auto fs = test::only(run.check(), "age");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
  SECTION("temporal") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
    run.draft("d.md", "2014-11-22",
              "Ryabkov said Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday.");
    const auto fs = test::only(run.check(), "temporal");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
  SECTION("negation") {
    run.archive("a.txt", "2014-11-18", "Kim Kye Gwan did not accompany Choe Ryong Hae.");
    run.draft("d.md", "2014-11-20", "Ryabkov said Choe Ryong Hae was accompanied by Kim Kye Gwan.");
    const auto fs = test::only(run.check(), "negation");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
}

TEST_CASE("check/modality: hedged and planned claims are not compared by temporal or negation") {
  test::Run run;
  SECTION("a hedged meeting on a two-day trip") {
    run.archive("a.txt", "2014-11-17", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
    run.draft("d.md", "2014-11-18", "Choe Ryong Hae may meet Sergey Lavrov in Moscow on Friday.");
  }
  SECTION("a planned meeting on a two-day trip") {
    run.archive("a.txt", "2014-11-17", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
    run.draft("d.md", "2014-11-18", "Choe Ryong Hae will meet Sergey Lavrov in Moscow on Friday.");
  }
  SECTION("a hedged denial") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae was accompanied by Kim Kye Gwan.");
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan probably did not accompany Choe Ryong Hae.");
  }
  const auto fs = run.check();
  CHECK(test::count(fs, Severity::error) == 0);
  CHECK(test::count(fs, Severity::warning) == 0);
}
