// Ages and ordinals: a whole number ("the 33-year-old" is 33, "third" is 3).
// Two differ unless equal.
#include "claim/kinds/kinds.h"

namespace concord::claim::kinds {

namespace {

class Integer final : public ValueKind {
 public:
  const char* name() const override { return "integer"; }

  void normalize(std::string_view words, const NormalizeContext&, Value& v) const override {
    v.integer = v.type == rules::ValueType::age ? normalize_age(words) : normalize_ordinal(words);
    v.resolved = v.integer.has_value();
  }

  bool differ(const Value& a, const Value& b, const CompareContext&) const override {
    return a.integer && b.integer && *a.integer != *b.integer;
  }

  std::string to_string(const Value& v) const override { return v.integer ? std::to_string(*v.integer) : v.text; }

  // The number in digits or words ("33", "thirty-three"), or as an ordinal ("third").
  bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const override {
    if (!v.integer) return ValueKind::matches_expected(v, expected, gazetteer);
    if (auto n = normalize_number(expected)) return static_cast<double>(*v.integer) == *n;
    if (auto o = normalize_ordinal(expected)) return *v.integer == *o;
    return false;
  }
};

}  // namespace

const ValueKind& integer() {
  static const Integer kind;
  return kind;
}

}  // namespace concord::claim::kinds
