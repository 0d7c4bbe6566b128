// Comparing normalized values: what `rules test` and the checks agree on.
// Both go through the values' kinds (claim/value_kind.h).
#pragma once

#include <string_view>

#include "claim/claim.h"
#include "claim/value_kind.h"
#include "rules/gazetteer.h"

namespace concord::claim {

// True if an example's expected value (as an editor writes it: "Choe Ryong
// Hae", "2014-11-17", "$25 billion", "first vice foreign minister of North
// Korea", "Pier No. 3 at Rajin Port") describes the normalized value v.
bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer);

// True if a and b cannot both be true of one fact: both are resolved, of
// one kind, and their kind says they differ ("Monday" and "Tuesday"; not
// "December 2011" and "Dec. 17, 2011"). Values of different kinds (a date
// and a place) never differ.
bool values_differ(const Value& a, const Value& b, const CompareContext& cx);

}  // namespace concord::claim
