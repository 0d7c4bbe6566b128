// Turning claims into what a finding shows: its sides, and the fact they
// are about.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "check/finding.h"
#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

// Stable text that names a claim: its document, predicate, modality, words
// and values (Side::identity; fingerprints are made of it).
std::string identity_of(const claim::Claim& c);

// A side for a claim, showing `value`.
Side side_of(const claim::Claim& c, std::string value);

// A side for what the gazetteer says (an entity or one of its roles).
Side gazetteer_side(const rules::Entity& e, std::string value, std::string quote, const base::Location& where);

// "arrival date of Choe Ryong Hae in Moscow": the fact a field of c is about.
std::string describe_fact(const graph::ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p,
                          std::string_view field);

// The display name of a claim's subject, or "".
std::string subject_name(const claim::Claim& c);

// a and b with the draft's claim first (a first when neither or both are drafts).
std::pair<const claim::Claim*, const claim::Claim*> draft_first(const claim::Claim& a, const claim::Claim& b);

// A finding for claims a and b disagreeing on `field`; the draft's side first.
Finding pair_finding(std::string check, const graph::ClaimGraph& g, const claim::Claim& a, const claim::Claim& b,
                     std::string_view field, Severity severity);
}  // namespace concord::check
