// Lookup keys: what a draft and an indexed story must share for a check to
// compare their claims.
//
//   std::vector<std::string> keys = index::lookup_keys(claims, rules);
//   store.put(doc, hash, rules.fingerprint(), keys);          // when indexing
//   store.documents_with_keys(index::lookup_keys(draft, rules));  // when checking a draft
//
// Every check compares claims about one person (ages, trips, meetings),
// one fact (its predicate's key fields: a deal, an event, a subject) or one
// office (one holder at a time). So a story is a neighbour of the draft when
// they share a word of a person's name (the graph merges "Choi Ryong-hae"
// with "Choe Ryong Hae" and resolves a bare "Choe" through any of these), a
// key field's value, a word of a thing's name, or an office.
//
// What keys cannot see: things merged through a chain of stories that
// share no word with the draft (A ~ B ~ C, the draft naming A), and
// thresholds that count the whole archive. docs/performance.md says so.
#pragma once

#include <string>
#include <vector>

#include "claim/claim.h"
#include "rules/rule_set.h"

namespace concord::index {

// Sorted, unique keys of a document's claims.
std::vector<std::string> lookup_keys(const std::vector<claim::Claim>& claims, const rules::RuleSet& rules);

}  // namespace concord::index
