#include "check/history.h"

#include <algorithm>

#include "check/pairs.h"
#include "claim/title.h"

namespace concord::check {

void History::add(const claim::Claim* c, std::string value, std::int64_t day, int level) {
  entries_.push_back({day, std::move(value), level, c});
}

void History::finish(std::int64_t window) {
  window_ = window;
  std::sort(entries_.begin(), entries_.end(), [](const Entry& x, const Entry& y) {
    if (x.day != y.day) return x.day < y.day;
    if (x.value != y.value) return x.value < y.value;
    return x.claim->evidence.quote() < y.claim->evidence.quote();
  });
  for (const Entry& e : entries_) entry_of_[e.claim] = &e;
}

std::vector<History::Run> History::runs_of(const Seq& seq) {
  std::vector<Run> runs;
  for (std::size_t i = 0; i < seq.size(); ++i) {
    if (runs.empty() || seq[i]->value != seq[runs.back().begin]->value) runs.push_back({i, i});
    runs.back().end = i + 1;
  }
  return runs;
}

void History::flag(const Seq& seq, const Run& from, const Run& to, Clash how, Pairs& out) const {
  const std::int64_t change_begin = seq[from.end - 1]->day, change_end = seq[to.begin]->day;
  for (std::size_t i = from.begin; i < from.end; ++i) {
    if (change_end - seq[i]->day > window_) continue;
    for (std::size_t j = to.begin; j < to.end && seq[j]->day - change_begin <= window_; ++j) {
      Clash& c = out[{std::min(seq[i]->claim, seq[j]->claim), std::max(seq[i]->claim, seq[j]->claim)}];
      c = std::max(c, how);
    }
  }
}

bool History::brief(const Seq& seq, const Run& run, const Run& after) const {
  const std::int64_t length = seq[run.end - 1]->day - seq[run.begin]->day;
  const std::int64_t gap_out = seq[after.begin]->day - seq[run.end - 1]->day;
  return length <= window_ && gap_out <= window_;
}

bool History::far_apart(const Seq& seq, const Run& before, const Run& run, const Run& after) const {
  const std::int64_t gap_in = seq[run.begin]->day - seq[before.end - 1]->day;
  const std::int64_t gap_out = seq[after.begin]->day - seq[run.end - 1]->day;
  const std::int64_t span = seq[after.begin]->day - seq[before.end - 1]->day;
  return gap_in > window_ || gap_out > window_ || span > 2 * window_;
}

bool History::one_story_against_others(const Seq& seq, const Run& from, const Run& to) const {
  const std::int64_t change_begin = seq[from.end - 1]->day, change_end = seq[to.begin]->day;
  if (change_end - change_begin > kQuickChangeDays) return false;
  auto stories = [&](const Run& r) {
    std::set<std::string> docs;
    for (std::size_t i = r.begin; i < r.end; ++i) {
      if (seq[i]->day >= change_end - window_ && seq[i]->day <= change_begin + window_) docs.insert(seq[i]->claim->document);
    }
    return docs.size();
  };
  return stories(from) < 2 || stories(to) < 2;
}

const History::Pairs& History::flagged(const std::string& x, const std::string& y) const {
  const auto key = std::minmax(x, y);
  auto [it, fresh] = flagged_.try_emplace({key.first, key.second});
  Pairs& out = it->second;
  if (!fresh) return out;
  Seq seq;  // the claims that say x or y, in day order
  for (const Entry& e : entries_) {
    if (e.value == x || e.value == y) seq.push_back(&e);
  }
  const std::vector<Run> runs = runs_of(seq);
  for (std::size_t k = 1; k < runs.size(); ++k) {
    const Run& before = runs[k - 1];
    const Run& run = runs[k];
    const int level = seq[run.begin]->level, level_before = seq[before.begin]->level;
    if (level < level_before) {  // a step down, and the step back up that soon follows
      flag(seq, before, run, Clash::certain, out);
      if (k + 1 < runs.size() && brief(seq, run, runs[k + 1])) flag(seq, run, runs[k + 1], Clash::certain, out);
    } else if (level > level_before) {  // a step up: a promotion, unless one story says so within days of others
      if (one_story_against_others(seq, before, run)) flag(seq, before, run, Clash::probable, out);
    } else if (k + 1 < runs.size() && !far_apart(seq, before, run, runs[k + 1])) {  // the same level: undone
      flag(seq, before, run, Clash::certain, out);
      flag(seq, run, runs[k + 1], Clash::certain, out);
    }
  }
  return out;
}

History::Clash History::clash(const claim::Claim& a, const claim::Claim& b) const {
  const auto ea = entry_of_.find(&a);
  const auto eb = entry_of_.find(&b);
  if (ea == entry_of_.end() || eb == entry_of_.end() || ea->second->value == eb->second->value) return Clash::none;
  if (ea->second->day == eb->second->day) return Clash::certain;
  const Pairs& flagged_pairs = flagged(ea->second->value, eb->second->value);
  const auto it = flagged_pairs.find({std::min(&a, &b), std::max(&a, &b)});
  return it == flagged_pairs.end() ? Clash::none : it->second;
}

bool holds_on(const rules::Entity& e, const claim::TitleValue& t, std::int64_t day, const rules::Gazetteer& gaz) {
  for (const rules::Role& r : e.roles) {
    if ((r.from && base::to_days(*r.from) > day) || (r.to && base::to_days(*r.to) < day)) continue;
    auto held = claim::normalize_title(r.title, gaz);
    if (held && held->office_key() == t.office_key() && held->rank == t.rank) return true;
  }
  return false;
}

bool gazetteer_confirms_title(const graph::ClaimGraph& g, const claim::Claim& c, std::string_view field) {
  const claim::EntityRef* who = c.subject();
  const claim::Value* title = c.get(field);
  const auto day = reference_day(c);
  if (who == nullptr || title == nullptr || !title->title || !day) return false;
  if (who->via == claim::Resolution::unresolved || who->via == claim::Resolution::name) return false;
  const rules::Entity* e = g.rules().gazetteer().find(who->id);
  return e != nullptr && holds_on(*e, *title->title, *day, g.rules().gazetteer());
}

std::vector<graph::ClaimId> claims_with_role(const graph::ClaimGraph& g, rules::PredicateRole r) {
  std::vector<graph::ClaimId> out;
  const auto preds = g.rules().predicates_with_role(r);
  for (const rules::Predicate* p : preds) {
    const auto& ids = g.by_predicate(p->name);
    out.insert(out.end(), ids.begin(), ids.end());
  }
  if (preds.size() > 1) std::sort(out.begin(), out.end());
  return out;
}

namespace {

// How senior a rank is: a minister above a first vice minister above a
// vice minister above an assistant minister.
int rank_level(const std::string& rank) {
  if (rank.empty() || rank == "acting" || rank == "senior") return 3;
  if (rank.rfind("first ", 0) == 0) return 2;
  if (rank == "vice" || rank == "deputy") return 1;
  return 0;
}

}  // namespace

// The country is left out: a person's titles are of one country, however
// the stories spell it ("Varlandic", "Varland's").
History history_of(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& group, const std::string& field,
                   const rules::Predicate& p) {
  History h;
  for (graph::ClaimId id : group) {
    const claim::Claim& c = g.claim(id);
    const claim::Value* v = c.get(field);
    const auto day = reference_day(c);
    // A hedged sentence's title ("is expected to meet Foreign Minister Ri")
    // still says which title the person had that day.
    if (v == nullptr || !v->title || !day || c.modality == rules::Modality::negated) continue;
    const claim::TitleValue& t = *v->title;
    h.add(&c, t.rank + "|" + t.portfolio + "|" + t.office + "|" + t.org, *day, rank_level(t.rank));
  }
  h.finish(window_or_all(p));
  return h;
}

History::Clash title_clash(const graph::ClaimGraph& g, const History& titles, const claim::Claim& a,
                           const claim::Claim& b, const std::string& field) {
  const auto da = reference_day(a);
  const auto db = reference_day(b);
  if (!da || !db) return History::Clash::certain;
  const claim::Claim& early = *da <= *db ? a : b;
  const claim::EntityRef* who = early.subject();
  if (who != nullptr && who->via != claim::Resolution::name && who->via != claim::Resolution::unresolved) {
    const rules::Entity* e = g.rules().gazetteer().find(who->id);
    if (e != nullptr && holds_on(*e, *early.get(field)->title, std::max(*da, *db), g.rules().gazetteer()))
      return History::Clash::certain;
  }
  return titles.clash(a, b);
}

}  // namespace concord::check
