// `concord check PATH... [--against ARCHIVE...]`: find contradictions.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace concord::app {

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> against;
  std::vector<std::string> dates;       // PATH=YYYY-MM-DD
  std::vector<std::string> rule_dirs;   // --rules DIR
  bool default_rules = true;
  std::string format = "text";          // see report::formats()
  std::string fail_on;                  // error | warning | info | never ("" = project's, else error)
  std::string stdin_name;
  std::string output;
  std::string color = "auto";           // auto | always | never
  std::string baseline;                 // --baseline FILE: findings in it are not reported
  std::string changed_lines;            // --changed-lines DIFF ("-": stdin)
  std::string git_diff;                 // --git-diff REF
  std::string write_baseline;           // `concord baseline write FILE`: record today's findings
  bool quiet = false;
  bool strict = false;                  // --strict: exit 2 when an input is not read, or read in part
  std::string db;                       // --db FILE: check against a claim index instead of --against
  int jobs = 0;                         // --jobs: worker threads, 0 = one per core
  std::size_t work_mem_mb = 0;          // --work-mem: claims held at once while checking, 0 = a quarter of RAM
};

int run_check(const CheckOptions& options);

}  // namespace concord::app
