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

const FieldSpec* Predicate::field(std::string_view n) const {
  for (const auto& f : fields) {
    if (f.name == n) return &f;
  }
  return nullptr;
}

}  // namespace concord::rules
