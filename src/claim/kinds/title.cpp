// Titles: an office with its rank, portfolio, country and organization
// (claim/title.h). Two titles differ when one person cannot hold both at
// once (titles_conflict); grouped by office, without the rank.
#include "claim/kinds/kinds.h"
#include "claim/title.h"

namespace concord::claim::kinds {

namespace {

class Title final : public ValueKind {
 public:
  const char* name() const override { return "title"; }

  void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const override {
    v.title = normalize_title(words, cx.gazetteer);
    v.resolved = v.title.has_value();
  }

  bool differ(const Value& a, const Value& b, const CompareContext&) const override {
    return a.title && b.title && !titles_conflict(*a.title, *b.title).empty();
  }

  std::string to_string(const Value& v) const override { return v.title ? v.title->to_string() : v.text; }

  std::string key(const Value& v) const override { return v.title ? v.title->office_key() : v.to_string(); }

  // Any spelling of the same title ("North Korea's first vice foreign minister").
  bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const override {
    if (!v.title) return ValueKind::matches_expected(v, expected, gazetteer);
    auto t = normalize_title(expected, gazetteer);
    return t && t->to_string() == v.title->to_string();
  }
};

}  // namespace

const ValueKind& title() {
  static const Title kind;
  return kind;
}

}  // namespace concord::claim::kinds
