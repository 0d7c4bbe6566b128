// `concord explain FILE...`: the rule author's debugger.
#pragma once

#include <string>
#include <vector>

namespace concord::app {

struct ExplainOptions {
  std::vector<std::string> paths;
  std::vector<std::string> dates;  // PATH=YYYY-MM-DD
  std::string format = "text";     // text | json
  std::string stdin_name;
  std::string output;
};

int run_explain(const ExplainOptions& options);

}  // namespace concord::app
