#include "app/index_cmd.h"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <sstream>
#include <stdexcept>

#include "app/common.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "app/project.h"
#include "index/codec.h"
#include "index/fingerprint.h"
#include "index/store.h"
#include "report/report.h"

namespace concord::app {

namespace {

namespace fs = std::filesystem;

// Documents per transaction: large enough that commits cost little, small
// enough that a killed run loses seconds of work, not hours.
constexpr std::size_t kBatch = 500;

// salt: what else changes a file's claims (the rules, --date flags).
std::optional<index::SourceState> state_of(const ingest::Source& s, const std::string& salt) {
  if (s.is_stdin) return std::nullopt;
  std::error_code ec;
  const auto size = fs::file_size(s.path, ec);
  if (ec) return std::nullopt;
  const auto mtime = fs::last_write_time(s.path, ec);
  if (ec) return std::nullopt;
  index::SourceState st;
  st.path = s.path;
  st.size = static_cast<std::int64_t>(size);
  st.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
  st.rules = salt;
  // A manifest (sources.yaml) can change a file's date without touching it.
  if (s.manifest && s.manifest->date) {
    st.rules += '|';
    st.rules += base::to_iso(*s.manifest->date);
  }
  return st;
}

std::string join_lines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += s + "\n";
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

}  // namespace

namespace {

int index_archive(const IndexOptions& o) {
  base::Diagnostics diags;
  const Project project = find_project(diags);
  ingest::ReadOptions read;
  read.dates = parse_date_flags(o.dates, diags);
  const RuleOptions ro = rule_options(project, o.rule_dirs, o.default_rules);
  auto rules = diags.has_errors() ? nullptr : load_rules(ro, diags);
  if (!rules || diags.has_errors()) {
    print_diagnostics(diags);
    return kExitError;
  }
  auto store = index::Store::open(o.db, true, diags);
  if (!store) {
    print_diagnostics(diags);
    return kExitError;
  }
  std::vector<std::string> paths = o.paths;
  if (paths.empty()) paths = split_lines(store->meta("archive").value_or(""));
  if (paths.empty()) paths = project.against;
  if (paths.empty()) {
    diags.error({o.db}, "nothing to index: name the archive, e.g. concord index archive/ --db {}", o.db);
    print_diagnostics(diags);
    return kExitError;
  }
  const std::string fp = index::index_fingerprint(*rules);
  std::string salt = fp;
  for (const auto& d : o.dates) salt += "|" + d;
  const auto started = std::chrono::steady_clock::now();
  std::size_t extracted = 0, reused = 0, skipped_sources = 0, claims = 0;

  store->begin_run();
  store->set_meta("archive", join_lines(paths));
  store->set_meta("rules", fp);
  store->set_meta("complete", "no");  // until this run ends
  store->begin_batch();
  std::size_t in_batch = 0;
  std::map<std::string, std::int64_t> ord;  // next position per source
  int errors_before = 0, unread_before = 0;
  auto commit = [&] {
    store->commit_batch();
    store->begin_batch();
    in_batch = 0;
  };

  Progress progress(!o.quiet);
  PipelineOptions po;
  po.jobs = jobs_for(o.jobs);
  po.progress = &progress;
  bool listed = false;
  po.want = [&](const ingest::Source& s) {
    if (!listed) {  // what listing the paths said (a missing folder, a broken link) is no one source's
      listed = true;
      errors_before = diags.error_count();
      unread_before = diags.unread_count();
    }
    const auto now = state_of(s, salt);
    const auto then = store->source(s.path);
    if (now && then && *now == *then && store->source_intact(s.path)) {
      store->keep_source(s.path);
      ++skipped_sources;
      return false;
    }
    return true;
  };
  po.reuse = [&](const ingest::Document& doc, const std::string& hash, Analyzed& out) {
    // Stored under this fingerprint: kept as it is, not decoded, when intact.
    const auto blob = store->find_blob(doc.id, hash, fp);
    if (!blob || !index::intact(*blob)) return false;
    out.doc.info.path = doc.path;
    out.doc.info.id = doc.id;
    out.doc.info.bytes = doc.original().size();
    return true;
  };
  po.source_done = [&](const ingest::Source& s) {
    // A source with errors (an unreadable file, a bad JSONL line) or not
    // read in full stays unfinished, so the next run reads it again and
    // says so again.
    if (diags.error_count() == errors_before && diags.unread_count() == unread_before) {
      if (auto st = state_of(s, salt)) store->finish_source(*st);
    }
    errors_before = diags.error_count();
    unread_before = diags.unread_count();
    commit();
  };
  Pipeline(*rules, po).run(paths, read, diags, [&](Analyzed&& a) {
    claims += a.doc.claims.size();
    if (a.reused) {
      store->keep(a.doc.info.id);
      ++reused;
    } else {
      index::StoredBlob b;
      b.doc_id = a.doc.info.id;
      b.source = a.doc.info.path;
      b.ord = ord[b.source]++;
      b.blob = index::encode(a.doc);
      store->put(b, a.content_hash, fp, graph::lookup_keys(a.doc.claims, *rules, graph::KeySide::stored));
      ++extracted;
    }
    if (++in_batch >= kBatch) commit();
  });
  progress.finish();
  const std::size_t removed = store->remove_unseen_sources();
  std::vector<base::Diagnostic> unread;
  for (const auto& d : diags.all()) {
    if (d.unread != base::Unread::no) unread.push_back(d);
  }
  // check --db warns of an index that lacks stories.
  store->set_meta("complete", diags.has_errors() ? "with-errors" : unread.empty() ? "yes" : "with-unread");
  // Counting 177,000 rows costs a draft check 10 ms; the count is kept instead.
  const std::size_t documents = store->document_count();
  store->set_meta("documents", std::to_string(documents));
  store->commit_batch();

  const std::string not_read = report::unread_summary(unread);
  if (!o.quiet) {
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::fprintf(stderr,
                 "concord: indexed %zu documents in %s: %zu read and extracted, %zu unchanged (%zu unchanged files "
                 "not read), %zu vanished files removed; %zu claims extracted%s%s; %.1f s\n",
                 documents, o.db.c_str(), extracted, reused, skipped_sources, removed, claims,
                 not_read.empty() ? "" : "; ", not_read.c_str(), secs);
  }
  if ((o.strict || project.strict) && !unread.empty() && !diags.has_errors()) {
    diags.error({}, "{}: {}", o.strict ? "--strict" : "strict: true in " + project.path, not_read);
  }
  print_diagnostics(diags);
  return diags.has_errors() ? kExitError : kExitClean;
}

}  // namespace

int run_index(const IndexOptions& o) {
  try {
    return index_archive(o);
  } catch (const std::runtime_error& e) {
    // The store names the file and the cause (disk full, I/O error).
    std::fprintf(stderr, "concord: error: %s\n", e.what());
    return kExitError;
  }
}

}  // namespace concord::app
