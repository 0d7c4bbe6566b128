#include "check/suppress.h"

#include <algorithm>
#include <cctype>

#include "check/check.h"
#include "ingest/source_map.h"

namespace concord::check {

namespace {

constexpr std::string_view kDirective = "concord-ignore:";

std::vector<std::string> split_checks(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : std::string(s) + ",") {
    if (c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      cur += c;
    }
  }
  return out;
}

bool has_text(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
}

}  // namespace

std::vector<Suppression> suppressions_in(const ingest::Document& doc, base::Diagnostics& diags) {
  std::vector<Suppression> out;
  if (doc.comments.empty()) return out;
  const std::string& raw = doc.original();
  const ingest::LineIndex lines(raw, doc.first_line);
  for (const auto& c : doc.comments) {
    if (c.body.rfind(kDirective, 0) != 0) continue;
    Suppression s;
    s.path = doc.path;
    const ingest::Position at = lines.position(c.raw_begin);
    s.comment_line = at.line;
    // "value-conflict,age the reason": the check ids, then the reason.
    std::string_view rest = std::string_view(c.body).substr(kDirective.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::size_t end = 0;
    while (end < rest.size() && (!std::isspace(static_cast<unsigned char>(rest[end])) ||
                                 (end > 0 && rest[end - 1] == ',')))
      ++end;
    s.checks = split_checks(rest.substr(0, end));
    s.reason = std::string(rest.substr(std::min(end + 1, rest.size())));
    if (s.reason.empty()) s.reason = "concord-ignore comment";
    for (const auto& id : s.checks) {
      const bool known = id == "all" || std::any_of(all_checks().begin(), all_checks().end(),
                                                    [&](const auto& k) { return k->info().id == id; });
      if (!known) {
        diags.warning({doc.path, at.line, at.column},
                      "concord-ignore names '{}', which is not a check; use a check id such as value-conflict, or all",
                      id);
      }
    }
    // Text before the comment on its line: the comment is about that line.
    const std::size_t line_start = raw.rfind('\n', c.raw_begin == 0 ? 0 : c.raw_begin - 1);
    const std::size_t from = line_start == std::string::npos || c.raw_begin == 0 ? 0 : line_start + 1;
    if (has_text(std::string_view(raw).substr(from, c.raw_begin - from))) {
      s.line = at.line;
    } else {
      // Otherwise the next line with text after the comment.
      std::size_t i = c.raw_end;
      int line = lines.position(c.raw_end).line;
      while (i < raw.size()) {
        const std::size_t nl = raw.find('\n', i);
        const std::size_t e = nl == std::string::npos ? raw.size() : nl;
        if (has_text(std::string_view(raw).substr(i, e - i))) break;
        if (nl == std::string::npos) break;
        i = nl + 1;
        ++line;
      }
      s.line = line;
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::pair<Finding, std::string>> apply_suppressions(std::vector<Finding>& findings,
                                                                const std::vector<Suppression>& suppressions) {
  std::vector<std::pair<Finding, std::string>> out;
  if (suppressions.empty()) return out;
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    const Suppression* hit = nullptr;
    for (const Suppression& s : suppressions) {
      const bool check = std::find(s.checks.begin(), s.checks.end(), f.check) != s.checks.end() ||
                         std::find(s.checks.begin(), s.checks.end(), "all") != s.checks.end();
      if (!check) continue;
      for (const Side& side : f.sides) {
        if (f.involves_draft() && !side.draft) continue;
        if (side.citation.path == s.path && side.citation.start.line <= s.line && s.line <= side.citation.end.line) {
          hit = &s;
        }
      }
    }
    if (hit != nullptr) {
      out.emplace_back(std::move(f), hit->reason);
    } else {
      kept.push_back(std::move(f));
    }
  }
  findings = std::move(kept);
  return out;
}

}  // namespace concord::check
