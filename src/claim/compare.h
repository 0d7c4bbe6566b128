// Comparing normalized values: what `rules test` and the checks agree on.
#pragma once

#include <string_view>

#include "claim/claim.h"
#include "rules/gazetteer.h"

namespace concord::claim {

// True if an example's expected value (as an editor writes it: "Choe Ryong
// Hae", "2014-11-17", "$25 billion", "first vice foreign minister of North
// Korea", "Pier No. 3 at Rajin Port") describes the normalized value v.
bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer);

}  // namespace concord::claim
