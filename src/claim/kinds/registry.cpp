// The one table of value kinds: which kind serves each rules::ValueType.
#include <array>
#include <cstddef>

#include "claim/kinds/kinds.h"

namespace concord::claim {

namespace {

using rules::ValueType;

struct Row {
  ValueType type;
  const ValueKind& (*kind)();
};

// One row per ValueType, in the enum's order, so a type's row is at its index.
constexpr std::array kRows{
    Row{ValueType::text, kinds::text},
    Row{ValueType::entity, kinds::entity},
    Row{ValueType::person, kinds::entity},
    Row{ValueType::place, kinds::entity},
    Row{ValueType::organization, kinds::entity},
    Row{ValueType::thing, kinds::thing},
    Row{ValueType::date, kinds::date},
    Row{ValueType::number, kinds::quantity},
    Row{ValueType::quantity, kinds::quantity},
    Row{ValueType::age, kinds::integer},
    Row{ValueType::ordinal, kinds::integer},
    Row{ValueType::title, kinds::title},
};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kRows.size(); ++i) {
    if (static_cast<std::size_t>(kRows[i].type) != i) return false;
  }
  return true;
}
static_assert(in_enum_order(), "kRows lists the value types in rules::ValueType's order");

}  // namespace

const ValueKind* find_value_kind(ValueType t) {
  const auto i = static_cast<std::size_t>(t);
  return i < kRows.size() ? &kRows[i].kind() : nullptr;
}

const ValueKind& value_kind(ValueType t) {
  // Only a type without its row lacks a kind: its values are their words.
  const ValueKind* kind = find_value_kind(t);
  return kind != nullptr ? *kind : kinds::text();
}

}  // namespace concord::claim
