// Baselines: the findings a team has accepted, so concord can be adopted on
// an archive that already has contradictions.
//
//   concord baseline write .concord-baseline.json archive/
//   concord check archive/ --baseline .concord-baseline.json   # only new findings
#pragma once

#include <set>
#include <string>
#include <vector>

#include "base/diag.h"
#include "check/finding.h"

namespace concord::report {

// Writes the fingerprints of findings to path (JSON, schema
// concord/baseline/v1, with each finding's message for reviewers).
bool write_baseline(const std::string& path, const std::vector<check::Finding>& findings, base::Diagnostics& diags);

// Reads a baseline's fingerprints; reports a missing or malformed file.
std::optional<std::set<std::string>> read_baseline(const std::string& path, base::Diagnostics& diags);

}  // namespace concord::report
