#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/diag.h"

using namespace concord;
namespace fs = std::filesystem;

namespace {

// Runs in `dir` for the scope of one test, then goes back.
struct InDir {
  explicit InDir(const fs::path& dir) : old(fs::current_path()) { fs::current_path(dir); }
  ~InDir() { fs::current_path(old); }
  fs::path old;
};

}  // namespace

TEST_CASE("base/diag: paths are shown relative to the working directory when they are under it") {
  const fs::path root = fs::temp_directory_path() / fmt::format("concord-diag-{}", ::getpid());
  fs::remove_all(root);
  fs::create_directories(root / "real" / "drafts");
  std::ofstream(root / "real" / "drafts" / "a.md") << "x";
  fs::create_directory_symlink(root / "real", root / "link");
  {
    InDir in(root / "real");
    CHECK(base::display_path((root / "real" / "drafts" / "a.md").string()) == "drafts/a.md");
    CHECK(base::display_path("drafts/a.md") == "drafts/a.md");
    // Outside the working directory: as given.
    CHECK(base::display_path((root / "other.md").string()) == (root / "other.md").string());
  }
  {
    // Named through a symlink while the working directory is reported resolved.
    InDir in(root / "link");
    CHECK(base::display_path((root / "link" / "drafts" / "a.md").string()) == "drafts/a.md");
  }
  fs::remove_all(root);
}

TEST_CASE("base/diag: diagnostics about input not read are counted, and keep their mark when appended") {
  base::Diagnostics a;
  a.warning({"x.md"}, "a note on the text");
  a.unread(base::Unread::whole, base::Severity::warning, {"archive/locked"}, "cannot open this folder ({})", "EACCES");
  a.unread(base::Unread::part, base::Severity::error, {"a.jsonl", 3, 1}, "bad line");
  CHECK(a.unread_count() == 2);
  CHECK(a.error_count() == 1);
  base::Diagnostics b;
  b.append(a);
  CHECK(b.unread_count() == 2);
  REQUIRE(b.all().size() == 3);
  CHECK(b.all()[0].unread == base::Unread::no);
  CHECK(b.all()[1].unread == base::Unread::whole);
  CHECK(b.all()[1].message == "cannot open this folder (EACCES)");
  CHECK(b.all()[2].unread == base::Unread::part);
}
