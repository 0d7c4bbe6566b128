// Dates: an interval of days at the granularity the text used
// (claim/date_value.h). Two dates differ when their intervals do not meet:
// "December 2011" and "Dec. 17, 2011" agree, "Nov. 18" and "Nov. 17" do not.
#include <fmt/format.h>

#include <optional>

#include "base/date.h"
#include "claim/kinds/kinds.h"
#include "claim/words.h"

namespace concord::claim::kinds {

namespace {

// The weekday words name alone ("Thursday", "on Thursday"), or nullopt:
// "late Thursday" may be Friday somewhere else.
std::optional<base::Weekday> bare_weekday(std::string_view words) {
  if (words.starts_with("on ") || words.starts_with("On ")) words.remove_prefix(3);
  if (words.find(' ') != std::string_view::npos) return std::nullopt;
  return base::weekday_from_name(words);
}

// The weekday of a value: its words' if they are a bare weekday, else its
// date's if that is one day.
std::optional<base::Weekday> weekday_of(const Value& v) {
  if (v.date) {
    if (v.date->first == v.date->last && !v.date->approximate) return base::weekday_of_days(v.date->first);
    return std::nullopt;
  }
  return bare_weekday(v.text);
}

class Date final : public ValueKind {
 public:
  const char* name() const override { return "date"; }

  void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const override {
    v.date = normalize_date(words, {cx.document_date, cx.tense});
    v.resolved = v.date.has_value();
  }

  bool differ(const Value& a, const Value& b, const CompareContext&) const override {
    if (a.date && b.date) return !a.date->overlaps(*b.date);
    // A weekday with no date to resolve it (an undated story): "Thursday"
    // and "Friday", or "Thursday" and a Friday's date, are not one day,
    // whatever the week.
    const auto wa = weekday_of(a), wb = weekday_of(b);
    return wa && wb && *wa != *wb;
  }

  bool compares_unresolved() const override { return true; }

  std::string to_string(const Value& v) const override { return v.date ? v.date->to_string() : v.text; }

  // "Monday (2014-11-17)": the words, with the date they mean when they do not spell it out.
  std::string show(const Value& v) const override {
    if (!v.date) return v.text;
    const std::string norm = v.to_string();
    // Words that already spell out the year need no gloss ("Nov. 19, 2014").
    if (norm.size() >= 4 && v.text.find(norm.substr(0, 4)) != std::string::npos) return v.text;
    return fmt::format("{} ({})", v.text, norm);
  }

  // An absolute date ("2014-11-17", "November 2014") naming the same interval.
  bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const override {
    if (!v.date) return ValueKind::matches_expected(v, expected, gazetteer);
    auto d = normalize_date(expected, {});
    return d && d->first == v.date->first && d->last == v.date->last;
  }
};

}  // namespace

const ValueKind& date() {
  static const Date kind;
  return kind;
}

}  // namespace concord::claim::kinds
