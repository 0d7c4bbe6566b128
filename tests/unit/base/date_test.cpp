#include <catch2/catch.hpp>

#include "base/date.h"

using namespace concord::base;

TEST_CASE("base/date: day numbers round trip and weekdays are right") {
  CHECK(to_days({1970, 1, 1}) == 0);
  CHECK(from_days(to_days({2014, 11, 17})) == Date{2014, 11, 17});
  CHECK(from_days(to_days({2000, 2, 29})) == Date{2000, 2, 29});
  CHECK(weekday({2014, 11, 17}) == Weekday::monday);
  CHECK(weekday({2014, 11, 18}) == Weekday::tuesday);
  CHECK(weekday({2024, 11, 4}) == Weekday::monday);
  CHECK(to_days({2014, 11, 24}) - to_days({2014, 11, 17}) == 7);
}

TEST_CASE("base/date: validity") {
  CHECK(is_valid_date(2024, 2, 29));
  CHECK_FALSE(is_valid_date(2023, 2, 29));
  CHECK_FALSE(is_valid_date(2014, 2, 30));
  CHECK_FALSE(is_valid_date(2014, 13, 1));
  CHECK_FALSE(is_valid_date(2014, 0, 1));
  CHECK_FALSE(is_valid_date(1900, 2, 29));
}

TEST_CASE("base/date: month and weekday names in news spellings") {
  CHECK(month_from_name("Nov.") == 11);
  CHECK(month_from_name("NOV.") == 11);
  CHECK(month_from_name("November") == 11);
  CHECK(month_from_name("Sept.") == 9);
  CHECK(month_from_name("Mar") == 3);
  CHECK_FALSE(month_from_name("Novem"));
  CHECK_FALSE(month_from_name("No"));
  CHECK(weekday_from_name("Monday") == Weekday::monday);
  CHECK(weekday_from_name("Tues.") == Weekday::tuesday);
  CHECK_FALSE(weekday_from_name("Mondays"));
}

TEST_CASE("base/date: parse_date reads the forms pages print") {
  CHECK(parse_date("2014-11-15") == Date{2014, 11, 15});
  CHECK(parse_date("2014-11-15 16:12 KST") == Date{2014, 11, 15});
  CHECK(parse_date("2025-03-07T08:30:00Z") == Date{2025, 3, 7});
  CHECK(parse_date("November 17, 2014") == Date{2014, 11, 17});
  CHECK(parse_date("Nov. 17, 2014") == Date{2014, 11, 17});
  CHECK(parse_date("17 November 2014") == Date{2014, 11, 17});
  CHECK(parse_date("Monday, Nov. 17, 2014") == Date{2014, 11, 17});

  SECTION("nonsense is not a date") {
    CHECK_FALSE(parse_date("February 30, 2014"));
    CHECK_FALSE(parse_date("2014-13-01"));
    CHECK_FALSE(parse_date("Nov. 17"));
    CHECK_FALSE(parse_date("November 17, 2014 and more"));
    CHECK_FALSE(parse_date("2014-11-150"));
    CHECK_FALSE(parse_date(""));
  }

  SECTION("a prefix may be followed by anything") {
    std::size_t used = 0;
    CHECK(parse_date_prefix("Nov. 17, 2014 10:30 AM EST", &used) == Date{2014, 11, 17});
    CHECK(used == 13);
  }
}
