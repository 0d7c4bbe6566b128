// The one list of output formats.
#include "report/report.h"

namespace concord::report {

const std::vector<Format>& formats() {
  static const std::vector<Format> kFormats{
      {"text", "compiler-style messages with the quoted words of each side", make_text_writer},
      {"json", "one JSON object (schema concord/findings/v1, docs/findings.schema.json)", make_json_writer},
      {"sarif", "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers", make_sarif_writer},
      {"github", "GitHub Actions workflow commands that annotate a pull request", make_github_writer},
      {"gitlab", "a GitLab Code Quality report for merge-request widgets", make_gitlab_writer},
      {"markdown", "a summary table and each finding with its quotes, for a pull-request comment", make_markdown_writer},
      {"html", "one self-contained page: totals, findings side by side, timelines, a filter box", make_html_writer, true},
  };
  return kFormats;
}

const Format* find_format(std::string_view name) {
  for (const auto& f : formats()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace concord::report
