// --format text: compiler-style, one block per finding, the quoted words of
// each side with the claim's words underlined, a summary at the end.
#include <fmt/format.h>

#include <algorithm>

#include "base/utf8.h"
#include "report/report.h"

namespace concord::report {

namespace {

// ANSI styles, or nothing when colour is off.
struct Style {
  bool on;
  std::string wrap(const char* code, const std::string& s) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string severity(check::Severity sev) const {
    const char* name = check::severity_name(sev);
    switch (sev) {
      case check::Severity::error: return wrap("1;31", name);
      case check::Severity::warning: return wrap("1;33", name);
      case check::Severity::info: return wrap("1;36", name);
    }
    return name;
  }
};

std::string where(const ingest::Citation& c) {
  if (c.start.line <= 0) return c.path;
  return fmt::format("{}:{}:{}", c.path, c.start.line, c.start.column);
}

// The first `n` code points of s, as bytes.
std::size_t bytes_of(const std::string& s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) base::utf8::decode(s, i);
  return i;
}

// Shows a sentence with the claim's words underlined, trimmed around them
// when the sentence is long.
void quote(std::FILE* out, const check::Side& s, const Style& style) {
  std::string sentence = s.sentence;
  std::size_t hb = s.highlight_begin;
  std::size_t he = std::max(s.highlight_end, hb + 1);
  const std::size_t total = base::utf8::count_code_points(sentence);
  constexpr std::size_t kWidth = 100;
  std::size_t from = 0;
  if (total > kWidth && hb > 20) from = std::min(hb - 20, total > kWidth ? total - kWidth : 0);
  std::size_t to = std::min(total, from + kWidth);
  if (he > to) to = std::min(total, he);
  std::string shown = sentence.substr(bytes_of(sentence, from), bytes_of(sentence, to) - bytes_of(sentence, from));
  const std::string pre = from > 0 ? "…" : "";
  const std::string post = to < total ? "…" : "";
  fmt::print(out, "      {} {}{}{}\n", style.dim("|"), pre, shown, post);
  const std::size_t lead = (hb >= from ? hb - from : 0) + (pre.empty() ? 0 : 1);
  const std::size_t len = std::max<std::size_t>(1, std::min(he, to) - std::max(hb, from));
  fmt::print(out, "      {} {}{}\n", style.dim("|"), std::string(lead, ' '), style.green(fmt::format("^{:~<{}}", "", len - 1)));
}

std::string describe(const check::Side& s) {
  std::string d = fmt::format("{}", rules::modality_name(s.modality));
  if (!s.speaker.empty()) d += ", said by " + s.speaker;
  if (!s.attribution.empty()) d += ", credited to " + s.attribution;
  if (!s.rule.empty()) d += ", " + s.rule;
  return d;
}

class TextWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    const Style style{r.color};
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : r.findings) {
      ++counts[static_cast<int>(f.severity)];
      const check::Side& first = f.sides.front();
      fmt::print(out, "{}: {}: {} {}\n", style.bold(where(first.citation)), style.severity(f.severity),
                 style.bold(f.message), style.dim("[" + f.check + "]"));
      for (std::size_t k = 0; k < f.sides.size(); ++k) {
        const check::Side& s = f.sides[k];
        if (k > 0) {
          fmt::print(out, "  {}: {}\n", style.bold(where(s.citation)),
                     s.rule == "gazetteer" ? "the gazetteer" : "source");
        }
        quote(out, s, style);
        fmt::print(out, "      = {} {}\n", s.value, style.dim(fmt::format("({})", describe(s))));
      }
      for (const auto& n : f.notes) fmt::print(out, "  {}: {}\n", style.bold("note"), n);
      fmt::print(out, "\n");
    }
    for (const auto& s : r.suppressed) {
      fmt::print(out, "{}: {} {} {}\n", style.dim(where(s.finding.sides.front().citation)),
                 style.dim("suppressed (" + s.reason + "):"), s.finding.message, style.dim("[" + s.finding.check + "]"));
    }
    if (!r.suppressed.empty()) fmt::print(out, "\n");
    for (const auto& d : r.unread) {
      const char* what = d.unread == base::Unread::part ? "read in part" : "not read";
      fmt::print(out, "{}: {}: {}\n", style.bold(base::format_location(d.where)),
                 style.wrap(d.severity == base::Severity::error ? "1;31" : "1;33", what), d.message);
    }
    if (!r.unread.empty()) fmt::print(out, "\n");
    const std::size_t drafts = r.documents.drafts();
    auto plural = [](std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
    std::string summary = fmt::format("{}, {}, {} in {}", plural(counts[2], "error"), plural(counts[1], "warning"),
                                      plural(counts[0], "note"), plural(r.documents.size(), "document"));
    if (drafts > 0) summary += fmt::format(" ({} checked against the rest)", plural(drafts, "draft"));
    if (!r.suppressed.empty()) summary += fmt::format("; {} suppressed", r.suppressed.size());
    const std::string unread = unread_summary(r.unread);
    fmt::print(out, "{} ({:.1f} KB){}{}\n", summary, r.documents.bytes() / 1024.0, unread.empty() ? "" : "; ", unread);
  }
};

}  // namespace

std::unique_ptr<Writer> make_text_writer() { return std::make_unique<TextWriter>(); }

}  // namespace concord::report
