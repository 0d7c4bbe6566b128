#include "graph/entities.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <charconv>
#include <map>
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

// A saved state's format: numbers in decimal ended by ';', strings as
// "length:" and their bytes; sorted, so equal states give equal bytes.
constexpr std::string_view kSavedHeader = "concord-entities 1\n";

class Writer {
 public:
  std::string out{kSavedHeader};
  void num(std::int64_t n) { out += std::to_string(n) + ';'; }
  void u64(std::uint64_t n) { out += std::to_string(n) + ';'; }
  void str(std::string_view s) {
    out += std::to_string(s.size()) + ':';
    out += s;
  }
};

// Reads what Writer wrote; after a failure every read gives 0 or "" and ok() is false.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {
    ok_ = in_.substr(0, kSavedHeader.size()) == kSavedHeader;
    in_.remove_prefix(ok_ ? kSavedHeader.size() : in_.size());
  }
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }
  template <typename T = std::int64_t>
  T num() {
    T n = 0;
    auto [end, ec] = std::from_chars(in_.data(), in_.data() + in_.size(), n);
    if (ec != std::errc() || end == in_.data() + in_.size() || *end != ';') return fail<T>();
    in_.remove_prefix(static_cast<std::size_t>(end - in_.data()) + 1);
    return n;
  }
  std::string str() {
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(in_.data(), in_.data() + in_.size(), n);
    if (ec != std::errc() || end == in_.data() + in_.size() || *end != ':') return fail<std::string>();
    in_.remove_prefix(static_cast<std::size_t>(end - in_.data()) + 1);
    if (n > in_.size()) return fail<std::string>();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  // A count of items that each take at least a byte, so a damaged count
  // cannot ask for more memory than the input holds.
  std::size_t count() {
    const auto n = num<std::size_t>();
    return n <= in_.size() ? n : fail<std::size_t>();
  }

 private:
  template <typename T>
  T fail() {
    ok_ = false;
    in_ = {};
    return T{};
  }
  std::string_view in_;
  bool ok_ = true;
};

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

std::string Entities::save() const {
  const Impl& im = *impl_;
  Writer w;
  w.num(has_archive_ ? 1 : 0);
  const std::map<std::string, std::size_t> vertices(im.vertex_of.begin(), im.vertex_of.end());
  w.num(static_cast<std::int64_t>(vertices.size()));
  for (const auto& [key, v] : vertices) {
    w.str(key);
    const claim::ThingValue& t = im.things[v];
    w.num(static_cast<std::int64_t>(t.words.size()));
    for (const auto& word : t.words) w.str(word);
    w.str(t.head);
  }
  std::map<std::string, const Impl::Seen*> people;
  for (const auto& [id, seen] : im.people) people.emplace(id, &seen);
  w.num(static_cast<std::int64_t>(people.size()));
  for (const auto& [id, seen] : people) {
    w.str(id);
    w.str(seen->ref.id.str());
    w.str(seen->ref.name.str());
    w.str(seen->ref.surface.str());
    w.num(static_cast<int>(seen->ref.kind));
    w.num(static_cast<int>(seen->ref.via));
    Impl::Seen days = *seen;  // compacted, as finalize() would: the same people on the same days, the same bytes
    days.compact();
    w.num(static_cast<std::int64_t>(days.days.size()));
    for (const auto& d : days.days) {
      w.num(d.day);
      w.u64(d.doc);
      w.u64(d.other);
    }
  }
  const std::map<std::string, std::set<std::string>> tokens(im.by_token.begin(), im.by_token.end());
  w.num(static_cast<std::int64_t>(tokens.size()));
  for (const auto& [token, ids] : tokens) {
    w.str(token);
    w.num(static_cast<std::int64_t>(ids.size()));
    for (const auto& id : ids) w.str(id);
  }
  return std::move(w.out);
}

bool Entities::merge(std::string_view saved) {
  // Read whole first, so a damaged state changes nothing.
  Reader r(saved);
  const bool archive = r.num() != 0;
  std::vector<std::pair<std::string, claim::ThingValue>> vertices(r.count());
  for (auto& [key, thing] : vertices) {
    key = r.str();
    thing.words.resize(r.count());
    for (auto& word : thing.words) word = r.str();
    thing.head = r.str();
  }
  std::vector<std::pair<std::string, Impl::Seen>> people(r.count());
  for (auto& [id, seen] : people) {
    id = r.str();
    seen.ref.id = claim::entity_id(r.str());
    seen.ref.name = base::Atom(r.str());
    seen.ref.surface = base::Atom(r.str());
    const auto kind = r.num<int>(), via = r.num<int>();
    if (kind < 0 || kind > static_cast<int>(rules::EntityKind::any) || via < 0 ||
        via > static_cast<int>(claim::Resolution::unresolved))
      return false;
    seen.ref.kind = static_cast<rules::EntityKind>(kind);
    seen.ref.via = static_cast<claim::Resolution>(via);
    seen.days.resize(r.count());
    for (auto& d : seen.days) {
      d.day = r.num();
      d.doc = r.num<std::uint64_t>();
      d.other = r.num<std::uint64_t>();
    }
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> tokens(r.count());
  for (auto& [token, ids] : tokens) {
    token = r.str();
    ids.resize(r.count());
    for (auto& id : ids) id = r.str();
  }
  if (!r.ok() || !r.done()) return false;

  Impl& im = *impl_;
  has_archive_ = has_archive_ || archive;
  for (auto& [key, thing] : vertices) {
    const std::size_t v = im.vertex(key);
    if (!thing.words.empty()) im.things[v] = std::move(thing);  // the last one observed, as observe() keeps
  }
  for (auto& [id, seen] : people) {
    auto [it, fresh] = im.people.try_emplace(id);
    Impl::Seen& s = it->second;
    s.ref = seen.ref;  // as last named
    // Each state keeps the first two documents of a day; after earlier
    // states' days, compacting keeps the first two of the whole run.
    s.days.insert(s.days.end(), seen.days.begin(), seen.days.end());
    s.compact();
  }
  for (auto& [token, ids] : tokens) im.by_token[token].insert(ids.begin(), ids.end());
  return true;
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
