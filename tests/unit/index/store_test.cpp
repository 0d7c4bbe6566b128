// index/store: the SQLite file of document blobs, keys and source states.
#include "index/store.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace concord;
using index::SourceState;
using index::Store;
using index::StoredBlob;
namespace fs = std::filesystem;

namespace {

// A temporary folder holding the index, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / fs::path("concord-store-test-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::unique_ptr<Store> open_store(const std::string& path, bool writable) {
  base::Diagnostics diags;
  auto store = Store::open(path, writable, diags);
  INFO((diags.empty() ? std::string() : diags.all().front().message));
  REQUIRE(store);
  REQUIRE(diags.empty());
  return store;
}

// The single error open() reports for path.
std::string open_error(const std::string& path, bool writable) {
  base::Diagnostics diags;
  auto store = Store::open(path, writable, diags);
  CHECK_FALSE(store);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all().front().where.path == path);
  return diags.all().front().message;
}

StoredBlob blob(const std::string& id, const std::string& source, std::int64_t ord) {
  return {id, source, ord, "blob of " + id};
}

std::vector<std::string> ids(const std::vector<StoredBlob>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.doc_id);
  return out;
}

std::vector<std::string> all_ids(Store& store) {
  std::vector<std::string> out;
  store.for_each_document([&](StoredBlob&& d) { out.push_back(d.doc_id); });
  return out;
}

// One run that reads each source completely, putting every document with key "k".
void index_run(Store& store, const std::vector<StoredBlob>& docs, const std::vector<std::string>& sources) {
  store.begin_run();
  store.begin_batch();
  for (const auto& d : docs) store.put(d, "h", "r", {"k"});
  for (const auto& s : sources) store.finish_source({s, 1, 1, "r"});
  store.commit_batch();
}

void exec(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

}  // namespace

TEST_CASE("index/store: a new index is created, and reopens with what was committed", "[index]") {
  TempDir dir;
  const std::string db = dir.file("claims.db");
  {
    auto store = open_store(db, true);
    CHECK(store->document_count() == 0);
    CHECK(store->source_count() == 0);
    CHECK_FALSE(store->meta("rules"));
    index_run(*store, {blob("a", "s.jsonl", 0)}, {"s.jsonl"});
    store->set_meta("rules", "fp1");
  }
  CHECK(fs::is_regular_file(db));
  for (bool writable : {false, true}) {
    auto store = open_store(db, writable);
    CHECK(store->document_count() == 1);
    CHECK(store->source_count() == 1);
    CHECK(store->meta("rules") == "fp1");
    CHECK(store->find_blob("a", "h", "r") == "blob of a");
    auto state = store->source("s.jsonl");
    REQUIRE(state);
    CHECK(*state == SourceState{"s.jsonl", 1, 1, "r"});
    CHECK_FALSE(store->source("other.jsonl"));
  }
}

TEST_CASE("index/store: indexed_count reads the count the index run kept, and counts without it", "[index]") {
  TempDir dir;
  auto store = open_store(dir.file("i.db"), true);
  index_run(*store, {blob("a", "s.jsonl", 0), blob("b", "s.jsonl", 1)}, {"s.jsonl"});
  CHECK(store->indexed_count() == 2);  // an index written before the count was kept
  store->set_meta("documents", "7");
  CHECK(store->indexed_count() == 7);
  store->set_meta("documents", "7x");  // damaged: counted again
  CHECK(store->indexed_count() == 2);
}

TEST_CASE("index/store: find_blob hits only on the same id, content hash and rules", "[index]") {
  TempDir dir;
  auto store = open_store(dir.file("i.db"), true);
  store->begin_run();
  store->put({"a", "s", 0, std::string("\0bin\xff", 5)}, "hash1", "rules1", {});
  CHECK(store->find_blob("a", "hash1", "rules1") == std::string("\0bin\xff", 5));
  CHECK_FALSE(store->find_blob("a", "hash2", "rules1"));
  CHECK_FALSE(store->find_blob("a", "hash1", "rules2"));
  CHECK_FALSE(store->find_blob("b", "hash1", "rules1"));

  SECTION("put replaces a document, its blob and its keys") {
    store->put({"a", "s", 0, "new"}, "hash2", "rules1", {"k2"});
    CHECK_FALSE(store->find_blob("a", "hash1", "rules1"));
    CHECK(store->find_blob("a", "hash2", "rules1") == "new");
    CHECK(store->document_count() == 1);
    CHECK(store->documents_with_keys({"k1"}).empty());
    CHECK(ids(store->documents_with_keys({"k2"})) == std::vector<std::string>{"a"});
  }
  SECTION("empty strings are stored as empty, not missing") {
    store->put({"e", "", 0, ""}, "", "", {""});
    CHECK(store->find_blob("e", "", "") == "");
    CHECK(ids(store->documents_with_keys({""})) == std::vector<std::string>{"e"});
  }
}

TEST_CASE("index/store: a key lookup returns each document once, by source and position", "[index]") {
  TempDir dir;
  auto store = open_store(dir.file("i.db"), true);
  store->begin_run();
  store->begin_batch();
  store->put(blob("b2", "b.jsonl", 2), "h", "r", {"x", "y"});
  store->put(blob("a1", "a.jsonl", 1), "h", "r", {"y", "z"});
  store->put(blob("b0", "b.jsonl", 0), "h", "r", {"z"});
  store->put(blob("a0", "a.jsonl", 0), "h", "r", {"w"});
  store->commit_batch();

  CHECK(ids(store->documents_with_keys({"x", "y", "z", "y", "missing"})) ==
        std::vector<std::string>{"a1", "b0", "b2"});
  CHECK(ids(store->documents_with_keys({"w"})) == std::vector<std::string>{"a0"});
  CHECK(store->documents_with_keys({"missing"}).empty());
  CHECK(store->documents_with_keys({}).empty());
  auto found = store->documents_with_keys({"x"});
  REQUIRE(found.size() == 1);
  CHECK(found[0].source == "b.jsonl");
  CHECK(found[0].ord == 2);
  CHECK(found[0].blob == "blob of b2");
  CHECK(all_ids(*store) == std::vector<std::string>{"a0", "a1", "b0", "b2"});

  SECTION("thousands of keys") {
    std::vector<std::string> keys;
    for (int i = 0; i < 5000; ++i) keys.push_back("key" + std::to_string(i));
    keys.push_back("w");
    CHECK(ids(store->documents_with_keys(keys)) == std::vector<std::string>{"a0"});
  }
  SECTION("the visitor may use the store while listing") {
    std::vector<std::size_t> hits;
    store->for_each_document([&](StoredBlob&&) { hits.push_back(store->documents_with_keys({"z"}).size()); });
    CHECK(hits == std::vector<std::size_t>{2, 2, 2, 2});
  }
}

TEST_CASE("index/store: finishing a source deletes its documents not seen in this run", "[index]") {
  TempDir dir;
  auto store = open_store(dir.file("i.db"), true);
  index_run(*store, {blob("a0", "a", 0), blob("a1", "a", 1), blob("a2", "a", 2), blob("b0", "b", 0)}, {"a", "b"});
  CHECK(store->document_count() == 4);

  // Next run: a1 was removed from a, a0 is unchanged, a2 changed; b is not read yet.
  store->begin_run();
  store->begin_batch();
  REQUIRE(store->find_blob("a0", "h", "r"));
  store->keep("a0");
  store->put(blob("a2", "a", 1), "h2", "r", {"k"});
  store->finish_source({"a", 2, 2, "r"});
  store->commit_batch();
  CHECK(all_ids(*store) == std::vector<std::string>{"a0", "a2", "b0"});
  CHECK(ids(store->documents_with_keys({"k"})) == std::vector<std::string>{"a0", "a2", "b0"});
  CHECK(store->source("a") == SourceState{"a", 2, 2, "r"});

  SECTION("a kept source keeps its documents") {
    store->keep_source("b");
    CHECK(store->remove_unseen_sources() == 0);
    CHECK(store->document_count() == 3);
    CHECK(store->source_count() == 2);
  }
  SECTION("a source not seen goes, with its documents and keys") {
    CHECK(store->remove_unseen_sources() == 1);
    CHECK(all_ids(*store) == std::vector<std::string>{"a0", "a2"});
    CHECK_FALSE(store->source("b"));
    CHECK(ids(store->documents_with_keys({"k"})) == std::vector<std::string>{"a0", "a2"});
  }
}

TEST_CASE("index/store: a source that failed part-way keeps what was read, not its state", "[index]") {
  TempDir dir;
  auto store = open_store(dir.file("i.db"), true);
  index_run(*store, {blob("a0", "a", 0), blob("a1", "a", 1), blob("a2", "a", 2)}, {"a"});
  // a changed: a0 is the same, a1 changed, the line of a2 could not be read.
  store->begin_run();
  store->keep("a0");
  store->put(blob("a1", "a", 1), "h2", "r", {"k"});
  CHECK(store->remove_unseen_sources() == 0);
  CHECK(all_ids(*store) == std::vector<std::string>{"a0", "a1"});
  CHECK_FALSE(store->source("a"));  // read again next time
  CHECK(store->source_count() == 0);
  CHECK(store->find_blob("a1", "h2", "r"));
}

TEST_CASE("index/store: remove_unseen_sources also drops documents of a source never finished", "[index]") {
  TempDir dir;
  auto store = open_store(dir.file("i.db"), true);
  index_run(*store, {blob("a0", "a", 0)}, {"a"});
  // A run that died inside source c: its documents are committed, c has no state.
  store->begin_run();
  store->put(blob("c0", "c", 0), "h", "r", {"k"});
  CHECK_FALSE(store->source("c"));

  store->begin_run();
  store->keep_source("a");
  CHECK(store->remove_unseen_sources() == 1);
  CHECK(all_ids(*store) == std::vector<std::string>{"a0"});
  CHECK(store->source_count() == 1);
}

// What a writer leaves when it stops inside source a: one committed batch, one open.
void die_inside_a_source(const std::string& db, bool kill) {
  auto store = open_store(db, true);
  store->begin_run();
  store->begin_batch();
  store->put(blob("a0", "a", 0), "h", "r", {"k"});
  store->commit_batch();
  store->begin_batch();
  store->put(blob("a1", "a", 1), "h", "r", {"k"});
  if (kill) ::raise(SIGKILL);
}

TEST_CASE("index/store: a writer that dies inside a source keeps only its committed batches", "[index]") {
  TempDir dir;
  const std::string db = dir.file("i.db");
  SECTION("destroyed with a batch open: the destructor rolls it back") { die_inside_a_source(db, false); }
  SECTION("killed with a batch open") {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // never returns into Catch
      try {
        die_inside_a_source(db, true);
      } catch (...) {
      }
      ::_exit(1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
  }
  auto store = open_store(db, true);  // the lock went with the writer
  CHECK_FALSE(store->source("a"));    // so the next run reads a again,
  CHECK(store->find_blob("a0", "h", "r"));  // reusing what was committed
  CHECK_FALSE(store->find_blob("a1", "h", "r"));
  CHECK(ids(store->documents_with_keys({"k"})) == std::vector<std::string>{"a0"});
}

TEST_CASE("index/store: a reader sees committed batches while a writer holds one open", "[index]") {
  TempDir dir;
  const std::string db = dir.file("i.db");
  auto writer = open_store(db, true);
  index_run(*writer, {blob("a0", "a", 0)}, {"a"});

  auto reader = open_store(db, false);
  writer->begin_batch();
  writer->put(blob("a1", "a", 1), "h", "r", {"k"});
  writer->set_meta("rules", "new");
  CHECK(reader->document_count() == 1);
  CHECK(ids(reader->documents_with_keys({"k"})) == std::vector<std::string>{"a0"});
  CHECK_FALSE(reader->meta("rules"));
  CHECK(writer->document_count() == 2);  // the writer sees its own batch

  writer->commit_batch();
  CHECK(reader->document_count() == 2);
  CHECK(ids(reader->documents_with_keys({"k"})) == std::vector<std::string>{"a0", "a1"});
  CHECK(reader->meta("rules") == "new");
}

TEST_CASE("index/store: a reader cannot write", "[index]") {
  TempDir dir;
  const std::string db = dir.file("i.db");
  open_store(db, true);
  auto reader = open_store(db, false);
  CHECK_THROWS_WITH(reader->set_meta("x", "y"), Catch::Contains("index " + db + ": ") && Catch::Contains("readonly"));
}

TEST_CASE("index/store: only one writer at a time", "[index]") {
  TempDir dir;
  const std::string db = dir.file("i.db");
  auto writer = open_store(db, true);
  CHECK_THAT(open_error(db, true), Catch::Contains("another `concord index` is writing this index"));
  open_store(db, false);  // readers are welcome
  writer.reset();
  open_store(db, true);
}

TEST_CASE("index/store: open refuses what is not a concord index, saying what to do", "[index]") {
  TempDir dir;

  SECTION("a missing index, for a reader") {
    const std::string db = dir.file("missing.db");
    CHECK(open_error(db, false) == "no index here; create it with `concord index ARCHIVE --db " + db + "`");
    CHECK_FALSE(fs::exists(db));
  }
  SECTION("a file that is not SQLite") {
    const std::string db = dir.file("archive.jsonl");
    std::ofstream(db) << std::string(2000, 'x');
    for (bool writable : {false, true}) {
      CHECK_THAT(open_error(db, writable), Catch::Contains("not a concord index") && Catch::Contains("--db"));
    }
    CHECK(fs::file_size(db) == 2000);  // untouched
  }
  SECTION("another program's SQLite database") {
    const std::string db = dir.file("other.db");
    exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    for (bool writable : {false, true}) {
      CHECK(open_error(db, writable) == "an SQLite database, but not a concord index; give --db another path");
    }
  }
  SECTION("an index from a newer concord") {
    const std::string db = dir.file("i.db");
    open_store(db, true);
    exec(db, "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    CHECK_THAT(open_error(db, false), Catch::Contains("newer concord (index schema 2; this concord reads 1)") &&
                                          Catch::Contains("run `concord index` again"));
  }
  SECTION("an empty file, for a reader") {
    const std::string db = dir.file("empty.db");
    std::ofstream{db};
    CHECK_THAT(open_error(db, false), Catch::Contains("not a concord index; create one with"));
    open_store(db, true);  // a writer makes it one
    open_store(db, false);
  }
  SECTION("a folder that does not exist, for a writer") {
    CHECK_THAT(open_error(dir.file("no/such/dir/i.db"), true), Catch::Contains("cannot open the index"));
  }
  SECTION("a damaged index") {
    const std::string db = dir.file("i.db");
    {
      auto store = open_store(db, true);
      index_run(*store, {blob("a0", "a", 0)}, {"a"});
    }
    // Overwrite everything after the header's first page with garbage.
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(100);
    f << std::string(3000, '\x5a');
    f.close();
    std::string message;
    base::Diagnostics diags;
    auto store = Store::open(db, false, diags);
    if (store) {
      CHECK_THROWS_WITH(store->document_count(), Catch::Contains("delete it and run `concord index` again"));
    } else {
      CHECK_THAT(diags.all().front().message, Catch::Contains("delete it and run `concord index` again"));
    }
  }
}
