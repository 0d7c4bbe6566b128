#include "claim/compare.h"

#include "claim/words.h"

namespace concord::claim {

bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) {
  if (same_text(v.to_string(), expected)) return true;
  return value_kind(v.type).matches_expected(v, expected, gazetteer);
}

bool values_differ(const Value& a, const Value& b, const CompareContext& cx) {
  const ValueKind& kind = value_kind(a.type);
  if (&kind != &value_kind(b.type)) return false;
  if ((!a.resolved || !b.resolved) && !kind.compares_unresolved()) return false;
  return kind.differ(a, b, cx);
}

}  // namespace concord::claim
