#include "graph/claim_graph.h"

#include <algorithm>
#include <cctype>

#include "base/hash.h"
#include "base/utf8.h"

namespace concord::graph {

struct ClaimGraph::Impl {
  std::map<std::string, std::vector<std::vector<ClaimId>>> facts;
  std::map<std::string, std::vector<ClaimId>> by_predicate;
  std::vector<std::vector<ClaimId>> none;
  std::vector<ClaimId> no_claims;
};

ClaimGraph::ClaimGraph(const rules::RuleSet& rules)
    : rules_(rules), own_entities_(std::make_unique<Entities>(rules)), entities_(own_entities_.get()),
      impl_(std::make_unique<Impl>()) {}

ClaimGraph::ClaimGraph(const rules::RuleSet& rules, const Entities& entities, Part part)
    : rules_(rules), entities_(&entities), part_(part), impl_(std::make_unique<Impl>()) {}

ClaimGraph::~ClaimGraph() = default;

void ClaimGraph::add(std::vector<claim::Claim> claims) {
  for (auto& c : claims) {
    if (own_entities_) own_entities_->observe(c);
    c.evidence.drop_quote();  // the sentence holds it: one copy less of every claim's words
    claims_.push_back(std::move(c));
  }
}

std::size_t ClaimGraph::part_of(std::string_view key, std::size_t count) {
  return count <= 1 ? 0 : static_cast<std::size_t>(base::fnv1a(key) % count);
}

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : std::string(name) + " ") {
    if (c == ' ' || c == '-') {
      if (!cur.empty()) out.push_back(base::utf8::fold(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

void ClaimGraph::finalize() {
  if (own_entities_) own_entities_->finalize();
  for (auto& c : claims_) entities_->resolve(c);  // a no-op on claims already resolved
  Impl& im = *impl_;
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

std::string ClaimGraph::entity(const claim::Value& v) const { return entities_->name(v); }

namespace {

// A key field that fact_key can use: present and resolved.
bool usable_key(const claim::Value* v) {
  return v != nullptr && v->resolved && !(v->entity && v->entity->via == claim::Resolution::unresolved);
}

}  // namespace

bool ClaimGraph::has_fact_key(const claim::Claim& c) const {
  const rules::Predicate* p = rules_.predicate(c.predicate);
  if (p == nullptr || p->key.empty()) return false;
  return std::all_of(p->key.begin(), p->key.end(), [&](const std::string& f) { return usable_key(c.get(f)); });
}

std::string ClaimGraph::fact_key(const claim::Claim& c) const {
  const rules::Predicate* p = rules_.predicate(c.predicate);
  if (p == nullptr) return {};
  std::vector<std::string> parts;
  for (const auto& field : p->key) {
    const claim::Value* v = c.get(field);
    if (!usable_key(v)) return {};
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
