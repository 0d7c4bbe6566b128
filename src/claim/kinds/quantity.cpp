// Numbers and quantities: an amount with a unit and the range its words
// allow (claim/quantity.h). A plain number is a count, so it compares with
// quantities; two amounts differ unless quantities_agree within the
// predicate's tolerance.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "claim/kinds/kinds.h"

namespace concord::claim::kinds {

namespace {

// True if the number at span starts as a day of the month after a month
// name, followed by ", " and three digits: "March 3, 500 people" is a date
// and 500 people, not 3,500 (copy rejoined from tokens writes "1, 500").
bool day_read_as_thousands(std::string_view text, ingest::Span span) {
  const std::string_view w = text.substr(span.begin, span.size());
  std::size_t d = 0;
  while (d < w.size() && d < 3 && std::isdigit(static_cast<unsigned char>(w[d]))) ++d;
  if (d == 0 || d > 2 || w.substr(d, 2) != ", ") return false;
  std::size_t e = span.begin;
  while (e > 0 && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  if (e > 0 && text[e - 1] == '.') --e;  // "Nov. 3"
  std::size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return b < e && base::month_from_name(text.substr(b, e - b)).has_value();
}

class Amount final : public ValueKind {
 public:
  const char* name() const override { return "quantity"; }

  // A quantity needs its unit ("$25 billion"); a number is any number
  // ("24 million"), with a unit if its words give one.
  void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const override {
    if (v.type == rules::ValueType::number) {
      if (auto n = normalize_number(words); n && !day_read_as_thousands(cx.text, v.span)) {
        Quantity q;
        q.value = q.low = q.high = *n;
        q.dimension = "count";
        if (auto full = normalize_quantity(words)) q = *full;
        v.quantity = q;
      }
    } else if (!day_read_as_thousands(cx.text, v.span)) {
      v.quantity = normalize_quantity(words);
    }
    v.resolved = v.quantity.has_value();
  }

  bool differ(const Value& a, const Value& b, const CompareContext& cx) const override {
    return a.quantity && b.quantity && !quantities_agree(*a.quantity, *b.quantity, cx.tolerance);
  }

  std::string to_string(const Value& v) const override { return v.quantity ? v.quantity->to_string() : v.text; }

  // The same amount in the same unit; a bare number ("1200000000", "1.2
  // billion") names the value in any unit.
  bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const override {
    if (!v.quantity) return ValueKind::matches_expected(v, expected, gazetteer);
    if (auto q = normalize_quantity(expected)) {
      const bool close = std::abs(q->value - v.quantity->value) <= 1e-9 * std::max(1.0, std::abs(q->value));
      if (q->unit.empty() && (q->dimension == "count" || q->dimension.empty())) return close;
      return q->dimension == v.quantity->dimension && q->unit == v.quantity->unit && close;
    }
    if (auto n = normalize_number(expected)) return std::abs(*n - v.quantity->value) <= 1e-9 * std::max(1.0, *n);
    return false;
  }
};

}  // namespace

const ValueKind& quantity() {
  static const Amount kind;
  return kind;
}

}  // namespace concord::claim::kinds
