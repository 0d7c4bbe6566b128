#include "base/date.h"

#include <array>
#include <cctype>
#include <fmt/format.h>

namespace concord::base {

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t to_days(const Date& d) {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (d.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Weekday weekday_of_days(std::int64_t days) {
  // 1970-01-01 was a Thursday.
  std::int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<Weekday>(w);
}

Weekday weekday(const Date& d) { return weekday_of_days(to_days(d)); }

namespace {

constexpr std::array<const char*, 12> kMonths{"january", "february", "march",     "april",
                                              "may",     "june",     "july",      "august",
                                              "september", "october", "november", "december"};
constexpr std::array<const char*, 12> kMonthNames{"January", "February", "March",     "April",
                                                  "May",     "June",     "July",      "August",
                                                  "September", "October", "November", "December"};
constexpr std::array<const char*, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
constexpr std::array<const char*, 7> kWeekdayNames{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};

std::string lower_word(std::string_view w) {
  std::string s;
  for (char c : w) {
    if (c == '.') continue;
    s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return s;
}

// True if s is name, or a prefix of it of at least three letters ("sept" too).
bool matches_name(const std::string& s, const char* name) {
  const std::string_view n(name);
  if (s == n) return true;
  if (s.size() < 3 || s.size() > n.size()) return false;
  return n.substr(0, s.size()) == s && (s.size() == 3 || s == "sept" || s == "tues" ||
                                        s == "thur" || s == "thurs" || s == "wednes");
}

struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  void skip_spaces() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  }
  bool eat(char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  std::optional<int> number(int min_digits, int max_digits) {
    std::size_t start = i;
    int v = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) &&
           static_cast<int>(i - start) < max_digits) {
      v = v * 10 + (s[i] - '0');
      ++i;
    }
    if (static_cast<int>(i - start) < min_digits ||
        (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))) {
      i = start;
      return std::nullopt;
    }
    return v;
  }
  std::string_view word() {
    std::size_t start = i;
    while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
    return s.substr(start, i - start);
  }
  bool at_end() {
    skip_spaces();
    return i == s.size();
  }
};

std::optional<Date> make(int y, int m, int d) {
  if (!is_valid_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

std::optional<Date> parse_iso(Cursor& c) {
  auto y = c.number(4, 4);
  if (!y) return std::nullopt;
  char sep = c.i < c.s.size() ? c.s[c.i] : '\0';
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  ++c.i;
  auto m = c.number(1, 2);
  if (!m || !c.eat(sep)) return std::nullopt;
  auto d = c.number(1, 2);
  if (!d) return std::nullopt;
  return make(*y, *m, *d);
}

std::optional<Date> parse_words(Cursor& c) {
  std::string_view w = c.word();
  if (weekday_from_name(w)) {  // "Monday, Nov. 17, 2014"
    c.eat(',');
    c.skip_spaces();
    w = c.word();
  }
  if (auto m = month_from_name(w)) {  // "November 17, 2014"
    c.skip_spaces();
    auto d = c.number(1, 2);
    if (!d) return std::nullopt;
    c.eat(',');
    c.skip_spaces();
    auto y = c.number(4, 4);
    if (!y) return std::nullopt;
    return make(*y, *m, *d);
  }
  if (!w.empty()) return std::nullopt;
  auto d = c.number(1, 2);  // "17 November 2014"
  if (!d) return std::nullopt;
  c.skip_spaces();
  auto m = month_from_name(c.word());
  if (!m) return std::nullopt;
  c.eat(',');
  c.skip_spaces();
  auto y = c.number(4, 4);
  if (!y) return std::nullopt;
  return make(*y, *m, *d);
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<int> month_from_name(std::string_view word) {
  const std::string s = lower_word(word);
  for (std::size_t k = 0; k < kMonths.size(); ++k) {
    if (matches_name(s, kMonths[k])) return static_cast<int>(k + 1);
  }
  return std::nullopt;
}

std::optional<Weekday> weekday_from_name(std::string_view word) {
  const std::string s = lower_word(word);
  for (std::size_t k = 0; k < kWeekdays.size(); ++k) {
    if (matches_name(s, kWeekdays[k])) return static_cast<Weekday>(k);
  }
  return std::nullopt;
}

const char* weekday_name(Weekday w) { return kWeekdayNames[static_cast<int>(w)]; }

const char* month_name(int month) {
  return month >= 1 && month <= 12 ? kMonthNames[month - 1] : "?";
}

std::optional<Date> parse_date_prefix(std::string_view text, std::size_t* consumed) {
  std::size_t lead = 0;
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t')) ++lead;
  Cursor c{text, lead};
  std::optional<Date> d;
  bool iso = false;
  if (c.i < text.size() && std::isdigit(static_cast<unsigned char>(text[c.i]))) {
    d = parse_iso(c);
    iso = d.has_value();
    if (!d) c.i = lead;
  }
  if (!d) d = parse_words(c);
  // The date must end at a word boundary: "2014-11-150" is not a date, but
  // "2014-11-15T09:00" is.
  const bool joined = c.i < text.size() && is_word_char(text[c.i]) && c.i > 0 &&
                      is_word_char(text[c.i - 1]) && !(iso && text[c.i] == 'T');
  if (!d || joined) return std::nullopt;
  if (consumed != nullptr) *consumed = c.i;
  return d;
}

std::optional<Date> parse_date(std::string_view text) {
  std::size_t used = 0;
  auto d = parse_date_prefix(text, &used);
  if (!d) return std::nullopt;
  std::string_view rest = text.substr(used);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r'))
    rest.remove_prefix(1);
  if (rest.empty()) return d;
  // A time and zone may follow an ISO date ("2014-11-15 16:12 KST", "T09:00:00Z").
  const bool iso = std::isdigit(static_cast<unsigned char>(text[text.find_first_not_of(" \t")]));
  if (iso && (std::isdigit(static_cast<unsigned char>(rest.front())) || rest.front() == 'T')) return d;
  return std::nullopt;
}

std::string to_iso(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

}  // namespace concord::base
