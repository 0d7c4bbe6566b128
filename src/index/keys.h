// Lookup keys: what a draft and an indexed story must share for a check to
// compare their claims.
//
//   store.put(doc, hash, rules.fingerprint(), index::lookup_keys(claims, rules, KeySide::stored));
//   store.documents_with_keys(index::lookup_keys(draft, rules, KeySide::query));
//
// Every check compares claims about one person (ages, trips, meetings),
// one fact (its predicate's key fields: a deal, an event, a subject) or one
// office (one holder at a time). So a story is a neighbour of the draft when
// they name the same person (same entity), when a bare surname in one may
// be a person named in full in the other (the graph resolves a bare "Choe"
// through any word of a full name), or when they share an office, a key
// field's value, or two words of a thing's name (things are merged only
// when they share at least two words, or are one same word).
//
// Keys are asymmetric: a story is stored under what it holds ("n:" a
// person, "f:" a word of a full name, "b:" a bare name), a draft asks for
// what could meet it ("n:" its people, "b:" the words of its full names,
// "f:" the words of its bare names).
//
// What keys cannot see: things merged through a chain of stories
// (A ~ B ~ C, the draft naming A), a bare surname in a neighbour that the
// whole archive would find ambiguous, and thresholds that count the whole
// archive. docs/cli.md says so.
#pragma once

#include <string>
#include <vector>

#include "claim/claim.h"
#include "index/codec.h"
#include "rules/rule_set.h"

namespace concord::index {

enum class KeySide { stored, query };

// What an index's documents are valid for: the rules' fingerprint, the
// version of these keys and the codec's. A document stored under another is
// extracted again, so a stored blob that matches is known to decode.
inline std::string index_fingerprint(const rules::RuleSet& rules) {
  return rules.fingerprint() + "+keys2+codec" + std::to_string(kCodecVersion);
}

// Sorted, unique keys of a document's claims: to store it under, or to
// find its neighbours with.
std::vector<std::string> lookup_keys(const std::vector<claim::Claim>& claims, const rules::RuleSet& rules,
                                     KeySide side);

}  // namespace concord::index
