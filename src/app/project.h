// Where rules come from, and the project file `.concord.yaml`.
//
// A project file is found by walking up from the working directory, as
// .editorconfig and .vale.ini are:
//
//   rules: [newsroom-rules/]      # rule packs, relative to this file
//   against: [archive/]           # default --against for `check`
//   fail_on: warning              # default --fail-on
//   default_rules: true           # also load concord's bundled packs
//   strict: true                  # as --strict: exit 2 when an input is not read
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"
#include "rules/rule_set.h"

namespace concord::app {

struct Project {
  std::string path;                  // the .concord.yaml found, or ""
  std::vector<std::string> rules;    // resolved against the file's folder
  std::vector<std::string> against;
  std::string fail_on;
  bool default_rules = true;
  bool strict = false;               // `check` and `index` exit 2 when an input is not read
};

// Finds and reads the nearest .concord.yaml above the working directory
// (CONCORD_PROJECT names a file to use instead; "none" disables the search).
// Returns an empty Project if there is none.
Project find_project(base::Diagnostics& diags);

// The folder holding concord's bundled rule packs.
std::string bundled_rules_dir();

// The folder for the packs' parsed YAML and what RE2 said about their
// patterns, so that the next run with the same rules starts quickly
// (rules/loader.h, rules/pattern_cache.h):
// $CONCORD_CACHE_DIR, else $XDG_CACHE_HOME/concord, else ~/.cache/concord.
// "" (no cache) when CONCORD_CACHE_DIR is "none" or there is no home.
std::string rule_cache_dir();

struct RuleOptions {
  std::vector<std::string> dirs;  // --rules DIR (repeatable)
  bool default_rules = true;      // load the bundled packs first
};

// The packs a command loads: the project's, then --rules DIRs; the bundled
// ones unless the project or the command turns them off.
RuleOptions rule_options(const Project& project, const std::vector<std::string>& rule_dirs, bool default_rules);

// The packs options name, in loading order, each read whole: an entry
// with a mistake is left out and the rest kept (rules::OnError::skip_entry),
// so that compiling them reports the compiler's mistakes in the same run.
struct ReadPacks {
  std::vector<rules::Pack> packs;
  bool ok = true;  // false: a mistake was reported; the packs must not be used
};
ReadPacks read_packs(const RuleOptions& options, base::Diagnostics& diags);

// Compiles what read_packs read. Returns nullptr after reporting every
// problem, also when reading had failed.
std::unique_ptr<rules::RuleSet> compile_packs(ReadPacks read, base::Diagnostics& diags);

// Loads and compiles the bundled packs (unless disabled) and then each
// --rules folder: read_packs, then compile_packs. Returns nullptr after
// reporting every problem.
std::unique_ptr<rules::RuleSet> load_rules(const RuleOptions& options, base::Diagnostics& diags);

}  // namespace concord::app
