// Reading rule packs: YAML files -> Pack, with every mistake reported at its
// file:line:col and what to do about it.
//
//   base::Diagnostics diags;
//   auto pack = rules::load_pack("rules/core", diags);
//   if (!pack) ...;  // diags says why; nothing of the pack is used
//
// An entry with a mistake is skipped and reading goes on, so that one run
// reports every mistake; a mistake in a name's definition is not reported
// again where the name is used.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diag.h"
#include "rules/model.h"

namespace concord::rules {

// What loading does after a mistake in a pack. Either way every mistake the
// loader can find is reported: reading goes on with the next entry and the
// next file.
enum class OnError {
  drop_pack,   // returns nullopt: a pack with errors is never half-loaded
  skip_entry,  // returns what could be read, for RuleSet::compile to report
               // its own mistakes too: the entries with a mistake are left
               // out (see Pack::errors), and compile() builds no rule set
};

// Reads every *.yaml and *.yml file in dir (recursively, sorted) as one pack
// named after the folder. Returns nullopt if anything is wrong (with
// skip_entry: only if the folder cannot be read). cache_dir, if given, keeps
// the files' parsed YAML between runs (not their mistakes: a pack whose YAML
// gave any diagnostic is not kept, and the loader's own are reported anew).
std::optional<Pack> load_pack(const std::string& dir, base::Diagnostics& diags,
                              OnError on_error = OnError::drop_pack, const std::string& cache_dir = {});

// The same from text in memory: (path, contents) pairs. For tests and stdin.
std::optional<Pack> load_pack_from(const std::string& name,
                                   const std::vector<std::pair<std::string, std::string>>& files,
                                   base::Diagnostics& diags, OnError on_error = OnError::drop_pack,
                                   const std::string& cache_dir = {});

// Expands a --rules argument: a folder with YAML files is one pack; a folder
// whose subfolders hold YAML files is a pack per subfolder.
std::vector<std::string> pack_dirs(const std::string& dir);

// Returns the closest of candidates to word (for "did you mean"), or "".
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace concord::rules
