// `concord rules lint [DIR...]` and `concord rules test [DIR...]`: the
// tools an editor writes rules with.
#pragma once

#include <string>
#include <vector>

namespace concord::app {

struct RulesOptions {
  std::vector<std::string> dirs;  // packs to lint or test; none: the bundled packs
  bool default_rules = true;      // load the bundled packs too (user packs build on them)
  std::string rule;               // test: only this extractor
  bool verbose = false;           // test: list passing examples too
  std::vector<std::string> on;    // profile: the stories to run the rules on
  std::size_t top = 25;           // profile: rows printed (0: all)
};

// Loads the packs and reports every mistake. 0 if clean, 2 if not.
int run_rules_lint(const RulesOptions& options);

// Runs every example of every extractor in the packs. 0 if all pass, 1 if
// any fails, 2 if the packs do not load.
int run_rules_test(const RulesOptions& options);

// Prints every extractor's final RE2 pattern, one per line, after the
// extractor's id and a tab: what the rules ask the regex engine to find
// (bench/run gives them to ripgrep as the floor). 0, or 2 if the packs do
// not load.
int run_rules_patterns(const RulesOptions& options);

// Runs the rules over the stories in options.on, on one thread, and prints
// what each rule's patterns cost: the sentences each ran on, how many it
// matched, and its time, dearest first. 0, or 2 if the packs or the stories
// cannot be read.
int run_rules_profile(const RulesOptions& options);

}  // namespace concord::app
