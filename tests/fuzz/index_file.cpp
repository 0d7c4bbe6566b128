// An index file as a crashed job, a full disk or another program left it
// (index/store.h): arbitrary bytes opened as the SQLite database
// `check --db` reads and `concord index` updates.
//
// Input: the file's bytes. It is opened for reading, every document and a
// lookup by key read and decoded as `check --db` does; then opened for
// writing and a run begun and finished as `concord index` would. A file that
// is not a usable index must be a diagnostic or concord's own
// std::runtime_error naming it, never a crash, a hang or a library's
// exception escaping.
#include <string>

#include "base/diag.h"
#include "fuzz.h"
#include "index/codec.h"
#include "index/store.h"

using namespace concord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = fuzz::temp_file("index.db", fuzz::bytes(data, size));
  std::filesystem::remove(path + "-journal");
  std::filesystem::remove(path + "-wal");
  fuzz::run([&] {
    base::Diagnostics diags;
    auto store = index::Store::open(path, false, diags);
    if (!store) return;
    store->meta("rules");
    store->document_count();
    store->source_count();
    store->for_each_document([](index::StoredBlob&& b) {
      if (auto doc = index::decode(b.blob)) FUZZ_CHECK(index::decode(index::encode(*doc)).has_value());
    });
    for (auto& b : store->documents_with_keys({"p:choe", "t:minister"})) index::decode(b.blob);
  });
  fuzz::run([&] {
    base::Diagnostics diags;
    auto store = index::Store::open(path, true, diags);
    if (!store) return;
    store->begin_run();
    if (auto s = store->source("story.txt")) store->source_intact(s->path);
    store->begin_batch();
    store->finish_source({"story.txt", 1, 1, "rules"});
    store->commit_batch();
    store->remove_unseen_sources();
  });
  return 0;
}
