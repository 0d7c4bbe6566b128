// Which entity mentions of a run are one entity: the part of the claim graph
// that must see every claim, while the claims themselves need not stay in
// memory (see app/partition.h).
//
//   graph::Entities e(rules);
//   e.observe(claim);          // every claim of the run, in order
//   e.finalize();              // merge mentions into components
//   e.resolve(claim);          // a bare "Choe" to the one Choe of nearby stories
//   std::string who = e.name(claim.get("subject"));
//
// Entity mentions are Boost.Graph vertices, "is the same as" is an edge
// (same gazetteer entry, same full name, or a noun phrase with the same
// content words), and connected components are the entities. Memory grows
// with the distinct entities named, not with the claims.
//
// A run split over processes (app/stage.h) observes each shard's claims in
// its own Entities, saves what it saw, and merges the saved states in input
// order into one; the merge is what observing every claim in one process
// gives, and its size is that of the state, not of the claims.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "claim/claim.h"
#include "rules/rule_set.h"

namespace concord::graph {

class Entities {
 public:
  explicit Entities(const rules::RuleSet& rules);
  ~Entities();
  Entities(const Entities&) = delete;  // owns the Boost graph
  Entities& operator=(const Entities&) = delete;

  // Records the entities and things a claim names, and where and when a
  // person is named. REQUIRES: finalize() not yet called.
  void observe(const claim::Claim& c);

  // What observe() has recorded, as bytes for merge(). Equal states give
  // equal bytes. REQUIRES: finalize() not yet called.
  std::string save() const;

  // Adds a saved state, as if its claims were observed now (so merge the
  // shards of a run in input order). False, changing nothing, if `saved`
  // is not a state save() wrote. REQUIRES: finalize() not yet called.
  bool merge(std::string_view saved);

  // Merges mentions into components.
  void finalize();

  // A bare surname its own story could not resolve ("Choe", with two Choes
  // in the gazetteer) is taken to be the one person of that name that other
  // stories within a month name - and left alone if there are several.
  // Depends only on what was observed, so resolving a claim again gives the
  // same answer. REQUIRES: every claim observed.
  void resolve(claim::Claim& c) const;

  // The merged entity a value names ("" for values that are not entities or
  // things): equal for "Choi Ryong-hae" and "Choe Ryong Hae".
  std::string name(const claim::Value& v) const;

  // True if a claim observed is not from a draft.
  bool has_archive() const { return has_archive_; }

 private:
  struct Impl;
  const rules::RuleSet& rules_;
  std::unique_ptr<Impl> impl_;
  bool has_archive_ = false;
};

}  // namespace concord::graph
