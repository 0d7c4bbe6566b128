// weekday: a date written with a weekday it does not fall on.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/weekday: a weekday that does not fit its date is an error in the draft") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  SECTION("month, day and year") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow, on Monday, Nov. 18, 2014, were cordial.");
  }
  SECTION("day, month and year") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow on Monday, 18 November 2014 were cordial.");
  }
  SECTION("the year from the story's date") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow on Monday, Nov. 18 were cordial.");
  }
  const auto fs = test::only(run.check(), "weekday");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.fact == "weekday of 2014-11-18");
  CHECK(f.message == "2014-11-18 is a Tuesday, not a Monday; check the weekday or the date");
  REQUIRE(f.sides.size() == 1);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].citation.path == "d.md");
  CHECK(test::has(f.sides[0].value, "Monday"));
}

TEST_CASE("check/weekday: an abbreviated weekday is checked too") {
  test::Run run;
  run.draft("d.md", "2014-11-20", "The talks in Moscow, on Mon., Nov. 18, 2014, were cordial.");
  const auto fs = test::only(run.check(), "weekday");
  REQUIRE(fs.size() == 1);
  CHECK(test::has(fs[0].message, "is a Tuesday, not a Monday"));
}

TEST_CASE("check/weekday: near misses") {
  test::Run run;
  SECTION("the right weekday") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow, on Tuesday, Nov. 18, 2014, were cordial.");
  }
  SECTION("the right abbreviated weekday") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow, on Tue., Nov. 18, 2014, were cordial.");
  }
  SECTION("the same words in a year when they fit") {
    run.draft("d.md", "2013-11-20", "The talks in Moscow on Monday, Nov. 18 were cordial.");
  }
  SECTION("a date without a year, last year's in a January story") {
    run.draft("d.md", "2015-01-05", "The talks in Moscow on Monday, Dec. 29 were cordial.");
  }
  SECTION("no known year: nothing to check") {
    run.draft("d.md", "", "The talks in Moscow on Monday, Nov. 18 were cordial.");
  }
  SECTION("a weekday alone") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow on Monday were cordial.");
  }
  SECTION("a range of days") {
    run.draft("d.md", "2014-11-20", "The talks in Moscow on Nov. 17-18, 2014 were cordial.");
  }
  CHECK(test::only(run.check(), "weekday").empty());
}

TEST_CASE("check/weekday: a wrong weekday in the archive is reported in a batch, not against a draft") {
  test::Run run;
  run.archive("a.txt", "2014-11-20", "The talks in Moscow, on Monday, Nov. 18, 2014, were cordial.");
  SECTION("batch") {
    const auto fs = test::only(run.check(), "weekday");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sides[0].citation.path == "a.txt");
    CHECK_FALSE(fs[0].sides[0].draft);
  }
  SECTION("draft check") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Monday.");
    CHECK(test::only(run.check(), "weekday").empty());
  }
}
