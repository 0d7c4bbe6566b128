// Dates: an interval of days at the granularity the text used
// (claim/date_value.h). Two dates differ when their intervals do not meet:
// "December 2011" and "Dec. 17, 2011" agree, "Nov. 18" and "Nov. 17" do not.
#include <fmt/format.h>

#include "claim/kinds/kinds.h"
#include "claim/words.h"

namespace concord::claim::kinds {

namespace {

class Date final : public ValueKind {
 public:
  const char* name() const override { return "date"; }

  void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const override {
    v.date = normalize_date(words, {cx.document_date, cx.tense});
    v.resolved = v.date.has_value();
  }

  bool differ(const Value& a, const Value& b, const CompareContext&) const override {
    return a.date && b.date && !a.date->overlaps(*b.date);
  }

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
