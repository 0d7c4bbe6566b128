#include "graph/entities.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "base/hash.h"
#include "claim/thing.h"
#include "graph/claim_graph.h"

namespace concord::graph {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Words that say little about which thing is meant, skipped when looking
// for things that may be the same.
bool common_word(std::size_t count) { return count > 200; }

constexpr std::int64_t kSurnameWindowDays = 30;

// A document's id as a number, never 0 (0 marks "no second document").
std::uint64_t document_hash(const std::string& id) { return base::fnv1a(id) | 1; }

std::optional<std::int64_t> day_of(const claim::Claim& c) {
  if (c.document_date) return base::to_days(*c.document_date);
  return std::nullopt;
}

}  // namespace

struct Entities::Impl {
  Graph graph;
  std::unordered_map<std::string, std::size_t> vertex_of;  // entity id or "thing:" + words -> vertex
  std::vector<claim::ThingValue> things;                   // per vertex, when a thing
  std::vector<int> component;                              // per vertex
  std::vector<std::string> component_name;                 // per component: a stable key

  // Where each person is named, for resolving bare surnames: per day, two
  // documents at most (by a hash of their ids) - enough to tell whether a
  // story other than the asking one names them - so memory grows with
  // people and days, not with claims: 24 bytes a day.
  struct Day {
    std::int64_t day;
    std::uint64_t doc;
    std::uint64_t other = 0;  // a second document, or 0
  };
  struct Seen {
    claim::EntityRef ref;   // as last named
    std::vector<Day> days;  // sorted by day up to `sorted`, then as named
    std::size_t sorted = 0;

    void add(std::int64_t day, std::uint64_t doc) {
      if (!days.empty() && days.back().day == day && days.back().doc == doc) return;  // a story names them often
      days.push_back({day, doc});
      if (days.size() > 2 * sorted + 16) compact();
    }
    // Sorts by day and keeps two documents per day; amortized, so a person
    // named in every story costs log time per mention.
    void compact() {
      std::stable_sort(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.day < b.day; });
      std::size_t out = 0;
      for (std::size_t i = 0; i < days.size(); ++i) {
        if (out > 0 && days[out - 1].day == days[i].day) {
          Day& kept = days[out - 1];
          for (const std::uint64_t d : {days[i].doc, days[i].other}) {
            if (d != 0 && kept.other == 0 && d != kept.doc) kept.other = d;
          }
        } else {
          days[out++] = days[i];
        }
      }
      days.resize(out);
      days.shrink_to_fit();
      sorted = out;
    }
  };
  std::unordered_map<std::string, Seen> people;                     // entity id -> where it is named
  std::unordered_map<std::string, std::set<std::string>> by_token;  // surname word -> entity ids

  std::size_t vertex(const std::string& key) {
    auto [it, fresh] = vertex_of.emplace(key, vertex_of.size());
    if (fresh) {
      boost::add_vertex(graph);
      things.emplace_back();
    }
    return it->second;
  }
};

Entities::Entities(const rules::RuleSet& rules) : rules_(rules), impl_(std::make_unique<Impl>()) {}
Entities::~Entities() = default;

void Entities::observe(const claim::Claim& c) {
  Impl& im = *impl_;
  has_archive_ = has_archive_ || !c.in_draft;
  const auto day = day_of(c);
  const std::uint64_t document = day ? document_hash(c.document) : 0;
  for (const auto& f : c.fields) {
    const auto& e = f.value.entity;
    if (e && e->via != claim::Resolution::unresolved) {
      im.vertex(e->id);
    } else if (f.value.thing && !f.value.thing->words.empty()) {
      const std::size_t v = im.vertex("thing:" + f.value.thing->to_string());
      im.things[v] = *f.value.thing;
    }
    if (!day || !e || e->kind != rules::EntityKind::person || e->via == claim::Resolution::unresolved ||
        e->via == claim::Resolution::pronoun)
      continue;
    auto [it, fresh] = im.people.try_emplace(e->id.str());
    Impl::Seen& s = it->second;
    const bool renamed = fresh || s.ref.name != e->name;
    s.ref = *e;
    s.add(*day, document);
    if (!renamed) continue;
    std::vector<std::string> tokens = name_tokens(e->name);
    if (const rules::Entity* g = rules_.gazetteer().find(e->name)) {
      for (const auto& a : g->aliases) {
        for (auto& t : name_tokens(a)) tokens.push_back(t);
      }
    }
    for (const auto& t : tokens) im.by_token[t].insert(e->id.str());
  }
}

void Entities::resolve(claim::Claim& c) const {
  const auto day = day_of(c);
  if (!day) return;
  for (auto& f : c.fields) {
    auto& e = f.value.entity;
    if (!e || e->via != claim::Resolution::unresolved || e->kind != rules::EntityKind::person) continue;
    const auto tokens = name_tokens(e->name);
    if (tokens.size() != 1) continue;
    auto it = impl_->by_token.find(tokens[0]);
    if (it == impl_->by_token.end()) continue;
    const claim::EntityRef* found = nullptr;
    bool ambiguous = false;
    const std::uint64_t asking = document_hash(c.document);
    for (const auto& id : it->second) {
      const Impl::Seen& s = impl_->people.at(id);
      bool near = false;
      auto d = std::lower_bound(s.days.begin(), s.days.end(), *day - kSurnameWindowDays,
                                [](const Impl::Day& a, std::int64_t day) { return a.day < day; });
      for (; !near && d != s.days.end() && d->day <= *day + kSurnameWindowDays; ++d) {
        near = d->doc != asking || (d->other != 0 && d->other != asking);
      }
      if (!near) continue;
      ambiguous = ambiguous || found != nullptr;
      found = &s.ref;
    }
    if (found == nullptr || ambiguous) continue;
    const base::Atom surface = e->surface;
    e = *found;
    e->surface = surface;
    e->via = claim::Resolution::coreference;
  }
}

void Entities::finalize() {
  Impl& im = *impl_;
  for (auto& [id, seen] : im.people) seen.compact();
  // Things with the same content words are one thing: candidates share a
  // word that is not too common; an inverted index keeps this near-linear.
  std::unordered_map<std::string, std::vector<std::size_t>> by_word;
  for (std::size_t v = 0; v < im.things.size(); ++v) {
    for (const auto& w : im.things[v].words) by_word[w].push_back(v);
  }
  // A pair sharing several words is tried once, under the first word it
  // shares that is not too common (no set of pairs tried: it grew with the
  // archive).
  auto first_shared = [&](const claim::ThingValue& a, const claim::ThingValue& b) -> const std::string* {
    const std::string* first = nullptr;
    for (const auto& w : a.words) {
      if (std::find(b.words.begin(), b.words.end(), w) == b.words.end() || common_word(by_word.at(w).size())) continue;
      if (first == nullptr || w < *first) first = &w;
    }
    return first;
  };
  for (const auto& [word, vs] : by_word) {
    if (common_word(vs.size())) continue;
    for (std::size_t i = 0; i < vs.size(); ++i) {
      for (std::size_t j = i + 1; j < vs.size(); ++j) {
        if (vs[i] == vs[j] || *first_shared(im.things[vs[i]], im.things[vs[j]]) != word) continue;
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
}

std::string Entities::name(const claim::Value& v) const {
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

}  // namespace concord::graph
