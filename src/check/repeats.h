// Repeated trips: when two claims of one trip event (an arrival, a visit,
// a meeting, a departure) tell of two trips, not of one told two ways.
//
//   const TripBreaks trips(g);
//   if (trips.another_trip(a, b, pred)) return;  // a second visit, not a wrong date
//
// Political and diplomatic beats are full of second visits. Two days of a
// person's trip events are two trips when a story says the person came
// back or ended the stay in between, or when they lie further apart than
// the trip a story gave ("a three-day visit" starting March 4, and an
// arrival on March 17). What one pair of claims shows alone (an "again",
// another place) is check::apart's. This can only keep a pair from being
// compared, never make a finding.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

class TripBreaks {
 public:
  // Indexes the trip ends and trip lengths of g by subject.
  explicit TripBreaks(const graph::ClaimGraph& g);

  // True if a and b, two claims of predicate p, are parts of two trips of
  // their subject (see above). False for predicates that are no part of a trip.
  bool another_trip(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) const;

 private:
  // True if who came back, or ended a stay, from early up to late, or the
  // trip a story gave near early cannot last until late.
  bool broken(const std::string& who, std::int64_t early, std::int64_t late) const;

  const graph::ClaimGraph& g_;
  // Per subject (entity_key): days the subject came back or left, and trips'
  // lengths in days with the day each was told on; each sorted by day.
  std::map<std::string, std::vector<std::int64_t>> ends_;
  std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> lengths_;
};

// The day an event claim says it happened: the start of its first resolved
// date field; else reference_day. nullopt if none is known.
std::optional<std::int64_t> event_day(const claim::Claim& c);

}  // namespace concord::check
