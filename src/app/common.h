// What every command shares: exit codes, reading documents, printing diagnostics.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/diag.h"
#include "claim/build.h"
#include "ingest/reader.h"
#include "rules/rule_set.h"
#include "text/layout.h"

namespace concord::app {

enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitError = 2 };

// Leaves p to the system, which takes back a process's memory at once when
// it exits: freeing a graph of claims allocation by allocation takes about
// a tenth of a draft check, just before the process ends. A static pointer
// keeps p reachable, so leak checkers (CONCORD_SANITIZE) do not report it.
// For what a command holds to its end: p's destructor never runs.
template <typename T>
void free_at_exit(std::unique_ptr<T> p) {
  static auto* const kept = new std::vector<std::shared_ptr<void>>;
  kept->push_back(std::shared_ptr<T>(std::move(p)));
}

// Parses "PATH=YYYY-MM-DD" flags; reports bad ones to diags.
std::vector<ingest::DateOverride> parse_date_flags(const std::vector<std::string>& flags,
                                                   base::Diagnostics& diags);

// Prints diagnostics to stderr, one per line, in the order reported.
void print_diagnostics(const base::Diagnostics& diags, std::FILE* out = stderr);

// Reads every document under paths, in order, passing each to sink.
// Returns the number of documents read.
std::size_t read_all(const std::vector<std::string>& paths, const ingest::ReadOptions& options,
                     base::Diagnostics& diags, const std::function<void(ingest::Document&&)>& sink);

// Finds a document's claims with the programs in scope: by default those
// claims are built from; `explain` asks for every mention too.
claim::DocumentClaims read_claims(const ingest::Document& doc, const text::Layout& layout,
                                  const rules::RuleSet& rules, bool in_draft,
                                  const rules::MatchScope& scope = claim::kClaimsScope);

// Opens path for writing ("-" or empty: stdout). Reports failure to diags.
std::FILE* open_output(const std::string& path, base::Diagnostics& diags);

// Flushes out and closes it (unless stdout). Reports a write that failed (a
// full disk) to diags: a report cut short must not pass for a whole one.
// Returns false if it did.
bool close_output(std::FILE* out, const std::string& path, base::Diagnostics& diags);

// Reports that the report at path ("-": standard output) was cut short, and why.
void report_not_written(const std::string& path, const std::string& why, base::Diagnostics& diags);

}  // namespace concord::app
