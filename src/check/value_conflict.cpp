// value-conflict: one fact, two values that cannot both be true - dates at
// their granularity, numbers beyond tolerance, places, titles of one office.
#include <fmt/format.h>

#include "check/check.h"
#include "check/history.h"
#include "check/pairs.h"
#include "check/sides.h"
#include "check/single_fields.h"
#include "claim/title.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

class ValueConflict final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "value-conflict", "Values that cannot both be true",
        "Two claims about the same fact give values that cannot both be true: dates that do not overlap at "
        "the precision each gives (\"Nov. 19\" and \"Nov. 17\"; \"December 2011\" and \"Dec. 17, 2011\" agree), "
        "amounts that differ beyond the predicate's tolerance after unit conversion, different places, or "
        "titles of the same office at different ranks that no promotion between the stories explains. Hedged "
        "and planned claims are never compared; reported speech gives a warning. Titles are also checked "
        "against the gazetteer's record of who held which office when.",
        Severity::error};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    compare_single_fields(g, info().id, false, out);
    titles_against_gazetteer(g, out);
  }

 private:
  // "Kim Kye Gwan, North Korea's foreign minister" in 2014, when the
  // gazetteer has him as first vice foreign minister from 2010 to 2016: the
  // claims of predicates with role title (the subject holds it that day).
  void titles_against_gazetteer(const graph::ClaimGraph& g, Findings& out) const {
    const rules::Gazetteer& gaz = g.rules().gazetteer();
    for (graph::ClaimId id : claims_with_role(g, rules::PredicateRole::title)) {
      const claim::Claim& c = g.claim(id);
      const claim::EntityRef* who = c.subject();
      const claim::Value* title = c.get("title");
      const auto day = reference_day(c);
      if (who == nullptr || title == nullptr || !title->title || !day || !graph::owned(g, c)) continue;
      if (who->via == claim::Resolution::unresolved || who->via == claim::Resolution::name) continue;
      const rules::Entity* e = gaz.find(who->id);
      if (e == nullptr) continue;
      const auto severity = gazetteer_severity(c);
      if (!severity || holds_on(*e, *title->title, *day, gaz)) continue;
      for (const rules::Role& r : e->roles) {
        if ((r.from && base::to_days(*r.from) > *day) || (r.to && base::to_days(*r.to) < *day)) continue;
        auto held = claim::normalize_title(r.title, gaz);
        if (!held || claim::titles_conflict(*title->title, *held).empty()) continue;
        Finding f;
        f.check = info().id;
        f.severity = *severity;
        f.predicate = c.predicate;
        f.subject = e->name;
        f.fact = "title of " + e->name;
        f.sides.push_back(side_of(c, title->show()));
        const std::string period = fmt::format("{}{}", r.from ? "from " + base::to_iso(*r.from) : std::string(),
                                               r.to ? " to " + base::to_iso(*r.to) : std::string());
        f.sides.push_back(gazetteer_side(*e, held->to_string() + " " + period,
                                         fmt::format("{}: {} {}", e->name, r.title, period), r.where));
        out.push_back(std::move(f));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_value_conflict() { return std::make_unique<ValueConflict>(); }

}  // namespace concord::check
