// Entities: people, places, organizations and other named things, resolved
// to an id (the gazetteer's name, a full name, or a mention unique to its
// story). Two entities differ when both are resolved to different identities.
#include "claim/entities.h"
#include "claim/kinds/kinds.h"
#include "claim/words.h"

namespace concord::claim::kinds {

namespace {

class Entity final : public ValueKind {
 public:
  const char* name() const override { return "entity"; }

  void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const override {
    v.entity = cx.resolver.resolve(words, v.type, v.span.begin, cx.sentence_begin);
  }

  bool differ(const Value& a, const Value& b, const CompareContext& cx) const override {
    if (!a.entity || !b.entity) return false;
    // A bare name that could be several people says nothing against anyone.
    if (a.entity->via == Resolution::unresolved || b.entity->via == Resolution::unresolved) return false;
    if (!cx.entity_identity) return a.entity->id != b.entity->id;
    return cx.entity_identity(a) != cx.entity_identity(b);
  }

  std::string to_string(const Value& v) const override { return v.entity ? v.entity->name.str() : v.text; }

  std::string key(const Value& v) const override { return v.entity ? v.entity->id.str() : v.to_string(); }

  // Any of its names, as written or as the gazetteer spells them.
  bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const override {
    if (!v.entity) return ValueKind::matches_expected(v, expected, gazetteer);
    return same_text(v.entity->name, expected) || same_text(v.entity->surface, expected) ||
           rules::name_key(v.entity->name) == rules::name_key(expected) ||
           rules::name_key(v.entity->surface) == rules::name_key(expected);
  }
};

}  // namespace

const ValueKind& entity() {
  static const Entity kind;
  return kind;
}

}  // namespace concord::claim::kinds
