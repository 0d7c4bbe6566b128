// For `concord explain --against`: what the checks made of each of a
// draft's claims against the archive's claims of its kind, so an editor can
// see why a finding was made and why two claims were not compared at all.
//
//   auto findings = check::run_checks(g, std::move(per_document), check::Scope::drafts);
//   for (const check::Compared& c : check::compared(g, findings)) {
//     // c.draft, and for each archive claim in c.against: its verdict
//   }
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "check/finding.h"
#include "claim/claim.h"
#include "graph/claim_graph.h"

namespace concord::check {

// One archive claim next to a draft claim.
struct Verdict {
  const claim::Claim* other = nullptr;
  // "agrees", "differs: finding 3f2a9c1e (value-conflict, error)",
  // "not compared: more than 30 days apart (2018-11-17 / 2019-03-03)",
  // "another fact: the place differs (Moscow / Pyongyang)".
  std::string verdict;
  std::string fingerprint;  // of the finding that names both claims, or ""
};

struct Compared {
  const claim::Claim* draft = nullptr;
  std::vector<Verdict> against;  // the same fact first, then other facts about the same subject
  std::size_t more = 0;          // archive claims left out past the limit
  // When against is empty: whom the archive's claims of this predicate are
  // about (a few subjects, most claims first), to show a link not made
  // ("North" in the draft, "North Korea" in the archive).
  std::vector<std::string> others_about;
};

// For each draft claim of g (in claim order), the archive's claims of its
// predicate that are about the same fact or the same subject, at most
// `limit` of them. `findings` are the run's (check::run_checks).
std::vector<Compared> compared(const graph::ClaimGraph& g, const std::vector<Finding>& findings,
                               std::size_t limit = 8);

}  // namespace concord::check
