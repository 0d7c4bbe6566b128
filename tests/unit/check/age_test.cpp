// age: ages and life dates that cannot all hold.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "check/harness.h"

using namespace concord;
using check::Severity;

TEST_CASE("check/age: two ages on the same day that cannot both be true give an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un, 31, has never travelled abroad as leader.");
  run.draft("d.md", "2014-11-18", "The 33-year-old Kim Jong Un has never travelled abroad as leader.");
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  const auto& f = fs[0];
  CHECK(f.severity == Severity::error);
  CHECK(f.fact == "age of Kim Jong Un");
  REQUIRE(f.sides.size() == 2);
  CHECK(f.sides[0].draft);
  CHECK(f.sides[0].value == "33-year-old on 2014-11-18");
  CHECK(f.sides[1].value == "31 on 2014-11-18");
  CHECK(test::has(f.message, "33-year-old on 2014-11-18 here"));
  CHECK(test::has(f.message, "31 on 2014-11-18 (a.txt:1:"));
  // The note shows the birth dates each age allows.
  REQUIRE(f.notes.size() == 1);
  CHECK(test::has(f.notes[0], "born 1980-11-19 to 1981-11-18"));
  CHECK(test::has(f.notes[0], "born 1982-11-19 to 1983-11-18"));
}

TEST_CASE("check/age: among many ages, the wrong ones are found against every age they contradict") {
  // Contradicting pairs come from a sweep over sorted birth spans, not from
  // comparing every pair; the finding must be what comparing every pair
  // gives: one finding for the person, every story in it, in claim order
  // as pairs arrive (the first story, then the first wrong age, ...).
  test::Run run;
  const char* dates[] = {"2014-11-18", "2014-12-02", "2015-01-20", "2015-03-09", "2015-06-30"};
  int n = 0;
  for (const char* d : dates) {
    run.archive(fmt::format("ok{}.txt", n++), d, "Kim Jong Un, 31, has never travelled abroad as leader.");
  }
  run.archive("young.txt", "2015-01-05", "Kim Jong Un, 28, has never travelled abroad as leader.");
  run.archive("old.txt", "2015-02-11", "Kim Jong Un, 35, has never travelled abroad as leader.");
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  std::vector<std::string> values;
  for (const auto& s : fs[0].sides) values.push_back(s.value);
  CHECK(values == std::vector<std::string>{"31 on 2014-11-18", "28 on 2015-01-05", "31 on 2014-12-02",
                                           "31 on 2015-01-20", "31 on 2015-03-09", "31 on 2015-06-30",
                                           "35 on 2015-02-11"});
  CHECK(fs[0].severity == Severity::error);
}

TEST_CASE("check/age: ages that fit one birth date do not fire") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un, 31, has never travelled abroad as leader.");
  SECTION("one year later, one year older") {
    run.draft("d.md", "2015-11-18", "The 32-year-old Kim Jong Un has never travelled abroad as leader.");
  }
  SECTION("a birthday in between: 31 and 32 a few months apart") {
    run.draft("d.md", "2015-05-02", "Kim Jong Un, 32, met Russian President Vladimir Putin.");
  }
  SECTION("the same age, put another way") {
    run.draft("d.md", "2014-11-20", "Kim Jong Un, aged 31, met Russian President Vladimir Putin.");
  }
  const auto fs = run.check();
  CHECK(test::only(fs, "age").empty());
  CHECK(test::count(fs, Severity::error) == 0);
}

TEST_CASE("check/age: an age a year too high a year later is still an error") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un, 31, has never travelled abroad as leader.");
  run.draft("d.md", "2015-11-18", "The 34-year-old Kim Jong Un has never travelled abroad as leader.");
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::error);
}

TEST_CASE("check/age: different people with the same surname have their own ages") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un, 31, has never travelled abroad as leader.");
  SECTION("another full name") {
    run.draft("d.md", "2014-11-18", "Kim Kye Gwan, 71, met Russian Deputy Foreign Minister Sergei Ryabkov.");
  }
  SECTION("a bare surname for the story's only Kim") {
    run.draft("d.md", "2014-11-18", "Kim Kye Gwan met Sergei Ryabkov. Kim, 71, is a veteran negotiator.");
  }
  CHECK(test::only(run.check(), "age").empty());
}

TEST_CASE("check/age: ages in a story with no known date are a note that says so, never an error") {
  test::Run run;
  run.archive("a.txt", "", "Kim Jong Un, 31, has never travelled abroad as leader.");
  run.draft("d.md", "2014-11-18", "The 33-year-old Kim Jong Un has never travelled abroad as leader.");
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::info);
  REQUIRE(!fs[0].notes.empty());
  CHECK_THAT(fs[0].notes.back(), Catch::Contains("a.txt gives no date"));
  SECTION("the same age in an undated story is no note") {
    test::Run same;
    same.archive("a.txt", "", "Kim Jong Un, 33, has never travelled abroad as leader.");
    same.draft("d.md", "2014-11-18", "The 33-year-old Kim Jong Un has never travelled abroad as leader.");
    CHECK(test::only(same.check(), "age").empty());
  }
}

TEST_CASE("check/age: an age from an inferred document date gives a warning") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un, 31, has never travelled abroad as leader.",
              ingest::DateSource::inferred);
  run.draft("d.md", "2014-11-18", "The 33-year-old Kim Jong Un has never travelled abroad as leader.");
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/age: a story that gives two ages is not a cross-source finding") {
  test::Run run;
  run.archive("a.txt", "2014-11-18",
              "Kim Jong Un, 31, has never travelled abroad. The 33-year-old Kim Jong Un rules alone.");
  CHECK(test::only(run.check(), "age").empty());
}

TEST_CASE("check/age: an age against the gazetteer's birth date") {
  test::Run run;
  SECTION("Putin, born 1952-10-07, was 62 in November 2014: nothing") {
    run.draft("d.md", "2014-11-18", "Russian President Vladimir Putin, 62, met Choe Ryong Hae.");
    CHECK(test::only(run.check(), "age").empty());
  }
  SECTION("not 60: error, with the gazetteer's side") {
    run.draft("d.md", "2014-11-18", "Russian President Vladimir Putin, 60, met Choe Ryong Hae.");
    const auto fs = test::only(run.check(), "age");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    REQUIRE(fs[0].sides.size() == 2);
    CHECK(fs[0].sides[0].value == "60 on 2014-11-18");
    CHECK(fs[0].sides[1].rule == "gazetteer");
    CHECK(fs[0].sides[1].value == "born 1952-10-07");
    CHECK(test::has(fs[0].message, "the gazetteer says born 1952-10-07"));
  }
  SECTION("a day before his birthday he was still 61") {
    run.draft("d.md", "2014-10-06", "Russian President Vladimir Putin, 61, met Choe Ryong Hae.");
    CHECK(test::only(run.check(), "age").empty());
  }
  SECTION("on his birthday he was 62") {
    run.draft("d.md", "2014-10-07", "Russian President Vladimir Putin, 61, met Choe Ryong Hae.");
    CHECK(test::only(run.check(), "age").size() == 1);
  }
}

TEST_CASE("check/age: an age against the gazetteer from an inferred document date gives a warning") {
  test::Run run;
  run.draft("d.md", "2014-11-18", "Russian President Vladimir Putin, 60, met Choe Ryong Hae.",
            ingest::DateSource::inferred);
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::warning);
}

TEST_CASE("check/age: dates of death and birth against the gazetteer") {
  test::Run run;
  SECTION("Kim Jong Il died on 2011-12-17, not in December 2012") {
    run.draft("d.md", "2014-11-18", "Kim Jong Un inherited power from his father Kim Jong Il, who died in December 2012.");
    const auto fs = test::only(run.check(), "age");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].fact == "date of death of Kim Jong Il");
    CHECK(fs[0].sides[0].value == "December 2012");
    CHECK(fs[0].sides[1].value == "2011-12-17");
  }
  SECTION("December 2011 agrees at its granularity") {
    run.draft("d.md", "2014-11-18", "Kim Jong Un inherited power from his father Kim Jong Il, who died in December 2011.");
    CHECK(test::only(run.check(), "age").empty());
  }
  SECTION("Putin was born in 1952, not 1953") {
    run.draft("d.md", "2014-11-18", "Vladimir Putin was born on Oct. 7, 1953, in Leningrad.");
    const auto fs = test::only(run.check(), "age");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].fact == "date of birth of Vladimir Putin");
    CHECK(fs[0].sides[1].value == "1952-10-07");
  }
  SECTION("born in 1952 agrees") {
    run.draft("d.md", "2014-11-18", "Vladimir Putin was born in 1952, in Leningrad.");
    CHECK(test::only(run.check(), "age").empty());
  }
  SECTION("a speaker's date of death is not checked against the gazetteer") {
    run.draft("d.md", "2014-11-18", "Ryabkov said Kim Jong Il died in December 2012.");
    CHECK(test::count(run.check(), Severity::error) == 0);
  }
}

TEST_CASE("check/age: an age against a birth date in another story") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un was born in 1984, according to the state media.");
  SECTION("30 in November 2014 fits 1984: nothing") {
    run.draft("d.md", "2014-11-18", "Kim Jong Un, 30, met Choe Ryong Hae.");
    CHECK(test::only(run.check(), "age").empty());
  }
  SECTION("33 in November 2014 does not fit 1984: error") {
    run.draft("d.md", "2014-11-18", "The 33-year-old Kim Jong Un met Choe Ryong Hae.");
    const auto fs = test::only(run.check(), "age");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].sides[0].draft);
    CHECK(fs[0].sides[0].value == "33-year-old on 2014-11-18");
    CHECK(fs[0].sides[1].citation.path == "a.txt");
    CHECK(fs[0].sides[1].value == "born 1984");
  }
}

TEST_CASE("check/age: an age and a birth date in one story are not a cross-source finding") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Kim Jong Un was born in 1984. The 33-year-old Kim Jong Un met Choe Ryong Hae.");
  CHECK(test::only(run.check(), "age").empty());
}

TEST_CASE("check/age: one person spelled with and without diacritics has one age") {
  test::Run run;
  run.archive("a.txt", "2025-03-01", "Lars Jäger, 55, met Tomas Brandt in Halvik.");
  run.archive("b.txt", "2025-03-02", "Lars Jager, 58, met Tomas Brandt in Halvik.");
  run.archive("c.txt", "2025-03-03", "Lars Jäger, 58, arrived in Halvik on Monday.");
  const auto fs = test::only(run.check(), "age");
  REQUIRE(fs.size() == 1);  // one finding, whichever spelling the first side uses
  CHECK(fs[0].sides.size() == 3);
}
