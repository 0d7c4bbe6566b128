// value-conflict: one fact, two values that cannot both be true.
#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/value_conflict: two arrival dates give one error, draft side first, naming both values") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae, a top party official, arrived in Moscow on Monday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  const auto& f = fs.front();
  CHECK(f.severity == Severity::error);
  CHECK(f.predicate == "arrive");
  CHECK(f.fact == "arrival date of Choe Ryong Hae in Moscow");
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].citation.path == "d.md");
  CHECK(f.sides[0].value == "Wednesday, Nov. 19, 2014");
  CHECK_FALSE(f.sides[1].draft);
  CHECK(f.sides[1].citation.path == "a.txt");
  CHECK(f.sides[1].value == "Monday (2014-11-17)");
  CHECK(test::has(f.message, "Nov. 19, 2014"));
  CHECK(test::has(f.message, "2014-11-17"));
  CHECK(test::has(f.message, "a.txt:1:"));
}

TEST_CASE("check/value_conflict: dates that agree at their granularity do not conflict") {
  test::Run run;
  SECTION("a month and a day in it") {
    run.archive("a.txt", "2014-11-18", "Kim Jong Il died in December 2011, leaving power to his son.");
    run.draft("d.md", "2014-11-20", "Kim Jong Il died on Dec. 17, 2011.");
  }
  SECTION("a weekday and the date it falls on") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Nov. 17, 2014.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "value-conflict").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/value_conflict: a date outside the month it is said to fall in conflicts") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Pier No. 3 at Rajin Port was completed in July of this year.");
  run.draft("d.md", "2014-11-20", "Pier No. 3 at Rajin Port was completed in September of this year.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].sides[0].value == "September of this year (2014-09)");
  CHECK(fs[0].sides[1].value == "July of this year (2014-07)");
}

TEST_CASE("check/value_conflict: quantities are compared after unit conversion, within tolerance") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Russia last year finished building a 34-mile rail link between Khasan and Rason.");
  SECTION("34 miles and 55 km agree (54.7 km, within 2%)") {
    run.draft("d.md", "2014-11-20", "Russia finished building a 55 km rail link between Khasan and Rason.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("34 miles and 70 km do not") {
    run.draft("d.md", "2014-11-20", "Russia finished building a 70 km rail link between Khasan and Rason.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].sides[0].value == "70 km");
    CHECK(fs[0].sides[1].value == "34-mile");
  }
}

TEST_CASE("check/value_conflict: amounts of money beyond 1% conflict") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Russia is seeking access to North Korean natural resources with an estimated worth of $25 billion.");
  run.draft("d.md", "2014-11-20",
            "Russia is seeking access to North Korean natural resources with an estimated worth of $2.5 billion.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].sides[0].value == "$2.5 billion");
  CHECK(fs[0].sides[1].value == "$25 billion");
}

TEST_CASE("check/value_conflict: titles of one office at different ranks conflict, in stories and with the gazetteer") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Choe Ryong Hae is accompanied by Kim Kye Gwan, North Korea's first vice foreign minister.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae is accompanied by Kim Kye Gwan, North Korea's foreign minister.");
  const auto fs = test::only(run.check(), "value-conflict");
  // One draft statement: the archive and the gazetteer are merged into one finding.
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "North Korea's foreign minister");
  bool archive = false, gazetteer = false;
  for (const auto& s : f.sides) {
    archive = archive || (s.citation.path == "a.txt" && s.value == "North Korea's first vice foreign minister");
    gazetteer = gazetteer || (s.rule == "gazetteer" && test::has(s.value, "first vice foreign minister"));
  }
  CHECK(archive);
  CHECK(gazetteer);
}

TEST_CASE("check/value_conflict: a title against the gazetteer alone") {
  test::Run run;
  SECTION("the wrong rank while the gazetteer's role holds: error") {
    run.draft("d.md", "2015-03-02", "North Korean Foreign Minister Kim Kye Gwan arrived in Beijing on Monday.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].fact == "title of Kim Kye Gwan");
    REQUIRE(fs[0].sides.size() >= 2);  // also Ri Su Yong, the foreign minister then (one-holder, merged)
    CHECK(fs[0].sides[1].rule == "gazetteer");
    CHECK(fs[0].sides[1].value == "first vice foreign minister of North Korea from 2010-09-28 to 2016-05-09");
  }
  SECTION("the right title: nothing") {
    run.draft("d.md", "2015-03-02",
              "North Korean First Vice Foreign Minister Kim Kye Gwan arrived in Beijing on Monday.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("after the gazetteer's role ended: nothing to compare") {
    run.draft("d.md", "2018-03-02", "North Korean Foreign Minister Kim Kye Gwan arrived in Beijing on Monday.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
}

TEST_CASE("check/value_conflict: a title on the gazetteer's handover day is not an error") {
  test::Run run;
  SECTION("Putin, prime minister to 2012-05-07 and president from that day") {
    run.draft("d.md", "2012-05-07", "Russian President Vladimir Putin met Chinese President Hu Jintao in Moscow.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("the day before, he was prime minister: error") {
    run.draft("d.md", "2012-05-06", "Russian President Vladimir Putin met Chinese President Hu Jintao in Moscow.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sides[1].value == "prime minister of Russia from 2008-05-08 to 2012-05-07");
  }
}

TEST_CASE("check/value_conflict: a promotion between two stories is not a conflict") {
  test::Run run;
  run.archive("a.txt", "2022-05-20",
              "Choe Son Hui, North Korea's first vice foreign minister, met Sergei Ryabkov in Moscow.");
  SECTION("after the promotion the gazetteer records: nothing") {
    run.draft("d.md", "2022-07-01", "North Korean Foreign Minister Choe Son Hui met Sergey Lavrov in Moscow.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("before it: error, against the story and the gazetteer") {
    run.draft("d.md", "2022-06-01", "North Korean Foreign Minister Choe Son Hui met Sergey Lavrov in Moscow.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].sides.size() >= 3);
  }
}

TEST_CASE("check/value_conflict: a subject found through its title gives a warning") {
  test::Run run;
  run.archive("a.txt", "2014-07-05", "The Chinese president arrived in Seoul on Thursday.");
  run.draft("d.md", "2014-07-05", "Chinese President Xi Jinping arrived in Seoul on Friday, July 4, 2014.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/value_conflict: different people with the same surname are different facts") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian President Vladimir Putin on Monday.");
  SECTION("two full names") {
    run.draft("d.md", "2014-11-20", "Choe Son Hui met Russian President Vladimir Putin on Wednesday.");
  }
  SECTION("a bare surname in a story whose only Choe is another person") {
    run.draft("d.md", "2014-11-20",
              "Choe Son Hui arrived in Moscow on Tuesday. Choe met Russian President Vladimir Putin on Wednesday.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "value-conflict").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/value_conflict: a bare surname resolved to the story's one full name is that person") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian President Vladimir Putin on Monday.");
  run.draft("d.md", "2014-11-20",
            "Choe Ryong Hae arrived in Moscow last week. Choe met Russian President Vladimir Putin on Wednesday.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].fact == "meeting date of Choe Ryong Hae with Vladimir Putin");
}

TEST_CASE("check/value_conflict: events years apart are different events") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian President Vladimir Putin in Moscow on Monday.");
  run.draft("d.md", "2024-11-06", "Choe Ryong Hae met Russian President Vladimir Putin in Moscow on Monday.");
  CHECK(test::only(run.check(), "value-conflict").empty());
}

TEST_CASE("check/value_conflict: a subject found through a pronoun in another sentence gives a warning") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae left Pyongyang on Sunday. He arrived in Moscow on Monday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/value_conflict: relative dates in a story with no known date are at most a note") {
  test::Run run;
  run.archive("a.txt", "", "Choe Ryong Hae arrived in Moscow on Monday.");
  SECTION("another weekday: a note (which week, and so which arrival, no date says)") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
    const auto fs = run.check();
    const auto conflicts = test::only(fs, "value-conflict");
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].severity == Severity::info);
    CHECK(test::count(fs, Severity::error) == 0);
  }
  SECTION("the same weekday: nothing") {
    run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Monday, Nov. 17, 2014.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
}

TEST_CASE("check/value_conflict: an absolute date in a story with no known date is still compared") {
  test::Run run;
  run.archive("a.txt", "", "Choe Ryong Hae arrived in Moscow on Monday, Nov. 17, 2014.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].sides[1].value == "Monday, Nov. 17, 2014");
}

TEST_CASE("check/value_conflict: a meeting is one fact whichever side is the subject") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Russian President Vladimir Putin received Choe Ryong Hae on Monday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae met Vladimir Putin on Wednesday.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].sides[0].value == "Wednesday (2014-11-19)");
  CHECK(fs[0].sides[1].value == "Monday (2014-11-17)");
}

TEST_CASE("check/value_conflict: a story that disagrees with itself is not a cross-source finding") {
  test::Run run;
  SECTION("in a batch over the archive") {
    run.archive("a.txt", "2014-11-18",
                "Choe Ryong Hae arrived in Moscow on Monday. Later, Choe Ryong Hae arrived in Moscow on Sunday.");
  }
  SECTION("in a draft checked against an archive about something else") {
    run.archive("a.txt", "2014-11-18", "Choe Ryong Hae met Russian President Vladimir Putin on Monday.");
    run.draft("d.md", "2014-11-20",
              "Choe Ryong Hae arrived in Moscow on Monday. Later, Choe Ryong Hae arrived in Moscow on Sunday.");
  }
  CHECK(test::only(run.check(), "value-conflict").empty());
}

TEST_CASE("check/value_conflict: a noun phrase that only refers back to its story names no fact") {
  test::Run run;
  run.archive("a.txt", "2025-03-01", "The deal, worth $2.4 billion, was the largest of its kind.");
  run.archive("b.txt", "2025-03-05", "The deal, worth $130 million, was the largest of its kind.");
  CHECK(test::only(run.check(), "value-conflict").empty());
}

TEST_CASE("check/value_conflict: things are compared only when one's name is within the other's") {
  test::Run run;
  run.archive("a.txt", "2025-03-01",
              "Estoria and Varland signed an agreement to build a power plant near Halvik worth $5.4 billion.");
  SECTION("the same agreement, named shorter: compared") {
    run.archive("b.txt", "2025-03-03", "The agreement to build a power plant near Halvik, worth $410 million, was signed.");
    CHECK(test::only(run.check(), "value-conflict").size() == 1);
  }
  SECTION("a power plant near another town: another agreement") {
    run.archive("b.txt", "2025-03-03", "The agreement to build a power plant near Raino, worth $410 million, was signed.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("a party's name holding the other town's name: another agreement") {
    run.archive("b.txt", "2025-03-03",
                "The Raino Port Authority signed an agreement to build a power plant near Oslar worth $410 million.");
    run.archive("c.txt", "2025-03-04", "The agreement to build a power plant near Raino, worth $5.4 billion, was signed.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
}

TEST_CASE("check/value_conflict: a sum said to be of a year is that year's") {
  test::Run run;
  run.archive("a.txt", "2025-03-01", "Trade between Estoria and Varland was worth about $8.8 billion last year.");
  SECTION("a year later, last year's trade: another year") {
    run.archive("b.txt", "2026-02-10", "Trade between Estoria and Varland was worth about $300 million last year.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("the same year: compared") {
    run.archive("b.txt", "2025-06-10", "Trade between Estoria and Varland was worth about $300 million last year.");
    CHECK(test::only(run.check(), "value-conflict").size() == 1);
  }
}

TEST_CASE("check/value_conflict: titles that tell of a promotion are not a conflict") {
  test::Run run;
  run.archive("a.txt", "2025-01-10", "Estoria's Deputy Trade Minister Anna Berg met Tomas Brandt in Halvik.");
  run.archive("b.txt", "2025-01-11", "Estoria's Deputy Trade Minister Anna Berg arrived in Halvik on Friday.");
  SECTION("minister from March, in several stories: a promotion, nothing") {
    run.archive("c.txt", "2025-03-02", "Estoria's Trade Minister Anna Berg met Tomas Brandt in Halvik.");
    run.archive("d.txt", "2025-03-03", "Estoria's Trade Minister Anna Berg arrived in Halvik on Monday.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("deputy again after minister: error") {
    run.archive("c.txt", "2025-03-02", "Estoria's Trade Minister Anna Berg met Tomas Brandt in Halvik.");
    run.archive("d.txt", "2025-03-20", "Estoria's Deputy Trade Minister Anna Berg arrived in Halvik on Monday.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
  }
  SECTION("one story the next day says minister: a warning") {
    run.archive("c.txt", "2025-01-12", "Estoria's Trade Minister Anna Berg met Tomas Brandt in Halvik.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
}

TEST_CASE("check/value_conflict: a step down in rank is a conflict") {
  test::Run run;
  run.archive("a.txt", "2025-01-10", "Estoria's Trade Minister Anna Berg met Tomas Brandt in Halvik.");
  run.archive("b.txt", "2025-01-11", "Estoria's Trade Minister Anna Berg arrived in Halvik on Friday.");
  run.archive("c.txt", "2025-03-02", "Estorian Deputy Trade Minister Anna Berg met Tomas Brandt in Halvik.");
  run.archive("d.txt", "2025-03-02", "Estoria's Deputy Trade Minister Anna Berg arrived in Halvik on Sunday.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
  // Where the rank changes, however the stories spell the country.
  bool cited = false;
  for (const auto& s : fs[0].sides) cited = cited || s.citation.path == "d.txt";
  CHECK(cited);
}

TEST_CASE("check/value_conflict: a past title is not today's") {
  test::Run run;
  run.archive("a.txt", "2025-03-01", "Estoria's Trade Minister Anna Berg met Tomas Brandt in Halvik.");
  run.archive("b.txt", "2025-03-02", "Anna Berg was Estoria's deputy trade minister until May 2024.");
  CHECK(test::only(run.check(), "value-conflict").empty());
}

TEST_CASE("check/value_conflict: a name with and without diacritics is one person") {
  test::Run run;
  run.archive("a.txt", "2025-03-01", "Jürgen Tanaka arrived in Halvik on Monday, March 3, 2025.");
  run.archive("b.txt", "2025-03-02", "Jurgen Tanaka arrived in Halvik on Tuesday, March 4, 2025.");
  const auto fs = test::only(run.check(), "value-conflict");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].sides.size() == 2);
}

TEST_CASE("check/value_conflict: a date read one of two ways is a note, never an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-19", "Choe Ryong Hae arrived in Moscow on Monday, Nov. 17.");
  SECTION("\"Tuesday\" in a story dated Tuesday: that day, or a week earlier") {
    run.draft("d.md", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Tuesday.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::info);
    REQUIRE(fs[0].notes.size() == 1);
    CHECK(fs[0].notes[0] ==
          "\"Tuesday\" (d.md:1) is read as 2014-11-18 from its story's date (2014-11-18), but could mean a week "
          "earlier or later: a note to check by hand, not an error");
  }
  SECTION("\"Dec. 30\" in a past-tense story dated in November") {
    run.archive("b.txt", "2014-11-19", "Kim Kye Gwan arrived in Beijing on Dec. 30, 2014.");
    run.draft("d.md", "2014-11-20", "Kim Kye Gwan arrived in Beijing on Dec. 30.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::info);
    REQUIRE(fs[0].notes.size() == 1);
    CHECK(fs[0].notes[0].find("is read as 2013-12-30") != std::string::npos);
    CHECK(fs[0].notes[0].find("another year") != std::string::npos);
  }
  SECTION("the same day said unambiguously: an error") {
    run.draft("d.md", "2014-11-19", "Choe Ryong Hae arrived in Moscow on Tuesday.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].notes.empty());
  }
}

TEST_CASE("check/value_conflict: weekdays no date resolves are compared by name, as a warning") {
  test::Run run;
  run.archive("a.txt", "", "Mark Felt died Thursday at his home in Santa Rosa.");
  SECTION("Thursday against Friday: a warning that says why") {
    run.archive("b.txt", "", "Mark Felt died on Friday at his home in Santa Rosa.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
    REQUIRE_FALSE(fs[0].notes.empty());
    CHECK(fs[0].notes.back().find("Friday and Thursday are different days of the week") == 0);
  }
  SECTION("Thursday against a dated Thursday: agree") {
    run.archive("b.txt", "2008-12-19", "Mark Felt died on Thursday, Dec. 18, 2008.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
  SECTION("Thursday against a dated Friday: a warning") {
    run.archive("b.txt", "2008-12-20", "Mark Felt died on Friday, Dec. 19, 2008.");
    const auto fs = test::only(run.check(), "value-conflict");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
  }
  SECTION("late Thursday is no bare weekday: nothing") {
    run.archive("b.txt", "", "Mark Felt died late Friday at his home in Santa Rosa.");
    CHECK(test::only(run.check(), "value-conflict").empty());
  }
}
