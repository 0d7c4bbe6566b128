#include "check/run.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <functional>
#include <map>

#include "base/hash.h"
#include "base/parallel.h"
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
// but the archive says Monday (2014-11-17) (seeds/002.txt:8:1; seeds/003.txt:5:1)":
// what the editor can act on, never a rewrite. Sides that say the same
// thing are listed together.
std::string render(const Finding& f) {
  if (!f.message.empty()) return f.message;
  if (f.sides.empty()) return f.fact;
  const Side& first = f.sides.front();
  struct Group {
    std::string says;  // "the archive says 17 Nov 2014", or the value alone
    std::vector<std::string> where;
  };
  std::vector<Group> groups;
  for (const Side& s : f.sides) {
    const std::string says = !first.draft ? s.value
                             : &s == &first ? std::string()
                                            : fmt::format("{} says {}", source_name(s, true), s.value);
    auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.says == says; });
    if (g == groups.end()) g = groups.insert(groups.end(), Group{says, {}});
    g->where.push_back(where(s));
  }
  auto listed = [](const Group& g) { return fmt::format("{} ({})", g.says, fmt::join(g.where, "; ")); };
  std::vector<std::string> others;
  for (std::size_t k = 1; k < groups.size(); ++k) others.push_back(listed(groups[k]));
  if (first.draft) return fmt::format("{}: {} here, but {}", f.fact, first.value, fmt::join(others, "; "));
  if (others.empty()) return fmt::format("{}: {}", f.fact, listed(groups.front()));
  return fmt::format("{}: {}, but {}", f.fact, listed(groups.front()), fmt::join(others, "; "));
}

}  // namespace

void document_findings(const ingest::Document& doc, const claim::DocumentClaims& found, bool draft,
                       std::vector<Finding>& out) {
  for (const auto& c : all_checks()) c->on_document(doc, found, draft, out);
}

namespace {

// A path the same however it was typed: from the current folder, else absolute.
std::string stable_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::path(path), ec);
  if (ec) return fs::path(path).lexically_normal().generic_string();
  const fs::path here = fs::current_path(ec);
  const fs::path relative = ec ? fs::path() : absolute.lexically_relative(here);
  return relative.empty() ? absolute.generic_string() : relative.generic_string();
}

}  // namespace

std::string fingerprint(const Finding& f) {
  std::string text = f.check + "|" + f.fact;
  std::vector<std::string> ids;
  for (const Side& s : f.sides) {
    // A draft finding is its draft claims; the sources against them come
    // and go as the archive grows. A batch finding is its fact alone.
    if (!s.draft) continue;
    std::string id = s.identity;
    if (!s.document.empty() && id.compare(0, s.document.size(), s.document) == 0) {
      id = stable_path(s.citation.path) + (s.document == s.citation.path ? "" : "#" + s.document) +
           id.substr(s.document.size());
    }
    ids.push_back(std::move(id));
  }
  std::sort(ids.begin(), ids.end());
  for (const auto& id : ids) text += "|" + id;
  return base::fnv1a_hex(text);
}

std::vector<Finding> run_checks(const graph::ClaimGraph& graph, std::vector<Finding> per_document, Scope scope) {
  Findings found(scope);
  run_checks(graph, found);
  return finish(found, std::move(per_document));
}

void run_checks(const graph::ClaimGraph& graph, Findings& found,
                const std::function<void(const std::string&)>& starting, int threads) {
  const auto& checks = all_checks();
  // One thread streams each finding into found, which merges it at once;
  // several hold each check's findings unmerged until all have run.
  if (threads <= 1) {
    for (const auto& c : checks) {
      if (starting) starting(c->info().id);
      c->run(graph, found);
    }
    return;
  }
  // Checks only read the graph. Each collects its findings apart (a
  // forwarding Findings filters but merges nothing), and they join found
  // in the registry's order, as on one thread.
  if (starting) starting("all checks at once");
  std::vector<std::vector<Finding>> out(checks.size());
  base::parallel_for(checks.size(), threads, [&](std::size_t i) {
    Findings mine(found.scope(), [&out, i](Finding&& f) { out[i].push_back(std::move(f)); });
    checks[i]->run(graph, mine);
  });
  for (auto& findings : out) {
    for (auto& f : findings) found.push_back(std::move(f));
  }
}

std::vector<Finding> finish(Findings& found, std::vector<Finding> per_document) {
  for (auto& f : per_document) found.push_back(std::move(f));
  std::vector<Finding> merged = found.take();
  for (Finding& f : merged) {
    f.message = render(f);
    f.fingerprint = fingerprint(f);
  }
  // The same words twice in a draft are two findings with one fingerprint:
  // the second and later in text order get "-2", "-3", so each is recorded
  // and suppressed on its own, and an edit elsewhere renumbers nothing.
  std::vector<Finding*> order;
  for (Finding& f : merged) order.push_back(&f);
  std::stable_sort(order.begin(), order.end(), [](const Finding* a, const Finding* b) {
    const auto& ca = a->sides.front().citation;
    const auto& cb = b->sides.front().citation;
    return std::tie(ca.path, ca.start.line, ca.start.column) < std::tie(cb.path, cb.start.line, cb.start.column);
  });
  std::map<std::string, int> seen;
  for (Finding* f : order) {
    if (const int n = ++seen[f->fingerprint]; n > 1) f->fingerprint += fmt::format("-{}", n);
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
