#include "claim/compare.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <string>

#include "base/utf8.h"
#include "claim/thing.h"
#include "claim/title.h"
#include "rules/gazetteer.h"

namespace concord::claim {

namespace {

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool same_text(std::string_view a, std::string_view b) {
  return lower(base::utf8::collapse_spaces(a)) == lower(base::utf8::collapse_spaces(b));
}

}  // namespace

bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) {
  if (same_text(v.to_string(), expected)) return true;
  if (v.entity) {
    return same_text(v.entity->name, expected) || same_text(v.entity->surface, expected) ||
           rules::name_key(v.entity->name) == rules::name_key(expected) ||
           rules::name_key(v.entity->surface) == rules::name_key(expected);
  }
  if (v.date) {
    auto d = normalize_date(expected, {});
    return d && d->first == v.date->first && d->last == v.date->last;
  }
  if (v.quantity) {
    if (auto q = normalize_quantity(expected)) {
      const bool close = std::abs(q->value - v.quantity->value) <= 1e-9 * std::max(1.0, std::abs(q->value));
      // A bare number ("1200000000", "1.2 billion") names the value in any unit.
      if (q->unit.empty() && (q->dimension == "count" || q->dimension.empty())) return close;
      return q->dimension == v.quantity->dimension && q->unit == v.quantity->unit && close;
    }
    if (auto n = normalize_number(expected)) return std::abs(*n - v.quantity->value) <= 1e-9 * std::max(1.0, *n);
    return false;
  }
  if (v.integer) {
    if (auto n = normalize_number(expected)) return static_cast<double>(*v.integer) == *n;
    if (auto o = normalize_ordinal(expected)) return *v.integer == *o;
    return false;
  }
  if (v.title) {
    auto t = normalize_title(expected, gazetteer);
    return t && t->to_string() == v.title->to_string();
  }
  if (v.thing) {
    const ThingValue t = normalize_thing(expected, gazetteer);
    return t.words == v.thing->words || same_thing(t, *v.thing);
  }
  return same_text(v.text, expected);
}

}  // namespace concord::claim
