// --format github: GitHub Actions workflow commands. A plain workflow step
// running `concord check ... --format github` annotates the pull request.
#include <fmt/format.h>

#include "report/report.h"

namespace concord::report {

namespace {

// Workflow-command escaping: message data and property values differ.
std::string data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string property(const std::string& s) {
  std::string out;
  for (char c : data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* command(check::Severity s) {
  switch (s) {
    case check::Severity::error: return "error";
    case check::Severity::warning: return "warning";
    case check::Severity::info: return "notice";
  }
  return "warning";
}

class GithubWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    for (const check::Finding& f : r.findings) {
      const ingest::Citation& c = f.sides.front().citation;
      std::string title = fmt::format("concord {}", f.check);
      fmt::print(out, "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command(f.severity),
                 property(c.path), c.start.line, c.start.column, c.end.line, c.end.column, property(title),
                 data(f.message));
    }
    for (const auto& d : r.unread) {
      std::string where = "file=" + property(d.where.path);
      if (d.where.line > 0) where += fmt::format(",line={}", d.where.line);
      if (d.where.column > 0) where += fmt::format(",col={}", d.where.column);
      fmt::print(out, "::{} {},title=concord not-read::{}\n", d.severity == base::Severity::error ? "error" : "warning",
                 where, data(d.message));
    }
    std::size_t n[3] = {0, 0, 0};
    for (const auto& f : r.findings) ++n[static_cast<int>(f.severity)];
    auto plural = [](std::size_t k, const char* w) { return fmt::format("{} {}{}", k, w, k == 1 ? "" : "s"); };
    fmt::print(out, "concord: {}, {}, {} in {}{}{}\n", plural(n[2], "error"), plural(n[1], "warning"),
               plural(n[0], "note"), plural(r.documents.size(), "document"),
               r.suppressed.empty() ? "" : fmt::format("; {} suppressed", r.suppressed.size()),
               r.unread.empty() ? "" : "; " + unread_summary(r.unread));
  }
};

}  // namespace

std::unique_ptr<Writer> make_github_writer() { return std::make_unique<GithubWriter>(); }

}  // namespace concord::report
