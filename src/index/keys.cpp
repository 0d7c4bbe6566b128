#include "index/keys.h"

#include <algorithm>

#include "graph/claim_graph.h"

namespace concord::index {

namespace {

void name_words(std::string_view name, const char* prefix, std::vector<std::string>& out) {
  for (const auto& w : graph::name_tokens(name)) out.push_back(prefix + w);
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
      const bool key_field = p != nullptr && std::find(p->key.begin(), p->key.end(), f.name) != p->key.end();
      if (v.entity && v.entity->kind == rules::EntityKind::person) {
        if (v.entity->via == claim::Resolution::unresolved) {
          name_words(v.entity->name, query ? "f:" : "b:", out);
          name_words(v.entity->surface, query ? "f:" : "b:", out);
          continue;
        }
        out.push_back("n:" + v.entity->id);
        const char* words = query ? "b:" : "f:";
        name_words(v.entity->name, words, out);
        if (const rules::Entity* known = rules.gazetteer().find(v.entity->name)) {
          for (const auto& alias : known->aliases) name_words(alias, words, out);
        }
      } else if (v.title) {
        out.push_back("o:" + v.title->office_key());
      } else if (v.thing) {
        const auto& w = v.thing->words;
        if (w.size() == 1) out.push_back("t:" + w[0]);
        for (std::size_t i = 0; i < w.size(); ++i) {
          for (std::size_t j = i + 1; j < w.size(); ++j) out.push_back("t:" + w[i] + " " + w[j]);
        }
      } else if (key_field && v.resolved) {
        out.push_back("v:" + v.key());
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace concord::index
