#include "index/keys.h"

#include <algorithm>
#include <cctype>

namespace concord::index {

namespace {

// Lowercase words of a name, split at spaces and hyphens, as the graph
// matches bare surnames.
void name_words(std::string_view name, std::vector<std::string>& out) {
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back("p:" + cur);
    cur.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '-') {
      flush();
    } else {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  flush();
}

}  // namespace

std::vector<std::string> lookup_keys(const std::vector<claim::Claim>& claims, const rules::RuleSet& rules) {
  std::vector<std::string> out;
  for (const claim::Claim& c : claims) {
    const rules::Predicate* p = rules.predicate(c.predicate);
    for (const claim::Field& f : c.fields) {
      const claim::Value& v = f.value;
      const bool key_field = p != nullptr && std::find(p->key.begin(), p->key.end(), f.name) != p->key.end();
      if (v.entity && v.entity->kind == rules::EntityKind::person) {
        name_words(v.entity->name, out);
        name_words(v.entity->surface, out);
        if (const rules::Entity* known = rules.gazetteer().find(v.entity->name)) {
          for (const auto& alias : known->aliases) name_words(alias, out);
        }
      } else if (v.title) {
        out.push_back("o:" + v.title->office_key());
      } else if (v.thing) {
        for (const auto& w : v.thing->words) out.push_back("t:" + w);
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
