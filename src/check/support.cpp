#include "check/support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_set>

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
                   c.evidence.citation.quote;
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

}  // namespace

Side side_of(const claim::Claim& c, std::string value) {
  Side s;
  s.value = std::move(value);
  s.modality = c.modality;
  s.rule = c.rule;
  s.document = c.document;
  s.draft = c.in_draft;
  s.citation = c.evidence.citation;
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

bool values_differ(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b,
                   const rules::Predicate& p) {
  if (!a.resolved || !b.resolved) return false;
  if (a.date && b.date) return !a.date->overlaps(*b.date);
  if (a.quantity && b.quantity) return !claim::quantities_agree(*a.quantity, *b.quantity, p.tolerance);
  if (a.integer && b.integer) return *a.integer != *b.integer;
  if (a.title && b.title) return !claim::titles_conflict(*a.title, *b.title).empty();
  if (a.entity && b.entity) {
    if (a.entity->via == claim::Resolution::unresolved || b.entity->via == claim::Resolution::unresolved) return false;
    return g.entity(a) != g.entity(b);
  }
  if (a.thing && b.thing) return !claim::same_thing(*a.thing, *b.thing);
  if (a.type == rules::ValueType::text && b.type == rules::ValueType::text) return a.text != b.text;
  return false;
}

std::string show(const claim::Value& v) {
  if (!v.date) return v.text;
  const std::string norm = v.to_string();
  // Words that already spell out the year need no gloss ("Nov. 19, 2014").
  if (norm.size() >= 4 && v.text.find(norm.substr(0, 4)) != std::string::npos) return v.text;
  return fmt::format("{} ({})", v.text, norm);
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
    const std::string name = v->entity ? v->entity->name : v->text;
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

bool gazetteer_confirms_title(const graph::ClaimGraph& g, const claim::Claim& c) {
  const claim::EntityRef* who = c.subject();
  const claim::Value* title = c.get("title");
  const auto day = reference_day(c);
  if (who == nullptr || title == nullptr || !title->title || !day) return false;
  if (who->via == claim::Resolution::unresolved || who->via == claim::Resolution::name) return false;
  const rules::Entity* e = g.rules().gazetteer().find(who->id);
  return e != nullptr && holds_on(*e, *title->title, *day, g.rules().gazetteer());
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
  f.fact = p != nullptr ? describe_fact(g, first, *p, field) : a.predicate;
  const claim::Value* v1 = first.get(field);
  const claim::Value* v2 = second.get(field);
  f.sides.push_back(side_of(first, v1 != nullptr ? show(*v1) : std::string()));
  f.sides.push_back(side_of(second, v2 != nullptr ? show(*v2) : std::string()));
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
      const std::string k = v->entity ? g.entity(*v) : v->to_string();
      if (!first) first = k;
      else if (*first != k) return false;
    }
  }
  return true;
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
  for (const auto& [name, pred] : g.rules().predicates()) {
    if (pred.single.empty() || is_ordinal_predicate(pred) != ordinal) continue;
    // A subject that is not part of the key still tells facts apart.
    const bool keyed = std::find(pred.key.begin(), pred.key.end(), "subject") != pred.key.end();
    for (const auto& group : g.facts(name)) {
      if (all_agree(g, group, pred.single)) continue;  // most facts, in an archive that mostly agrees
      // A batch report has one finding per fact: once both claims of a pair
      // are on it at this severity, the pair adds nothing.
      std::unordered_set<const claim::Claim*> listed;
      std::optional<Severity> listed_at;
      for_each_pair(g, group, &pred, out, [&](const claim::Claim& a, const claim::Claim& b) {
        // Polarity differs or both deny: the negation check's business.
        if (a.modality == rules::Modality::negated || b.modality == rules::Modality::negated) return;
        if (!worth_comparing(a, b)) return;
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
          // With two single fields, each is compared only where the other agrees.
          bool others_agree = true;
          for (const auto& other : pred.single) {
            if (other == field) continue;
            const claim::Value* oa = a.get(other);
            const claim::Value* ob = b.get(other);
            if (oa == nullptr || ob == nullptr || values_differ(g, *oa, *ob, pred)) others_agree = false;
          }
          if (pred.single.size() > 1 && !others_agree) continue;
          const auto severity = pair_severity(a, b);
          if (!severity) continue;
          if (out.scope() == Scope::all) {
            if (listed.count(&a) != 0 && listed.count(&b) != 0 && listed_at >= severity) continue;
            listed.insert(&a);
            listed.insert(&b);
            listed_at = std::max(listed_at.value_or(*severity), *severity);
          }
          out.push_back(pair_finding(check, g, a, b, field, *severity));
        }
      });
    }
  }
}

}  // namespace concord::check
