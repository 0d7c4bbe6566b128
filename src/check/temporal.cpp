// temporal: a trip's dates that cannot all hold - "returned on Nov. 19 after
// a two-day trip" against "met Lavrov in Moscow on Nov. 20" and "a week-long
// trip". Solved as a simple temporal network (Bellman-Ford); the claims on
// the negative cycle are the smallest set reported.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "check/check.h"
#include "check/history.h"
#include "check/pairs.h"
#include "check/sides.h"
#include "graph/groups.h"
#include "graph/temporal.h"

namespace concord::check {

namespace {

constexpr int kZero = 0;   // day 0: the epoch, so x - zero is a date
constexpr int kStart = 1;  // the trip's first day
constexpr int kEnd = 2;    // its last day
constexpr std::int64_t kClusterGapDays = 21;
// One trip's claims span weeks, not months: a person in the news every week
// would otherwise make one endless "trip" of every departure and return.
constexpr std::int64_t kClusterSpanDays = 45;

using rules::PredicateRole;

// The roles of a trip's predicates, in the order their claims are gathered.
constexpr PredicateRole kTripRoles[] = {PredicateRole::trip_start, PredicateRole::arrival,  PredicateRole::visit,
                                        PredicateRole::meeting,    PredicateRole::trip_end, PredicateRole::trip_length,
                                        PredicateRole::visit_end};

// What c's predicate declares it is.
PredicateRole role_of(const graph::ClaimGraph& g, const claim::Claim& c) {
  const rules::Predicate* p = g.rules().predicate(c.predicate);
  return p != nullptr ? p->role : PredicateRole::none;
}

struct Network {
  std::vector<graph::Difference> constraints;
  std::vector<graph::ClaimId> claim_of;  // per tag
  std::vector<std::string> note_of;      // per tag
  int variables = 3;

  void add(int from, int to, std::int64_t weight, graph::ClaimId id, const std::string& note) {
    constraints.push_back({from, to, weight, static_cast<int>(claim_of.size())});
    claim_of.push_back(id);
    note_of.push_back(note);
  }
  // x in [first, last]
  int dated(const claim::DateValue& d, graph::ClaimId id, const std::string& note) {
    const int x = variables++;
    add(kZero, x, d.last, id, note);
    add(x, kZero, -d.first, id, note);
    return x;
  }
};

// Where a trip started (home) and where it went, each with the country the
// gazetteer puts it in: Moscow is away on a trip to Russia, Pyongyang is not.
class Whereabouts {
 public:
  Whereabouts(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids) : g_(g) {
    for (graph::ClaimId id : ids) {
      const claim::Claim& c = g.claim(id);
      const PredicateRole role = role_of(g, c);
      if (role == PredicateRole::trip_start) {
        add(abroad_, c.get("destination"));
        add(went_to_, c.get("destination"));
      } else if (role == PredicateRole::trip_length) {
        add(abroad_, c.get("place"));
        add(went_to_, c.get("place"));
      } else if (role == PredicateRole::meeting) {
        add(met_in_, c.get("place"));
      } else if (role != PredicateRole::trip_end) {
        add(went_to_, c.get("place"));
      }
    }
    // Home is where a departure starts from, unless the trip went there.
    for (graph::ClaimId id : ids) {
      const claim::Claim& c = g.claim(id);
      if (role_of(g, c) == PredicateRole::trip_start && !in(went_to_, c.get("origin"))) add(home_, c.get("origin"));
    }
  }

  // True if c, a departure, may leave a place the trip went to ("left Moscow
  // for Vladivostok", "left Moscow" after "arrived in" or "met Lavrov in
  // Moscow"): a leg within the trip rather than its start. A meeting place
  // counts here, where it only loosens the constraints, but not in telling
  // home, where one meets people too.
  bool leaves_a_stop(const claim::Claim& c) const {
    return in(went_to_, c.get("origin")) || in(met_in_, c.get("origin"));
  }

  // True if `place` is away from home. With no known start, home could be
  // anywhere (a meeting in Pyongyang after "returned home"): only a place
  // the trip is said to go to counts.
  bool away(const claim::Value& place) const {
    const auto names = names_of(&place);
    auto any_in = [&](const std::set<std::string>& set) {
      return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return set.count(n) != 0; });
    };
    if (any_in(home_)) return false;
    return !home_.empty() || any_in(abroad_);
  }

 private:
  std::vector<std::string> names_of(const claim::Value* v) const {
    if (v == nullptr || !v->entity || v->entity->via == claim::Resolution::unresolved) return {};
    std::vector<std::string> out{g_.entity(*v)};
    const rules::Entity* e = g_.rules().gazetteer().find(v->entity->id);
    if (e != nullptr && !e->country.empty()) out.push_back(e->country);
    return out;
  }
  void add(std::set<std::string>& set, const claim::Value* v) const {
    for (auto& n : names_of(v)) set.insert(std::move(n));
  }
  // True if the place v names (itself, not its country) is in set.
  bool in(const std::set<std::string>& set, const claim::Value* v) const {
    const auto names = names_of(v);
    return !names.empty() && set.count(names.front()) != 0;
  }

  const graph::ClaimGraph& g_;
  std::set<std::string> home_, abroad_;
  std::set<std::string> went_to_;  // arrived in, visited, left for, wrapped up a visit to; and their countries
  std::set<std::string> met_in_;   // where meetings were, and their countries
};

std::string where(const claim::Claim& c) {
  return fmt::format("{}:{}:{}", c.evidence.citation.path, c.evidence.citation.start.line,
                     c.evidence.citation.start.column);
}

class Temporal final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "temporal", "A trip whose dates cannot all hold",
        "Departures, arrivals, meetings and returns of one person's trip, and its length, as constraints on "
        "days: the trip starts when the person leaves home and ends when they return; arrivals and meetings "
        "away, leaving a place the trip went to and wrapping up a visit fall in between; a \"two-day trip\" "
        "ends a day or two after it starts. When the claims cannot all hold, concord reports the smallest set "
        "that conflicts and the chain of reasoning.",
        Severity::error};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    std::map<std::string, std::vector<graph::ClaimId>> by_person;
    for (const PredicateRole role : kTripRoles) {
      for (graph::ClaimId id : claims_with_role(g, role)) {
        const claim::Claim& c = g.claim(id);
        if (c.modality != rules::Modality::asserted && c.modality != rules::Modality::reported) continue;
        if (!reference_day(c)) continue;
        for (const char* field : {"subject", "object"}) {
          const claim::Value* v = c.get(field);
          if (v == nullptr || !v->entity || v->entity->via == claim::Resolution::unresolved) continue;
          by_person[graph::entity_key(g, *v)].push_back(id);
        }
      }
    }
    for (auto& [person, ids] : by_person) {
      if (!g.owns(person)) continue;
      std::sort(ids.begin(), ids.end(), [&](graph::ClaimId a, graph::ClaimId b) {
        return *reference_day(g.claim(a)) < *reference_day(g.claim(b));
      });
      std::vector<graph::ClaimId> cluster;
      for (std::size_t k = 0; k <= ids.size(); ++k) {
        const bool split = k == ids.size() ||
                           (!cluster.empty() &&
                            (*reference_day(g.claim(ids[k])) - *reference_day(g.claim(cluster.back())) > kClusterGapDays ||
                             *reference_day(g.claim(ids[k])) - *reference_day(g.claim(cluster.front())) > kClusterSpanDays));
        if (split && !cluster.empty()) {
          check_trip(g, person, cluster, out);
          cluster.clear();
        }
        if (k < ids.size()) cluster.push_back(ids[k]);
      }
    }
  }

 private:
  void check_trip(const graph::ClaimGraph& g, const std::string& person, const std::vector<graph::ClaimId>& ids,
                  Findings& out) const {
    Network net;
    const Whereabouts trip(g, ids);
    std::set<std::string> predicates;
    for (graph::ClaimId id : ids) {
      const claim::Claim& c = g.claim(id);
      const claim::Value* t = c.get("time");
      const bool dated = t != nullptr && t->date && t->resolved;
      const PredicateRole role = role_of(g, c);
      if (role == PredicateRole::trip_start && dated && trip.leaves_a_stop(c)) {
        const claim::Value* origin = c.get("origin");
        const int x = net.dated(*t->date, id,
                                fmt::format("left {} on {}, during the trip ({})", origin->entity->name,
                                            t->to_string(), where(c)));
        net.add(x, kStart, 0, id, "");  // start <= x
        net.add(kEnd, x, 0, id, "");    // x <= end
      } else if (role == PredicateRole::trip_start && dated) {
        const int x = net.dated(*t->date, id, fmt::format("left on {} ({})", t->to_string(), where(c)));
        net.add(x, kStart, 0, id, "");
        net.add(kStart, x, 0, id, "");
      } else if (role == PredicateRole::visit_end && dated) {
        const int x = net.dated(*t->date, id, fmt::format("the visit ended on {}, during the trip ({})",
                                                          t->to_string(), where(c)));
        net.add(x, kStart, 0, id, "");
        net.add(kEnd, x, 0, id, "");
      } else if (role == PredicateRole::trip_end && dated) {
        const int x = net.dated(*t->date, id, fmt::format("the trip ended on {} ({})", t->to_string(), where(c)));
        net.add(x, kEnd, 0, id, "");
        net.add(kEnd, x, 0, id, "");
      } else if ((role == PredicateRole::arrival || role == PredicateRole::visit || role == PredicateRole::meeting) &&
                 dated) {
        const claim::Value* place = c.get("place");
        if (place == nullptr || !place->entity || !trip.away(*place)) continue;
        const std::string what = role == PredicateRole::meeting   ? "met"
                                 : role == PredicateRole::arrival ? "arrived"
                                                                  : "visited";
        const int x = net.dated(*t->date, id,
                                fmt::format("{} in {} on {}, during the trip ({})", what, place->entity->name,
                                            t->to_string(), where(c)));
        net.add(x, kStart, 0, id, "");  // start <= x
        net.add(kEnd, x, 0, id, "");    // x <= end
      } else if (role == PredicateRole::trip_length) {
        const claim::Value* v = c.get("value");
        if (v == nullptr || !v->quantity || v->quantity->unit != "day") continue;
        const rules::Predicate* p = g.rules().predicate(c.predicate);
        const double tol = p != nullptr ? p->tolerance : 0.0;
        const double lo = v->quantity->low * (1 - tol);
        const double hi = std::isfinite(v->quantity->high) ? v->quantity->high * (1 + tol) : 1e6;
        // Calendar days: a two-day trip leaving on the 17th ends on the 18th or 19th.
        const auto min_span = static_cast<std::int64_t>(std::max(0.0, std::floor(lo) - 1));
        const auto max_span = static_cast<std::int64_t>(std::ceil(hi));
        const std::string note = fmt::format("the trip lasted {} ({})", v->text, where(c));
        net.add(kStart, kEnd, max_span, id, note);
        net.add(kEnd, kStart, -min_span, id, note);
      } else {
        continue;
      }
      predicates.insert(c.predicate);
    }
    if (predicates.size() < 2) return;
    const std::vector<int> cycle = graph::inconsistent(net.variables, net.constraints);
    if (cycle.empty()) return;
    std::vector<graph::ClaimId> involved;
    std::vector<std::string> notes;
    for (int tag : cycle) {
      const graph::ClaimId id = net.claim_of[static_cast<std::size_t>(tag)];
      if (std::find(involved.begin(), involved.end(), id) == involved.end()) involved.push_back(id);
      const std::string& note = net.note_of[static_cast<std::size_t>(tag)];
      if (!note.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
    }
    if (involved.size() < 2) return;
    // A story that disagrees with itself is not a cross-source finding.
    const bool one_story = std::all_of(involved.begin(), involved.end(), [&](graph::ClaimId id) {
      return g.claim(id).document == g.claim(involved.front()).document;
    });
    if (one_story) return;
    // Two claims of one fact that disagree are value-conflict's to report.
    if (involved.size() == 2 && g.claim(involved[0]).predicate == g.claim(involved[1]).predicate &&
        g.fact_key(g.claim(involved[0])) == g.fact_key(g.claim(involved[1])))
      return;
    std::optional<Severity> severity = Severity::error;
    for (std::size_t i = 0; i < involved.size() && severity; ++i) {
      for (std::size_t j = i + 1; j < involved.size() && severity; ++j) {
        auto s = pair_severity(g.claim(involved[i]), g.claim(involved[j]));
        if (!s) severity.reset();
        else if (*s < *severity) severity = s;
      }
    }
    if (!severity) return;
    std::stable_sort(involved.begin(), involved.end(),
                     [&](graph::ClaimId a, graph::ClaimId b) { return g.claim(a).in_draft && !g.claim(b).in_draft; });
    Finding f;
    f.check = info().id;
    f.severity = *severity;
    f.predicate = "trip";
    f.subject = person;
    for (graph::ClaimId id : involved) {
      const claim::Claim& c = g.claim(id);
      // Named after the traveller whose trip it is, who may be the one met.
      for (const char* field : {"subject", "object"}) {
        const claim::Value* v = c.get(field);
        if (f.subject == person && v != nullptr && v->entity && graph::entity_key(g, *v) == person) f.subject = v->entity->name;
      }
      const claim::Value* t = c.get("time");
      const claim::Value* v = c.get("value");
      f.sides.push_back(side_of(c, t != nullptr ? t->show() : v != nullptr ? v->text : c.predicate.str()));
    }
    f.fact = "dates of " + f.subject + "'s trip";
    f.message = fmt::format("{}: these {} claims cannot all be true", f.fact, involved.size());
    f.notes = notes;
    out.push_back(std::move(f));
  }
};

}  // namespace

std::unique_ptr<Check> make_temporal() { return std::make_unique<Temporal>(); }

}  // namespace concord::check
