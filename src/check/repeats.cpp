#include "check/repeats.h"

#include <algorithm>
#include <cmath>

#include "check/history.h"
#include "check/pairs.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

bool part_of_trip(rules::PredicateRole r) {
  using R = rules::PredicateRole;
  return r == R::trip_start || r == R::arrival || r == R::visit || r == R::meeting;
}

}  // namespace

std::optional<std::int64_t> event_day(const claim::Claim& c) {
  for (const auto& f : c.fields) {
    if (f.value.date && f.value.resolved) return f.value.date->first;
  }
  return reference_day(c);
}

TripBreaks::TripBreaks(const graph::ClaimGraph& g) : g_(g) {
  auto subject_key = [&](const claim::Claim& c) {
    const claim::Value* s = c.get("subject");
    return s != nullptr && s->entity && s->entity->via != claim::Resolution::unresolved ? graph::entity_key(g, *s)
                                                                                          : std::string();
  };
  for (auto role : {rules::PredicateRole::trip_end, rules::PredicateRole::visit_end}) {
    for (graph::ClaimId id : claims_with_role(g, role)) {
      const claim::Claim& c = g.claim(id);
      const std::string who = subject_key(c);
      const auto day = event_day(c);
      // Only a return the story states: "is due to return on Friday" is no return yet.
      if (who.empty() || !day || c.modality != rules::Modality::asserted) continue;
      ends_[who].push_back(*day);
    }
  }
  for (graph::ClaimId id : claims_with_role(g, rules::PredicateRole::trip_length)) {
    const claim::Claim& c = g.claim(id);
    const std::string who = subject_key(c);
    const claim::Value* v = c.get("value");
    const auto day = reference_day(c);
    if (who.empty() || !day || v == nullptr || !v->quantity || v->quantity->unit != "day") continue;
    lengths_[who].emplace_back(*day, static_cast<std::int64_t>(std::ceil(v->quantity->high)));
  }
  for (auto& [who, days] : ends_) std::sort(days.begin(), days.end());
  for (auto& [who, spans] : lengths_) std::sort(spans.begin(), spans.end());
}

bool TripBreaks::another_trip(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) const {
  if (!part_of_trip(p.role)) return false;
  const auto da = event_day(a);
  const auto db = event_day(b);
  if (!da || !db || *da == *db) return false;
  // Either claim's subject: "Bauer met Campbell" and "Campbell met Bauer"
  // are one meeting, and either person's return home splits it in two.
  for (const claim::Claim* c : {&a, &b}) {
    const claim::Value* s = c->get("subject");
    if (s != nullptr && s->entity && broken(graph::entity_key(g_, *s), std::min(*da, *db), std::max(*da, *db))) return true;
  }
  return false;
}

bool TripBreaks::broken(const std::string& who, std::int64_t early, std::int64_t late) const {
  // Back home (or the stay over) on a day from the earlier up to the later.
  if (auto it = ends_.find(who); it != ends_.end()) {
    auto first = std::lower_bound(it->second.begin(), it->second.end(), early);
    if (first != it->second.end() && *first < late) return true;
  }
  // A trip of N days told near the earlier day cannot hold a day past its end.
  if (auto it = lengths_.find(who); it != lengths_.end()) {
    for (const auto& [told, days] : it->second) {
      if (std::abs(told - early) <= days + 1 && late - early >= days + 1) return true;
    }
  }
  return false;
}

}  // namespace concord::check
