// The claim index's storage: an SQLite file of opaque document blobs (see
// index/codec.h), each with the lookup keys it can be found by, and the state
// of the source files they came from. It knows nothing about claims.
//
//   auto store = index::Store::open(db_path, /*writable=*/true, diags);
//   if (!store) return;  // diags says why and what to do
//   store->begin_run();
//   for (const auto& src : sources) {
//     if (auto old = store->source(src.path); old && *old == state_of(src)) {
//       store->keep_source(src.path);
//       continue;
//     }
//     store->begin_batch();
//     for (const auto& doc : documents_of(src)) {
//       if (store->find_blob(doc.id, doc.hash, rules)) { store->keep(doc.id); continue; }
//       store->put({doc.id, src.path, doc.ord, encode(...)}, doc.hash, rules, keys_of(doc));
//       // every few hundred documents: store->commit_batch(); store->begin_batch();
//     }
//     store->finish_source(state_of(src));
//     store->commit_batch();
//   }
//   store->remove_unseen_sources();
//
// One writer at a time (open() takes a lock for the writer's lifetime); any
// number of readers alongside it, each seeing only committed batches. After
// open(), an SQLite failure (disk full, I/O error, corruption found late)
// throws std::runtime_error naming the index file.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"

namespace concord::index {

// What was indexed from one source file, to skip it next time when unchanged.
struct SourceState {
  std::string path;  // as the user named it
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string rules;  // rule-pack fingerprint it was indexed with

  bool operator==(const SourceState&) const = default;
};

struct StoredBlob {
  std::string doc_id;    // unique within the index
  std::string source;    // source path
  std::int64_t ord = 0;  // position within its source (stable order)
  std::string blob;
};

// An open index file. Not copyable: owns an SQLite connection and its statements.
class Store {
 public:
  // Opens the index at path; creates it (and its schema) when writable and missing.
  // Returns nullptr after reporting to diags when the file is not a concord
  // index, is from a newer schema version, is corrupt, or cannot be opened or
  // locked (another writer has it). A reader (writable false) never creates
  // the file, and reads one on read-only media too.
  static std::unique_ptr<Store> open(const std::string& path, bool writable, base::Diagnostics& diags);
  // Rolls back a batch that was not committed, as a crash would.
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // --- writer (REQUIRES: opened writable; begin_run() first) ---

  // Starts a run: documents and sources seen from now on are marked with a new generation.
  void begin_run();
  // The stored state of a source, if it was completely indexed at some point.
  std::optional<SourceState> source(const std::string& path);
  // True if every stored blob of the source is intact (index::intact): an
  // unchanged source with a damaged blob is read again, not kept.
  bool source_intact(const std::string& path);
  // The stored blob of a document if one with this id, content hash and rules fingerprint exists.
  std::optional<std::string> find_blob(const std::string& doc_id, const std::string& content_hash,
                                       const std::string& rules);
  // Inserts or replaces a document and its lookup keys; marks it as seen in this run.
  void put(const StoredBlob& doc, const std::string& content_hash, const std::string& rules,
           const std::vector<std::string>& keys);
  // Marks an unchanged stored document as seen in this run without rewriting it.
  void keep(const std::string& doc_id);
  // Marks a source skipped because its size, mtime and rules match, and all
  // its documents, as seen in this run.
  void keep_source(const std::string& path);
  // A source was read completely: records its state and deletes its documents
  // not seen in this run (lines removed from a JSONL file).
  void finish_source(const SourceState& state);
  // Ends a run: deletes the sources not finished or kept in it, and the
  // documents not put or kept in it. Returns how many sources went entirely.
  // A source that failed part-way (no finish_source) keeps the documents read
  // from it, so the next run, which reads it again, reuses them.
  std::size_t remove_unseen_sources();
  // Everything between begin_batch and commit_batch is atomic and invisible to
  // readers until committed. Each writer call is atomic by itself too.
  void begin_batch();
  void commit_batch();

  // --- reader ---

  std::size_t document_count();
  // document_count() as the last `concord index` run left it (meta
  // "documents"), without counting; counts for an index without it.
  std::size_t indexed_count();
  std::size_t source_count();
  // Free-form settings (e.g. the rules of the last run). The keys
  // "schema_version" and "generation" are the store's own.
  void set_meta(const std::string& key, const std::string& value);
  std::optional<std::string> meta(const std::string& key);
  // Documents having at least one of keys, each once, ordered by (source, ord).
  std::vector<StoredBlob> documents_with_keys(const std::vector<std::string>& keys);
  // Calls visit with every document, ordered by (source, ord), one at a time.
  // visit may call other methods of this Store.
  void for_each_document(const std::function<void(StoredBlob&&)>& visit);

 private:
  // immutable: read through a URI that tells SQLite the file cannot change.
  static std::unique_ptr<Store> open(const std::string& path, bool writable, bool immutable, base::Diagnostics& diags);
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::index
