#include "app/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "app/common.h"
#include "app/progress.h"
#include "base/hash.h"
#include "check/run.h"
#include "check/suppress.h"
#include "text/layout.h"

namespace concord::app {

Analyzed analyze(const ingest::Document& doc, const rules::RuleSet& rules, bool draft, const Wording& wording,
                 int compile_threads) {
  Analyzed a;
  a.doc.suppressions = check::suppressions_in(doc, a.diags);
  const text::Layout layout = text::analyze(doc, draft ? text::Repeats::keep : text::Repeats::drop);
  if (compile_threads > 1) {
    std::vector<rules::TextSpan> spans;
    spans.reserve(layout.sentences.size());
    for (const auto& s : layout.sentences) spans.push_back({s.span.begin, s.span.end});
    rules.prepare(doc.text, spans, compile_threads, claim::kClaimsScope);
  }
  if (wording.keep || (wording.against != nullptr && !wording.against->empty())) {
    a.passages = extract::passages(doc, layout);
    if (wording.against != nullptr) a.echoes = wording.against->compare(doc, a.passages);
    if (wording.keep && !a.passages.empty()) a.text = doc;
    if (!wording.keep) a.passages.clear();
  }
  claim::DocumentClaims found = read_claims(doc, layout, rules, draft);
  check::document_findings(doc, found, draft, a.doc.findings);
  report::DocumentInfo& info = a.doc.info;
  info.path = doc.path;
  info.id = doc.id;
  info.date = doc.meta.date;
  info.date_source = doc.meta.date_source;
  info.draft = draft;
  info.sentences = layout.sentences.size();
  info.claims = found.claims.size();
  info.bytes = doc.original().size();
  a.doc.claims = std::move(found.claims);
  return a;
}

std::string content_hash(const ingest::Document& doc) {
  // Everything a claim or citation depends on besides the rules: the bytes,
  // where they sit in the file, and the date relative dates resolve against.
  std::uint64_t h = base::fnv1a(doc.original());
  const std::string meta =
      fmt::format("\n{}\n{}\n{}\n{}\n{}", doc.path, doc.id, doc.first_line,
                  doc.meta.date ? base::to_iso(*doc.meta.date) : "", ingest::date_source_name(doc.meta.date_source));
  return base::hex64(base::fnv1a(meta, h));
}

int jobs_for(int asked) {
  if (asked > 0) return asked;
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(std::min(n, 64u));
}

namespace {

// Inputs this large (news at about 2 MB/s per core) use nearly every
// program, and compiling them all costs about 0.4 s of one core.
constexpr std::uint64_t kCompileAllBytes = 2u << 20;

// Inputs this small (a draft) compile the programs each document needs on
// every core before matching it (RuleSet::prepare). Finding them runs the
// rule filter over every sentence twice, 5% more work on 2 MB of news: only
// worth it while compiling, not matching, is what the run waits for.
constexpr std::uint64_t kPrepareBytes = 256u << 10;

// Text read ahead of the workers, at most (but for the first slots).
constexpr std::size_t kFlightBytes = 16u << 20;

// One document on its way through: read on the caller's thread, analyzed
// by a worker, delivered in order by the caller.
struct Slot {
  ingest::Document doc;
  std::string hash;
  Analyzed result;
  base::Diagnostics before;  // what reading said before this document
  const ingest::Source* finished = nullptr;  // a marker: this source was read to its end
  std::size_t bytes = 0;     // of text, while in flight
  bool analyze = true;       // false: result is already filled (reused, or diagnostics only)
  bool ready = false;
};

// A fixed set of threads analyzing slots; the caller keeps the order.
class Workers {
 public:
  // compile_threads: see analyze().
  Workers(int n, int compile_threads, const rules::RuleSet& rules, const PipelineOptions& options)
      : compile_threads_(compile_threads), rules_(rules), options_(options) {
    for (int i = 0; i < n; ++i) threads_.emplace_back([this] { work(); });
  }
  // Also reached when the caller throws (a full disk under the index):
  // slots not yet started are dropped, and no thread outlives them.
  ~Workers() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
      todo_.clear();
    }
    todo_cv_.notify_all();
    for (auto& t : threads_) t.join();
  }
  void submit(Slot* s) {
    {
      std::lock_guard lock(mu_);
      todo_.push_back(s);
    }
    todo_cv_.notify_one();
  }
  void wait(Slot* s) {
    std::unique_lock lock(mu_);
    waited_ = s;
    done_cv_.wait(lock, [&] { return s->ready; });
    waited_ = nullptr;
  }
  bool ready(Slot* s) {
    std::lock_guard lock(mu_);
    return s->ready;
  }

 private:
  void work() {
    for (;;) {
      Slot* s = nullptr;
      {
        std::unique_lock lock(mu_);
        todo_cv_.wait(lock, [&] { return stop_ || !todo_.empty(); });
        if (todo_.empty()) return;
        s = todo_.front();
        todo_.pop_front();
      }
      Analyzed a;
      try {
        a = analyze(s->doc, rules_, options_.draft, options_.wording, compile_threads_);
      } catch (const std::exception& e) {
        // A bug in extraction must not lose the other documents.
        a.diags.error({s->doc.path}, "internal error while reading this document: {}; please report it", e.what());
      }
      s->doc = {};  // the text is no longer needed
      bool waited = false;
      {
        std::lock_guard lock(mu_);
        s->result = std::move(a);
        s->ready = true;
        waited = s == waited_;
      }
      // Only the slot the caller waits for wakes it: a wake-up for every
      // document was 3,000 futex calls on 6 MB, most finding the wait not over.
      if (waited) done_cv_.notify_all();
    }
  }

  const int compile_threads_;
  const rules::RuleSet& rules_;
  const PipelineOptions& options_;
  std::mutex mu_;
  std::condition_variable todo_cv_, done_cv_;
  std::deque<Slot*> todo_;
  Slot* waited_ = nullptr;  // the slot wait() waits for
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

std::size_t Pipeline::run(const std::vector<std::string>& paths, const ingest::ReadOptions& read,
                          base::Diagnostics& diags, const std::function<void(Analyzed&&)>& sink) {
  const int jobs = std::max(1, options_.jobs);
  // Enough in flight to keep every worker busy while the caller reads and
  // delivers; few enough that memory does not follow the archive's size.
  // Documents are delivered in order, so a long one at the front holds up
  // the rest: with four slots a job, the other workers ran dry behind it
  // (two jobs took 8% longer). Thirty-two a job, unless they hold more than
  // kFlightBytes of text; four at least.
  // Declared before the workers, so that when the sink throws the workers
  // are joined before the slots they read are freed.
  const std::size_t window = static_cast<std::size_t>(jobs) * 32;
  const std::size_t least = static_cast<std::size_t>(jobs) * 4;
  std::size_t flight_bytes = 0;
  std::deque<std::unique_ptr<Slot>> flight;
  std::unique_ptr<Workers> workers;  // started once the inputs are sized, below
  std::size_t documents = 0;

  auto deliver = [&](Slot& s) {
    diags.append(s.before);
    diags.append(s.result.diags);
    if (s.finished != nullptr && options_.source_done) options_.source_done(*s.finished);
    if (s.result.doc.info.path.empty()) return;  // diagnostics only, or a marker
    ++documents;
    if (options_.progress != nullptr) options_.progress->add(s.result.doc.info.bytes);
    s.result.content_hash = std::move(s.hash);
    sink(std::move(s.result));
  };
  auto deliver_ready = [&](bool block_if_full) {
    while (!flight.empty()) {
      Slot* front = flight.front().get();
      if (front->analyze && !(workers ? workers->ready(front) : front->ready)) {
        const bool full = flight.size() >= window || (flight.size() >= least && flight_bytes >= kFlightBytes);
        if (!block_if_full || !full) return;
        workers->wait(front);
      }
      deliver(*front);
      flight_bytes -= front->bytes;
      flight.pop_front();
    }
  };
  base::Diagnostics pending;  // reading diagnostics not yet attached to a document
  auto push = [&](std::unique_ptr<Slot> s) {
    s->before = std::move(pending);
    pending = {};
    s->bytes = s->doc.text.size();
    flight_bytes += s->bytes;
    if (!s->analyze) {
      s->ready = true;
    } else if (!workers) {
      s->result = analyze(s->doc, rules_, options_.draft, options_.wording);
      s->doc = {};
      s->ready = true;
    } else {
      workers->submit(s.get());
    }
    flight.push_back(std::move(s));
    deliver_ready(true);
  };

  const std::vector<ingest::Source> sources = ingest::list_sources(paths, read, diags);
  std::vector<SourceBytes> at(sources.size());
  std::uint64_t bytes = 0;
  bool sized = true;  // standard input's size is not known
  for (std::size_t i = 0; i < sources.size(); ++i) {
    sized = sized && !sources[i].is_stdin;
    std::error_code ec;
    const std::uint64_t size = sources[i].is_stdin ? 0 : std::filesystem::file_size(sources[i].path, ec);
    at[i] = {bytes, ec ? 0 : size, 0};
    bytes += at[i].size;
  }
  for (auto& a : at) a.total = bytes;
  if (options_.progress != nullptr) options_.progress->expect(bytes);
  // Past a few megabytes nearly every program runs: compile them on every
  // core now, rather than one at a time as the first document needs each.
  // A draft needs a fifth of them: each document's on every core.
  if (jobs > 1 && bytes >= kCompileAllBytes) rules_.compile_all(jobs, claim::kClaimsScope);
  if (jobs > 1) workers = std::make_unique<Workers>(jobs, sized && bytes < kPrepareBytes ? jobs : 1, rules_, options_);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const ingest::Source& source = sources[i];
    if (options_.want && !options_.want(source)) continue;
    const auto range = options_.range ? options_.range(source, at[i]) : ingest::ByteRange{};
    if (!range) continue;
    ingest::load_source(source, read, pending, [&](ingest::Document&& doc) {
      auto s = std::make_unique<Slot>();
      s->hash = content_hash(doc);
      if (options_.reuse && options_.reuse(doc, s->hash, s->result)) {
        s->analyze = false;
        s->result.reused = true;
      } else {
        s->doc = std::move(doc);
      }
      push(std::move(s));
    }, *range);
    auto end = std::make_unique<Slot>();  // carries what reading said after the last document
    end->analyze = false;
    end->finished = &source;
    push(std::move(end));
  }
  while (!flight.empty()) {
    if (workers) workers->wait(flight.front().get());
    deliver(*flight.front());
    flight.pop_front();
  }
  return documents;
}

}  // namespace concord::app
