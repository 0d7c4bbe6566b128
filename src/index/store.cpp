#include "index/store.h"

#include "index/codec.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <utility>

// The schema. sources holds only sources that were read completely. `gen`
// marks what the current run has seen: begin_run() bumps meta.generation, and
// whatever still has an older generation at the end of a source or run was
// not seen and is deleted. Blobs live apart from the document rows so that
// marking an unchanged archive seen rewrites small rows, not every blob; a
// document's keys and blob go with it (trigger).
//
// Every writer call runs inside a savepoint, so it is atomic on its own and
// nests inside the caller's batch; a kill -9 loses at most the open batch.

namespace concord::index {

namespace {

// "conc": PRAGMA application_id tells a concord index from any other SQLite file.
constexpr std::int64_t kApplicationId = 0x636f6e63;
// Bump when the tables change meaning; an older concord then refuses the file.
constexpr std::int64_t kSchemaVersion = 1;  // also in kSchema's INSERT
// Readers wait this long for a writer's checkpoint, a writer for a reader's lock.
constexpr int kBusyTimeoutMs = 10'000;

constexpr const char* kSchema = R"sql(
  CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE sources(
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    rules TEXT NOT NULL, gen INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE documents(
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, ord INTEGER NOT NULL,
    content_hash TEXT NOT NULL, rules TEXT NOT NULL, gen INTEGER NOT NULL);
  -- Covers ORDER BY source, ord, doc_id, so listing streams without a sort.
  CREATE INDEX documents_by_source ON documents(source, ord, doc_id);
  CREATE TABLE blobs(id INTEGER PRIMARY KEY, blob BLOB NOT NULL);
  CREATE TABLE keys(key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(key, id)) WITHOUT ROWID;
  CREATE INDEX keys_by_document ON keys(id);
  CREATE TRIGGER documents_delete AFTER DELETE ON documents BEGIN
    DELETE FROM keys WHERE id = old.id;
    DELETE FROM blobs WHERE id = old.id;
  END;
  INSERT INTO meta(key, value) VALUES ('schema_version', '1'), ('generation', '0');
)sql";

// An SQLite failure after open; code lets open() tell corruption from the rest.
struct SqliteError : std::runtime_error {
  SqliteError(int code, const std::string& what) : std::runtime_error(what), code(code) {}
  int code;
};

// What to do about an error, for messages.
const char* advice(int code) {
  switch (code) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return "; delete it and run `concord index` again";
    case SQLITE_FULL: return "; free some disk space and run `concord index` again";
    case SQLITE_IOERR: return "; check the disk, then run `concord index` again";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "; another process held it too long, try again";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN: return "; check the file and its folder are writable";
    default: return "";
  }
}

// A prepared statement, finalized when destroyed.
class Stmt {
 public:
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  Stmt(Stmt&& o) noexcept : s_(std::exchange(o.s_, nullptr)) {}
  Stmt& operator=(Stmt&&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }
  sqlite3_stmt* get() const { return s_; }

 private:
  sqlite3_stmt* s_;
};

// SQLite binds a null pointer as NULL, not as "".
const char* nonnull(std::string_view s) { return s.data() == nullptr ? "" : s.data(); }

// Bind a std::string as a BLOB rather than TEXT.
struct Blob {
  std::string_view bytes;
};

// An open connection to an index file, and its cached statements.
struct Db {
  std::string path;
  sqlite3* handle = nullptr;
  int lock_fd = -1;      // a writer's flock on the file, held until closed
  std::int64_t gen = 0;  // the current run's generation
  // Prepared once, reused; keyed by the SQL text, which is always a literal.
  std::unordered_map<std::string_view, Stmt> stmts;

  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db() {
    stmts.clear();  // finalize before closing
    if (handle != nullptr) {
      // An open batch is rolled back, as a crash would leave it.
      if (sqlite3_get_autocommit(handle) == 0) sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
      sqlite3_close_v2(handle);
    }
    if (lock_fd >= 0) ::close(lock_fd);  // after the last checkpoint
  }

  [[noreturn]] void fail() const {
    const int code = sqlite3_errcode(handle) & 0xff;
    throw SqliteError(code, fmt::format("index {}: {}{}", path, sqlite3_errmsg(handle), advice(code)));
  }

  void exec(const char* sql) {
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail();
  }

  sqlite3_stmt* prepared(std::string_view sql) {
    if (auto it = stmts.find(sql); it != stmts.end()) return it->second.get();
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v3(handle, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s,
                           nullptr) != SQLITE_OK) {
      fail();
    }
    stmts.emplace(sql, Stmt(s));
    return s;
  }
};

// One use of a prepared statement: binds the arguments, steps, and resets the
// statement when it goes (also when an exception passes).
class Query {
 public:
  Query(Db& db, sqlite3_stmt* s) : db_(db), s_(s) {}
  Query(Query&& o) noexcept : db_(o.db_), s_(std::exchange(o.s_, nullptr)) {}
  ~Query() {
    if (s_ == nullptr) return;
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

  void bind(int i, std::string_view text) {
    check(sqlite3_bind_text64(s_, i, nonnull(text), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  }
  void bind(int i, Blob b) { check(sqlite3_bind_blob64(s_, i, nonnull(b.bytes), b.bytes.size(), SQLITE_TRANSIENT)); }
  void bind(int i, std::int64_t n) { check(sqlite3_bind_int64(s_, i, n)); }

  // Steps once: true when a row is ready, false when done; throws on failure.
  bool next() {
    const int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_.fail();
  }
  void run() {
    while (next()) {
    }
  }

  std::string str(int col) const { return std::string(view(col)); }
  // Valid until the next step: no copy.
  std::string_view view(int col) const {
    const void* p = sqlite3_column_blob(s_, col);
    return p == nullptr ? std::string_view() : std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(s_, col));
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(s_, col); }
  StoredBlob stored_blob() const { return {str(0), str(1), integer(2), str(3)}; }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) db_.fail();
  }
  Db& db_;
  sqlite3_stmt* s_;
};

template <typename... Args>
Query query(Db& db, std::string_view sql, const Args&... args) {
  Query q(db, db.prepared(sql));
  int i = 0;
  (q.bind(++i, args), ...);
  return q;
}

std::int64_t single_int(Db& db, std::string_view sql) {
  Query q = query(db, sql);
  return q.next() ? q.integer(0) : 0;
}

// Makes a group of statements atomic, inside or outside a batch: released by
// commit(), rolled back if an exception passes first.
class Atomic {
 public:
  explicit Atomic(Db& db) : db_(db) { query(db_, "SAVEPOINT store_op").run(); }
  ~Atomic() {
    if (!done_) sqlite3_exec(db_.handle, "ROLLBACK TO store_op; RELEASE store_op", nullptr, nullptr, nullptr);
  }
  void commit() {
    query(db_, "RELEASE store_op").run();
    done_ = true;
  }

 private:
  Db& db_;
  bool done_ = false;
};

// Checks that the open file is a concord index this concord can read, and
// creates the schema in a new (empty) file when writable. Returns false after
// reporting to diags. Throws SqliteError when SQLite cannot read the file.
bool check_schema(Db& db, bool writable, base::Diagnostics& diags) {
  const std::string& path = db.path;
  const std::int64_t app = single_int(db, "PRAGMA application_id");
  if (app == 0 && single_int(db, "SELECT COUNT(*) FROM sqlite_schema") == 0) {
    if (!writable) {
      diags.error({path}, "this file is empty, not a concord index; create one with `concord index ARCHIVE --db {}`",
                  path);
      return false;
    }
    // WAL lets readers go on while the writer commits; it is stored in the file.
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("BEGIN IMMEDIATE");
    db.exec(fmt::format("PRAGMA application_id={}", kApplicationId).c_str());
    db.exec(kSchema);
    db.exec("COMMIT");
    return true;
  }
  if (app != kApplicationId) {
    diags.error({path}, "an SQLite database, but not a concord index; give --db another path");
    return false;
  }
  Query q = query(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  const std::int64_t version = q.next() ? std::strtoll(q.str(0).c_str(), nullptr, 10) : 0;
  if (version > kSchemaVersion) {
    diags.error({path},
                "this index was written by a newer concord (index schema {}; this concord reads {}); "
                "use that concord, or delete the index and run `concord index` again",
                version, kSchemaVersion);
    return false;
  }
  if (version != kSchemaVersion) {
    diags.error({path}, "this concord index is damaged (no schema version); delete it and run `concord index` again");
    return false;
  }
  if (writable) db.exec("PRAGMA journal_mode=WAL");
  return true;
}

// Takes the writer's lock: one writer at a time, or the generations of two
// runs would delete each other's documents. flock is not SQLite's fcntl lock,
// so the two do not interfere, and the kernel drops it when a writer dies.
bool lock_writer(Db& db, base::Diagnostics& diags) {
  db.lock_fd = ::open(db.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (db.lock_fd >= 0 && ::flock(db.lock_fd, LOCK_EX | LOCK_NB) == 0) return true;
  if (errno == EWOULDBLOCK) {
    diags.error({db.path}, "another `concord index` is writing this index; wait for it to finish and try again");
  } else {
    diags.error({db.path}, "cannot lock the index: {}", std::strerror(errno));
  }
  return false;
}

}  // namespace

struct Store::Impl : Db {};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

namespace {

// The file as an SQLite URI that says nothing will change it: how a reader
// opens an index on read-only media or without write access to its folder,
// where WAL's shared-memory file cannot be made.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& path, bool writable, base::Diagnostics& diags) {
  return open(path, writable, false, diags);
}

std::unique_ptr<Store> Store::open(const std::string& path, bool writable, bool immutable, base::Diagnostics& diags) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  const int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                             : SQLITE_OPEN_READONLY | (immutable ? SQLITE_OPEN_URI : 0);
  const int rc = sqlite3_open_v2(immutable ? immutable_uri(path).c_str() : path.c_str(), &impl->handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::error_code ec;
    if (!writable && !std::filesystem::exists(path, ec)) {
      diags.error({path}, "no index here; create it with `concord index ARCHIVE --db {}`", path);
    } else {
      diags.error({path}, "cannot open the index: {}; check the path and its permissions", sqlite3_errstr(rc));
    }
    return nullptr;
  }
  sqlite3_busy_timeout(impl->handle, kBusyTimeoutMs);
  if (writable && !lock_writer(*impl, diags)) return nullptr;
  try {
    if (!check_schema(*impl, writable, diags)) return nullptr;
    // NORMAL is durable enough with WAL: a crash may lose the last commit, never consistency.
    if (writable) impl->exec("PRAGMA synchronous=NORMAL");
    impl->exec("PRAGMA temp_store=MEMORY");
    // documents_with_keys joins against this; temp, so readers can write it too.
    impl->exec("CREATE TEMP TABLE wanted(key TEXT PRIMARY KEY) WITHOUT ROWID");
    if (writable) {
      Query q = query(*impl, "SELECT value FROM meta WHERE key = 'generation'");
      impl->gen = q.next() ? q.integer(0) : 0;
    }
  } catch (const SqliteError& e) {
    if (!writable && !immutable && (e.code == SQLITE_CANTOPEN || e.code == SQLITE_READONLY)) {
      impl.reset();  // closed before it is opened again
      return open(path, writable, true, diags);
    }
    if (e.code == SQLITE_NOTADB) {
      diags.error({path}, "not a concord index (not even an SQLite database); check the --db path");
    } else if (e.code == SQLITE_CORRUPT) {
      diags.error({path}, "the index is corrupt; delete it and run `concord index` again");
    } else {
      diags.error({path}, "cannot open the index: {}", e.what());
    }
    return nullptr;
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

// ---- Writer ------------------------------------------------------------------

void Store::begin_run() {
  impl_->gen += 1;
  set_meta("generation", std::to_string(impl_->gen));
}

std::optional<SourceState> Store::source(const std::string& path) {
  Query q = query(*impl_, "SELECT size, mtime_ns, rules FROM sources WHERE path = ?", path);
  if (!q.next()) return std::nullopt;
  return SourceState{path, q.integer(0), q.integer(1), q.str(2)};
}

bool Store::source_intact(const std::string& path) {
  Query q = query(*impl_,
                  "SELECT b.blob FROM documents AS d CROSS JOIN blobs AS b ON b.id = d.id WHERE d.source = ?", path);
  while (q.next()) {
    if (!intact(q.view(0))) return false;
  }
  return true;
}

std::optional<std::string> Store::find_blob(const std::string& doc_id, const std::string& content_hash,
                                            const std::string& rules) {
  Query q = query(*impl_,
                  "SELECT b.blob FROM documents AS d CROSS JOIN blobs AS b ON b.id = d.id "
                  "WHERE d.doc_id = ? AND d.content_hash = ? AND d.rules = ?",
                  doc_id, content_hash, rules);
  if (!q.next()) return std::nullopt;
  return q.str(0);
}

void Store::put(const StoredBlob& doc, const std::string& content_hash, const std::string& rules,
                const std::vector<std::string>& keys) {
  Atomic op(*impl_);
  std::int64_t id = 0;
  {
    Query q = query(*impl_,
                    "INSERT INTO documents(doc_id, source, ord, content_hash, rules, gen) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(doc_id) DO UPDATE SET source = excluded.source, ord = excluded.ord, "
                    "content_hash = excluded.content_hash, rules = excluded.rules, gen = excluded.gen "
                    "RETURNING id",
                    doc.doc_id, doc.source, doc.ord, content_hash, rules, impl_->gen);
    if (q.next()) id = q.integer(0);
    q.run();
  }
  query(*impl_, "INSERT INTO blobs(id, blob) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET blob = excluded.blob", id,
        Blob{doc.blob})
      .run();
  query(*impl_, "DELETE FROM keys WHERE id = ?", id).run();
  for (const auto& key : keys) query(*impl_, "INSERT OR IGNORE INTO keys(key, id) VALUES (?, ?)", key, id).run();
  op.commit();
}

void Store::keep(const std::string& doc_id) {
  query(*impl_, "UPDATE documents SET gen = ? WHERE doc_id = ?", impl_->gen, doc_id).run();
}

void Store::keep_source(const std::string& path) {
  Atomic op(*impl_);
  query(*impl_, "UPDATE sources SET gen = ? WHERE path = ?", impl_->gen, path).run();
  query(*impl_, "UPDATE documents SET gen = ? WHERE source = ?", impl_->gen, path).run();
  op.commit();
}

void Store::finish_source(const SourceState& state) {
  Atomic op(*impl_);
  query(*impl_,
        "INSERT INTO sources(path, size, mtime_ns, rules, gen) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "rules = excluded.rules, gen = excluded.gen",
        state.path, state.size, state.mtime_ns, state.rules, impl_->gen)
      .run();
  query(*impl_, "DELETE FROM documents WHERE source = ? AND gen < ?", state.path, impl_->gen).run();
  op.commit();
}

std::size_t Store::remove_unseen_sources() {
  Atomic op(*impl_);
  // Counted first: sources with an old state or old documents, and nothing
  // seen in this run.
  std::size_t removed = 0;
  {
    Query q = query(*impl_,
                    "SELECT COUNT(*) FROM (SELECT path FROM sources WHERE gen < ?1 "
                    "UNION SELECT source FROM documents WHERE gen < ?1 "
                    "EXCEPT SELECT path FROM sources WHERE gen = ?1 "
                    "EXCEPT SELECT source FROM documents WHERE gen = ?1)",
                    impl_->gen);
    if (q.next()) removed = static_cast<std::size_t>(q.integer(0));
  }
  // Finished sources lost their old documents already and kept ones have
  // none, so what is left is a vanished source's, or unseen lines of a source
  // that failed part-way (which keeps what was read, but not its state).
  query(*impl_, "DELETE FROM documents WHERE gen < ?", impl_->gen).run();
  query(*impl_, "DELETE FROM sources WHERE gen < ?", impl_->gen).run();
  op.commit();
  return removed;
}

// BEGIN IMMEDIATE takes the write lock now (waiting up to the busy timeout),
// rather than failing later when a read would need upgrading.
void Store::begin_batch() { query(*impl_, "BEGIN IMMEDIATE").run(); }
void Store::commit_batch() { query(*impl_, "COMMIT").run(); }

// ---- Reader ------------------------------------------------------------------

std::size_t Store::document_count() {
  return static_cast<std::size_t>(single_int(*impl_, "SELECT COUNT(*) FROM documents"));
}

std::size_t Store::indexed_count() {
  if (const auto kept = meta("documents")) {
    char* end = nullptr;
    const unsigned long long n = std::strtoull(kept->c_str(), &end, 10);
    if (end != kept->c_str() && *end == '\0') return static_cast<std::size_t>(n);
  }
  return document_count();
}

std::size_t Store::source_count() {
  return static_cast<std::size_t>(single_int(*impl_, "SELECT COUNT(*) FROM sources"));
}

void Store::set_meta(const std::string& key, const std::string& value) {
  query(*impl_,
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key,
        value)
      .run();
}

std::optional<std::string> Store::meta(const std::string& key) {
  Query q = query(*impl_, "SELECT value FROM meta WHERE key = ?", key);
  if (!q.next()) return std::nullopt;
  return q.str(0);
}

std::vector<StoredBlob> Store::documents_with_keys(const std::vector<std::string>& keys) {
  std::vector<StoredBlob> out;
  if (keys.empty()) return out;
  // The keys go into a temp table, so thousands of them are one join rather
  // than a huge IN list. CROSS JOIN fixes the order: keys first, then each
  // matching document by its primary key, never a scan of all documents.
  Atomic op(*impl_);
  query(*impl_, "DELETE FROM temp.wanted").run();
  for (const auto& key : keys) query(*impl_, "INSERT OR IGNORE INTO temp.wanted(key) VALUES (?)", key).run();
  {
    Query q = query(*impl_,
                    "SELECT d.doc_id, d.source, d.ord, b.blob FROM "
                    "(SELECT DISTINCT k.id FROM temp.wanted AS w CROSS JOIN keys AS k ON k.key = w.key) AS m "
                    "CROSS JOIN documents AS d ON d.id = m.id CROSS JOIN blobs AS b ON b.id = d.id "
                    "ORDER BY d.source, d.ord, d.doc_id");
    while (q.next()) out.push_back(q.stored_blob());
  }
  query(*impl_, "DELETE FROM temp.wanted").run();
  op.commit();
  return out;
}

void Store::for_each_document(const std::function<void(StoredBlob&&)>& visit) {
  // Its own statement, not the shared one, so visit may use this Store meanwhile.
  sqlite3_stmt* s = nullptr;
  constexpr std::string_view kSql =
      "SELECT d.doc_id, d.source, d.ord, b.blob FROM documents AS d CROSS JOIN blobs AS b ON b.id = d.id "
      "ORDER BY d.source, d.ord, d.doc_id";
  if (sqlite3_prepare_v2(impl_->handle, kSql.data(), static_cast<int>(kSql.size()), &s, nullptr) != SQLITE_OK) {
    impl_->fail();
  }
  Stmt owned(s);
  Query q(*impl_, s);
  while (q.next()) visit(q.stored_blob());
}

}  // namespace concord::index
