// Things named by noun phrases: "Pier No. 3 at Rajin Port", "North Korean
// natural resources", "a 34-mile rail link between Khasan and Rason".
#pragma once

#include <string_view>

#include "claim/claim.h"
#include "rules/gazetteer.h"

namespace concord::claim {

// Reduces a noun phrase to its content words: lowercase, no determiners,
// prepositions or auxiliaries, possessives dropped, demonyms turned into
// their countries ("North Korean" -> "north korea").
ThingValue normalize_thing(std::string_view words, const rules::Gazetteer& gazetteer);

// True if two things are probably the same: one's words contain the other's
// (at least two words in common), or they share most of their words.
bool same_thing(const ThingValue& a, const ThingValue& b);

}  // namespace concord::claim
