// negation: one source denies what another reports.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/negation: a denial in the draft against a report in the archive is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Choe Ryong Hae was accompanied by Kim Kye Gwan, Pyongyang's point man on nuclear talks.");
  run.draft("d.md", "2014-11-20", "Kim Kye Gwan did not accompany Choe Ryong Hae on the trip.");
  const auto fs = test::only(run.check(), "negation");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.fact == "whether Kim Kye Gwan accompanied Choe Ryong Hae");
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "no");
  CHECK(f.sides[1].citation.path == "a.txt");
  CHECK(f.sides[1].value == "yes");
  CHECK(test::has(f.message, "no here, but the archive says yes"));
}

TEST_CASE("check/negation: the draft's side comes first when the denial is in the archive") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Kye Gwan did not accompany Choe Ryong Hae on the trip.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae was accompanied by Kim Kye Gwan.");
  const auto fs = test::only(run.check(), "negation");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].sides[0].draft);
  CHECK(fs[0].sides[0].value == "yes");
  CHECK(fs[0].sides[1].value == "no");
}

TEST_CASE("check/negation: near misses") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae was accompanied by Kim Kye Gwan.");
  SECTION("the denial is about another Choe") {
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan did not accompany Choe Son Hui.");
  }
  SECTION("a hedged claim is not a report") {
    run.archive("b.txt", "2014-11-19", "Kim Kye Gwan did not accompany Choe Ryong Hae.");
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan may have accompanied Choe Ryong Hae.");
  }
  SECTION("a plan is not a report") {
    run.archive("b.txt", "2014-11-19", "Kim Kye Gwan did not accompany Choe Ryong Hae.");
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan will accompany Choe Ryong Hae.");
  }
  SECTION("a trip years later is another trip") {
    run.draft("d.md", "2017-11-20", "Kim Kye Gwan did not accompany Choe Ryong Hae.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "negation").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/negation: two denials agree") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Kye Gwan did not accompany Choe Ryong Hae.");
  run.draft("d.md", "2014-11-20", "Kim Kye Gwan did not accompany Choe Ryong Hae on the trip.");
  const auto fs = run.check();
  CHECK(test::only(fs, "negation").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/negation: different times are different events") {
  test::Run run;
  run.archive("a.txt", "2014-11-19", "Choe Ryong Hae met Russian President Vladimir Putin on Tuesday.");
  SECTION("not on Monday, but on Tuesday: no finding") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae did not meet Putin on Monday.");
    CHECK(test::only(run.check(), "negation").empty());
  }
  SECTION("not on the same Tuesday: error") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae did not meet Putin on Tuesday, Nov. 18.");
    const auto fs = test::only(run.check(), "negation");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].fact == "whether Choe Ryong Hae met Vladimir Putin");
  }
}

TEST_CASE("check/negation: a denial within one story is not a cross-source finding") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Choe Ryong Hae was accompanied by Kim Kye Gwan. Kim Kye Gwan did not accompany Choe Ryong Hae.");
  CHECK(test::only(run.check(), "negation").empty());
}

TEST_CASE("check/negation: a denial that drops a name's diacritics is about the same person") {
  test::Run run;
  run.archive("a.txt", "2025-03-04", "Tomas Novak met Yasmin Thorne in Halvik on Monday.");
  run.archive("b.txt", "2025-03-05", "Tomás Novak did not meet Yasmin Thorne in Halvik.");
  CHECK(test::only(run.check(), "negation").size() == 1);
}
