#include "check/pairs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

#include "base/date.h"
#include "check/history.h"
#include "claim/compare.h"
#include "claim/thing.h"
#include "graph/groups.h"

namespace concord::check {

namespace {

bool weak_entity(const claim::Claim& c) {
  return std::any_of(c.fields.begin(), c.fields.end(), [](const claim::Field& f) {
    return f.value.entity && (f.value.entity->via == claim::Resolution::pronoun ||
                              f.value.entity->via == claim::Resolution::title);
  });
}

bool has_date(const claim::Claim& c) {
  return std::any_of(c.fields.begin(), c.fields.end(), [](const claim::Field& f) { return f.value.date.has_value(); });
}

// "Ryabkov" and "Deputy Foreign Minister Sergei Ryabkov" are one speaker:
// compare the last word, the surname.
std::string day_of(std::int64_t day) { return base::to_iso(base::from_days(day)); }

bool same_speaker(const std::string& a, const std::string& b) {
  auto last = [](const std::string& s) {
    std::size_t e = s.size();
    while (e > 0 && !std::isalnum(static_cast<unsigned char>(s[e - 1]))) --e;
    std::size_t b = e;
    while (b > 0 && !std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    std::string w = s.substr(b, e - b);
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  return !a.empty() && !b.empty() && last(a) == last(b);
}

}  // namespace

std::optional<Severity> pair_severity(const claim::Claim& a, const claim::Claim& b) {
  auto soft = [](rules::Modality m) { return m == rules::Modality::hedged || m == rules::Modality::planned; };
  if (soft(a.modality) || soft(b.modality)) return std::nullopt;
  Severity s = Severity::error;
  // A speaker makes a claim reported speech even when its modality says
  // something else ("Kim never went, Ryabkov said" is negated).
  const bool reported_a = a.modality == rules::Modality::reported || !a.speaker.empty();
  const bool reported_b = b.modality == rules::Modality::reported || !b.speaker.empty();
  if ((reported_a || reported_b) && !(reported_a && reported_b && same_speaker(a.speaker, b.speaker))) {
    s = Severity::warning;
  }
  if (weak_entity(a) || weak_entity(b)) s = Severity::warning;
  const bool inferred = a.date_source == ingest::DateSource::inferred || b.date_source == ingest::DateSource::inferred;
  if (inferred && (has_date(a) || has_date(b))) s = Severity::warning;
  if (ambiguous_date(a) != nullptr || ambiguous_date(b) != nullptr) s = Severity::info;
  return s;
}

const claim::Value* ambiguous_date(const claim::Claim& c) {
  for (const auto& f : c.fields) {
    if (f.value.date && f.value.date->ambiguous) return &f.value;
  }
  return nullptr;
}

std::string ambiguity_note(const claim::Claim& a, const claim::Claim& b) {
  const claim::Claim& c = ambiguous_date(a) != nullptr ? a : b;
  const claim::Value* v = ambiguous_date(c);
  if (v == nullptr) return {};
  // A bare weekday is a week away from its other reading; a day or month
  // without a year, a year away.
  const bool weekday = std::none_of(v->text.begin(), v->text.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) &&
                       v->date->granularity == claim::Granularity::day;
  return fmt::format("\"{}\" ({}:{}) is read as {} from its story's date{}, but could mean {}: a note to check by "
                     "hand, not an error",
                     v->text, c.evidence.citation.path, c.evidence.citation.start.line, day_of(v->date->first),
                     c.document_date ? " (" + base::to_iso(*c.document_date) + ")" : std::string(),
                     weekday ? "a week earlier or later" : "another year");
}

std::optional<Severity> gazetteer_severity(const claim::Claim& a) {
  if (a.modality != rules::Modality::asserted) return std::nullopt;
  if (weak_entity(a)) return Severity::warning;
  return Severity::error;
}

std::optional<std::int64_t> reference_day(const claim::Claim& c) {
  if (c.context_date) return c.context_date->first;
  if (c.document_date) return base::to_days(*c.document_date);
  for (const auto& f : c.fields) {
    if (f.value.date) return f.value.date->first;
  }
  return std::nullopt;
}

bool within_window(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) {
  if (!p.window_days) return true;
  const auto da = reference_day(a);
  const auto db = reference_day(b);
  if (!da || !db) return false;  // cannot tell whether it is the same event: say nothing
  return std::abs(*da - *db) <= *p.window_days;
}

namespace {

// For each place in a sequence of claims, where the run of claims from the
// same document that it starts ends: a story's claims come one after
// another, so pairs within one story (never compared: worth_comparing) are
// stepped over a run at a time, not one by one. One long draft with
// thousands of claims cost the square of them here.
std::vector<std::size_t> run_ends(const std::vector<const claim::Claim*>& claims) {
  std::vector<std::size_t> end(claims.size());
  for (std::size_t k = claims.size(); k-- > 0;) {
    end[k] = k + 1 < claims.size() && claims[k + 1]->document == claims[k]->document ? end[k + 1] : k + 1;
  }
  return end;
}

// A sample of the pairs: each claim with the first kTries claims (by day,
// from the start of its window) of each of the kValues most common values
// other than its own. Claims without a day are in no window.
constexpr std::size_t kValues = 8;
constexpr std::size_t kTries = 2;

std::vector<std::pair<std::size_t, std::size_t>> sampled_pairs(
    const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const rules::Predicate* pred,
    const std::function<std::string(const claim::Claim&)>& value_of) {
  const bool windowed = pred != nullptr && pred->window_days;
  const std::int64_t window = windowed ? *pred->window_days : 0;
  std::vector<std::string> value(ids.size());
  std::vector<std::optional<std::int64_t>> day(ids.size());
  // Per value, its claims as (day, index) in day order (day 0 without a window).
  std::map<std::string, std::vector<std::pair<std::int64_t, std::size_t>>> members;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const claim::Claim& c = g.claim(ids[i]);
    value[i] = value_of(c);
    day[i] = windowed ? reference_day(c) : std::optional<std::int64_t>(0);
    if (day[i]) members[value[i]].emplace_back(*day[i], i);
  }
  std::vector<const std::vector<std::pair<std::int64_t, std::size_t>>*> common;
  for (auto& [v, m] : members) {
    std::sort(m.begin(), m.end());
    common.push_back(&m);
  }
  std::stable_sort(common.begin(), common.end(), [](auto* a, auto* b) { return a->size() > b->size(); });
  if (common.size() > kValues + 1) common.resize(kValues + 1);  // one may be the claim's own
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!day[i]) continue;
    std::size_t values = 0;
    for (const auto* m : common) {
      if (value[m->front().second] == value[i]) continue;
      if (values++ == kValues) break;
      auto it = std::lower_bound(m->begin(), m->end(), std::pair<std::int64_t, std::size_t>{*day[i] - window, 0});
      for (std::size_t t = 0; it != m->end() && it->first <= *day[i] + window && t < kTries; ++it, ++t) {
        out.emplace_back(std::min(i, it->second), std::max(i, it->second));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

bool sampled(const std::vector<graph::ClaimId>& ids, const Findings& out) {
  return out.scope() == Scope::all && ids.size() * (ids.size() - 1) / 2 > kAllPairs;
}

std::string sampled_note(std::size_t claims) {
  return fmt::format("{} claims tell this fact; each was compared with claims of the {} most common other values, "
                     "not with every other",
                     claims, kValues);
}

void for_each_pair(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const rules::Predicate* pred,
                   const Findings& out, const std::function<void(const claim::Claim&, const claim::Claim&)>& visit,
                   const std::function<std::string(const claim::Claim&)>& value_of) {
  auto pair = [&](std::size_t i, std::size_t j) {
    const claim::Claim& a = g.claim(ids[std::min(i, j)]);
    const claim::Claim& b = g.claim(ids[std::max(i, j)]);
    if (out.wants(a.in_draft, b.in_draft)) visit(a, b);
  };
  if (value_of && sampled(ids, out)) {
    for (const auto& [i, j] : sampled_pairs(g, ids, pred, value_of)) {
      if (g.claim(ids[i]).document != g.claim(ids[j]).document) pair(i, j);
    }
    return;
  }
  // The claims in visiting order, and each pair (p < q) of them not from
  // one story, in order; `near` says whether q is still close enough to p.
  auto pairs = [&](const std::vector<std::size_t>& order, auto&& near) {
    std::vector<const claim::Claim*> claims;
    for (std::size_t i : order) claims.push_back(&g.claim(ids[i]));
    const std::vector<std::size_t> end = run_ends(claims);
    for (std::size_t p = 0; p < order.size(); ++p) {
      for (std::size_t q = p + 1; q < order.size() && near(p, q);) {
        if (claims[q]->document == claims[p]->document) {
          q = end[q];
          continue;
        }
        pair(order[p], order[q]);
        ++q;
      }
    }
  };
  if (pred == nullptr || !pred->window_days) {
    std::vector<std::size_t> order(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) order[i] = i;
    pairs(order, [](std::size_t, std::size_t) { return true; });
    return;
  }
  std::vector<std::pair<std::int64_t, std::size_t>> days;  // claims without a day are in no window
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (auto d = reference_day(g.claim(ids[i]))) days.emplace_back(*d, i);
  }
  std::sort(days.begin(), days.end());
  std::vector<std::size_t> order;
  for (const auto& [day, i] : days) order.push_back(i);
  pairs(order, [&](std::size_t p, std::size_t q) { return days[q].first - days[p].first <= *pred->window_days; });
}

void for_each_undated_pair(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const Findings& out,
                           const std::function<void(const claim::Claim&, const claim::Claim&)>& visit) {
  constexpr std::size_t kMaxUndated = 64;
  std::vector<bool> undated(ids.size(), false);
  std::vector<std::size_t> first_undated;
  for (std::size_t i = 0; i < ids.size() && first_undated.size() < kMaxUndated; ++i) {
    if (reference_day(g.claim(ids[i]))) continue;
    undated[i] = true;
    first_undated.push_back(i);
  }
  for (std::size_t u : first_undated) {
    for (std::size_t j = 0; j < ids.size(); ++j) {
      if (j == u || (undated[j] && j < u)) continue;  // each pair of two undated claims once
      const claim::Claim& a = g.claim(ids[std::min(u, j)]);
      const claim::Claim& b = g.claim(ids[std::max(u, j)]);
      if (out.wants(a.in_draft, b.in_draft)) visit(a, b);
    }
  }
}

std::string undated_reason(const claim::Claim& a, const claim::Claim& b) {
  const bool has_a = reference_day(a).has_value();
  const bool has_b = reference_day(b).has_value();
  if (!has_a && !has_b) return "neither story gives a date";
  return fmt::format("{} gives no date", (has_a ? b : a).evidence.citation.path);
}

std::int64_t window_or_all(const rules::Predicate& p) { return p.window_days.value_or(100 * 366); }

bool values_differ(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b,
                   const rules::Predicate& p) {
  // The value's kind compares; entities as the graph merged them, which
  // claim/ cannot see (it comes before graph/), so the identity is passed in.
  const claim::CompareContext cx{.tolerance = p.tolerance,
                                 .entity_identity = [&g](const claim::Value& v) { return graph::entity_key(g, v); }};
  return claim::values_differ(a, b, cx);
}

bool worth_comparing(const claim::Claim& a, const claim::Claim& b) {
  if (a.document == b.document) return false;  // a story that disagrees with itself is another matter
  return true;
}


namespace {

// A date or place of p that is neither key nor single field and on which
// a and b differ: "Trade ... was worth $8.8 billion last year" in two
// stories a year apart is two years' trade, "met in Porvik" and "met in
// Halvik" two meetings (a city and its country are one place here).
const rules::FieldSpec* other_occasion(const graph::ClaimGraph& g, const claim::Claim& a, const claim::Claim& b,
                                       const rules::Predicate& p) {
  for (const rules::FieldSpec& f : p.fields) {
    if (f.type != rules::ValueType::date && f.type != rules::ValueType::place) continue;
    if (std::find(p.key.begin(), p.key.end(), f.name) != p.key.end()) continue;
    if (std::find(p.single.begin(), p.single.end(), f.name) != p.single.end()) continue;
    const claim::Value* va = a.get(f.name);
    const claim::Value* vb = b.get(f.name);
    if (va != nullptr && vb != nullptr && values_differ(g, *va, *vb, p) && !capital_of(g, *va, *vb)) return &f;
  }
  return nullptr;
}

bool soft(const claim::Claim& c) {
  return c.modality == rules::Modality::hedged || c.modality == rules::Modality::planned;
}

std::string cited(const claim::Claim& c) {
  return fmt::format("{}:{}", c.evidence.citation.path, c.evidence.citation.start.line);
}

// The content words of a phrase in the order written (each word reduced as
// normalize_thing reduces it).
std::vector<std::string> words_in_order(std::string_view text, const rules::Gazetteer& gazetteer) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t e = std::min(text.find(' ', b), text.size());
    if (e > b) {
      for (auto& w : claim::normalize_thing(text.substr(b, e - b), gazetteer).words) out.push_back(std::move(w));
    }
    b = e + 1;
  }
  return out;
}

// True if two things are named closely enough for their facts to be
// compared: they have the same content words, or one's are among the
// other's in the order written, and there are at least two ("the agreement
// to build a port in Rason" and "Russia and North Korea signed an agreement
// to build a port in Rason"). The graph groups things more loosely (sharing
// most words, and through third phrasings): "the port in Rason" and "the
// port in Khasan" are two ports, "the Khasan Port Authority signed an
// agreement to build a port in Rason" is not about a port in Khasan, and
// "the deal" names whatever its own story is about.
// REQUIRES: a.thing and b.thing.
bool same_named_thing(const claim::Value& a, const claim::Value& b, const rules::Gazetteer& gazetteer) {
  const bool a_small = a.thing->words.size() <= b.thing->words.size();
  const claim::Value& small = a_small ? a : b;
  const claim::Value& large = a_small ? b : a;
  const auto& sw = small.thing->words;  // sorted and unique
  const auto& lw = large.thing->words;
  if (sw.size() < 2 || !std::includes(lw.begin(), lw.end(), sw.begin(), sw.end())) return false;
  if (sw == lw) return true;
  // Contained: in the order written too. "The agreement to build a hospital
  // in Krestuholm" is not "the Krestuholm Port Authority signed an agreement
  // to build a hospital in Thovik".
  const std::vector<std::string> s = words_in_order(small.text, gazetteer);
  const std::vector<std::string> l = words_in_order(large.text, gazetteer);
  std::size_t i = 0;
  for (std::size_t j = 0; i < s.size() && j < l.size(); ++j) {
    if (s[i] == l[j]) ++i;
  }
  return i == s.size();
}

}  // namespace

Apart apart(const graph::ClaimGraph& g, const TripBreaks& trips, const claim::Claim& a, const claim::Claim& b,
            const rules::Predicate& p) {
  if (!worth_comparing(a, b)) return Apart::same_story;
  // Polarity differs or both deny.
  if (a.modality == rules::Modality::negated || b.modality == rules::Modality::negated) return Apart::negated;
  if (soft(a) || soft(b)) return Apart::hedged;
  const claim::Value* sa = a.get("subject");
  const claim::Value* sb = b.get("subject");
  if (sa != nullptr && sb != nullptr && sa->thing && sb->thing && !same_named_thing(*sa, *sb, g.rules().gazetteer()))
    return Apart::other_things;
  if (!a.repeated.empty() || !b.repeated.empty()) return Apart::again;
  if (other_occasion(g, a, b, p) != nullptr) return Apart::other_occasion;
  if (trips.another_trip(a, b, p)) return Apart::other_trip;
  if (gazetteer_confirms_title(g, a) && gazetteer_confirms_title(g, b)) return Apart::promotion;
  // A subject that is not part of the key still tells facts apart.
  const bool keyed = std::find(p.key.begin(), p.key.end(), "subject") != p.key.end();
  if (!keyed && sa != nullptr && sb != nullptr && values_differ(g, *sa, *sb, p) && !capital_of(g, *sa, *sb))
    return Apart::other_subject;
  return Apart::none;
}

std::string not_compared(const graph::ClaimGraph& g, const TripBreaks& trips, const claim::Claim& a,
                         const claim::Claim& b, const rules::Predicate& p) {
  auto shown = [](const claim::Value* v) { return v == nullptr ? std::string("?") : v->show(); };
  switch (apart(g, trips, a, b, p)) {
    case Apart::none: break;
    case Apart::same_story: return "both are in one story: a story that disagrees with itself is not compared";
    case Apart::negated:
      return fmt::format("{} says it did not happen: the negation check compares them",
                         cited(a.modality == rules::Modality::negated ? a : b));
    case Apart::hedged: {
      const claim::Claim& c = soft(a) ? a : b;
      return fmt::format("{} is {}: a hedge or a plan is never reported", cited(c), rules::modality_name(c.modality));
    }
    case Apart::other_things:
      return fmt::format("\"{}\" and \"{}\" may be two things", a.get("subject")->text, b.get("subject")->text);
    case Apart::again:
      return fmt::format("a cue says it happened once more: \"{}\"", (a.repeated.empty() ? b : a).repeated.str());
    case Apart::other_occasion: {
      const rules::FieldSpec* f = other_occasion(g, a, b, p);
      return fmt::format("the {} differs ({} / {}): two occasions", f->name, shown(a.get(f->name)),
                         shown(b.get(f->name)));
    }
    case Apart::other_trip:
      return "two trips: the person came home in between, or the days lie further apart than the trip a story gave";
    case Apart::promotion: return "the gazetteer gives each title at its own time";
    case Apart::other_subject:
      return fmt::format("the subjects differ ({} / {})", shown(a.get("subject")), shown(b.get("subject")));
  }
  if (!p.window_days) return {};
  const auto da = reference_day(a);
  const auto db = reference_day(b);
  if (da && db && std::abs(*da - *db) > *p.window_days) {
    return fmt::format("more than {} day{} apart ({} / {}): two events", *p.window_days,
                       *p.window_days == 1 ? "" : "s", day_of(*da), day_of(*db));
  }
  return {};
}

bool capital_of(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b) {
  if (!a.entity || !b.entity) return false;
  auto in = [&](const claim::EntityRef& city, const claim::EntityRef& country) {
    const rules::Entity* e = g.rules().gazetteer().find(city.id);
    return e != nullptr && e->kind == rules::EntityKind::place && e->country == country.id;
  };
  return in(*a.entity, *b.entity) || in(*b.entity, *a.entity);
}

}  // namespace concord::check
