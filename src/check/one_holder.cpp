// one-holder: two people in one office that only one holds at a time (two
// foreign ministers of one country), in the stories or against the gazetteer.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "check/check.h"
#include "check/history.h"
#include "check/pairs.h"
#include "check/sides.h"
#include "claim/title.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

// True if the gazetteer gives c's subject c's office (its `field`) on `day` as well.
bool gazetteer_holds(const graph::ClaimGraph& g, const claim::Claim& c, const std::string& field, std::int64_t day) {
  const claim::EntityRef* who = c.subject();
  if (who == nullptr || who->via == claim::Resolution::name) return false;
  const rules::Entity* e = g.rules().gazetteer().find(who->id);
  return e != nullptr && holds_on(*e, *c.get(field)->title, day, g.rules().gazetteer());
}

class OneHolder final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "one-holder", "Two people in an office one person holds",
        "Two different people are given the same single-holder office (a minister with a portfolio, a "
        "president, a prime minister) of the same country at the same time, in two stories or against the "
        "gazetteer's record of office holders. One change of holder between stories is a reshuffle; the "
        "first holder again after the second, or two holders on one day, is not.",
        Severity::error};
    return kInfo;
  }

  // Every predicate with `one_holder: true` and an office field (a `single`
  // field of type title), each on its own: "holds-title", a pack's "heads".
  void run(const graph::ClaimGraph& g, Findings& out) const override {
    std::optional<Offices> offices;
    for (const auto& [name, pred] : g.rules().predicates()) {
      const rules::FieldSpec* office = pred.office_field();
      if (!pred.one_holder || office == nullptr || g.by_predicate(name).empty()) continue;
      if (!offices) offices = gazetteer_offices(g.rules().gazetteer());
      run_on(g, pred, office->name, *offices, out);
    }
  }

 private:
  // The gazetteer's roles, normalized once per run, by office, in gazetteer order.
  struct Held {
    const rules::Entity* entity;
    const rules::Role* role;
    claim::TitleValue title;
  };
  using Offices = std::map<std::string, std::vector<Held>>;

  void run_on(const graph::ClaimGraph& g, const rules::Predicate& p, const std::string& field, const Offices& offices,
              Findings& out) const {
    const rules::Predicate* pred = &p;
    std::map<std::string, std::vector<graph::ClaimId>> by_office;
    for (graph::ClaimId id : g.by_predicate(p.name)) {
      const claim::Claim& c = g.claim(id);
      const claim::Value* t = c.get(field);
      const claim::Value* s = c.get("subject");
      if (t == nullptr || !t->title || !t->title->single_holder() || s == nullptr || !s->entity) continue;
      if (s->entity->via == claim::Resolution::unresolved) continue;
      by_office[t->title->office_key()].push_back(id);
    }
    for (const auto& [office, ids] : by_office) {
      if (!g.owns(office)) continue;
      // Who the stories give the office to, and on which days: a change of
      // holder between two stories ("Foreign Minister Ri" in March, "Foreign
      // Minister Pak" from May) is a reshuffle; Ri again in May after Pak in
      // April is not. A title in a hedged sentence ("is expected to meet
      // Foreign Minister Ri") still says who held the office that day.
      History holders;
      for (graph::ClaimId id : ids) {
        const claim::Claim& c = g.claim(id);
        const auto day = reference_day(c);
        if (day && c.modality != rules::Modality::negated) holders.add(&c, graph::entity_key(g, *c.get("subject")), *day);
      }
      holders.finish(window_or_all(*pred));
      for_each_pair(g, ids, pred, out, [&](const claim::Claim& a, const claim::Claim& b) {
        if (!worth_comparing(a, b)) return;
        const std::string pa = graph::entity_key(g, *a.get("subject"));
        const std::string pb = graph::entity_key(g, *b.get("subject"));
        if (pa == pb) return;
        // The office changed hands between the stories: each is right at its own time.
        if (gazetteer_confirms_title(g, a, field) && gazetteer_confirms_title(g, b, field)) return;
        const auto da = reference_day(a);
        const auto db = reference_day(b);
        if (!da || !db) return;
        // The earlier holder still in office, by the gazetteer, on the later day: no handover between.
        const bool still = gazetteer_holds(g, *da < *db ? a : b, field, std::max(*da, *db));
        if (!still && holders.clash(a, b) == History::Clash::none) return;
        const auto severity = pair_severity(a, b);
        if (!severity) return;
        Finding f = pair_finding(info().id, g, a, b, "subject", *severity);
        f.fact = a.get(field)->title->to_string() + ", an office one person holds at a time";
        const auto [first, second] = draft_first(a, b);
        const std::string office = a.get(field)->title->to_string();
        f.sides[0].value = subject_name(*first) + " as " + office;
        f.sides[1].value = subject_name(*second) + " as " + office;
        out.push_back(std::move(f));
      });
      for (graph::ClaimId id : ids) against_gazetteer(g, offices, field, g.claim(id), out);
    }
  }

  static Offices gazetteer_offices(const rules::Gazetteer& gaz) {
    Offices out;
    for (const rules::Entity& e : gaz.all()) {
      if (e.kind != rules::EntityKind::person) continue;
      for (const rules::Role& r : e.roles) {
        if (auto held = claim::normalize_title(r.title, gaz)) out[held->office_key()].push_back({&e, &r, *held});
      }
    }
    return out;
  }

  void against_gazetteer(const graph::ClaimGraph& g, const Offices& offices, const std::string& field,
                         const claim::Claim& c, Findings& out) const {
    const auto day = reference_day(c);
    const auto severity = gazetteer_severity(c);
    if (!day || !severity) return;
    const claim::TitleValue& claimed = *c.get(field)->title;
    const auto holders = offices.find(claimed.office_key());
    if (holders == offices.end()) return;
    const std::string who = g.entity(*c.get("subject"));
    if (gazetteer_confirms_title(g, c, field)) return;  // a handover day: the gazetteer has both
    for (const auto& [entity, role, held] : holders->second) {
      const rules::Entity& e = *entity;
      const rules::Role& r = *role;
      if (e.name == who || held.rank != claimed.rank) continue;
      if ((r.from && base::to_days(*r.from) > *day) || (r.to && base::to_days(*r.to) < *day)) continue;
      Finding f;
      f.check = info().id;
      f.severity = *severity;
      f.predicate = c.predicate;
      f.subject = subject_name(c);
      f.fact = claimed.to_string() + ", an office one person holds at a time";
      f.sides.push_back(side_of(c, subject_name(c) + " as " + claimed.to_string()));
      const std::string period = fmt::format("{}{}", r.from ? "from " + base::to_iso(*r.from) : std::string(),
                                             r.to ? " to " + base::to_iso(*r.to) : std::string());
      f.sides.push_back(gazetteer_side(e, e.name + " as " + held.to_string() + " " + period,
                                       fmt::format("{}: {} {}", e.name, r.title, period), r.where));
      out.push_back(std::move(f));
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_one_holder() { return std::make_unique<OneHolder>(); }

}  // namespace concord::check
