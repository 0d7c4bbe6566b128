// The steps of `concord check`, shared by the run in one process (app/check.h)
// and the run in stages over many (app/stage.h), so there is one
// implementation of each:
//
//   plan      options checked, rules loaded, baseline and diff read
//   collect   inputs read and extracted, in input order, to a sink
//   (claims checked: app/partition.h, in one process or part by part)
//   assemble  findings finished, suppressed, filtered; the report written
//
//   auto plan = app::plan(options, diags);
//   auto passages = app::collect(*plan, options, app::Shard{}, diags, sink);
//   ... check the claims into `found` ...
//   return app::assemble(*plan, options, std::move(collected), found, passages, timeline, diags);
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/check.h"
#include "app/diff.h"
#include "app/progress.h"
#include "app/project.h"
#include "base/diag.h"
#include "check/findings.h"
#include "check/reused_wording.h"
#include "index/codec.h"
#include "ingest/reader.h"
#include "report/report.h"
#include "rules/rule_set.h"

namespace concord::app {

// What a check run was asked to do, checked and loaded.
struct Plan {
  Project project;
  ingest::ReadOptions read;
  std::unique_ptr<rules::RuleSet> rules;
  const report::Format* format = nullptr;
  std::vector<std::string> against;  // the archive of a draft check (the project's, without --against)
  bool draft_mode = false;           // only findings that involve PATHS are reported
  std::optional<ChangedLines> changed;
  std::optional<std::set<std::string>> baseline;
};

// Returns the plan; nullopt after reporting an error to diags.
std::optional<Plan> plan(const CheckOptions& o, base::Diagnostics& diags);

// Which of the inputs to read: shard k of n. The inputs that are sharded are
// the archive of a draft check, or the documents of a batch report: their
// bytes, laid end to end in the order listed, are cut into n runs, so shards
// in order are the inputs in order. A file holding one document is read by
// the shard its first byte falls in; a JSONL archive is cut between lines,
// so one large archive still spreads over every shard. Drafts are read by
// every shard (the archive is compared with their wording) and delivered by
// shard 0 only.
struct Shard {
  std::size_t k = 0, n = 1;
  bool drafts_only = false;  // read the drafts, not the archive (for their wording)
};

// Where collect() delivers what it read, in input order.
struct CollectSink {
  // A document: its info, claims (not yet resolved), own findings and
  // concord-ignore comments.
  std::function<void(index::StoredDocument&&)> document;
  // An archive document's echoes of the drafts' wording.
  std::function<void(std::vector<check::Echo>&&)> echoes;
  // If set, hears each document before it is extracted, on the reading
  // thread (which story a crash was in).
  std::function<void(const ingest::Document&)> starting;
};

// Reads the plan's inputs (those of the shard) and delivers each document
// to the sink; diagnostics go to diags. Returns the drafts' passages, for
// assemble(). Sets `ok` to false after reporting an index that cannot be used.
check::DraftPassages collect(const Plan& plan, const CheckOptions& o, const Shard& shard, base::Diagnostics& diags,
                             Progress& progress, const CollectSink& sink, bool& ok);

// What collect() gave, besides claims, for assemble().
struct Collected {
  report::DocumentList documents;
  std::vector<check::Finding> per_document;
  std::vector<check::Suppression> suppressions;
  check::ReusedWording reused;

  // Keeps what assemble needs of a document (all but its claims).
  void add(index::StoredDocument& doc);
};

// Finishes the findings of `found` (every part checked into it), applies
// suppressions, the baseline and the diff, writes the report (or the
// baseline) where the options say, and returns the exit code.
// `timeline` gives the dated claims about the subjects, for the HTML
// report.
int assemble(const Plan& plan, const CheckOptions& o, Collected&& collected, check::Findings& found,
             const check::DraftPassages& passages,
             const std::function<std::vector<report::TimelineEntry>(const std::set<std::string>&)>& timeline,
             base::Diagnostics& diags, Progress& progress);

}  // namespace concord::app
