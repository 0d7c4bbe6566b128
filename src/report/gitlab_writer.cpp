// --format gitlab: a GitLab Code Quality report. A merge request shows each
// finding in its widget and on the changed line when a job publishes this
// file as `artifacts: reports: codequality`. GitLab wants paths relative to
// the repository, where the job runs.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "base/diag.h"
#include "base/hash.h"
#include "report/report.h"

namespace concord::report {

namespace {

// Code Quality knows info, minor, major, critical and blocker; an error is a
// contradiction that should stop a merge, so it maps to critical.
const char* severity(check::Severity s) {
  switch (s) {
    case check::Severity::error: return "critical";
    case check::Severity::warning: return "major";
    case check::Severity::info: return "info";
  }
  return "major";
}

class GitlabWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    nlohmann::json issues = nlohmann::json::array();
    for (const check::Finding& f : r.findings) {
      const ingest::Citation& c = f.sides.front().citation;
      issues.push_back({{"type", "issue"},
                        {"check_name", f.check},
                        {"description", f.message},
                        {"categories", {"Bug Risk"}},
                        {"severity", severity(f.severity)},
                        {"fingerprint", f.fingerprint},
                        {"location", {{"path", base::display_path(c.path)}, {"lines", {{"begin", c.start.line}, {"end", c.end.line}}}}}});
    }
    // An input not read is an issue too: the widget is all a merge request shows.
    for (const auto& d : r.unread) {
      const std::string key = fmt::format("not-read\n{}\n{}\n{}", d.where.path, d.where.line, d.message);
      issues.push_back({{"type", "issue"},
                        {"check_name", "not-read"},
                        {"description", d.message},
                        {"categories", {"Bug Risk"}},
                        {"severity", d.severity == base::Severity::error ? "critical" : "major"},
                        {"fingerprint", base::fnv1a_hex(key)},
                        {"location", {{"path", base::display_path(d.where.path)}, {"lines", {{"begin", std::max(1, d.where.line)}}}}}});
    }
    const std::string text = issues.dump(2) + "\n";
    std::fwrite(text.data(), 1, text.size(), out);
  }
};

}  // namespace

std::unique_ptr<Writer> make_gitlab_writer() { return std::make_unique<GitlabWriter>(); }

}  // namespace concord::report
