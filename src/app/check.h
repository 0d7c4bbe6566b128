// `concord check PATH... [--against ARCHIVE...]`: find contradictions.
#pragma once

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
  bool quiet = false;
};

int run_check(const CheckOptions& options);

}  // namespace concord::app
