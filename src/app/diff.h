// Diff-aware checks: which lines of which files a change touched.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "base/diag.h"

namespace concord::app {

// Absolute, normalized path -> the lines (1-based, in the new file) that were added or changed.
using ChangedLines = std::map<std::string, std::set<int>>;

// Parses a unified diff (git diff, diff -u). Paths in the diff are taken
// relative to `root` (after a/ b/ prefixes are removed).
ChangedLines parse_unified_diff(const std::string& diff, const std::string& root);

// Runs `git diff -U0 REF` in the working directory's repository.
std::optional<ChangedLines> git_changed_lines(const std::string& ref, base::Diagnostics& diags);

// Reads a diff file ("-" for stdin).
std::optional<ChangedLines> diff_file_changed_lines(const std::string& path, base::Diagnostics& diags);

// The key under which a path's lines are stored.
std::string changed_key(const std::string& path);

}  // namespace concord::app
