#include "graph/claim_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_map>

#include "base/hash.h"
#include "claim/thing.h"

namespace concord::graph {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Words that say little about which thing is meant, skipped when looking
// for things that may be the same.
bool common_word(std::size_t count) { return count > 200; }

}  // namespace

struct ClaimGraph::Impl {
  Graph graph;
  std::unordered_map<std::string, std::size_t> vertex_of;  // entity id or "thing:" + words -> vertex
  std::vector<claim::ThingValue> things;                   // per vertex, when a thing
  std::vector<int> component;                              // per vertex
  std::vector<std::string> component_name;                 // per component: a stable key
  std::map<std::string, std::vector<std::vector<ClaimId>>> facts;
  std::map<std::string, std::vector<ClaimId>> by_predicate;
  std::vector<std::vector<ClaimId>> none;
  std::vector<ClaimId> no_claims;

  std::size_t vertex(const std::string& key) {
    auto [it, fresh] = vertex_of.emplace(key, vertex_of.size());
    if (fresh) {
      boost::add_vertex(graph);
      things.emplace_back();
    }
    return it->second;
  }
};

ClaimGraph::ClaimGraph(const rules::RuleSet& rules) : rules_(rules), impl_(std::make_unique<Impl>()) {}
ClaimGraph::~ClaimGraph() = default;

void ClaimGraph::add(std::vector<claim::Claim> claims) {
  for (auto& c : claims) {
    for (const auto& f : c.fields) {
      if (f.value.entity && f.value.entity->via != claim::Resolution::unresolved) {
        impl_->vertex(f.value.entity->id);
      } else if (f.value.thing && !f.value.thing->words.empty()) {
        const std::size_t v = impl_->vertex("thing:" + f.value.thing->to_string());
        impl_->things[v] = *f.value.thing;
      }
    }
    c.evidence.drop_quote();  // the sentence holds it: one copy less of every claim's words
    claims_.push_back(std::move(c));
  }
}

namespace {

constexpr std::int64_t kSurnameWindowDays = 30;


std::optional<std::int64_t> day_of(const claim::Claim& c) {
  if (c.document_date) return base::to_days(*c.document_date);
  return std::nullopt;
}

}  // namespace

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : std::string(name) + " ") {
    if (c == ' ' || c == '-') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

void ClaimGraph::resolve_across_documents() {
  struct Seen {
    claim::EntityRef ref;
    std::vector<std::pair<base::SharedString, std::int64_t>> where;  // document, day
  };
  std::unordered_map<std::string, Seen> people;                  // entity id -> where it is named
  std::unordered_map<std::string, std::set<std::string>> by_token;  // surname word -> entity ids
  for (const auto& c : claims_) {
    const auto day = day_of(c);
    if (!day) continue;
    for (const auto& f : c.fields) {
      const auto& e = f.value.entity;
      if (!e || e->kind != rules::EntityKind::person || e->via == claim::Resolution::unresolved ||
          e->via == claim::Resolution::pronoun)
        continue;
      Seen& s = people[e->id];
      s.ref = *e;
      s.where.emplace_back(c.document, *day);
      std::vector<std::string> tokens = name_tokens(e->name);
      if (const rules::Entity* g = rules_.gazetteer().find(e->name)) {
        for (const auto& a : g->aliases) {
          for (auto& t : name_tokens(a)) tokens.push_back(t);
        }
      }
      for (const auto& t : tokens) by_token[t].insert(e->id);
    }
  }
  for (auto& c : claims_) {
    const auto day = day_of(c);
    if (!day) continue;
    for (auto& f : c.fields) {
      auto& e = f.value.entity;
      if (!e || e->via != claim::Resolution::unresolved || e->kind != rules::EntityKind::person) continue;
      const auto tokens = name_tokens(e->name);
      if (tokens.size() != 1) continue;
      auto it = by_token.find(tokens[0]);
      if (it == by_token.end()) continue;
      const claim::EntityRef* found = nullptr;
      bool ambiguous = false;
      for (const auto& id : it->second) {
        const Seen& s = people[id];
        const bool near = std::any_of(s.where.begin(), s.where.end(), [&](const auto& w) {
          return w.first != c.document && std::abs(w.second - *day) <= kSurnameWindowDays;
        });
        if (!near) continue;
        ambiguous = ambiguous || found != nullptr;
        found = &s.ref;
      }
      if (found == nullptr || ambiguous) continue;
      const std::string surface = e->surface;
      e = *found;
      e->surface = surface;
      e->via = claim::Resolution::coreference;
    }
  }
}

void ClaimGraph::finalize() {
  resolve_across_documents();
  Impl& im = *impl_;
  // Things with the same content words are one thing: candidates share a
  // word that is not too common; an inverted index keeps this near-linear.
  std::unordered_map<std::string, std::vector<std::size_t>> by_word;
  for (std::size_t v = 0; v < im.things.size(); ++v) {
    for (const auto& w : im.things[v].words) by_word[w].push_back(v);
  }
  std::set<std::pair<std::size_t, std::size_t>> tried;
  for (const auto& [word, vs] : by_word) {
    if (common_word(vs.size())) continue;
    for (std::size_t i = 0; i < vs.size(); ++i) {
      for (std::size_t j = i + 1; j < vs.size(); ++j) {
        if (!tried.emplace(vs[i], vs[j]).second) continue;
        if (claim::same_thing(im.things[vs[i]], im.things[vs[j]])) boost::add_edge(vs[i], vs[j], im.graph);
      }
    }
  }
  im.component.assign(boost::num_vertices(im.graph), 0);
  const int n = boost::num_vertices(im.graph) == 0 ? 0 : boost::connected_components(im.graph, im.component.data());
  // Name each component after its smallest key, so output does not depend on
  // the order documents were read in.
  im.component_name.assign(static_cast<std::size_t>(n), std::string());
  for (const auto& [key, v] : im.vertex_of) {
    std::string& name = im.component_name[static_cast<std::size_t>(im.component[v])];
    if (name.empty() || key < name) name = key;
  }
  // Facts: claims grouped by predicate and key. Most claims share their fact
  // with no other claim, so they are grouped by the key's hash first and
  // only claims whose hash recurs keep their key as text (a million keys
  // held at once would cost more than the claims).
  std::map<std::string, std::vector<std::pair<std::uint64_t, ClaimId>>> hashed;
  for (ClaimId id = 0; id < claims_.size(); ++id) {
    const claim::Claim& c = claims_[id];
    im.by_predicate[c.predicate].push_back(id);
    const std::string key = fact_key(c);
    if (!key.empty()) hashed[c.predicate].emplace_back(base::fnv1a(key), id);
  }
  for (auto& [pred, ids] : hashed) {
    std::sort(ids.begin(), ids.end());
    std::map<std::string, std::vector<ClaimId>> groups;  // in key order, as reports list them
    for (std::size_t i = 0, j = 0; i < ids.size(); i = j) {
      for (j = i + 1; j < ids.size() && ids[j].first == ids[i].first;) ++j;
      if (j - i < 2) continue;
      for (std::size_t k = i; k < j; ++k) groups[fact_key(claims_[ids[k].second])].push_back(ids[k].second);
    }
    for (auto& [key, group] : groups) {
      if (group.size() > 1) im.facts[pred].push_back(std::move(group));
    }
  }
}

std::string ClaimGraph::entity(const claim::Value& v) const {
  std::string key;
  if (v.entity) {
    if (v.entity->via == claim::Resolution::unresolved) return v.entity->id;  // unique to its document
    key = v.entity->id;
  } else if (v.thing && !v.thing->words.empty()) {
    key = "thing:" + v.thing->to_string();
  } else {
    return {};
  }
  auto it = impl_->vertex_of.find(key);
  if (it == impl_->vertex_of.end() || impl_->component.empty()) return key;
  return impl_->component_name[static_cast<std::size_t>(impl_->component[it->second])];
}

std::string ClaimGraph::fact_key(const claim::Claim& c) const {
  const rules::Predicate* p = rules_.predicate(c.predicate);
  if (p == nullptr) return {};
  std::vector<std::string> parts;
  for (const auto& field : p->key) {
    const claim::Value* v = c.get(field);
    if (v == nullptr || !v->resolved) return {};
    if (v->entity && v->entity->via == claim::Resolution::unresolved) return {};
    std::string k = entity(*v);
    if (k.empty()) k = v->key();
    parts.push_back(std::move(k));
  }
  if (p->symmetric && parts.size() >= 2 && parts[1] < parts[0]) std::swap(parts[0], parts[1]);
  std::string key;
  for (const auto& part : parts) key += part + "\x1f";
  return key;
}

const std::vector<std::vector<ClaimId>>& ClaimGraph::facts(const std::string& predicate) const {
  auto it = impl_->facts.find(predicate);
  return it == impl_->facts.end() ? impl_->none : it->second;
}

const std::vector<ClaimId>& ClaimGraph::by_predicate(const std::string& predicate) const {
  auto it = impl_->by_predicate.find(predicate);
  return it == impl_->by_predicate.end() ? impl_->no_claims : it->second;
}

std::map<std::string, std::map<std::string, ClaimId>> ClaimGraph::spellings() const {
  std::map<std::string, std::map<std::string, ClaimId>> out;
  for (ClaimId id = 0; id < claims_.size(); ++id) {
    for (const auto& f : claims_[id].fields) {
      const auto& e = f.value.entity;
      if (!e || e->kind != rules::EntityKind::person) continue;
      if (e->via != claim::Resolution::gazetteer && e->via != claim::Resolution::name) continue;
      out[entity(f.value)].emplace(e->surface, id);
    }
  }
  return out;
}

}  // namespace concord::graph
