#include "graph/groups.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"

namespace concord::graph {

std::string fold_key(std::string_view s) { return base::utf8::fold(s); }

std::string entity_key(const ClaimGraph& g, const claim::Value& v) { return fold_key(g.entity(v)); }

bool owns_fact(const ClaimGraph& g, std::string_view fact_key) {
  return g.owns(fold_key(fact_key.substr(0, fact_key.find('\x1f'))));
}

bool owned(const ClaimGraph& g, const claim::Claim& c) {
  if (const claim::Value* s = c.get("subject"); s != nullptr) {
    if (std::string key = entity_key(g, *s); !key.empty()) return g.owns(key);
  }
  const auto a = anchors(g, c);
  return g.owns(a.empty() ? std::string() : a.front());
}

std::optional<AnchorKind> anchor_kind(const claim::Value& v, bool key_field) {
  if (v.entity) return v.entity->kind == rules::EntityKind::person ? AnchorKind::person : AnchorKind::entity;
  if (v.thing) return AnchorKind::thing;
  if (v.title) return AnchorKind::office;
  if (key_field) return AnchorKind::value;
  return std::nullopt;
}

namespace {

bool is_key_field(const rules::Predicate* p, const claim::Field& f) {
  return p != nullptr && std::find(p->key.begin(), p->key.end(), f.name) != p->key.end();
}

void sort_unique(std::vector<std::string>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

std::vector<std::string> anchors(const ClaimGraph& g, const claim::Claim& c) {
  std::vector<std::string> out;
  const rules::Predicate* p = g.rules().predicate(c.predicate);
  for (const auto& f : c.fields) {
    const bool key_field = is_key_field(p, f);
    const auto kind = anchor_kind(f.value, key_field);
    if (!kind) continue;
    // Values that name no merged entity (a title, a date, a thing with no
    // content words) anchor by their folded value when in a key field.
    std::string k = entity_key(g, f.value);
    if (k.empty() && key_field) k = fold_key(f.value.key());
    if (!k.empty()) out.push_back(std::move(k));
    if (*kind == AnchorKind::office) out.push_back(f.value.title->office_key());
  }
  sort_unique(out);
  return out;
}

std::string fact_group_key(const ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p) {
  if (!g.has_fact_key(c)) return {};  // a key field missing or unresolved
  std::vector<std::string> parts;
  for (const auto& field : p.key) {
    const claim::Value* v = c.get(field);
    std::string k = entity_key(g, *v);
    parts.push_back(k.empty() ? v->key() : std::move(k));
  }
  if (p.symmetric && parts.size() >= 2 && parts[1] < parts[0]) std::swap(parts[0], parts[1]);
  std::string key;
  for (const auto& part : parts) key += part + "\x1f";
  return key;
}

std::vector<std::vector<ClaimId>> fact_groups(const ClaimGraph& g, const std::string& predicate) {
  std::vector<std::vector<ClaimId>> out;
  const rules::Predicate* p = g.rules().predicate(predicate);
  if (p == nullptr) return out;
  std::map<std::string, std::vector<ClaimId>> by_key;
  for (ClaimId id : g.by_predicate(predicate)) {
    std::string key = fact_group_key(g, g.claim(id), *p);
    if (key.empty() || !owns_fact(g, key)) continue;
    by_key[std::move(key)].push_back(id);
  }
  for (auto& [key, ids] : by_key) {
    if (ids.size() > 1) out.push_back(std::move(ids));
  }
  return out;
}

bool reads_across_groups(const rules::RuleSet& rules, const claim::Claim& c) {
  const rules::Predicate* p = rules.predicate(c.predicate);
  using R = rules::PredicateRole;
  return p != nullptr && (p->role == R::trip_end || p->role == R::visit_end || p->role == R::trip_length);
}

std::vector<std::size_t> parts_of(const ClaimGraph& router, const claim::Claim& c, std::size_t count) {
  std::vector<std::size_t> to;
  if (reads_across_groups(router.rules(), c)) {
    for (std::size_t p = 0; p < count; ++p) to.push_back(p);
    return to;
  }
  for (const auto& a : anchors(router, c)) to.push_back(ClaimGraph::part_of(a, count));
  if (to.empty()) to.push_back(ClaimGraph::part_of("", count));
  std::sort(to.begin(), to.end());
  to.erase(std::unique(to.begin(), to.end()), to.end());
  return to;
}

namespace {

void name_words(std::string_view name, const char* prefix, std::vector<std::string>& out) {
  for (const auto& w : name_tokens(name)) out.push_back(prefix + w);
}

}  // namespace

std::vector<std::string> lookup_keys(const std::vector<claim::Claim>& claims, const rules::RuleSet& rules,
                                     KeySide side) {
  const bool query = side == KeySide::query;
  std::vector<std::string> out;
  for (const claim::Claim& c : claims) {
    const rules::Predicate* p = rules.predicate(c.predicate);
    for (const claim::Field& f : c.fields) {
      const claim::Value& v = f.value;
      const bool key_field = is_key_field(p, f);
      const auto kind = anchor_kind(v, key_field);
      if (!kind) continue;
      switch (*kind) {
        case AnchorKind::person:
          if (v.entity->via == claim::Resolution::unresolved) {
            name_words(v.entity->name, query ? "f:" : "b:", out);
            name_words(v.entity->surface, query ? "f:" : "b:", out);
            break;
          }
          out.push_back("n:" + v.entity->id);
          name_words(v.entity->name, query ? "b:" : "f:", out);
          if (const rules::Entity* known = rules.gazetteer().find(v.entity->name)) {
            for (const auto& alias : known->aliases) name_words(alias, query ? "b:" : "f:", out);
          }
          break;
        case AnchorKind::office:
          out.push_back("o:" + v.title->office_key());
          break;
        case AnchorKind::thing: {
          const auto& w = v.thing->words;
          if (w.size() == 1) out.push_back("t:" + w[0]);
          for (std::size_t i = 0; i < w.size(); ++i) {
            for (std::size_t j = i + 1; j < w.size(); ++j) out.push_back("t:" + w[i] + " " + w[j]);
          }
          break;
        }
        case AnchorKind::entity:  // an organization or a place: found by its value
        case AnchorKind::value:
          if (key_field && v.resolved) out.push_back("v:" + v.key());
          break;
      }
    }
  }
  sort_unique(out);
  return out;
}

}  // namespace concord::graph
