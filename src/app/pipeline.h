// Reading and extraction on several threads, with results in input order.
//
//   app::Pipeline pipe(rules, {.jobs = 4, .draft = false});
//   pipe.run({"archive/"}, read_options, diags, [&](app::Analyzed&& a) {
//     graph.add(std::move(a.doc.claims));   // called on this thread, in input order
//   });
//
// Whatever the number of jobs, the sink sees the same documents in the same
// order with the same diagnostics, so every output is the same. At most a
// few documents per job are in flight: memory depends on what the sink
// keeps, not on how much text is read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"
#include "check/reused_wording.h"
#include "index/codec.h"
#include "ingest/reader.h"
#include "rules/rule_set.h"

namespace concord::app {

class Progress;

// One document after extraction: what an index stores of it, and what
// extracting it said (bad concord-ignore comments).
struct Analyzed {
  index::StoredDocument doc;
  base::Diagnostics diags;
  std::string content_hash;  // of the bytes read and the metadata that change claims
  bool reused = false;       // filled by PipelineOptions::reuse, not extracted
  // Reused wording (check/reused_wording.h): a draft's sentences and its
  // text, to cite them later; an archive document's echoes of the drafts.
  std::vector<extract::Passage> passages;
  std::optional<ingest::Document> text;
  std::vector<check::Echo> echoes;
};

// What analyze does for the reused-wording check: keep a draft's passages,
// or compare a document's sentences with the drafts'.
struct Wording {
  bool keep = false;
  const check::DraftPassages* against = nullptr;
};

// Lays out one document and extracts its claims, its own findings (weekday
// slips) and its concord-ignore comments. With compile_threads > 1, the
// rule programs its sentences need and nothing has compiled yet are
// compiled on that many threads first (RuleSet::prepare).
Analyzed analyze(const ingest::Document& doc, const rules::RuleSet& rules, bool draft, const Wording& wording = {},
                 int compile_threads = 1);

// Where a source lies among all the inputs' bytes, laid end to end in the
// order they are listed (stdin and unreadable files count as empty).
struct SourceBytes {
  std::uint64_t start = 0, size = 0, total = 0;
};

struct PipelineOptions {
  int jobs = 1;        // worker threads; 1 runs everything on the caller's thread
  bool draft = false;  // documents are drafts (`check PATHS --against`)
  Wording wording;
  Progress* progress = nullptr;
  // Called on the reading thread before a document is analyzed; returning
  // true skips extraction and delivers the Analyzed with `reuse` filled
  // instead (an index that already holds the document).
  std::function<bool(const ingest::Document&, const std::string& content_hash, Analyzed& reuse)> reuse;
  // Called on the reading thread before a source is read; false skips it
  // (an index that holds it unchanged).
  std::function<bool(const ingest::Source&)> want;
  // Called after want: which bytes of the source to read (a shard's part of
  // a JSONL archive); nullopt skips it; unset, all of it. `at` says where
  // the source lies among the inputs' bytes, laid end to end as listed.
  std::function<std::optional<ingest::ByteRange>(const ingest::Source&, const SourceBytes& at)> range;
  // Called on the caller's thread after the last document of a source that
  // was read has gone to the sink.
  std::function<void(const ingest::Source&)> source_done;
};

// The hash that keys a document in the index: its bytes as read and the
// metadata that change its claims (date, its source, its id).
std::string content_hash(const ingest::Document& doc);

// Threads for --jobs N: N, or one per core (at most 64) for 0.
int jobs_for(int asked);

class Pipeline {
 public:
  Pipeline(const rules::RuleSet& rules, PipelineOptions options) : rules_(rules), options_(std::move(options)) {}

  // Reads every document under paths and passes each, analyzed, to sink in
  // input order. Diagnostics go to diags in the order a one-thread run would
  // report them. Returns the number of documents.
  std::size_t run(const std::vector<std::string>& paths, const ingest::ReadOptions& read,
                  base::Diagnostics& diags, const std::function<void(Analyzed&&)>& sink);

 private:
  const rules::RuleSet& rules_;
  PipelineOptions options_;
};

}  // namespace concord::app
