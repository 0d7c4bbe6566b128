// Dates as claims hold them: an interval of days at the granularity the text
// used, so "December 2011" and "Dec. 17, 2011" agree and "Nov. 18" and
// "Nov. 17" do not.
//
//   claim::DateContext ctx{base::Date{2014, 11, 18}, claim::Tense::past};
//   auto d = claim::normalize_date("on Monday", ctx);   // 2014-11-17, day
//   auto m = claim::normalize_date("in July of this year", ctx);  // 2014-07, month
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace concord::claim {

enum class Granularity { day, week, month, quarter, season, year, decade };
const char* granularity_name(Granularity g);  // "day", "week", ...

// An inclusive interval of days [first, last] (days since 1970-01-01).
// Invariant: first <= last.
struct DateValue {
  std::int64_t first = 0;
  std::int64_t last = 0;
  Granularity granularity = Granularity::day;
  bool approximate = false;  // "late 2011", "mid-November": the edges are fuzzy
  // The words fit another day as well as this one, which the story's date
  // and tense chose: "Monday" in a story dated Monday, "Dec. 30" in a
  // past-tense story dated in November. A disagreement is then a note.
  bool ambiguous = false;

  // "2014-11-17" (day), "2014-W47" (week), "2014-11" (month), "2014-Q4",
  // "2014" (year), "201X" (decade); a span of days "2014-11-15/2014-11-16";
  // approximate values end in "~" ("2011-09/2011-12~" for "late 2011").
  std::string to_string() const;

  bool overlaps(const DateValue& o) const { return first <= o.last && o.first <= last; }
  friend bool operator==(const DateValue&, const DateValue&) = default;
};

// How a date was spoken of: past tense points a bare weekday back, future
// tense forward ("met on Monday" vs "will meet on Monday").
enum class Tense { past, future, unknown };

struct DateContext {
  std::optional<base::Date> document_date;  // publication date; nullopt = unknown
  Tense tense = Tense::unknown;
};

// Returns the interval the words mean, or nullopt when they cannot be
// resolved: relative words ("on Monday", "last year") without a document
// date, impossible dates ("February 30"), or words that are not a date.
// Leading prepositions ("on", "in", "since") are ignored.
std::optional<DateValue> normalize_date(std::string_view words, const DateContext& ctx);

}  // namespace concord::claim
