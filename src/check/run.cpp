#include "check/run.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>

#include "check/check.h"

namespace concord::check {

namespace {

std::string where(const Side& s) {
  if (s.citation.start.line <= 0) return s.citation.path;
  return fmt::format("{}:{}:{}", s.citation.path, s.citation.start.line, s.citation.start.column);
}

// Who says what: "the archive says", "the gazetteer says", or the path.
std::string source_name(const Side& s, bool draft_mode) {
  if (s.rule == "gazetteer") return "the gazetteer";
  return draft_mode && !s.draft ? "the archive" : s.citation.path;  // another draft goes by its name
}

// "arrival date of Choe Ryong Hae in Moscow: Wednesday, Nov. 19, 2014 here,
// but the archive says Monday (2014-11-17) (seeds/002.txt:8:1)": what the
// editor can act on, never a rewrite.
std::string render(const Finding& f) {
  if (!f.message.empty()) return f.message;
  if (f.sides.empty()) return f.fact;
  const Side& first = f.sides.front();
  std::string others;
  for (std::size_t k = 1; k < f.sides.size(); ++k) {
    const Side& s = f.sides[k];
    if (first.draft) {
      others += fmt::format("{}{} says {} ({})", k > 1 ? "; " : "", source_name(s, true), s.value, where(s));
    } else {
      others += fmt::format("{}{} ({})", k > 1 ? "; " : "", s.value, where(s));
    }
  }
  if (first.draft) return fmt::format("{}: {} here, but {}", f.fact, first.value, others);
  return fmt::format("{}: {} ({}), but {}", f.fact, first.value, where(first), others);
}

int rank(const std::string& check) {
  const auto& checks = all_checks();
  for (std::size_t k = 0; k < checks.size(); ++k) {
    if (checks[k]->info().id == check) return static_cast<int>(k);
  }
  return static_cast<int>(checks.size());
}

// Merges findings with the same key: sides joined (no repeats), the first
// finding's check and message kept, the most severe severity.
std::vector<Finding> merge(std::vector<Finding> in, const std::function<std::string(const Finding&)>& key) {
  std::vector<Finding> out;
  std::map<std::string, std::size_t> index;
  for (Finding& f : in) {
    const std::string k = key(f);
    auto it = index.find(k);
    if (k.empty() || it == index.end()) {
      if (!k.empty()) index.emplace(k, out.size());
      out.push_back(std::move(f));
      continue;
    }
    Finding& into = out[it->second];
    if (rank(f.check) < rank(into.check)) {
      std::swap(into.check, f.check);
      std::swap(into.fact, f.fact);
      std::swap(into.message, f.message);
    }
    into.severity = std::max(into.severity, f.severity);
    for (Side& s : f.sides) {
      const bool seen = std::any_of(into.sides.begin(), into.sides.end(),
                                    [&](const Side& x) { return x.identity == s.identity; });
      if (!seen) into.sides.push_back(std::move(s));
    }
    for (auto& n : f.notes) {
      if (std::find(into.notes.begin(), into.notes.end(), n) == into.notes.end()) into.notes.push_back(std::move(n));
    }
    if (!f.message.empty() && f.message != into.message) into.notes.push_back(f.message);
  }
  return out;
}

}  // namespace

void document_findings(const ingest::Document& doc, const claim::DocumentClaims& found, bool draft,
                       std::vector<Finding>& out) {
  for (const auto& c : all_checks()) c->on_document(doc, found, draft, out);
}

std::string fingerprint(const Finding& f) {
  std::vector<std::string> ids;
  for (const Side& s : f.sides) ids.push_back(s.identity);
  std::sort(ids.begin(), ids.end());
  std::string text = f.check + "|" + f.fact;
  for (const auto& id : ids) text += "|" + id;
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return fmt::format("{:016x}", h);
}

std::vector<Finding> run_checks(const graph::ClaimGraph& graph, std::vector<Finding> per_document, Scope scope) {
  std::vector<Finding> raw;
  for (const auto& c : all_checks()) c->run(graph, raw);
  for (auto& f : per_document) raw.push_back(std::move(f));
  if (scope == Scope::drafts) {
    std::erase_if(raw, [](const Finding& f) { return !f.involves_draft(); });
  }
  // Stable order before merging, so the merged result does not depend on
  // the order checks produced findings in.
  std::stable_sort(raw.begin(), raw.end(), [](const Finding& a, const Finding& b) {
    if (rank(a.check) != rank(b.check)) return rank(a.check) < rank(b.check);
    return a.sides.front().identity < b.sides.front().identity;
  });
  std::vector<Finding> merged;
  if (scope == Scope::drafts) {
    // One finding per wrong statement in the draft (errors and warnings);
    // notes stay apart.
    merged = merge(std::move(raw), [](const Finding& f) {
      if (f.severity == Severity::info || f.sides.empty() || !f.sides.front().draft) return std::string();
      return f.sides.front().identity;
    });
  } else {
    merged = merge(std::move(raw), [](const Finding& f) { return f.check + "|" + f.fact; });
  }
  for (Finding& f : merged) {
    f.message = render(f);
    f.fingerprint = fingerprint(f);
  }
  std::stable_sort(merged.begin(), merged.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    const auto& ca = a.sides.front().citation;
    const auto& cb = b.sides.front().citation;
    if (ca.path != cb.path) return ca.path < cb.path;
    if (ca.start.line != cb.start.line) return ca.start.line < cb.start.line;
    if (ca.start.column != cb.start.column) return ca.start.column < cb.start.column;
    return a.fingerprint < b.fingerprint;
  });
  return merged;
}

}  // namespace concord::check
