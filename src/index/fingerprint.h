// What an index's documents are valid for: the rules' fingerprint, the
// version of the lookup keys they are stored under (graph::lookup_keys, in
// graph/groups.h with every other decision of which claims belong
// together) and the codec's. A document stored under another is extracted
// again, so a stored blob that matches is known to decode.
#pragma once

#include <string>

#include "graph/groups.h"
#include "index/codec.h"
#include "rules/rule_set.h"

namespace concord::index {

inline std::string index_fingerprint(const rules::RuleSet& rules) {
  return rules.fingerprint() + "+keys" + std::to_string(graph::kLookupKeysVersion) + "+codec" +
         std::to_string(kCodecVersion);
}

}  // namespace concord::index
