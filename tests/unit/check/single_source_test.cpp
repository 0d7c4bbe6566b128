// single-source (info): a draft's claim that nothing in the archive speaks to.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/single_source: a draft's fact no archive story mentions is a note") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov on Monday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Nov. 19, 2014.");
  const auto fs = test::only(run.check(), "single-source");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::info);
  CHECK(f.fact == "arrival date of Choe Ryong Hae in Vladivostok");
  REQUIRE(f.sides.size() == 1);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "Wednesday, Nov. 19, 2014");
  CHECK(f.message ==
        "arrival date of Choe Ryong Hae in Vladivostok: Wednesday, Nov. 19, 2014 - concord found no claim about it "
        "in the archive");
}

TEST_CASE("check/single_source: near misses") {
  test::Run run;
  SECTION("the archive agrees") {
    run.archive("a.txt", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Nov. 19, 2014.");
  }
  SECTION("the archive mentions the fact with a bare surname") {
    run.archive("a.txt", "2014-11-20", "Choe Ryong Hae left Moscow. Choe arrived in Vladivostok on Wednesday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Nov. 19, 2014.");
  }
  SECTION("no archive at all") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Nov. 19, 2014.");
  }
  SECTION("a hedged claim is not the draft's claim") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov on Monday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae is likely to meet Vladimir Putin on Friday.");
  }
  SECTION("reported speech is the speaker's claim") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov on Monday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Ryabkov said.");
  }
  SECTION("a predicate with no single value (a companion)") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov on Monday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae was accompanied by Kim Kye Gwan.");
  }
  CHECK(test::only(run.check(), "single-source").empty());
}

TEST_CASE("check/single_source: the archive disagreeing is a conflict, not a single source") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Vladivostok on Monday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Nov. 19, 2014.");
  const auto fs = run.check();
  CHECK(test::only(fs, "single-source").empty());
  CHECK(test::only(fs, "value-conflict").size() == 1);
}

TEST_CASE("check/single_source: the same fact about another person does not count") {
  test::Run run;
  run.archive("a.txt", "2014-11-20", "Choe Son Hui arrived in Vladivostok on Wednesday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Vladivostok on Wednesday, Nov. 19, 2014.");
  const auto fs = test::only(run.check(), "single-source");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].fact == "arrival date of Choe Ryong Hae in Vladivostok");
}

TEST_CASE("check/single_source: the archive's claim is found through a short form and a trailing year") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Russia also wrote off most of North Korea's $11-billion debt in 2012.");
  SECTION("\"the North\" in a story that names North Korea, and \"in 2012\" before the claim") {
    run.draft("d.md", "2014-11-20",
              "North Korea sent an envoy to Moscow. In 2012, Russia forgave most of the North's $11-billion debt.");
    CHECK(test::only(run.check(), "single-source").empty());
  }
  SECTION("a story that names no North Korea: \"the North\" stays unlinked") {
    run.draft("d.md", "2014-11-20", "In 2012, Russia forgave most of the North's $11-billion debt.");
    CHECK(test::only(run.check(), "single-source").size() == 1);
  }
}
