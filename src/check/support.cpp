#include "check/support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

#include "base/utf8.h"
#include "check/repeats.h"
#include "claim/compare.h"
#include "claim/thing.h"
#include "claim/title.h"

namespace concord::check {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "error") return Severity::error;
  if (s == "warning") return Severity::warning;
  if (s == "info") return Severity::info;
  return std::nullopt;
}

bool Finding::involves_draft() const {
  return std::any_of(sides.begin(), sides.end(), [](const Side& s) { return s.draft; });
}

namespace {

std::string identity_of(const claim::Claim& c) {
  std::string id = c.document + "|" + c.predicate + "|" + rules::modality_name(c.modality) + "|" +
                   c.evidence.quote();
  for (const auto& f : c.fields) id += "|" + f.name + "=" + f.value.key();
  return id;
}

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

// ASCII letters for U+0100..U+017F (Latin Extended-A), one per code point;
// the two ligatures there are spelled out in fold_diacritics.
constexpr std::string_view kExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kExtendedA.size() == 0x80);

// ASCII for U+00C0..U+00FF (Latin-1 letters); '*' where a code point is kept
// (the signs x and /) or spelled with two letters.
constexpr std::string_view kLatin1 = "AAAAAA*CEEEEIIIIDNOOOOO*OUUUUY**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
static_assert(kLatin1.size() == 0x40);

}  // namespace

std::string fold_diacritics(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    const std::size_t begin = i;
    const char32_t cp = base::utf8::decode(s, i);
    if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != '*') {
      out += kLatin1[cp - 0xC0];
    } else if (cp >= 0x100 && cp <= 0x17F) {
      if (cp == 0x132 || cp == 0x133) out += cp == 0x132 ? "IJ" : "ij";
      else if (cp == 0x152 || cp == 0x153) out += cp == 0x152 ? "OE" : "oe";
      else out += kExtendedA[cp - 0x100];
    } else if (cp == 0xC6 || cp == 0xE6) {
      out += cp == 0xC6 ? "AE" : "ae";
    } else if (cp == 0xDE || cp == 0xFE) {
      out += cp == 0xDE ? "TH" : "th";
    } else if (cp == 0xDF) {
      out += "ss";
    } else if (cp >= 0x218 && cp <= 0x21B) {  // Romanian S and T with comma below
      out += "SsTt"[cp - 0x218];
    } else {
      out.append(s.substr(begin, i - begin));
    }
  }
  return out;
}

std::string fold_key(std::string_view s) {
  std::string key = fold_diacritics(s);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string entity_key(const graph::ClaimGraph& g, const claim::Value& v) { return fold_key(g.entity(v)); }

std::string fact_owner(std::string_view fact_key) { return fold_key(fact_key.substr(0, fact_key.find('\x1f'))); }

bool owned(const graph::ClaimGraph& g, const claim::Claim& c) {
  if (const claim::Value* s = c.get("subject"); s != nullptr) {
    if (std::string key = entity_key(g, *s); !key.empty()) return g.owns(key);
  }
  const auto a = anchors(g, c);
  return g.owns(a.empty() ? std::string() : a.front());
}

std::vector<std::string> anchors(const graph::ClaimGraph& g, const claim::Claim& c) {
  std::vector<std::string> out;
  const rules::Predicate* p = g.rules().predicate(c.predicate);
  for (const auto& f : c.fields) {
    std::string k = entity_key(g, f.value);
    if (k.empty() && p != nullptr && std::find(p->key.begin(), p->key.end(), f.name) != p->key.end()) {
      k = fold_key(f.value.key());
    }
    if (!k.empty()) out.push_back(std::move(k));
    if (f.value.title) out.push_back(f.value.title->office_key());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::vector<graph::ClaimId>> fact_groups(const graph::ClaimGraph& g, const std::string& predicate) {
  std::vector<std::vector<graph::ClaimId>> out;
  const rules::Predicate* p = g.rules().predicate(predicate);
  if (p == nullptr) return out;
  std::map<std::string, std::vector<graph::ClaimId>> by_key;
  for (graph::ClaimId id : g.by_predicate(predicate)) {
    const claim::Claim& c = g.claim(id);
    if (g.fact_key(c).empty()) continue;  // a key field missing or unresolved
    std::vector<std::string> parts;
    for (const auto& field : p->key) {
      const claim::Value* v = c.get(field);
      std::string k = entity_key(g, *v);
      parts.push_back(k.empty() ? v->key() : std::move(k));
    }
    if (p->symmetric && parts.size() >= 2 && parts[1] < parts[0]) std::swap(parts[0], parts[1]);
    if (!g.owns(fold_key(parts.front()))) continue;
    std::string key;
    for (const auto& part : parts) key += part + "\x1f";
    by_key[key].push_back(id);
  }
  for (auto& [key, ids] : by_key) {
    if (ids.size() > 1) out.push_back(std::move(ids));
  }
  return out;
}

namespace {

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

}  // namespace

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

Side side_of(const claim::Claim& c, std::string value) {
  Side s;
  s.value = std::move(value);
  s.modality = c.modality;
  s.rule = c.rule;
  s.document = c.document;
  s.draft = c.in_draft;
  s.citation = c.evidence.cited();
  s.sentence = c.evidence.sentence;
  s.highlight_begin = c.evidence.highlight_begin;
  s.highlight_end = c.evidence.highlight_end;
  s.speaker = c.speaker;
  s.attribution = c.attribution;
  s.identity = identity_of(c);
  return s;
}

Side gazetteer_side(const rules::Entity& e, std::string value, std::string quote, const base::Location& where) {
  Side s;
  s.value = std::move(value);
  s.rule = "gazetteer";
  s.document = where.path;
  s.citation.path = where.path;
  s.citation.document = where.path;
  s.citation.start = {where.line, where.column};
  s.citation.end = {where.line, where.column};
  s.citation.quote = quote;
  s.sentence = quote;
  s.highlight_end = quote.size();
  s.identity = "gazetteer|" + e.name + "|" + quote;
  return s;
}

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
  return s;
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

void for_each_pair(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const rules::Predicate* pred,
                   const Findings& out, const std::function<void(const claim::Claim&, const claim::Claim&)>& visit) {
  auto pair = [&](std::size_t i, std::size_t j) {
    const claim::Claim& a = g.claim(ids[std::min(i, j)]);
    const claim::Claim& b = g.claim(ids[std::max(i, j)]);
    if (out.wants(a.in_draft, b.in_draft)) visit(a, b);
  };
  if (pred == nullptr || !pred->window_days) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      for (std::size_t j = i + 1; j < ids.size(); ++j) pair(i, j);
    }
    return;
  }
  std::vector<std::pair<std::int64_t, std::size_t>> days;  // claims without a day are in no window
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (auto d = reference_day(g.claim(ids[i]))) days.emplace_back(*d, i);
  }
  std::sort(days.begin(), days.end());
  for (std::size_t p = 0; p < days.size(); ++p) {
    for (std::size_t q = p + 1; q < days.size() && days[q].first - days[p].first <= *pred->window_days; ++q) {
      pair(days[p].second, days[q].second);
    }
  }
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

std::int64_t window_or_all(const rules::Predicate& p) { return p.window_days.value_or(100 * 366); }

bool values_differ(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b,
                   const rules::Predicate& p) {
  // The value's kind compares; entities as the graph merged them, which
  // claim/ cannot see (it comes before graph/), so the identity is passed in.
  const claim::CompareContext cx{.tolerance = p.tolerance,
                                 .entity_identity = [&g](const claim::Value& v) { return entity_key(g, v); }};
  return claim::values_differ(a, b, cx);
}

std::string subject_name(const claim::Claim& c) {
  const claim::Value* s = c.get("subject");
  if (s == nullptr) return {};
  if (s->entity) return s->entity->name;
  return s->text;
}

std::string describe_fact(const graph::ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p,
                          std::string_view field) {
  (void)g;
  std::string what = p.label.empty() ? p.name : p.label;
  if (const rules::FieldSpec* f = p.field(field); f != nullptr && p.label.empty()) what = f->name;
  std::string s = what;
  const std::string subject = subject_name(c);
  if (!subject.empty()) s += " of " + subject;
  for (const auto& k : p.key) {
    if (k == "subject" || k == field) continue;
    const claim::Value* v = c.get(k);
    if (v == nullptr) continue;
    const std::string name = v->entity ? v->entity->name.str() : v->text;
    if (k == "place" || k == "destination") {
      s += " in " + name;
    } else if (k == "origin") {
      s += " from " + name;
    } else if (k == "object" || k == "purpose") {
      s += " with " + name;
    } else {
      s += fmt::format(" ({} {})", k, name);
    }
  }
  return s;
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

bool worth_comparing(const claim::Claim& a, const claim::Claim& b) {
  if (a.document == b.document) return false;  // a story that disagrees with itself is another matter
  return true;
}

std::pair<const claim::Claim*, const claim::Claim*> draft_first(const claim::Claim& a, const claim::Claim& b) {
  if (!a.in_draft && b.in_draft) return {&b, &a};
  return {&a, &b};
}

Finding pair_finding(std::string check, const graph::ClaimGraph& g, const claim::Claim& a, const claim::Claim& b,
                     std::string_view field, Severity severity) {
  const rules::Predicate* p = g.rules().predicate(a.predicate);
  const auto [first_p, second_p] = draft_first(a, b);
  const claim::Claim& first = *first_p;
  const claim::Claim& second = *second_p;
  Finding f;
  f.check = std::move(check);
  f.severity = severity;
  f.predicate = a.predicate;
  f.subject = subject_name(first);
  f.fact = p != nullptr ? describe_fact(g, first, *p, field) : a.predicate.str();
  const claim::Value* v1 = first.get(field);
  const claim::Value* v2 = second.get(field);
  f.sides.push_back(side_of(first, v1 != nullptr ? v1->show() : std::string()));
  f.sides.push_back(side_of(second, v2 != nullptr ? v2->show() : std::string()));
  if (v1 != nullptr) f.sides[0].norm = v1->to_string();
  if (v2 != nullptr) f.sides[1].norm = v2->to_string();
  return f;
}

}  // namespace concord::check

namespace concord::check {

bool is_ordinal_predicate(const rules::Predicate& p) { return p.field("event") != nullptr; }

namespace {

// True if every claim of the group that has a field gives it the same
// normalized value, for each field: then no two of them can differ.
bool all_agree(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& group,
               const std::vector<std::string>& fields) {
  for (const auto& field : fields) {
    std::optional<std::string> first;
    for (graph::ClaimId id : group) {
      const claim::Value* v = g.claim(id).get(field);
      if (v == nullptr) continue;
      // Entities as the graph resolves them: two ids may be one person.
      const std::string k = v->entity ? entity_key(g, *v) : v->to_string();
      if (!first) first = k;
      else if (*first != k) return false;
    }
  }
  return true;
}

// True if a and b cannot be about one fact although the graph grouped them:
// things named too loosely to be one (see same_named_thing); a sentence
// that tells of one more time ("met Brandt again", "her second visit");
// or a time or place that is neither key nor single field and differs:
// "Trade ... was worth $8.8 billion last year" in two stories a year apart
// is two years' trade, "met in Porvik" and "met in Halvik" two meetings
// (a city and its country are one place here).
bool apart(const graph::ClaimGraph& g, const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) {
  const claim::Value* sa = a.get("subject");
  const claim::Value* sb = b.get("subject");
  if (sa != nullptr && sb != nullptr && sa->thing && sb->thing && !same_named_thing(*sa, *sb, g.rules().gazetteer()))
    return true;
  if (!a.repeated.empty() || !b.repeated.empty()) return true;
  for (const rules::FieldSpec& f : p.fields) {
    if (f.type != rules::ValueType::date && f.type != rules::ValueType::place) continue;
    if (std::find(p.key.begin(), p.key.end(), f.name) != p.key.end()) continue;
    if (std::find(p.single.begin(), p.single.end(), f.name) != p.single.end()) continue;
    const claim::Value* va = a.get(f.name);
    const claim::Value* vb = b.get(f.name);
    if (va != nullptr && vb != nullptr && values_differ(g, *va, *vb, p) && !capital_of(g, *va, *vb)) return true;
  }
  return false;
}

// Why a disagreement between a and b, one of them without a day, is a note.
std::string undated_note(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p) {
  return fmt::format("{}, so concord cannot tell whether both are about the same event (it compares them only "
                     "within {} day{} of each other): a note to check by hand, not an error; give dates with front "
                     "matter, sources.yaml or --date",
                     undated_reason(a, b), *p.window_days, *p.window_days == 1 ? "" : "s");
}

// How senior a rank is: a minister above a first vice minister above a
// vice minister above an assistant minister.
int rank_level(const std::string& rank) {
  if (rank.empty() || rank == "acting" || rank == "senior") return 3;
  if (rank.rfind("first ", 0) == 0) return 2;
  if (rank == "vice" || rank == "deputy") return 1;
  return 0;
}

// What the claims of one person's group say in `field` (a title) over
// time, for telling a promotion from two titles at once. The country is
// left out: a person's titles are of one country, however the stories
// spell it ("Varlandic", "Varland's").
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

// Whether a's and b's titles of one person clash rather than tell of one
// change (deputy minister in March, minister from May: a promotion): the
// gazetteer gives the earlier title on the later day, or the history says
// so (see History).
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

}  // namespace

bool capital_of(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b) {
  if (!a.entity || !b.entity) return false;
  auto in = [&](const claim::EntityRef& city, const claim::EntityRef& country) {
    const rules::Entity* e = g.rules().gazetteer().find(city.id);
    return e != nullptr && e->kind == rules::EntityKind::place && e->country == country.id;
  };
  return in(*a.entity, *b.entity) || in(*b.entity, *a.entity);
}

void compare_single_fields(const graph::ClaimGraph& g, const std::string& check, bool ordinal,
                           Findings& out) {
  const TripBreaks trips(g);
  for (const auto& [name, pred] : g.rules().predicates()) {
    if (pred.single.empty() || is_ordinal_predicate(pred) != ordinal) continue;
    // A subject that is not part of the key still tells facts apart.
    const bool keyed = std::find(pred.key.begin(), pred.key.end(), "subject") != pred.key.end();
    for (const auto& group : fact_groups(g, name)) {
      if (all_agree(g, group, pred.single)) continue;  // most facts, in an archive that mostly agrees
      // A batch report has one finding per fact: once both claims of a pair
      // are on it at this severity, the pair adds nothing.
      std::unordered_set<const claim::Claim*> listed;
      std::optional<Severity> listed_at;
      std::map<std::string, History> titles;  // per title field
      // `undated`: a or b has no day, so the window cannot say whether they
      // tell of one event; a disagreement is then a note that says so.
      auto compare = [&](const claim::Claim& a, const claim::Claim& b, bool undated) {
        // Polarity differs or both deny: the negation check's business.
        if (a.modality == rules::Modality::negated || b.modality == rules::Modality::negated) return;
        if (!worth_comparing(a, b) || apart(g, a, b, pred)) return;
        if (trips.another_trip(a, b, pred)) return;  // a second visit, not a wrong date
        // A promotion between two stories: each is right at its own time.
        if (gazetteer_confirms_title(g, a) && gazetteer_confirms_title(g, b)) return;
        const claim::Value* sa = a.get("subject");
        const claim::Value* sb = b.get("subject");
        if (!keyed && sa != nullptr && sb != nullptr && values_differ(g, *sa, *sb, pred) && !capital_of(g, *sa, *sb))
          return;
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
          if (undated) severity = Severity::info;
          if (out.scope() == Scope::all) {
            if (listed.count(&a) != 0 && listed.count(&b) != 0 && listed_at >= severity) continue;
            listed.insert(&a);
            listed.insert(&b);
            listed_at = std::max(listed_at.value_or(*severity), *severity);
          }
          Finding f = pair_finding(check, g, a, b, field, *severity);
          if (undated) f.notes.push_back(undated_note(a, b, pred));
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
      for_each_pair(g, group, &pred, out, [&](const claim::Claim& a, const claim::Claim& b) { compare(a, b, false); });
      if (pred.window_days) {
        for_each_undated_pair(g, group, out, [&](const claim::Claim& a, const claim::Claim& b) { compare(a, b, true); });
      }
    }
  }
}

}  // namespace concord::check
