// The value kinds, one per file in this folder; registry.cpp gives each
// rules::ValueType its kind. Each factory returns the kind's one instance.
#pragma once

#include "claim/value_kind.h"

namespace concord::claim::kinds {

const ValueKind& text();      // text: the words, lowercased
const ValueKind& entity();    // entity, person, place, organization: who or where
const ValueKind& thing();     // thing: a noun phrase's content words
const ValueKind& date();      // date: an interval of days
const ValueKind& quantity();  // number, quantity: an amount with a unit and a range
const ValueKind& integer();   // age, ordinal: a whole number
const ValueKind& title();     // title: an office with rank, portfolio, country

}  // namespace concord::claim::kinds
