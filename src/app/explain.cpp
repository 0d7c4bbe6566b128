#include "app/explain.h"

#include "app/common.h"
#include "report/explain.h"
#include "text/layout.h"

namespace concord::app {

int run_explain(const ExplainOptions& o) {
  base::Diagnostics diags;
  ingest::ReadOptions read;
  read.dates = parse_date_flags(o.dates, diags);
  read.stdin_name = o.stdin_name;
  if (diags.has_errors()) {
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
    writer->document(doc, layout);
  });
  writer->finish();
  if (out != stdout) std::fclose(out);
  print_diagnostics(diags);
  return diags.has_errors() ? kExitError : kExitClean;
}

}  // namespace concord::app
