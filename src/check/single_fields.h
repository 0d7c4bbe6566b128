// The value-conflict core, shared by value-conflict and ordinal: claims of
// one fact that disagree on a single-valued field, compared as the pair
// rule (check/pairs.h) allows.
#pragma once

#include <string>

#include "check/findings.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

// True for predicates about counted or ordered events ("its third nuclear
// test", "three nuclear tests"): the ordinal check's, not value-conflict's.
bool is_ordinal_predicate(const rules::Predicate& p);

// The value-conflict core, shared by value-conflict and ordinal: claims of one
// fact that disagree on a single-valued field.
void compare_single_fields(const graph::ClaimGraph& g, const std::string& check, bool ordinal,
                           Findings& out);

}  // namespace concord::check
