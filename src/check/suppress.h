// Inline suppression: an editor marks one claim as checked.
//
//   <!-- concord-ignore: value-conflict the archive is wrong; see the desk's note -->
//   Choe arrived in Moscow on Wednesday, Nov. 19, 2014.
//
// The comment applies to findings of those checks (comma-separated, or
// `all`) whose draft side is on the next line with text - or on the
// comment's own line when text comes before the comment. Suppressed
// findings are counted and listed in the report, never silently dropped.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/diag.h"
#include "check/finding.h"
#include "ingest/document.h"

namespace concord::check {

struct Suppression {
  std::string path;
  int line = 0;                      // the line it applies to
  int comment_line = 0;              // where the comment is
  std::vector<std::string> checks;   // or {"all"}
  std::string reason;
};

// Reads concord-ignore comments of a document. An unknown check id is a
// warning at the comment (a typo would otherwise suppress nothing).
std::vector<Suppression> suppressions_in(const ingest::Document& doc, base::Diagnostics& diags);

// Moves the findings that a suppression covers out of findings, with the
// suppression's reason.
std::vector<std::pair<Finding, std::string>> apply_suppressions(std::vector<Finding>& findings,
                                                                const std::vector<Suppression>& suppressions);

}  // namespace concord::check
