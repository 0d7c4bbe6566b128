// ordinal: counts and orders of events that disagree.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/ordinal: one event given two positions is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korea conducted its third nuclear test in February 2013.");
  run.draft("d.md", "2014-11-20", "Pyongyang pushed ahead with its fourth nuclear test in February 2013.");
  const auto all = run.check();
  CHECK(test::only(all, "value-conflict").empty());  // counted events are the ordinal check's
  const auto fs = test::only(all, "ordinal");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.predicate == "nth-event");
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "fourth");
  CHECK(f.sides[1].value == "third");
  CHECK(test::has(f.message, "fourth here, but the archive says third"));
}

TEST_CASE("check/ordinal: one position given two dates is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korea conducted its third nuclear test in February 2013.");
  run.draft("d.md", "2016-01-07", "North Korea conducted its third nuclear test in January 2016.");
  const auto fs = test::only(run.check(), "ordinal");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].sides[0].value == "January 2016");
  CHECK(fs[0].sides[1].value == "February 2013");
}

TEST_CASE("check/ordinal: near misses") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korea conducted its third nuclear test in February 2013.");
  SECTION("another test, at another time") {
    run.draft("d.md", "2016-01-07", "North Korea conducted its fourth nuclear test in January 2016.");
  }
  SECTION("the same test, the month written out differently") {
    run.draft("d.md", "2016-01-07", "Pyongyang carried out its third nuclear test in Feb. 2013.");
  }
  SECTION("a hedged next test") {
    run.draft("d.md", "2014-11-20", "North Korea may conduct its fourth nuclear test in February 2013.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "ordinal").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/ordinal: two countries named by possessives are different events") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Pyongyang's third nuclear test in February 2013 drew new sanctions.");
  SECTION("India's third test: nothing") {
    run.draft("d.md", "2014-11-20", "India's third nuclear test in May 1998 drew sanctions.");
    CHECK(test::only(run.check(), "ordinal").empty());
  }
  SECTION("Pyongyang's third test again: error") {
    run.draft("d.md", "2014-11-20", "Pyongyang's third nuclear test in May 1998 drew sanctions.");
    CHECK(test::only(run.check(), "ordinal").size() == 1);
  }
}

// "X conducted its third nuclear test" names the actor, and claims whose
// subjects differ are different facts.
TEST_CASE("check/ordinal: different countries' third nuclear tests are different events") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "North Korea conducted its third nuclear test in February 2013.");
  SECTION("its") { run.draft("d.md", "2014-11-20", "India conducted its third nuclear test in May 1998."); }
  SECTION("a possessive on one side only") {
    run.draft("d.md", "2014-11-20", "India's third nuclear test in May 1998 drew sanctions.");
  }
  CHECK(test::only(run.check(), "ordinal").empty());
}

TEST_CASE("check/ordinal: counts of events") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Pyongyang has conducted three nuclear tests since 2006.");
  SECTION("two counts within weeks: error") {
    run.draft("d.md", "2014-11-20", "North Korea has carried out four nuclear tests since 2006.");
    const auto fs = test::only(run.check(), "ordinal");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].predicate == "event-count");
    CHECK(fs[0].sides[0].value == "four");
    CHECK(fs[0].sides[1].value == "three");
  }
  SECTION("the same count: nothing") {
    run.draft("d.md", "2014-11-20", "North Korea has carried out three nuclear tests since 2006.");
    CHECK(test::only(run.check(), "ordinal").empty());
  }
  SECTION("a count years later has grown: nothing") {
    run.draft("d.md", "2016-09-10", "North Korea has carried out five nuclear tests since 2006.");
    CHECK(test::only(run.check(), "ordinal").empty());
  }
}
