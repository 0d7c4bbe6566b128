#include "app/explain.h"

#include <deque>
#include <memory>
#include <set>
#include <system_error>

#include "app/common.h"
#include "app/diff.h"
#include "app/pipeline.h"
#include "app/project.h"
#include "check/compared.h"
#include "check/run.h"
#include "graph/claim_graph.h"
#include "report/explain.h"
#include "rules/loader.h"
#include "text/layout.h"

namespace concord::app {

namespace {

// A document of PATH, held to be explained once the archive is read.
struct Held {
  explicit Held(ingest::Document&& d) : doc(std::move(d)) {}
  ingest::Document doc;
  text::Layout layout;
  claim::DocumentClaims found;
};

bool same_place(const ingest::Citation& a, const ingest::Citation& b) {
  return a.path == b.path && a.start == b.start && a.end == b.end;
}

// The finding whose fingerprint is fp, or starts with it (6 characters or more).
const check::Finding* pick(const std::vector<check::Finding>& findings, const std::string& fp,
                           base::Diagnostics& diags) {
  std::vector<const check::Finding*> hits;
  for (const auto& f : findings) {
    if (f.fingerprint == fp) return &f;
    if (fp.size() >= 6 && f.fingerprint.rfind(fp, 0) == 0) hits.push_back(&f);
  }
  if (hits.size() == 1) return hits.front();
  if (hits.empty()) {
    diags.error({}, "--finding {}: no finding of this check has that fingerprint ({} finding{}); fingerprints are "
                "in the JSON, SARIF and HTML reports and in baselines, and depend on the same PATHs, --against "
                "and rules",
                fp, findings.size(), findings.size() == 1 ? "" : "s");
  } else {
    diags.error({}, "--finding {}: {} findings start with it; give more of the fingerprint", fp, hits.size());
  }
  return nullptr;
}

// explain --against / --finding: checks PATHs as `concord check` does and
// shows, under each claim, what it was compared with.
void explain_checked(const ExplainOptions& o, const rules::RuleSet& rules, const ingest::ReadOptions& read,
                     std::optional<int> only, base::Diagnostics& diags, report::ExplainWriter& writer) {
  const bool draft = !o.against.empty();
  std::deque<Held> held;
  std::set<std::string> drafts;
  std::vector<check::Finding> per_document;
  graph::ClaimGraph g(rules);
  read_all(o.paths, read, diags, [&](ingest::Document&& doc) {
    Held& h = held.emplace_back(std::move(doc));
    h.layout = text::analyze(h.doc, draft ? text::Repeats::keep : text::Repeats::drop);
    h.found = read_claims(h.doc, h.layout, rules, draft, rules::MatchScope{.only_extractor = only});
    check::document_findings(h.doc, h.found, draft, per_document);
    drafts.insert(changed_key(h.doc.path) + "#" + h.doc.id);
    g.add(h.found.claims);
  });
  read_all(o.against, read, diags, [&](ingest::Document&& doc) {
    if (drafts.count(changed_key(doc.path) + "#" + doc.id) != 0) return;  // the draft, read once
    Analyzed a = analyze(doc, rules, false);
    for (auto& f : a.doc.findings) per_document.push_back(std::move(f));
    g.add(std::move(a.doc.claims));
  });
  g.finalize();
  const auto findings =
      check::run_checks(g, std::move(per_document), draft ? check::Scope::drafts : check::Scope::all);
  const check::Finding* asked = nullptr;
  if (!o.finding.empty()) {
    asked = pick(findings, o.finding, diags);
    if (asked == nullptr) return;
    writer.finding(*asked);
  }
  const auto compared = check::compared(g, findings);
  for (Held& h : held) {
    report::Reading r{h.doc, h.layout, h.found};
    for (const auto& c : compared) {
      if (c.draft->document == h.doc.id) r.compared.push_back(&c);
    }
    if (asked != nullptr) {
      // Only the claims the finding cites.
      std::erase_if(h.found.claims, [&](const claim::Claim& c) {
        return std::none_of(asked->sides.begin(), asked->sides.end(),
                            [&](const check::Side& s) { return same_place(s.citation, c.evidence.citation); });
      });
      if (h.found.claims.empty()) continue;
      h.found.mentions.clear();
      r.claims_only = true;
    }
    writer.document(r);
  }
}

}  // namespace

int run_explain(const ExplainOptions& o) {
  base::Diagnostics diags;
  const Project project = find_project(diags);
  ingest::ReadOptions read;
  read.dates = parse_date_flags(o.dates, diags);
  read.stdin_name = o.stdin_name;
  const RuleOptions ro = rule_options(project, o.rule_dirs, o.default_rules);
  auto rules = diags.has_errors() ? nullptr : load_rules(ro, diags);
  std::optional<int> only;
  if (rules && !o.rule.empty()) {
    only = rules->extractor_index(o.rule);
    if (!only) {
      std::vector<std::string> ids;
      for (const auto& x : rules->extractors()) ids.push_back(x.id);
      const std::string guess = rules::closest(o.rule, ids);
      diags.error({}, "--rule '{}': no such rule{}; rule ids look like core.arrived", o.rule,
                  guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess));
    }
  }
  if (!rules || diags.has_errors()) {
    print_diagnostics(diags);
    return kExitError;
  }
  std::FILE* out = open_output(o.output, diags);
  if (out == nullptr) {
    print_diagnostics(diags);
    return kExitError;
  }
  auto writer = report::make_explain_writer(
      o.format == "json" ? report::ExplainFormat::json : report::ExplainFormat::text, out);
  try {
    if (!o.against.empty() || !o.finding.empty()) {
      explain_checked(o, *rules, read, only, diags, *writer);
    } else {
      read_all(o.paths, read, diags, [&](ingest::Document&& doc) {
        const text::Layout layout = text::analyze(doc);
        const claim::DocumentClaims found = read_claims(doc, layout, *rules, false, rules::MatchScope{.only_extractor = only});
        writer->document({doc, layout, found});
      });
    }
    writer->finish();
    close_output(out, o.output, diags);
  } catch (const std::system_error& e) {  // fmt could not write (a full disk)
    if (out != stdout) std::fclose(out);
    report_not_written(o.output, e.code().message(), diags);
  }
  print_diagnostics(diags);
  return diags.has_errors() ? kExitError : kExitClean;
}

}  // namespace concord::app
