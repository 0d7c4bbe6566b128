#include "app/check.h"

#include <fmt/format.h>

#include <algorithm>

#include "app/common.h"
#include "report/check_report.h"
#include "text/layout.h"

namespace concord::app {

int run_check(const CheckOptions& o) {
  base::Diagnostics diags;
  ingest::ReadOptions read;
  read.dates = parse_date_flags(o.dates, diags);
  read.stdin_name = o.stdin_name;
  if (diags.has_errors()) {
    print_diagnostics(diags);
    return kExitError;
  }
  report::CheckReport result;
  auto add = [&](ingest::Document&& doc, bool draft) {
    const text::Layout layout = text::analyze(doc);
    report::DocumentInfo info;
    info.path = doc.path;
    info.id = doc.id;
    info.date = doc.meta.date;
    info.date_source = doc.meta.date_source;
    info.draft = draft;
    info.sentences = layout.sentences.size();
    info.bytes = doc.original().size();
    result.documents.push_back(std::move(info));
  };
  read_all(o.paths, read, diags, [&](ingest::Document&& doc) { add(std::move(doc), !o.against.empty()); });
  read_all(o.against, read, diags, [&](ingest::Document&& doc) { add(std::move(doc), false); });
  const auto undated = std::count_if(result.documents.begin(), result.documents.end(),
                                     [](const report::DocumentInfo& d) { return !d.date; });
  if (undated > 0) {
    const std::string who = result.documents.size() == 1
                                ? std::string("the document has")
                                : fmt::format("{} of {} documents have", undated, result.documents.size());
    diags.note({}, "{} no publication date, so relative dates (\"on Monday\") are not resolved; give "
               "dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD", who);
  }
  std::FILE* out = open_output(o.output, diags);
  if (out != nullptr) {
    report::write_check_report(result, o.format == "json" ? report::CheckFormat::json
                                                           : report::CheckFormat::text, out);
    if (out != stdout) std::fclose(out);
  }
  print_diagnostics(diags);
  return diags.has_errors() ? kExitError : kExitClean;
}

}  // namespace concord::app
