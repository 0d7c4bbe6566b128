// Repeated events: when two claims of one fact tell of two times it
// happened, not of one time told two ways.
//
//   Occurrences occ(g);
//   if (occ.distinct(a, b, pred)) return;  // a second visit, not a wrong date
//
// Political and diplomatic beats are full of second visits and repeated
// meetings. Two claims are taken as two occurrences when
//   - either sentence says so: "again", "for her second visit", "returned
//     to" (rules: modality `repeated`, kept on the claim);
//   - they name different places for an event that happens in one place
//     ("met in Porvik" and "met in Halvik"), neither inside the other;
//   - for parts of a trip (arrivals, visits, meetings, departures), the
//     subject came back or ended the stay between the two days, or the two
//     days lie further apart than the trip a story gave ("a three-day
//     visit" starting March 4, and an arrival on March 17).
// Each rule can only keep a pair from being compared, never make a finding.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

class Occurrences {
 public:
  // Indexes the trip ends and trip lengths of g by subject.
  explicit Occurrences(const graph::ClaimGraph& g);

  // True if a and b, two claims of predicate p, are two occurrences of
  // their event (see above).
  bool distinct(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) const;

 private:
  bool different_places(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) const;
  bool another_trip(const claim::Claim& a, const claim::Claim& b) const;

  const graph::ClaimGraph& g_;
  // Per subject (entity_key): days the subject came back or left, and trips'
  // lengths in days with the day each was told on; each sorted by day.
  std::map<std::string, std::vector<std::int64_t>> ends_;
  std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> lengths_;
};

// The day an event claim says it happened: the start of its first date
// field; else reference_day. nullopt if none is known.
std::optional<std::int64_t> event_day(const claim::Claim& c);

}  // namespace concord::check
