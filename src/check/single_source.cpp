// single-source (info): a draft's claim that nothing in the archive speaks to.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/check.h"
#include "check/pairs.h"
#include "check/sides.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

class SingleSource final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "single-source", "A claim only the draft makes",
        "With --against, a claim in the draft (a date, a number, a title) about a fact that no story in the "
        "archive mentions. Not an error: a note that the claim has no second source to agree with.",
        Severity::info};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    // The facts of the draft's claims that could be single-sourced; a batch
    // run over an archive alone has none and skips the rest.
    std::map<std::string, std::vector<const claim::Claim*>> sources;  // fact -> claims outside the draft
    struct Asked {
      const claim::Claim* claim;
      const rules::Predicate* predicate;
      std::string fact;  // predicate#key, as in `sources`
    };
    std::vector<Asked> asked;
    std::set<const std::string*> asked_predicates;  // interned names (base::Atom)
    for (const auto& c : g.claims()) {
      if (!c.in_draft || c.modality != rules::Modality::asserted) continue;
      const rules::Predicate* p = g.rules().predicate(c.predicate);
      if (p == nullptr || p->single.empty()) continue;
      const std::string key = g.fact_key(c);
      if (key.empty() || !graph::owns_fact(g, key)) continue;
      asked.push_back({&c, p, c.predicate + "#" + key});
      sources.emplace(asked.back().fact, std::vector<const claim::Claim*>());
      asked_predicates.insert(&c.predicate.str());
    }
    if (asked.empty() || !g.has_archive()) return;
    for (const auto& c : g.claims()) {
      // Building an archive claim's key is the dear part: only for predicates the draft asks about.
      if (c.in_draft || asked_predicates.count(&c.predicate.str()) == 0) continue;
      auto it = sources.find(c.predicate + "#" + g.fact_key(c));
      if (it != sources.end()) it->second.push_back(&c);
    }
    for (const Asked& a : asked) {
      const claim::Claim& c = *a.claim;
      const rules::Predicate* p = a.predicate;
      // A story about another event (outside the window) is not a second
      // source; an undated one may be.
      const auto it = sources.find(a.fact);
      const bool elsewhere = it != sources.end() && !it->second.empty();
      if (elsewhere && std::any_of(it->second.begin(), it->second.end(), [&](const claim::Claim* other) {
            return within_window(c, *other, *p) || !reference_day(c) || !reference_day(*other);
          }))
        continue;
      const claim::Value* v = c.get(p->single.front());
      if (v == nullptr) continue;
      Finding f;
      f.check = info().id;
      f.severity = Severity::info;
      f.predicate = c.predicate;
      f.subject = subject_name(c);
      f.fact = describe_fact(g, c, *p, p->single.front());
      f.sides.push_back(side_of(c, v->show()));
      // What concord did not find, not what the archive lacks: a claim it
      // did not link ("the North" for "North Korea") is not seen.
      f.message = fmt::format("{}: {} - concord found no claim about it in the archive{}", f.fact, v->show(),
                              elsewhere ? fmt::format(" within {} days", window_or_all(*p)) : "");
      f.notes.push_back("`concord explain --against` shows what the archive's claims of this kind are about");
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_single_source() { return std::make_unique<SingleSource>(); }

}  // namespace concord::check
