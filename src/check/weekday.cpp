// weekday: a date with the wrong weekday - "Monday, Nov. 18, 2014" (a Tuesday).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "check/check.h"
#include "claim/words.h"

namespace concord::check {

namespace {

class Weekday final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "weekday", "A weekday that does not fit its date",
        "A date written with both a weekday and a day of the month, where the day falls on another weekday "
        "(\"Monday, Nov. 18, 2014\" - Nov. 18, 2014 was a Tuesday). One of the two is wrong.",
        Severity::error};
    return kInfo;
  }

  void on_document(const ingest::Document& doc, const claim::DocumentClaims& found, bool draft,
                   std::vector<Finding>& out) const override {
    for (const claim::MentionValue& m : found.mentions) {
      const claim::Value& v = m.value;
      if (!v.date || v.date->granularity != claim::Granularity::day || v.date->first != v.date->last) continue;
      std::optional<base::Weekday> said;
      bool has_month = false;
      for (const claim::Word& w : claim::split_words(v.text)) {
        if (auto wd = base::weekday_from_name(w.text); wd && std::isupper(static_cast<unsigned char>(w.text[0])))
          said = wd;
        if (base::month_from_name(w.text) && w.text.size() >= 3) has_month = true;
      }
      if (!said || !has_month) continue;
      const base::Date date = base::from_days(v.date->first);
      const base::Weekday actual = base::weekday(date);
      if (actual == *said) continue;
      Finding f;
      f.check = info().id;
      f.severity = Severity::error;
      f.predicate = "date";
      f.fact = "weekday of " + base::to_iso(date);
      Side s;
      s.value = v.text;
      s.draft = draft;
      s.document = doc.id;
      s.rule = m.vocab;
      s.citation = m.citation;
      s.sentence = m.citation.quote;
      s.highlight_end = s.sentence.size();
      s.identity = doc.id + "|weekday|" + v.text;
      f.sides.push_back(std::move(s));
      f.message = fmt::format("{} is a {}, not a {}; check the weekday or the date", base::to_iso(date),
                              base::weekday_name(actual), base::weekday_name(*said));
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_weekday() { return std::make_unique<Weekday>(); }

}  // namespace concord::check
