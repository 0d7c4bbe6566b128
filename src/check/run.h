// Running every check, and turning their raw findings into what is reported.
//
//   std::vector<check::Finding> per_doc;     // from check::document_findings, as documents are read
//   auto findings = check::run_checks(graph, std::move(per_doc), check::Scope::drafts);
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/findings.h"
#include "claim/build.h"
#include "graph/claim_graph.h"
#include "ingest/document.h"

namespace concord::check {

// Runs the per-document checks on one document (call as each is read).
void document_findings(const ingest::Document& doc, const claim::DocumentClaims& found, bool draft,
                       std::vector<Finding>& out);

// Runs the cross-document checks, adds per-document findings, keeps what the
// scope asks for, and merges: one finding per draft claim in a draft check
// (the draft's one wrong statement, with every source against it), one per
// fact in a batch report. Sets messages and fingerprints; sorts so output is
// deterministic.
std::vector<Finding> run_checks(const graph::ClaimGraph& graph, std::vector<Finding> per_document, Scope scope);

// The same in steps, for a run checked in parts (app/partition.h): every
// part's graph into one collector, then finish() once. `starting`, if
// given, hears each check's id before it runs (progress for long runs).
// On `threads` threads the checks run side by side; found gets the same
// findings in the same order.
void run_checks(const graph::ClaimGraph& graph, Findings& found,
                const std::function<void(const std::string&)>& starting = {}, int threads = 1);
std::vector<Finding> finish(Findings& found, std::vector<Finding> per_document);

// A stable hash of a finding: its check, its fact and, in a draft check,
// the identities of its draft sides (the draft's path from the current
// folder however it was typed, the words and values - never line numbers,
// never the sources against it). finish() adds "-2", "-3" to the second and
// later of findings with the same hash, in text order.
std::string fingerprint(const Finding& f);

}  // namespace concord::check
