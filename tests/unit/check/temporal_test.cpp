// temporal: a trip whose dates cannot all hold.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/temporal: a two-day trip that ends before a meeting abroad is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-22", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday.");
  run.draft("d.md", "2014-11-17", "Choe Ryong Hae left Pyongyang on Monday, Nov. 17, for a two-day trip to Russia.");
  const auto fs = test::only(run.check(), "temporal");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.fact == "dates of Choe Ryong Hae's trip");
  CHECK(f.message == "dates of Choe Ryong Hae's trip: these 3 claims cannot all be true");
  REQUIRE(f.sides.size() == 3);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[1].draft);
  CHECK(f.sides[2].citation.path == "a.txt");
  CHECK(f.sides[2].value == "Friday (2014-11-21)");
  // The chain of reasoning: when it left, how long it lasted, the meeting.
  REQUIRE(f.notes.size() == 3);
  bool left = false, lasted = false, met = false;
  for (const auto& n : f.notes) {
    left = left || test::has(n, "left on 2014-11-17");
    lasted = lasted || test::has(n, "the trip lasted two-day");
    met = met || test::has(n, "met in Moscow on 2014-11-21");
  }
  CHECK(left);
  CHECK(lasted);
  CHECK(met);
}

TEST_CASE("check/temporal: a return home before a meeting abroad is an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-20",
              "Choe Ryong Hae returned home on Wednesday, Nov. 19, after a week-long trip to Russia.");
  run.draft("d.md", "2014-11-22",
            "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday, Nov. 21.");
  const auto fs = test::only(run.check(), "temporal");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  REQUIRE(fs[0].sides.size() == 2);
  CHECK(fs[0].sides[0].citation.path == "d.md");
  CHECK(fs[0].sides[0].value == "Friday, Nov. 21 (2014-11-21)");
  CHECK(fs[0].sides[1].value == "Wednesday, Nov. 19 (2014-11-19)");
}

TEST_CASE("check/temporal: a meeting at home after the return is not during the trip") {
  test::Run run;
  SECTION("home unknown: a meeting outside the country the trip went to") {
    run.archive("a.txt", "2014-11-20",
                "Choe Ryong Hae returned home on Wednesday, Nov. 19, after a week-long trip to Russia.");
    run.draft("d.md", "2014-11-22", "Choe Ryong Hae met North Korean leader Kim Jong Un in Pyongyang on Friday.");
  }
  SECTION("home unknown, returned to it by name") {
    run.archive("a.txt", "2014-11-20",
                "Choe Ryong Hae returned to Pyongyang on Wednesday, Nov. 19, after a week-long trip to Russia.");
    run.draft("d.md", "2014-11-22", "Choe Ryong Hae met North Korean leader Kim Jong Un in Pyongyang on Friday.");
  }
  SECTION("another city of the country the trip started from") {
    run.archive("a.txt", "2014-11-17", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
    run.draft("d.md", "2014-11-22", "Choe Ryong Hae arrived in Rason on Friday.");
  }
  SECTION("no place the trip went to is known") {
    run.archive("a.txt", "2014-11-20", "Choe Ryong Hae returned home on Wednesday, Nov. 19.");
    run.draft("d.md", "2014-11-22",
              "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday, Nov. 21.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "temporal").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/temporal: a consistent week-long trip does not fire") {
  test::Run run;
  run.archive("a.txt", "2014-11-17", "Choe Ryong Hae left Pyongyang on Monday for a week-long trip to Russia.");
  run.archive("b.txt", "2014-11-20", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Thursday.");
  run.draft("d.md", "2014-11-25", "Choe Ryong Hae wrapped up a week-long trip to Russia on Monday, Nov. 24.");
  const auto fs = run.check();
  CHECK(test::only(fs, "temporal").empty());
  CHECK(test::count(fs, Severity::error) == 0);
  CHECK(test::count(fs, Severity::warning) == 0);
}

TEST_CASE("check/temporal: near misses") {
  test::Run run;
  run.archive("a.txt", "2014-11-17", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
  SECTION("a meeting at home is not during the trip") {
    run.draft("d.md", "2014-11-22", "Choe Ryong Hae met North Korean leader Kim Jong Un in Pyongyang on Friday.");
  }
  SECTION("a meeting months later is another trip") {
    run.draft("d.md", "2015-03-14",
              "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday, March 13.");
  }
  SECTION("another Choe's meeting") {
    run.draft("d.md", "2014-11-22", "Choe Son Hui met Russian Foreign Minister Sergey Lavrov in Moscow on Friday.");
  }
  SECTION("a meeting within the trip") {
    run.draft("d.md", "2014-11-22",
              "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Tuesday, Nov. 18.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "temporal").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/temporal: a hedged meeting does not make a trip impossible") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
  SECTION("likely to meet: nothing") {
    run.draft("d.md", "2014-11-18",
              "Choe Ryong Hae is likely to meet Russian Foreign Minister Sergey Lavrov in Moscow on Friday.");
    CHECK(test::only(run.check(), "temporal").empty());
  }
  SECTION("met: error") {
    run.draft("d.md", "2014-11-22", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday.");
    const auto fs = test::only(run.check(), "temporal");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
  }
}

TEST_CASE("check/temporal: a traveller found through a pronoun gives a warning") {
  test::Run run;
  run.archive("a.txt", "2014-11-20",
              "Choe Ryong Hae spoke to reporters. He returned home on Wednesday, Nov. 19, after a two-day trip to Russia.");
  run.draft("d.md", "2014-11-22",
            "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday, Nov. 21.");
  const auto fs = test::only(run.check(), "temporal");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/temporal: relative dates in a story with no known date are not placed") {
  test::Run run;
  run.archive("a.txt", "", "Choe Ryong Hae left Pyongyang on Monday for a two-day trip to Russia.");
  run.draft("d.md", "2014-11-22", "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday.");
  CHECK(test::only(run.check(), "temporal").empty());
}

TEST_CASE("check/temporal: a story that disagrees with itself is not a cross-source finding") {
  test::Run run;
  run.archive("a.txt", "2014-11-22",
              "Choe Ryong Hae returned home on Wednesday, Nov. 19, after a two-day trip to Russia. "
              "Choe Ryong Hae met Russian Foreign Minister Sergey Lavrov in Moscow on Friday, Nov. 21.");
  CHECK(test::only(run.check(), "temporal").empty());
}

TEST_CASE("check/temporal: leaving a place the trip went to is a leg of the trip, not its start") {
  test::Run run;
  run.archive("a.txt", "2025-03-04", "Mara Lindqvist left Estby for Halvik on Monday, March 3. She arrived in Halvik on Monday.");
  run.archive("b.txt", "2025-03-07", "Mara Lindqvist left Halvik on Thursday, March 6, after a four-day visit to Varland.");
  SECTION("and returned home the day after: nothing") {
    run.archive("c.txt", "2025-03-08", "Mara Lindqvist returned home on Friday, March 7.");
    CHECK(test::only(run.check(), "temporal").empty());
  }
  SECTION("but still met someone there after coming home: error") {
    run.archive("c.txt", "2025-03-08", "Mara Lindqvist returned home on Wednesday, March 5.");
    const auto fs = test::only(run.check(), "temporal");
    REQUIRE(fs.size() == 1);
    bool leg = false;
    for (const auto& n : fs[0].notes) leg = leg || test::has(n, "left Halvik on 2025-03-06, during the trip");
    CHECK(leg);
  }
}

TEST_CASE("check/temporal: wrapping up a visit is not coming home") {
  test::Run run;
  run.archive("a.txt", "2025-03-06", "Mara Lindqvist wrapped up a three-day visit to Varland on Wednesday, March 5.");
  SECTION("home the next day: nothing") {
    run.archive("b.txt", "2025-03-07", "Mara Lindqvist returned home on Thursday, March 6.");
    const auto fs = run.check();
    CHECK(test::only(fs, "temporal").empty());
    CHECK(test::only(fs, "value-conflict").empty());
  }
  SECTION("home the day before: error") {
    run.archive("b.txt", "2025-03-07", "Mara Lindqvist returned home on Tuesday, March 4.");
    CHECK(test::only(run.check(), "temporal").size() == 1);
  }
}
