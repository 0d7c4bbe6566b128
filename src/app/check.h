// `concord check PATH... [--against ARCHIVE...]`: find contradictions.
#pragma once

#include <string>
#include <vector>

namespace concord::app {

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> against;
  std::vector<std::string> dates;  // PATH=YYYY-MM-DD
  std::string format = "text";     // text | json
  std::string fail_on = "error";   // error | warning | info | never
  std::string stdin_name;
  std::string output;
  bool quiet = false;
};

int run_check(const CheckOptions& options);

}  // namespace concord::app
