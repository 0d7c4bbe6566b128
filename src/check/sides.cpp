#include "check/sides.h"

#include <fmt/format.h>

#include <algorithm>

#include "check/pairs.h"

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

std::string identity_of(const claim::Claim& c) {
  std::string id = c.document + "|" + c.predicate + "|" + rules::modality_name(c.modality) + "|" +
                   c.evidence.quote();
  for (const auto& f : c.fields) id += "|" + f.name + "=" + f.value.key();
  return id;
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
  if (std::string note = ambiguity_note(a, b); !note.empty()) f.notes.push_back(std::move(note));
  return f;
}

}  // namespace concord::check
