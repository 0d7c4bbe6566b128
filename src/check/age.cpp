// age: ages and life dates that cannot all hold - "Kim, 32," and "the
// 33-year-old Kim Jong Un" on the same day; an age against a known birth date.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "check/check.h"
#include "check/history.h"
#include "check/pairs.h"
#include "check/sides.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

struct Interval {
  std::int64_t first, last;
};

// The same day `years` earlier (February 29 becomes February 28).
std::int64_t years_before(const base::Date& d, int years) {
  base::Date e{d.year - years, d.month, d.day};
  if (!base::is_valid_date(e.year, e.month, e.day)) e.day = base::days_in_month(e.year, e.month);
  return base::to_days(e);
}

// Someone aged A on day D was born after D minus A+1 years and no later than D minus A years.
std::optional<Interval> birth_from_age(const claim::Claim& c) {
  const claim::Value* v = c.get("value");
  if (!c.document_date || v == nullptr || !v->integer) return std::nullopt;
  return Interval{years_before(*c.document_date, *v->integer + 1) + 1, years_before(*c.document_date, *v->integer)};
}

// A person's ages: the claims, the span of birth dates each allows, and the
// spans' indexes sorted by start and by end, so that the ages a birth date
// or another age contradicts are found without comparing every pair (a
// famous person has thousands of ages, and hundreds of stories give a
// birth date).
struct Ages {
  std::vector<graph::ClaimId> ids;
  std::vector<Interval> spans;
  std::vector<std::size_t> by_first, by_last;

  void add(graph::ClaimId id, Interval span) {
    ids.push_back(id);
    spans.push_back(span);
  }
  void sort() {
    by_first.resize(spans.size());
    for (std::size_t k = 0; k < spans.size(); ++k) by_first[k] = k;
    by_last = by_first;
    std::sort(by_first.begin(), by_first.end(), [&](auto x, auto y) { return spans[x].first < spans[y].first; });
    std::sort(by_last.begin(), by_last.end(), [&](auto x, auto y) { return spans[x].last < spans[y].last; });
  }
  // True when one day fits every span: no two ages disagree.
  bool agree() const {
    return spans.empty() || spans[by_first.back()].first <= spans[by_last.front()].last;
  }
  // The first of by_first that starts after `day`: from there on, all do.
  std::vector<std::size_t>::const_iterator after(std::int64_t day) const {
    return std::upper_bound(by_first.begin(), by_first.end(), day,
                            [&](std::int64_t v, std::size_t x) { return v < spans[x].first; });
  }
  // Indexes of the spans that do not meet t, in index order.
  std::vector<std::size_t> disjoint_from(Interval t) const {
    std::vector<std::size_t> out(after(t.last), by_first.end());
    auto end = std::lower_bound(by_last.begin(), by_last.end(), t.first,
                                [&](std::size_t x, std::int64_t v) { return spans[x].last < v; });
    out.insert(out.end(), by_last.begin(), end);
    std::sort(out.begin(), out.end());
    return out;
  }
  // How many pairs of spans do not meet.
  std::size_t count_disjoint() const {
    std::size_t n = 0;
    for (std::size_t k = 0; k < spans.size(); ++k) n += static_cast<std::size_t>(by_first.end() - after(spans[k].last));
    return n;
  }
  // The pairs (i < j) of spans that do not meet, in the order two nested
  // loops over the claims would give them: all of them, or (a beat
  // archive's recurring people: thousands of ages, most pairs disagreeing)
  // each span with the `tries` that start latest after it and the `tries`
  // that end earliest before it, the ones farthest from it, so the pairs
  // grow with the ages, not their square, and every age that disagrees with
  // any other still takes part.
  std::vector<std::pair<std::size_t, std::size_t>> disjoint_pairs(bool all, std::size_t tries) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t k = 0; k < spans.size(); ++k) {
      const auto from = after(spans[k].last);
      const auto later = all ? from : std::max(from, by_first.end() - static_cast<long>(std::min(tries, spans.size())));
      for (auto it = later; it != by_first.end(); ++it) out.emplace_back(std::min(k, *it), std::max(k, *it));
      if (all) continue;
      for (auto it = by_last.begin(); it != by_last.end() && it - by_last.begin() < static_cast<long>(tries) &&
                                      spans[*it].last < spans[k].first;
           ++it) {
        out.emplace_back(std::min(k, *it), std::max(k, *it));
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
};

// Past kAllPairs disagreeing pairs, each age meets the kTries ages farthest
// from it on either side, and a note says so.
constexpr std::size_t kTries = 4;

std::string span_text(Interval i) {
  return fmt::format("born {} to {}", base::to_iso(base::from_days(i.first)), base::to_iso(base::from_days(i.last)));
}

std::string age_text(const claim::Claim& c) {
  return fmt::format("{} on {}", c.get("value")->text, base::to_iso(*c.document_date));
}

class Age final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "age", "Ages and life dates that cannot all hold",
        "An age is turned into the span of birth dates it allows on the story's publication date (\"Kim, 32,\" "
        "on 2014-11-18 means born between 1981-11-19 and 1982-11-18). Two ages, or an age and a birth date "
        "(from a story or the gazetteer), whose spans do not meet cannot both be true; neither can dates of "
        "birth or death that contradict the gazetteer.",
        Severity::error};
    return kInfo;
  }

  void run(const graph::ClaimGraph& g, Findings& out) const override {
    std::map<std::string, Ages> by_person;
    std::map<std::string, std::vector<graph::ClaimId>> all_ages;  // with the undated
    for (graph::ClaimId id : claims_with_role(g, rules::PredicateRole::age)) {
      const claim::Claim& c = g.claim(id);
      const claim::Value* s = c.get("subject");
      if (s == nullptr || !s->entity || s->entity->via == claim::Resolution::unresolved) continue;
      if (auto span = birth_from_age(c)) by_person[graph::entity_key(g, *s)].add(id, *span);
      all_ages[graph::entity_key(g, *s)].push_back(id);
    }
    for (const auto& [person, ids] : all_ages) {
      if (g.owns(person)) undated_ages(g, ids, out);
    }
    for (auto& [person, ages] : by_person) {
      if (!g.owns(person)) continue;
      ages.sort();
      const std::vector<graph::ClaimId>& ids = ages.ids;
      for (graph::ClaimId id : ids) against_gazetteer(g, g.claim(id), out);
      if (ages.agree()) continue;  // a well-known person's hundred ages cost one pass
      const std::size_t disagreeing = ages.count_disjoint();
      for (const auto& [i, j] : ages.disjoint_pairs(disagreeing <= kAllPairs, kTries)) {
        const claim::Claim& a = g.claim(ids[i]);
        const claim::Claim& b = g.claim(ids[j]);
        if (!out.wants(a.in_draft, b.in_draft) || !worth_comparing(a, b)) continue;
        const auto severity = age_severity(a, b);
        if (!severity) continue;
        Finding f = pair_finding(info().id, g, a, b, "value", *severity);
        f.fact = "age of " + subject_name(g.claim(ids.front()));  // one name for "Jäger" and "Jager"
        const auto [first, second] = draft_first(a, b);
        f.sides[0].value = age_text(*first);
        f.sides[1].value = age_text(*second);
        const bool a_first = first == &a;
        f.notes.push_back(fmt::format("{} {}; {} {}", age_text(*first), span_text(ages.spans[a_first ? i : j]),
                                      age_text(*second), span_text(ages.spans[a_first ? j : i])));
        if (disagreeing > kAllPairs) {
          f.notes.push_back(fmt::format("{} pairs of these {} ages disagree; each age was compared with the {} "
                                        "farthest from it on either side, not with every other",
                                        disagreeing, ids.size(), kTries));
        }
        out.push_back(std::move(f));
      }
    }
    against_birth_dates(g, by_person, out);
    life_dates(g, rules::PredicateRole::birth, out);
    life_dates(g, rules::PredicateRole::death, out);
  }

 private:
  // "Leon Yeaman, 55" and "Leon Yeaman, 56" where a story has no date: the
  // ages may be a birthday apart or not; a note says so rather than nothing.
  void undated_ages(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, Findings& out) const {
    for_each_undated_pair(g, ids, out, [&](const claim::Claim& a, const claim::Claim& b) {
      const claim::Value* va = a.get("value");
      const claim::Value* vb = b.get("value");
      if (va == nullptr || vb == nullptr || !va->integer || !vb->integer || *va->integer == *vb->integer) return;
      if (!worth_comparing(a, b) || !pair_severity(a, b)) return;
      Finding f = pair_finding(info().id, g, a, b, "value", Severity::info);
      f.fact = "age of " + subject_name(g.claim(ids.front()));
      f.notes.push_back(fmt::format(
          "{}, so concord cannot tell whether the two ages are years apart: a note to check by hand, not an "
          "error; give dates with front matter, sources.yaml or --date",
          undated_reason(a, b)));
      out.push_back(std::move(f));
    });
  }


  // pair_severity, with an inferred document date making any age a warning
  // (an age means something only on its story's date).
  static std::optional<Severity> age_severity(const claim::Claim& a, const claim::Claim& b) {
    auto severity = pair_severity(a, b);
    if (severity && (a.date_source == ingest::DateSource::inferred || b.date_source == ingest::DateSource::inferred))
      severity = Severity::warning;
    return severity;
  }

  // "Kim, 32," against "Kim Jong Un was born in 1984" in another story.
  void against_birth_dates(const graph::ClaimGraph& g, const std::map<std::string, Ages>& ages,
                           Findings& out) const {
    for (graph::ClaimId bid : claims_with_role(g, rules::PredicateRole::birth)) {
      const claim::Claim& born = g.claim(bid);
      const claim::Value* t = born.get("time");
      const claim::Value* s = born.get("subject");
      if (t == nullptr || !t->date || !t->resolved || s == nullptr || !s->entity ||
          s->entity->via == claim::Resolution::unresolved)
        continue;
      const auto it = ages.find(graph::entity_key(g, *s));
      if (it == ages.end() || !g.owns(it->first)) continue;
      for (std::size_t k : it->second.disjoint_from({t->date->first, t->date->last})) {
        const claim::Claim& age = g.claim(it->second.ids[k]);
        if (!worth_comparing(age, born)) continue;
        const Interval b = it->second.spans[k];
        const auto severity = age_severity(age, born);
        if (!severity) continue;
        Finding f = pair_finding(info().id, g, age, born, "", *severity);
        f.fact = "age of " + subject_name(age);
        for (Side& side : f.sides) side.value = side.document == age.document ? age_text(age) : "born " + t->show();
        f.notes.push_back(fmt::format("{} means {}", age_text(age), span_text(b)));
        out.push_back(std::move(f));
      }
    }
  }

  void against_gazetteer(const graph::ClaimGraph& g, const claim::Claim& c, Findings& out) const {
    const rules::Entity* e = g.rules().gazetteer().find(c.subject()->id);
    auto severity = gazetteer_severity(c);
    if (e == nullptr || !e->born || !severity) return;
    if (c.date_source == ingest::DateSource::inferred) severity = Severity::warning;
    const Interval b = *birth_from_age(c);
    const std::int64_t born = base::to_days(*e->born);
    if (born >= b.first && born <= b.last) return;
    Finding f;
    f.check = info().id;
    f.severity = *severity;
    f.predicate = c.predicate;
    f.subject = e->name;
    f.fact = "age of " + e->name;
    f.sides.push_back(side_of(c, age_text(c)));
    f.sides.push_back(gazetteer_side(*e, "born " + base::to_iso(*e->born),
                                     fmt::format("{}: born {}", e->name, base::to_iso(*e->born)), e->where));
    f.notes.push_back(fmt::format("{} means {}", age_text(c), span_text(b)));
    out.push_back(std::move(f));
  }

  // "Kim Jong Il, who died in December 2012" against the gazetteer's date,
  // for the predicates with role birth or death.
  void life_dates(const graph::ClaimGraph& g, rules::PredicateRole role, Findings& out) const {
    const bool birth = role == rules::PredicateRole::birth;
    const char* key = birth ? "born" : "died";  // the gazetteer's key for the date
    for (graph::ClaimId id : claims_with_role(g, role)) {
      const claim::Claim& c = g.claim(id);
      const claim::Value* t = c.get("time");
      const claim::EntityRef* who = c.subject();
      const auto severity = gazetteer_severity(c);
      if (t == nullptr || !t->date || who == nullptr || !severity || !graph::owned(g, c)) continue;
      const rules::Entity* e = g.rules().gazetteer().find(who->id);
      if (e == nullptr) continue;
      const auto& known = birth ? e->born : e->died;
      if (!known) continue;
      const std::int64_t day = base::to_days(*known);
      if (day >= t->date->first && day <= t->date->last) continue;
      Finding f;
      f.check = info().id;
      f.severity = *severity;
      f.predicate = c.predicate;
      f.subject = e->name;
      f.fact = (birth ? "date of birth of " : "date of death of ") + e->name;
      f.sides.push_back(side_of(c, t->show()));
      f.sides.push_back(gazetteer_side(*e, base::to_iso(*known),
                                       fmt::format("{}: {} {}", e->name, key, base::to_iso(*known)), e->where));
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_age() { return std::make_unique<Age>(); }

}  // namespace concord::check
