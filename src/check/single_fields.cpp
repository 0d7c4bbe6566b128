#include "check/single_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "check/history.h"
#include "check/pairs.h"
#include "check/repeats.h"
#include "check/sides.h"
#include "graph/groups.h"

namespace concord::check {

bool is_ordinal_predicate(const rules::Predicate& p) { return p.field("event") != nullptr; }

namespace {

// A value as a key: entities as the graph resolves them (two ids may be
// one person), the rest normalized.
std::string value_key(const graph::ClaimGraph& g, const claim::Value& v) {
  return v.entity ? graph::entity_key(g, v) : v.to_string();
}

// True if every claim of the group that has a field gives it the same
// normalized value, for each field: then no two of them can differ.
bool all_agree(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& group,
               const std::vector<std::string>& fields) {
  for (const auto& field : fields) {
    std::optional<std::string> first;
    for (graph::ClaimId id : group) {
      const claim::Value* v = g.claim(id).get(field);
      if (v == nullptr) continue;
      const std::string k = value_key(g, *v);
      if (!first) first = k;
      else if (*first != k) return false;
    }
  }
  return true;
}

// Why a disagreement between a and b, one of them without a day, is a note.
std::string undated_note(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) {
  return fmt::format("{}, so concord cannot tell whether both are about the same event (it compares them only "
                     "within {} day{} of each other): a note to check by hand, not an error; give dates with front "
                     "matter, sources.yaml or --date",
                     undated_reason(a, b), *p.window_days, *p.window_days == 1 ? "" : "s");
}

// Why a disagreement between a weekday no date resolves and another day is
// a warning.
std::string weekday_note(const claim::Value& a, const claim::Value& b) {
  std::string x = a.show(), y = b.show();
  if (y < x) std::swap(x, y);
  return fmt::format("{} and {} are different days of the week, so they cannot be one day, though no date says "
                     "which week (a story without a publication date): a warning, as a late night in one time "
                     "zone is the next day in another",
                     x, y);
}

}  // namespace

void compare_single_fields(const graph::ClaimGraph& g, const std::string& check, bool ordinal,
                           Findings& out) {
  const TripBreaks trips(g);
  for (const auto& entry : g.rules().predicates()) {
    const std::string& name = entry.first;
    const rules::Predicate& pred = entry.second;  // not a structured binding: the lambdas below use it
    if (pred.single.empty() || is_ordinal_predicate(pred) != ordinal) continue;
    for (const auto& group : graph::fact_groups(g, name)) {
      if (all_agree(g, group, pred.single)) continue;  // most facts, in an archive that mostly agrees
      // A batch report has one finding per fact: once both claims of a pair
      // are on it at this severity, the pair adds nothing.
      std::unordered_set<const claim::Claim*> listed;
      std::optional<Severity> listed_at;
      std::map<std::string, History> titles;  // per title field
      std::string sample_note;                 // why not every pair was compared
      // `undated`: a or b has no day, so the window cannot say whether they
      // tell of one event; a disagreement is then a note that says so.
      auto compare = [&](const claim::Claim& a, const claim::Claim& b, bool undated) {
        if (apart(g, trips, a, b, pred) != Apart::none) return;
        for (const auto& field : pred.single) {
          const claim::Value* va = a.get(field);
          const claim::Value* vb = b.get(field);
          if (va == nullptr || vb == nullptr || !values_differ(g, *va, *vb, pred)) continue;
          auto clash = History::Clash::certain;
          if (va->title && vb->title) {
            auto it = titles.find(field);
            if (it == titles.end()) it = titles.emplace(field, history_of(g, group, field, pred)).first;
            clash = title_clash(g, it->second, a, b, field);
            if (clash == History::Clash::none) continue;
          }
          // With two single fields, each is compared only where the other agrees.
          bool others_agree = true;
          for (const auto& other : pred.single) {
            if (other == field) continue;
            const claim::Value* oa = a.get(other);
            const claim::Value* ob = b.get(other);
            if (oa == nullptr || ob == nullptr || values_differ(g, *oa, *ob, pred)) others_agree = false;
          }
          if (pred.single.size() > 1 && !others_agree) continue;
          auto severity = pair_severity(a, b);
          if (!severity) continue;
          if (clash == History::Clash::probable) severity = std::min(*severity, Severity::warning);
          // A weekday no date resolves ("died Thursday" in an undated story)
          // is compared by its name alone: likely wrong, never certain
          // ("late Thursday" in one time zone is Friday in another).
          const bool by_weekday = va->type == rules::ValueType::date && (!va->date || !vb->date);
          if (by_weekday) severity = std::min(*severity, Severity::warning);
          if (undated) severity = Severity::info;
          if (out.scope() == Scope::all) {
            if (listed.count(&a) != 0 && listed.count(&b) != 0 && listed_at >= severity) continue;
            listed.insert(&a);
            listed.insert(&b);
            listed_at = std::max(listed_at.value_or(*severity), *severity);
          }
          Finding f = pair_finding(check, g, a, b, field, *severity);
          if (undated) f.notes.push_back(undated_note(a, b, pred));
          if (by_weekday && !undated) f.notes.push_back(weekday_note(*va, *vb));
          if (!sample_note.empty()) f.notes.push_back(sample_note);
          // One fact, however its claims spell a person's name ("Jäger", "Jager"). A
          // thing's group is looser (see same_named_thing): each phrasing keeps its own.
          const claim::Claim& canon = g.claim(group.front());
          if (out.scope() == Scope::all && canon.subject() != nullptr) {
            f.subject = subject_name(canon);
            f.fact = describe_fact(g, canon, pred, field);
          }
          out.push_back(std::move(f));
        }
      };
      if (sampled(group, out)) sample_note = sampled_note(group.size());
      // The single fields as one key: the values for_each_pair samples by.
      auto value_of = [&](const claim::Claim& c) {
        std::string key;
        for (const auto& field : pred.single) {
          const claim::Value* v = c.get(field);
          key += (v == nullptr ? std::string("-") : value_key(g, *v)) + '\x1f';
        }
        return key;
      };
      for_each_pair(g, group, &pred, out, [&](const claim::Claim& a, const claim::Claim& b) { compare(a, b, false); },
                    value_of);
      if (pred.window_days) {
        for_each_undated_pair(g, group, out, [&](const claim::Claim& a, const claim::Claim& b) { compare(a, b, true); });
      }
    }
  }
}

}  // namespace concord::check
