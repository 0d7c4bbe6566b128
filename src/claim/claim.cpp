#include "claim/claim.h"

#include <fmt/format.h>

#include <cmath>

#include "base/utf8.h"
#include "claim/value_kind.h"

namespace concord::claim {

const char* resolution_name(Resolution r) {
  switch (r) {
    case Resolution::gazetteer: return "gazetteer";
    case Resolution::name: return "name";
    case Resolution::coreference: return "coreference";
    case Resolution::title: return "title";
    case Resolution::pronoun: return "pronoun";
    case Resolution::unresolved: return "unresolved";
  }
  return "?";
}

std::string TitleValue::office_key() const {
  std::string s = portfolio.empty() ? office.str() : portfolio + " " + office;
  return s + "|" + country + "|" + org;
}

std::string TitleValue::to_string() const {
  std::string s;
  if (former) s += "former ";
  if (!rank.empty()) s += rank + " ";
  if (!portfolio.empty()) s += portfolio + " ";
  s += office;
  if (!org.empty()) s += " of " + org;
  if (!country.empty()) s += (org.empty() ? " of " : ", ") + country;
  return s;
}

bool TitleValue::single_holder() const {
  if (former || !rank.empty() || country.empty() || !org.empty()) return false;
  if (office == "minister") return !portfolio.empty();
  return office == "president" || office == "prime minister" || office == "premier" ||
         office == "chancellor";
}

std::string ThingValue::to_string() const {
  std::string s;
  for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

std::string Value::to_string() const {
  if (!resolved) return text + " (unresolved)";
  return value_kind(type).to_string(*this);
}

std::string Value::key() const { return value_kind(type).key(*this); }

std::string Value::show() const { return value_kind(type).show(*this); }

const Value* Claim::get(std::string_view field) const {
  for (const auto& f : fields) {
    if (f.name == field) return &f.value;
  }
  return nullptr;
}

const EntityRef* Claim::subject() const {
  const Value* v = get("subject");
  return v != nullptr && v->entity ? &*v->entity : nullptr;
}

base::SharedString entity_id(std::string_view id) {
  if (id.substr(0, 11) == "unresolved:") return base::SharedString(id);
  return base::Atom(id);
}

std::string Evidence::quote() const {
  if (!citation.quote.empty() || highlight_end <= highlight_begin) return citation.quote;
  return base::utf8::code_points(sentence, highlight_begin, highlight_end);
}

ingest::Citation Evidence::cited() const {
  ingest::Citation c = citation;
  if (c.quote.empty()) c.quote = quote();
  return c;
}

bool Evidence::drop_quote() {
  if (citation.quote.empty() || citation.quote != base::utf8::code_points(sentence, highlight_begin, highlight_end))
    return false;
  std::string().swap(citation.quote);  // frees it; assigning "" would keep the buffer
  return true;
}

}  // namespace concord::claim
