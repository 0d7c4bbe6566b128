// Checking a run's claims in parts, so that memory does not grow with the
// archive: a batch report over millions of stories holds a part of their
// claims at a time.
//
//   app::PartitionedRun run(rules, {.work_mem_mb = 256});
//   run.add(std::move(doc));                       // each document, in input order
//   check::Findings found(check::Scope::all);
//   run.check(found);                              // every check, part by part
//   auto timeline = run.timeline(subjects);        // for the HTML report
//
// Claims are held in memory while they fit in the work memory, and checked
// in one graph. Past it, they are written to a temporary file as documents
// arrive, and graph::Entities notes what they name. Then entities are merged and each
// claim is copied to the part of each of its anchors (graph::parts_of: its
// people, things, offices, fact) - a few parts per claim, each part a
// temporary file; the few claims a check reads across groups (a return
// home, a trip's length: graph::reads_across_groups) go to every part. Each part in turn is read into a ClaimGraph that owns
// the groups keyed by its anchors, and every check runs on it. All parts
// report into one collector, so findings merge as they do in one graph: the
// report is the same whatever the number of parts (tests compare them).
//
// The temporary files are base::Spills: in $TMPDIR, deleted as created.
// The steps a distributed run does in separate processes (app/stage.h) are
// the free functions below, which PartitionedRun uses too.
#pragma once

#include <functional>

#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/spill.h"
#include "check/findings.h"
#include "graph/claim_graph.h"
#include "graph/entities.h"
#include "index/codec.h"
#include "report/report.h"
#include "rules/rule_set.h"

namespace concord::app {

struct PartitionOptions {
  // Roughly the memory for claims held at once while checking. The
  // number of parts follows from it; the largest group (every claim about
  // one person) is always held whole.
  std::size_t work_mem_mb = 512;
  // A fixed number of parts instead (tests; 0 = from work_mem_mb).
  std::size_t parts = 0;
  // Threads the checks run on (--jobs).
  int threads = 1;
};

// Splits a document's claims (resolved) among n parts: each claim to the
// part of each of its anchors, a claim checks read across groups to every
// part. Calls write(p, part) with each non-empty part's share, in part
// order; the share keeps the document's info.
void route(const graph::ClaimGraph& router, index::StoredDocument&& doc, std::size_t n,
           const std::function<void(std::size_t, index::StoredDocument&&)>& write);

// Checks part p of n: `feed` adds the part's claims to the graph, in input
// order; then every check runs on it into found. `step` as for
// PartitionedRun::check.
void check_part(const rules::RuleSet& rules, const graph::Entities& entities, std::size_t p, std::size_t n,
                const std::function<void(graph::ClaimGraph&)>& feed, check::Findings& found,
                const std::function<void(const std::string&)>& step = {}, int threads = 1);

// Adds a claim to out if it is dated and about one of these entities;
// sort_timeline() once all are in.
void add_timeline(const claim::Claim& c, const std::set<std::string>& subjects, std::vector<report::TimelineEntry>& out);
void sort_timeline(std::vector<report::TimelineEntry>& out);

class PartitionedRun {
 public:
  PartitionedRun(const rules::RuleSet& rules, PartitionOptions options);
  ~PartitionedRun();

  // One document's claims (its findings and suppressions are the caller's).
  // Throws std::runtime_error when the temporary file cannot be written.
  void add(index::StoredDocument&& doc);

  // Merges entities, then runs every check on each part into found.
  // Call once, after the last add. `step` hears what is being done
  // ("part 2 of 8: age"), for progress.
  void check(check::Findings& found, const std::function<void(const std::string&)>& step = {});

  // The parts check() used (1 for a run that fit in work memory).
  std::size_t parts() const { return parts_; }

  // The dated claims about these entities (display names), for the HTML
  // report's timelines, sorted by entity then date. After check().
  std::vector<report::TimelineEntry> timeline(const std::set<std::string>& subjects);

 private:
  // Each document of a spill, decoded; its claims resolved if asked.
  template <typename F>
  void for_each_document(const base::Spill& spill, bool resolve, F&& f);

  const rules::RuleSet& rules_;
  PartitionOptions options_;
  graph::Entities entities_;
  // While the claims fit: they are in whole_, and held_ says whose they are
  // (a document and its number of claims), should they have to be spilled.
  std::unique_ptr<graph::ClaimGraph> whole_;
  std::vector<std::pair<report::DocumentInfo, std::size_t>> held_;
  std::size_t held_bytes_ = 0;    // estimated, of all claims added
  std::unique_ptr<base::Spill> spill_;  // once they do not fit
  std::size_t parts_ = 1;
};

}  // namespace concord::app
