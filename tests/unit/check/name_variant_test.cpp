// name-variant (info): one person spelled differently across sources.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/name_variant: one person spelled two ways in two sources is a note") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  run.draft("d.md", "2014-11-20", "Choi Ryong-hae arrived in Moscow on Monday, Nov. 17.");
  const auto all = run.check();
  CHECK(test::count(all, Severity::error) == 0);
  CHECK(test::count(all, Severity::warning) == 0);
  const auto fs = test::only(all, "name-variant");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::info);
  CHECK(f.fact == "spelling of Choe Ryong Hae");
  CHECK(f.message == "one person, 2 spellings: Choe Ryong Hae, Choi Ryong-hae");
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "Choi Ryong-hae");
  CHECK(f.sides[1].value == "Choe Ryong Hae");
}

TEST_CASE("check/name_variant: a title before the name is not part of the spelling") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Russian President Vladimir Putin met Choe Ryong Hae on Monday.");
  run.draft("d.md", "2014-11-20", "Vladimir Putin met Choe Ryong Hae on Monday, Nov. 17.");
  CHECK(test::only(run.check(), "name-variant").empty());
}

TEST_CASE("check/name_variant: near misses") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  SECTION("the same spelling") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Monday, Nov. 17.");
  }
  SECTION("a bare surname is not a spelling") {
    run.draft("d.md", "2014-11-20", "Choe arrived in Moscow on Monday, Nov. 17.");
  }
  SECTION("another person with the same surname") {
    run.draft("d.md", "2014-11-20", "Choe Son Hui arrived in Moscow on Monday, Nov. 17.");
  }
  CHECK(test::only(run.check(), "name-variant").empty());
}

TEST_CASE("check/name_variant: two spellings within one story are not a cross-source note") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Choe Ryong Hae arrived in Moscow on Monday. Choi Ryong-hae met Sergey Lavrov on Tuesday.");
  CHECK(test::only(run.check(), "name-variant").empty());
}

TEST_CASE("check/name_variant: spellings only the archive uses are left out of a draft check") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  run.archive("b.txt", "2014-11-19", "Choi Ryong-hae met Sergey Lavrov on Tuesday.");
  SECTION("batch: a note") {
    CHECK(test::only(run.check(), "name-variant").size() == 1);
  }
  SECTION("a draft about someone else: nothing") {
    run.draft("d.md", "2014-11-20", "Sergey Lavrov met Kim Kye Gwan on Wednesday.");
    CHECK(test::only(run.check(), "name-variant").empty());
  }
}
