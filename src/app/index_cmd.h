// `concord index ARCHIVE... --db FILE`: extract every story's claims once
// and keep them in an SQLite index, for `concord check DRAFT --db FILE`.
#pragma once

#include <string>
#include <vector>

namespace concord::app {

struct IndexOptions {
  std::vector<std::string> paths;      // archive folders, files, JSONL; empty: those of the last run
  std::string db;
  std::vector<std::string> dates;      // PATH=YYYY-MM-DD
  std::vector<std::string> rule_dirs;
  bool default_rules = true;
  int jobs = 0;
  bool quiet = false;
  bool strict = false;                 // --strict: exit 2 when an input is not read, or read in part
};

int run_index(const IndexOptions& options);

}  // namespace concord::app
