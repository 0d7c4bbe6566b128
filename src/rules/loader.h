// Reading rule packs: YAML files -> Pack, with every mistake reported at its
// file:line:col and what to do about it.
//
//   base::Diagnostics diags;
//   auto pack = rules::load_pack("rules/core", diags);
//   if (!pack) ...;  // diags says why; nothing of the pack is used
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diag.h"
#include "rules/model.h"

namespace concord::rules {

// Reads every *.yaml and *.yml file in dir (recursively, sorted) as one pack
// named after the folder. Returns nullopt if anything is wrong: a pack with
// errors is never half-loaded.
std::optional<Pack> load_pack(const std::string& dir, base::Diagnostics& diags);

// The same from text in memory: (path, contents) pairs. For tests and stdin.
std::optional<Pack> load_pack_from(const std::string& name,
                                   const std::vector<std::pair<std::string, std::string>>& files,
                                   base::Diagnostics& diags);

// Expands a --rules argument: a folder with YAML files is one pack; a folder
// whose subfolders hold YAML files is a pack per subfolder.
std::vector<std::string> pack_dirs(const std::string& dir);

// Returns the closest of candidates to word (for "did you mean"), or "".
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace concord::rules
