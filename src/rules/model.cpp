#include "rules/model.h"

#include <array>
#include <utility>

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

}  // namespace concord::rules
