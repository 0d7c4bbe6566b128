// --format markdown: a summary table, then each finding with the quotes of
// each side - fit for a pull-request comment. Text from documents is
// escaped, so a story's own markup cannot break the comment.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "report/report.h"

namespace concord::report {

namespace {

// Escapes what Markdown or its HTML would otherwise act on.
std::string md(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '|': out += "\\|"; break;
      case '*': case '_': case '`': case '[': case ']': case '#': case '\\':
        out += '\\';
        out += c;
        break;
      case '\n': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// The quote with the claim's words in bold.
std::string quote(const check::Side& s) {
  const std::string& t = s.sentence;
  auto at = [&](std::size_t cps) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < cps && i < t.size(); ++k) base::utf8::decode(t, i);
    return i;
  };
  const std::size_t b = at(s.highlight_begin);
  const std::size_t e = std::max(b, at(s.highlight_end));
  if (e == b) return md(t);
  return md(t.substr(0, b)) + "**" + md(t.substr(b, e - b)) + "**" + md(t.substr(e));
}

const char* badge(check::Severity s) {
  switch (s) {
    case check::Severity::error: return "🔴 error";
    case check::Severity::warning: return "🟠 warning";
    case check::Severity::info: return "🔵 note";
  }
  return "";
}

class MarkdownWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    std::map<std::string, std::size_t[3]> by_check;
    std::size_t totals[3] = {0, 0, 0};
    for (const auto& f : r.findings) {
      ++by_check[f.check][static_cast<int>(f.severity)];
      ++totals[static_cast<int>(f.severity)];
    }
    auto plural = [](std::size_t k, const char* w) { return fmt::format("{} {}{}", k, w, k == 1 ? "" : "s"); };
    fmt::print(out, "## concord: {}, {}, {}\n\n", plural(totals[2], "error"), plural(totals[1], "warning"),
               plural(totals[0], "note"));
    fmt::print(out, "{} documents checked", r.documents.size());
    if (!r.suppressed.empty()) fmt::print(out, "; {} findings suppressed", r.suppressed.size());
    if (!r.unread.empty()) fmt::print(out, "; {}", unread_summary(r.unread));
    fmt::print(out, ".\n\n");
    for (const auto& d : r.unread) {
      // A code span shows backslashes as typed: escape nothing in it but its fence.
      std::string where = base::format_location(d.where);
      std::replace(where.begin(), where.end(), '`', '\'');
      fmt::print(out, "- {} `{}` {}: {}\n", d.severity == base::Severity::error ? "🔴" : "⚠️", where,
                 d.unread == base::Unread::part ? "read in part" : "not read", md(d.message));
    }
    if (!r.unread.empty()) fmt::print(out, "\n");
    if (!r.findings.empty()) {
      fmt::print(out, "| check | errors | warnings | notes |\n|---|---:|---:|---:|\n");
      for (const auto& [check, n] : by_check) fmt::print(out, "| `{}` | {} | {} | {} |\n", check, n[2], n[1], n[0]);
      fmt::print(out, "\n");
    }
    for (const auto& f : r.findings) {
      const ingest::Citation& c = f.sides.front().citation;
      fmt::print(out, "### {} · `{}:{}:{}` · `{}`\n\n{}\n\n", badge(f.severity), md(c.path), c.start.line,
                 c.start.column, f.check, md(f.message));
      for (std::size_t k = 0; k < f.sides.size(); ++k) {
        const check::Side& s = f.sides[k];
        const std::string who = s.rule == "gazetteer" ? "the gazetteer" : s.draft ? "this draft" : "source";
        fmt::print(out, "> {}\n>\n> — {} `{}:{}:{}` · {} · {}\n\n", quote(s), who, md(s.citation.path),
                   s.citation.start.line, s.citation.start.column, md(s.value), rules::modality_name(s.modality));
      }
      for (const auto& n : f.notes) fmt::print(out, "- {}\n", md(n));
      if (!f.notes.empty()) fmt::print(out, "\n");
    }
    if (!r.suppressed.empty()) {
      fmt::print(out, "<details><summary>{} suppressed</summary>\n\n", r.suppressed.size());
      for (const auto& s : r.suppressed) {
        fmt::print(out, "- `{}` {} ({})\n", s.finding.check, md(s.finding.message), md(s.reason));
      }
      fmt::print(out, "\n</details>\n");
    }
  }
};

}  // namespace

std::unique_ptr<Writer> make_markdown_writer() { return std::make_unique<MarkdownWriter>(); }

}  // namespace concord::report
