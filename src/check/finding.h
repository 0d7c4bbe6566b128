// A finding: where sources disagree, with each side's words.
//
// Findings are self-contained (they copy what reports need), so a report can
// be written, compared with a baseline or stored without the documents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "rules/model.h"

namespace concord::check {

enum class Severity { info, warning, error };
const char* severity_name(Severity s);  // "error", "warning", "info"
std::optional<Severity> parse_severity(std::string_view s);

// One side of a finding: a claim's words, or a gazetteer entry.
struct Side {
  std::string value;           // the value that differs, as shown: "Nov. 19 (2014-11-19)"
  rules::Modality modality = rules::Modality::asserted;
  std::string rule;            // extractor id, or "gazetteer"
  std::string document;        // Document::id, or the rules file for a gazetteer entry
  bool draft = false;          // from a PATH of `check --against` (the editor's draft)
  ingest::Citation citation;   // the claim's words (path, line, column, quote)
  std::string sentence;        // the sentence they are in
  std::size_t highlight_begin = 0, highlight_end = 0;  // code points in `sentence`
  std::string speaker;         // reported speech: who said it
  std::string attribution;     // an institution credited ("Tass")
  std::string identity;        // stable text identifying the claim (for fingerprints)
  std::string norm;            // the value normalized ("2014-11-19") where known, else "" (not stored in an index)
};

struct Finding {
  std::string check;      // "value-conflict", "negation", ...
  Severity severity = Severity::error;
  std::string message;    // one line an editor can act on
  std::string subject;    // display name of the subject
  std::string predicate;  // "arrive", "holds-title", ...
  std::string fact;       // what the sides are about: "arrival date of Choe Ryong Hae in Moscow"
  std::vector<Side> sides;        // the draft's side first, when there is one
  std::vector<std::string> notes; // extra lines: an explanation, a path of constraints
  std::string fingerprint;        // stable when lines move; see check/run.h

  bool involves_draft() const;
};

}  // namespace concord::check
