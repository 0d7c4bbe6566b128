#include "app/explain.h"

#include "app/common.h"
#include "app/project.h"
#include "report/explain.h"
#include "rules/loader.h"
#include "text/layout.h"

namespace concord::app {

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
  read_all(o.paths, read, diags, [&](ingest::Document&& doc) {
    const text::Layout layout = text::analyze(doc);
    const claim::DocumentClaims found = read_claims(doc, layout, *rules, false, only);
    writer->document({doc, layout, found});
  });
  writer->finish();
  if (out != stdout) std::fclose(out);
  print_diagnostics(diags);
  return diags.has_errors() ? kExitError : kExitClean;
}

}  // namespace concord::app
