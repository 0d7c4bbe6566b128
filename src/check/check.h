// The contradiction checks, and the one table that lists them.
//
// A check is a small class in its own file; adding one touches that file,
// its test and registry.cpp. Cross-document checks see the whole claim
// graph; per-document checks (weekday) see each document as it is read.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/findings.h"
#include "claim/build.h"
#include "graph/claim_graph.h"
#include "ingest/document.h"
#include "rules/rule_set.h"

namespace concord::check {

struct CheckInfo {
  std::string id;          // kebab-case: "value-conflict"
  std::string title;       // "Values that cannot both be true"
  std::string help;        // a paragraph for editors (SARIF rule help, docs)
  Severity default_severity = Severity::error;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckInfo& info() const = 0;

  // Runs once over every claim of the run.
  virtual void run(const graph::ClaimGraph& graph, Findings& out) const;

  // Runs on each document as it is read (checks within one document).
  virtual void on_document(const ingest::Document& doc, const claim::DocumentClaims& found, bool draft,
                           std::vector<Finding>& out) const;
};

// Every check, in the order findings are reported. Defined in registry.cpp.
const std::vector<std::unique_ptr<Check>>& all_checks();

// Factories, one per check file.
std::unique_ptr<Check> make_value_conflict();
std::unique_ptr<Check> make_negation();
std::unique_ptr<Check> make_temporal();
std::unique_ptr<Check> make_age();
std::unique_ptr<Check> make_ordinal();
std::unique_ptr<Check> make_weekday();
std::unique_ptr<Check> make_one_holder();
std::unique_ptr<Check> make_name_variant();
std::unique_ptr<Check> make_single_source();
std::unique_ptr<Check> make_reused_wording();

}  // namespace concord::check
