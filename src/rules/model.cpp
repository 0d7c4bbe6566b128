#include "rules/model.h"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>

namespace concord::rules {

namespace {

constexpr std::array<std::pair<ValueType, const char*>, 12> kValueTypes{{
    {ValueType::text, "text"},
    {ValueType::entity, "entity"},
    {ValueType::person, "person"},
    {ValueType::place, "place"},
    {ValueType::organization, "organization"},
    {ValueType::thing, "thing"},
    {ValueType::date, "date"},
    {ValueType::number, "number"},
    {ValueType::quantity, "quantity"},
    {ValueType::age, "age"},
    {ValueType::ordinal, "ordinal"},
    {ValueType::title, "title"},
}};

constexpr std::array<std::pair<EntityKind, const char*>, 6> kKinds{{
    {EntityKind::person, "person"},
    {EntityKind::organization, "organization"},
    {EntityKind::place, "place"},
    {EntityKind::event, "event"},
    {EntityKind::thing, "thing"},
    {EntityKind::any, "any"},
}};

constexpr std::array<std::pair<Modality, const char*>, 5> kModalities{{
    {Modality::asserted, "asserted"},
    {Modality::negated, "negated"},
    {Modality::hedged, "hedged"},
    {Modality::planned, "planned"},
    {Modality::reported, "reported"},
}};

constexpr std::array<std::pair<PredicateRole, const char*>, 12> kRoles{{
    {PredicateRole::none, "none"},
    {PredicateRole::title, "title"},
    {PredicateRole::age, "age"},
    {PredicateRole::birth, "birth"},
    {PredicateRole::death, "death"},
    {PredicateRole::trip_start, "trip-start"},
    {PredicateRole::arrival, "arrival"},
    {PredicateRole::visit, "visit"},
    {PredicateRole::meeting, "meeting"},
    {PredicateRole::trip_end, "trip-end"},
    {PredicateRole::visit_end, "visit-end"},
    {PredicateRole::trip_length, "trip-length"},
}};

template <typename E, std::size_t N>
const char* name_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, n] : table) {
    if (v == value) return n;
  }
  return "?";
}

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, const char*>, N>& table, std::string_view name) {
  for (const auto& [v, n] : table) {
    if (name == n) return v;
  }
  return std::nullopt;
}

}  // namespace

const char* value_type_name(ValueType t) { return name_of(kValueTypes, t); }
std::optional<ValueType> parse_value_type(std::string_view name) { return parse(kValueTypes, name); }
std::vector<std::string> value_type_names() {
  std::vector<std::string> out;
  for (const auto& [v, n] : kValueTypes) out.emplace_back(n);
  return out;
}

const char* entity_kind_name(EntityKind k) { return name_of(kKinds, k); }
std::optional<EntityKind> parse_entity_kind(std::string_view name) { return parse(kKinds, name); }

const char* modality_name(Modality m) { return name_of(kModalities, m); }
std::optional<Modality> parse_modality(std::string_view name) { return parse(kModalities, name); }

const char* predicate_role_name(PredicateRole r) { return name_of(kRoles, r); }
std::optional<PredicateRole> parse_predicate_role(std::string_view name) {
  auto r = parse(kRoles, name);
  if (r == PredicateRole::none) return std::nullopt;
  return r;
}
std::vector<std::string> predicate_role_names() {
  std::vector<std::string> out;
  for (const auto& [r, n] : kRoles) {
    if (r != PredicateRole::none) out.emplace_back(n);
  }
  return out;
}

const std::vector<RoleField>& role_fields(PredicateRole r) {
  using V = ValueType;
  static const std::vector<RoleField> kNone{};
  static const std::vector<RoleField> kTitle{{"title", {V::title}, true}};
  static const std::vector<RoleField> kAge{{"value", {V::age}, true}};
  static const std::vector<RoleField> kLifeDate{{"time", {V::date}, true}};
  static const std::vector<RoleField> kTripStart{{"time", {V::date}, true},
                                                 {"origin", {V::place, V::entity}, false},
                                                 {"destination", {V::place, V::entity}, false}};
  static const std::vector<RoleField> kStop{{"place", {V::place, V::entity}, true}, {"time", {V::date}, true}};
  static const std::vector<RoleField> kMeeting{{"object", {V::person, V::entity}, false},
                                               {"place", {V::place, V::entity}, true},
                                               {"time", {V::date}, true}};
  static const std::vector<RoleField> kEnd{{"time", {V::date}, true}, {"place", {V::place, V::entity}, false}};
  static const std::vector<RoleField> kLength{{"value", {V::quantity}, true}, {"place", {V::place, V::entity}, false}};
  switch (r) {
    case PredicateRole::none: return kNone;
    case PredicateRole::title: return kTitle;
    case PredicateRole::age: return kAge;
    case PredicateRole::birth:
    case PredicateRole::death: return kLifeDate;
    case PredicateRole::trip_start: return kTripStart;
    case PredicateRole::arrival:
    case PredicateRole::visit: return kStop;
    case PredicateRole::meeting: return kMeeting;
    case PredicateRole::trip_end:
    case PredicateRole::visit_end: return kEnd;
    case PredicateRole::trip_length: return kLength;
  }
  return kNone;
}

const FieldSpec* Predicate::office_field() const {
  for (const auto& s : single) {
    const FieldSpec* f = field(s);
    if (f != nullptr && f->type == ValueType::title) return f;
  }
  return nullptr;
}

const FieldSpec* Predicate::field(std::string_view n) const {
  for (const auto& f : fields) {
    if (f.name == n) return &f;
  }
  return nullptr;
}

namespace {

bool is_number(ValueType t) { return t == ValueType::number || t == ValueType::quantity; }

// The type p reads a field as whatever slot filled it; nullopt when the
// slot's vocabulary decides (a subject of kind any or event).
std::optional<ValueType> declared_type(const Predicate& p, const std::string& field) {
  if (field == "subject") {
    switch (p.subject_kind) {
      case EntityKind::person: return ValueType::person;
      case EntityKind::place: return ValueType::place;
      case EntityKind::organization: return ValueType::organization;
      case EntityKind::thing: return ValueType::thing;
      default: return std::nullopt;
    }
  }
  if (const FieldSpec* f = p.field(field)) return f->type;
  return std::nullopt;
}

// True if a template or pattern of x captures field ({field:NAME}, or a
// named group in RE2 syntax).
bool captures(const Extractor& x, const std::string& field) {
  for (const PatternSource& src : x.patterns) {
    for (const std::string& slot : {"{" + field + ":", "(?P<" + field + ">", "(?P<" + field + "__", "(?<" + field + ">"}) {
      if (src.text.find(slot) != std::string::npos) return true;
    }
  }
  return false;
}

// The fields whose values the checks compare between two claims of p
// (check/single_fields.cpp, check/negation.cpp): the single fields, `time`
// against a denial, and the subject when it is not part of the key.
std::vector<std::string> compared_fields(const Predicate& p) {
  std::vector<std::string> out = p.single;
  if (p.negatable && p.field("time") != nullptr && std::find(out.begin(), out.end(), "time") == out.end()) {
    out.push_back("time");
  }
  if (std::find(p.key.begin(), p.key.end(), "subject") == p.key.end()) out.push_back("subject");
  return out;
}

// Claims of p are set against each other somewhere: value-conflict and
// single-source (single fields), negation (denials, conflicts_with).
bool ever_compared(const Predicate& p) { return !p.single.empty() || p.negatable || !p.conflicts_with.empty(); }

void predicate_idle_keys(const Predicate& p, const std::vector<Pack>& loaded, std::vector<IdleKey>& out) {
  auto at = [&](const char* key) -> std::optional<Location> {
    auto it = p.written.find(key);
    if (it == p.written.end()) return std::nullopt;
    return it->second;
  };
  if (auto where = at("one_holder"); where && p.one_holder && p.office_field() == nullptr) {
    out.push_back({*where, fmt::format("one_holder has no effect on predicate '{}': the one-holder check compares "
                                       "offices, so it needs a 'single' field of type title (e.g. fields: {{office: "
                                       "title}}, single: office)",
                                       p.name)});
  }
  if (auto where = at("tolerance"); where && p.role != PredicateRole::trip_length) {
    // A field is read as a number if the predicate says so, if an extractor
    // normalizes it to one, or if the slot's vocabulary decides.
    auto maybe_number = [&](const std::string& field) {
      const auto type = declared_type(p, field);
      if (!type || is_number(*type)) return true;
      for (const Pack& pack : loaded) {
        for (const Extractor& x : pack.extractors) {
          auto n = x.normalize.find(field);
          if (x.predicate == p.name && n != x.normalize.end() && is_number(n->second)) return true;
        }
      }
      return false;
    };
    const std::vector<std::string> fields = compared_fields(p);
    if (std::none_of(fields.begin(), fields.end(), maybe_number)) {
      std::string compared;
      for (const auto& f : fields) {
        compared += fmt::format("{}{}: {}", compared.empty() ? "" : ", ", f,
                                value_type_name(declared_type(p, f).value_or(ValueType::text)));
      }
      out.push_back({*where, fmt::format("tolerance has no effect on predicate '{}': it applies where two numbers "
                                         "are compared, and {}; remove it, or compare a field of type number or "
                                         "quantity",
                                         p.name,
                                         compared.empty() ? "it compares no values (it has no 'single:' field)"
                                                          : "the values it compares are not numbers (" + compared + ")")});
    }
  }
  if (auto where = at("window"); where && !ever_compared(p)) {
    out.push_back({*where, fmt::format("window has no effect on predicate '{}': it limits which claims are compared, "
                                       "and no check compares claims of it (no 'single:' field, 'negatable: false', no "
                                       "'conflicts_with:'); remove it",
                                       p.name)});
  }
  if (auto where = at("verb"); where && !p.negatable && p.conflicts_with.empty()) {
    const bool named = std::any_of(loaded.begin(), loaded.end(), [&](const Pack& pack) {
      return std::any_of(pack.predicates.begin(), pack.predicates.end(), [&](const Predicate& other) {
        return std::find(other.conflicts_with.begin(), other.conflicts_with.end(), p.name) !=
               other.conflicts_with.end();
      });
    });
    if (!named) {
      out.push_back({*where, fmt::format("verb has no effect on predicate '{}': only the negation check's messages "
                                         "use it, and the predicate is 'negatable: false' and in no "
                                         "'conflicts_with:'; remove it",
                                         p.name)});
    }
  }
}

void extractor_idle_keys(const Extractor& x, const std::vector<Pack>& loaded, std::vector<IdleKey>& out) {
  const Predicate* p = nullptr;
  for (const Pack& pack : loaded) {
    for (const Predicate& candidate : pack.predicates) {
      if (candidate.name == x.predicate && p == nullptr) p = &candidate;
    }
  }
  for (const auto& [field, type] : x.normalize) {
    const auto where = x.normalize_where.find(field);
    const Location at = where == x.normalize_where.end() ? x.where : where->second;
    if (!captures(x, field)) {
      out.push_back({at, fmt::format("normalize has no effect on field '{}' of extractor '{}': none of its templates "
                                     "or patterns captures it; remove it, or add a {{{}:TYPE}} slot",
                                     field, x.id, field)});
    } else if (p != nullptr && declared_type(*p, field) == type) {
      out.push_back({at, fmt::format("normalize has no effect on field '{}' of extractor '{}': predicate '{}' reads "
                                     "it as {} already; remove it",
                                     field, x.id, p->name, value_type_name(type))});
    }
  }
}

}  // namespace

std::vector<IdleKey> idle_keys(const Pack& pack, const std::vector<Pack>& loaded) {
  std::vector<IdleKey> out;
  for (const Predicate& p : pack.predicates) predicate_idle_keys(p, loaded, out);
  for (const Extractor& x : pack.extractors) extractor_idle_keys(x, loaded, out);
  return out;
}

}  // namespace concord::rules
