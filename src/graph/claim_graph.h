// The claim graph: every claim of a run, with the entities they name merged
// across documents.
//
//   graph::ClaimGraph g(rules);
//   g.add(std::move(doc_claims));            // for each document
//   g.finalize();                            // merge entities, index facts
//   for (const auto& group : g.facts("arrive")) ...  // claims about one fact
//
// Built on Boost.Graph: entity mentions are vertices, "is the same as" is an
// edge (same gazetteer entry, same full name, or a noun phrase with the same
// content words), and connected components are the entities. Claims stay in
// one container and are referred to by index.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claim/claim.h"
#include "rules/rule_set.h"

namespace concord::graph {

// The lowercase words of a name, split at spaces and hyphens: how a bare
// surname is matched to the full names of other stories.
std::vector<std::string> name_tokens(std::string_view name);

using ClaimId = std::size_t;

class ClaimGraph {
 public:
  explicit ClaimGraph(const rules::RuleSet& rules);
  ~ClaimGraph();
  ClaimGraph(const ClaimGraph&) = delete;  // owns the Boost graph
  ClaimGraph& operator=(const ClaimGraph&) = delete;

  // Adds one document's claims. REQUIRES: finalize() not yet called.
  void add(std::vector<claim::Claim> claims);

  // Merges entities into components and groups claims into facts. First, a
  // bare surname its own story could not resolve ("Choe", with two Choes in
  // the gazetteer) is taken to be the one person of that name that other
  // stories within a month name - and left alone if there are several.
  void finalize();

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

  // Claims grouped by fact key, for one predicate; groups of one are left out.
  const std::vector<std::vector<ClaimId>>& facts(const std::string& predicate) const;

  // Claims of a predicate.
  const std::vector<ClaimId>& by_predicate(const std::string& predicate) const;

  // Surface spellings of each merged person, with a claim that used each
  // (for the name-variant note).
  std::map<std::string, std::map<std::string, ClaimId>> spellings() const;

  struct Impl;

 private:
  void resolve_across_documents();

  const rules::RuleSet& rules_;
  // A deque, not a vector: a million claims are not copied on growth, nor
  // held twice while they are.
  std::deque<claim::Claim> claims_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::graph
