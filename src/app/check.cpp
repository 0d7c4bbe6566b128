#include "app/check.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/common.h"
#include "app/project.h"
#include "check/run.h"
#include "graph/claim_graph.h"
#include "report/report.h"
#include "text/layout.h"

namespace concord::app {

namespace {

// Exit 1 when a finding is at least as severe as --fail-on.
bool fails(const std::vector<check::Finding>& findings, const std::string& fail_on) {
  if (fail_on == "never") return false;
  const check::Severity bar = check::parse_severity(fail_on).value_or(check::Severity::error);
  return std::any_of(findings.begin(), findings.end(), [&](const check::Finding& f) { return f.severity >= bar; });
}

}  // namespace

int run_check(const CheckOptions& o) {
  base::Diagnostics diags;
  const Project project = find_project(diags);
  ingest::ReadOptions read;
  read.dates = parse_date_flags(o.dates, diags);
  read.stdin_name = o.stdin_name;
  RuleOptions ro;
  ro.default_rules = o.default_rules && project.default_rules;
  ro.dirs = project.rules;
  ro.dirs.insert(ro.dirs.end(), o.rule_dirs.begin(), o.rule_dirs.end());
  const report::Format* format = report::find_format(o.format);
  if (format == nullptr) diags.error({}, "--format '{}': unknown format", o.format);
  auto rules = diags.has_errors() ? nullptr : load_rules(ro, diags);
  if (!rules || diags.has_errors()) {
    print_diagnostics(diags);
    return kExitError;
  }
  const std::vector<std::string>& against = o.against.empty() ? project.against : o.against;
  const bool draft_mode = !against.empty();

  report::Report result;
  result.rules_fingerprint = rules->fingerprint();
  for (const auto& c : check::all_checks()) result.checks.push_back(&c->info());
  graph::ClaimGraph graph(*rules);
  std::vector<check::Finding> per_document;
  auto add = [&](ingest::Document&& doc, bool draft) {
    const text::Layout layout = text::analyze(doc);
    claim::DocumentClaims found = read_claims(doc, layout, *rules, draft);
    check::document_findings(doc, found, draft, per_document);
    report::DocumentInfo info;
    info.path = doc.path;
    info.id = doc.id;
    info.date = doc.meta.date;
    info.date_source = doc.meta.date_source;
    info.draft = draft;
    info.sentences = layout.sentences.size();
    info.claims = found.claims.size();
    info.bytes = doc.original().size();
    result.documents.push_back(std::move(info));
    graph.add(std::move(found.claims));
  };
  read_all(o.paths, read, diags, [&](ingest::Document&& doc) { add(std::move(doc), draft_mode); });
  read_all(against, read, diags, [&](ingest::Document&& doc) { add(std::move(doc), false); });
  graph.finalize();
  result.findings = check::run_checks(graph, std::move(per_document),
                                      draft_mode ? check::Scope::drafts : check::Scope::all);

  const auto undated = std::count_if(result.documents.begin(), result.documents.end(),
                                     [](const report::DocumentInfo& d) { return !d.date; });
  if (undated > 0 && !o.quiet) {
    const std::string who = result.documents.size() == 1
                                ? std::string("the document has")
                                : fmt::format("{} of {} documents have", undated, result.documents.size());
    diags.note({}, "{} no publication date, so relative dates (\"on Monday\") are not resolved; give "
               "dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD", who);
  }
  std::FILE* out = open_output(o.output, diags);
  if (out != nullptr) {
    format->make()->write(result, out);
    std::fflush(out);
    if (out != stdout) std::fclose(out);
  }
  print_diagnostics(diags);
  if (diags.has_errors()) return kExitError;
  const std::string fail_on = !o.fail_on.empty() ? o.fail_on : !project.fail_on.empty() ? project.fail_on : "error";
  return fails(result.findings, fail_on) ? kExitFindings : kExitClean;
}

}  // namespace concord::app
