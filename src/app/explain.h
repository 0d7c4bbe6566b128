// `concord explain FILE...`: the rule author's debugger. With --against,
// also the editor's: what each draft claim was compared with and why not.
#pragma once

#include <string>
#include <vector>

namespace concord::app {

struct ExplainOptions {
  std::vector<std::string> paths;
  std::vector<std::string> dates;       // PATH=YYYY-MM-DD
  std::vector<std::string> rule_dirs;   // --rules DIR
  bool default_rules = true;
  std::string rule;                     // --rule ID: only this extractor's claims
  std::vector<std::string> against;     // --against PATH: also show what each claim was compared with
  std::string finding;                  // --finding FP: explain one finding of that check
  std::string format = "text";          // text | json
  std::string stdin_name;
  std::string output;
};

int run_explain(const ExplainOptions& options);

}  // namespace concord::app
