// negation: "did not meet" against "met", "did not accompany" against "was
// accompanied by".
#include <map>

#include "check/check.h"
#include "check/pairs.h"
#include "check/sides.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

// "accompanied Choe Ryong Hae": the predicate's verb and its key fields.
std::string what(const claim::Claim& c, const rules::Predicate& p) {
  std::string s = p.verb.empty() ? p.name : p.verb;
  for (const auto& k : p.key) {
    if (k == "subject") continue;
    if (const claim::Value* v = c.get(k)) s += " " + (v->entity ? v->entity->name.str() : v->text);
  }
  return s;
}

// "whether Kim Kye Gwan accompanied Choe Ryong Hae".
std::string whether(const claim::Claim& c, const rules::Predicate& p) {
  return "whether " + subject_name(c) + " " + what(c, p);
}

class Negation final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "negation", "One source denies what another reports",
        "A claim that something did not happen (\"Kim Kye Gwan did not accompany Choe\") against one that it did "
        "(\"Choe was accompanied by Kim Kye Gwan\"), for the same people and, when both give one, the same time. "
        "Only predicates marked negatable are checked; hedged and planned claims never count. Also two "
        "predicates that a rule pack declares cannot both hold (conflicts_with) for the same key.",
        Severity::error};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    denials(g, out);
    conflicting_predicates(g, out);
  }

 private:
  // A predicate's conflicts_with: "stayed in Pyongyang" against "arrived in
  // Moscow" for the same key, both said to have happened.
  void conflicting_predicates(const graph::ClaimGraph& g, Findings& out) const {
    for (const auto& [name, pred] : g.rules().predicates()) {
      for (const auto& other_name : pred.conflicts_with) {
        std::map<std::string, std::vector<graph::ClaimId>> others;  // by fact key: one pass, not one per claim
        for (graph::ClaimId j : g.by_predicate(other_name)) {
          std::string key = g.fact_key(g.claim(j));
          if (!key.empty()) others[std::move(key)].push_back(j);
        }
        for (graph::ClaimId i : g.by_predicate(name)) {
          const claim::Claim& a = g.claim(i);
          const std::string key = g.fact_key(a);
          const auto match = others.find(key);
          if (match == others.end() || !graph::owns_fact(g, key)) continue;
          for (graph::ClaimId j : match->second) {
            const claim::Claim& b = g.claim(j);
            if (!out.wants(a.in_draft, b.in_draft) || !worth_comparing(a, b) || !within_window(a, b, pred)) continue;
            if (a.modality == rules::Modality::negated || b.modality == rules::Modality::negated) continue;
            const auto severity = pair_severity(a, b);
            if (!severity) continue;
            Finding f = pair_finding(info().id, g, a, b, "", *severity);
            f.fact = "what " + subject_name(a) + " did";
            const auto [first, second] = draft_first(a, b);
            for (int k = 0; k < 2; ++k) {
              const claim::Claim& c = k == 0 ? *first : *second;
              const rules::Predicate* p = g.rules().predicate(c.predicate);
              f.sides[static_cast<std::size_t>(k)].value = p != nullptr ? what(c, *p) : c.predicate.str();
            }
            out.push_back(std::move(f));
          }
        }
      }
    }
  }

  void denials(const graph::ClaimGraph& g, Findings& out) const {
    for (const auto& [name, pred] : g.rules().predicates()) {
      if (!pred.negatable) continue;
      for (const auto& group : graph::fact_groups(g, name)) {
        for (graph::ClaimId i : group) {
          const claim::Claim& no = g.claim(i);
          if (no.modality != rules::Modality::negated) continue;
          for (graph::ClaimId j : group) {
            const claim::Claim& yes = g.claim(j);
            if (!out.wants(no.in_draft, yes.in_draft)) continue;
            if (yes.modality != rules::Modality::asserted && yes.modality != rules::Modality::reported) continue;
            if (!worth_comparing(no, yes) || !within_window(no, yes, pred)) continue;
            // Different times are different events: "did not meet on Monday" and "met on Tuesday".
            const claim::Value* tn = no.get("time");
            const claim::Value* ty = yes.get("time");
            if (tn != nullptr && ty != nullptr && values_differ(g, *tn, *ty, pred)) continue;
            auto severity = pair_severity(no, yes);
            if (!severity) continue;
            Finding f = pair_finding(info().id, g, no, yes, "", *severity);
            f.fact = whether(no, pred);
            for (Side& s : f.sides) s.value = s.modality == rules::Modality::negated ? "no" : "yes";
            out.push_back(std::move(f));
          }
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_negation() { return std::make_unique<Negation>(); }

}  // namespace concord::check
