// Calendar dates without time zones: what a news story means by "Nov. 17".
//
//   auto d = base::parse_date("November 17, 2014");   // Date{2014, 11, 17}
//   base::weekday(*d) == base::Weekday::monday;
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace concord::base {

// A proleptic Gregorian date. Invariant when produced by this module: valid.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

// Days since 1970-01-01 (negative before). Exact for every valid Date.
std::int64_t to_days(const Date& d);
Date from_days(std::int64_t days);

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);
Weekday weekday(const Date& d);
Weekday weekday_of_days(std::int64_t days);

// Returns 1..12 for "Nov", "Nov.", "November", "Sept." (any case), else nullopt.
std::optional<int> month_from_name(std::string_view word);
// Returns the weekday for "Monday", "Mon", "Mon." (any case), else nullopt.
std::optional<Weekday> weekday_from_name(std::string_view word);
const char* weekday_name(Weekday w);  // "Monday"
const char* month_name(int month);    // "November"

// Parses one complete date, the forms a page prints its own date in:
// "2014-11-15", "2014/11/15", "November 17, 2014", "Nov. 17, 2014",
// "17 November 2014", "Monday, Nov. 17, 2014". Leading/trailing text is
// not allowed except a time after an ISO date ("2014-11-15 16:12 KST").
std::optional<Date> parse_date(std::string_view text);

// "2014-11-17".
std::string to_iso(const Date& d);

}  // namespace concord::base

namespace concord::base {

// Parses a date at the start of text, as parse_date does, but allows any text
// after it ("Nov. 17, 2014 10:30 AM EST"). Sets *consumed to the bytes used.
std::optional<Date> parse_date_prefix(std::string_view text, std::size_t* consumed = nullptr);

}  // namespace concord::base
