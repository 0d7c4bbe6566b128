// The claim graph: every claim of a run, or of one part of a run, with the
// entities they name merged across documents.
//
//   graph::ClaimGraph g(rules);
//   g.add(std::move(doc_claims));            // for each document
//   g.finalize();                            // merge entities, index facts
//   for (const auto& group : g.facts("arrive")) ...  // claims about one fact
//
// Entities are merged by graph::Entities (Boost.Graph components). Claims
// stay in one container and are referred to by index. A run too large to
// hold checks its claims in parts (app/partition.h): each part is a graph
// over shared, already merged Entities that owns some of the run's groups.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claim/claim.h"
#include "graph/entities.h"
#include "rules/rule_set.h"

namespace concord::graph {

// The words of a name, split at spaces and hyphens, case and accents folded
// (base::utf8::fold): how a bare surname is matched to the full names of
// other stories.
std::vector<std::string> name_tokens(std::string_view name);

using ClaimId = std::size_t;

class ClaimGraph {
 public:
  // Which of a run's parts a graph holds: part `index` of `count`. A part
  // owns the groups (facts, people, offices) whose key part_of() puts in it,
  // and holds every claim of those groups.
  struct Part {
    std::size_t index = 0;
    std::size_t count = 1;
  };

  // A graph of the whole run, merging its own entities.
  explicit ClaimGraph(const rules::RuleSet& rules);
  // A run, or one part of it, whose entities are merged elsewhere
  // (Entities::finalize before this graph's finalize).
  ClaimGraph(const rules::RuleSet& rules, const Entities& entities, Part part);
  ~ClaimGraph();
  ClaimGraph(const ClaimGraph&) = delete;
  ClaimGraph& operator=(const ClaimGraph&) = delete;

  // Adds one document's claims. REQUIRES: finalize() not yet called.
  void add(std::vector<claim::Claim> claims);

  // Merges entities into components unless they are shared, resolves bare
  // surnames (Entities::resolve), then groups claims into facts.
  void finalize();

  // The part a group key belongs to, of `count`.
  static std::size_t part_of(std::string_view key, std::size_t count);
  // True if this graph reports on the group with this key: checks skip the
  // groups another part owns (they may hold some of its claims, not all).
  bool owns(std::string_view key) const { return part_.count <= 1 || part_of(key, part_.count) == part_.index; }

  // The run's entities, and whether any claim of the run (not only of this
  // part) is outside the drafts.
  const Entities& entities() const { return *entities_; }
  bool has_archive() const { return entities_->has_archive(); }

  const std::deque<claim::Claim>& claims() const { return claims_; }
  const claim::Claim& claim(ClaimId id) const { return claims_[id]; }
  const rules::RuleSet& rules() const { return rules_; }

  // The merged entity a value names ("" for values that are not entities or
  // things): equal for "Choi Ryong-hae" and "Choe Ryong Hae".
  std::string entity(const claim::Value& v) const;

  // The key of a claim's fact: its predicate's key fields, as merged
  // entities, in key order (sorted for symmetric predicates). Empty if a key
  // field is missing or unresolved.
  std::string fact_key(const claim::Claim& c) const;
  // Whether fact_key(c) is not empty, without building it.
  bool has_fact_key(const claim::Claim& c) const;

  // Claims grouped by fact key, for one predicate; groups of one are left out.
  const std::vector<std::vector<ClaimId>>& facts(const std::string& predicate) const;

  // Claims of a predicate.
  const std::vector<ClaimId>& by_predicate(const std::string& predicate) const;

  // Surface spellings of each merged person, with a claim that used each
  // (for the name-variant note).
  std::map<std::string, std::map<std::string, ClaimId>> spellings() const;

  struct Impl;

 private:
  const rules::RuleSet& rules_;
  std::unique_ptr<Entities> own_entities_;
  const Entities* entities_;
  Part part_;
  // A deque, not a vector: a million claims are not copied on growth, nor
  // held twice while they are.
  std::deque<claim::Claim> claims_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::graph
