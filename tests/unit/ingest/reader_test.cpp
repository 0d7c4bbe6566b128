#include <catch2/catch.hpp>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/date_infer.h"
#include "ingest/manifest.h"
#include "test_util.h"

using namespace concord;
using namespace concord::ingest;
namespace fs = std::filesystem;

namespace {

// A temporary folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / fs::path("concord-test-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& rel, const std::string& bytes) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel, std::ios::binary) << bytes;
  }
};

// For the scope of a test, this thread lacks the capabilities that let root
// open any folder, so a folder with mode 000 is as unreadable to root as to
// anyone else (capabilities are per thread; the saved ones come back after).
class WithoutReadOverride {
 public:
  WithoutReadOverride() {
    if (syscall(SYS_capget, &header_, saved_) != 0) return;
    __user_cap_data_struct lowered[2] = {saved_[0], saved_[1]};
    lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
    dropped_ = syscall(SYS_capset, &header_, lowered) == 0;
  }
  ~WithoutReadOverride() {
    if (dropped_) syscall(SYS_capset, &header_, saved_);
  }
  WithoutReadOverride(const WithoutReadOverride&) = delete;  // restores once
  WithoutReadOverride& operator=(const WithoutReadOverride&) = delete;

 private:
  __user_cap_header_struct header_{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct saved_[2]{};
  bool dropped_ = false;
};

// The diagnostics about input not read, as "path: message".
std::vector<std::string> unread(const base::Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.all()) {
    if (d.unread != base::Unread::no) out.push_back(d.where.path + ": " + d.message);
  }
  return out;
}

std::vector<Document> read_all(const std::vector<std::string>& paths, base::Diagnostics& diags,
                               const ReadOptions& options = {}) {
  std::vector<Document> docs;
  for (const auto& s : list_sources(paths, options, diags)) {
    load_source(s, options, diags, [&](Document&& d) { docs.push_back(std::move(d)); });
  }
  return docs;
}

}  // namespace

TEST_CASE("ingest/reader: folders are read recursively, sorted, hidden entries skipped") {
  TempDir dir;
  dir.write("b.txt", "Beta story.");
  dir.write("a/z.md", "Zed story.");
  dir.write("a/c.html", "<p>Cee story.</p>");
  dir.write(".git/x.txt", "hidden");
  dir.write("notes.pdf", "%PDF");
  base::Diagnostics diags;
  const std::string root = dir.path.string();
  auto docs = read_all({root}, diags);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].path == root + "/a/c.html");
  CHECK(docs[1].path == root + "/a/z.md");
  CHECK(docs[2].path == root + "/b.txt");
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].severity == base::Severity::note);
  CHECK(diags.all()[0].message.find("notes.pdf") != std::string::npos);
}

TEST_CASE("ingest/reader: a manifest gives dates; --date overrides everything") {
  TempDir dir;
  dir.write("sources.yaml", "- file: a.txt\n  outlet: Desk\n  date: 2014-11-15\n- file: gone.txt\n  date: 2014-01-01\n");
  dir.write("a.txt", "Story a.");
  dir.write("b.md", "---\ndate: 2014-11-20\n---\nStory b.");
  base::Diagnostics diags;
  const std::string root = dir.path.string();
  ReadOptions options;
  options.dates.push_back({root + "/b.md", base::Date{2015, 1, 2}});
  auto docs = read_all({root}, diags, options);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].meta.outlet == "Desk");
  CHECK(docs[0].meta.date_source == DateSource::manifest);
  CHECK(base::to_iso(*docs[0].meta.date) == "2014-11-15");
  CHECK(docs[1].meta.date_source == DateSource::flag);
  CHECK(base::to_iso(*docs[1].meta.date) == "2015-01-02");
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message.find("gone.txt") != std::string::npos);
}

TEST_CASE("ingest/reader: missing paths, empty folders and binary files are reported, the rest read") {
  TempDir dir;
  dir.write("empty/.keep", "");
  dir.write("bin.txt", std::string("\0\x01\x02", 3));
  dir.write("ok.txt", "Fine.");
  base::Diagnostics diags;
  const std::string root = dir.path.string();
  auto docs = read_all({root + "/missing.txt", root + "/empty", root + "/bin.txt", root + "/ok.txt"}, diags);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].path == root + "/ok.txt");
  REQUIRE(diags.all().size() == 3);
  CHECK(diags.all()[0].message.find("no such file") != std::string::npos);
  CHECK(diags.all()[0].unread == base::Unread::whole);
  CHECK(diags.all()[1].message.find("no documents") != std::string::npos);
  CHECK(diags.all()[1].unread == base::Unread::no);  // nothing there to read
  CHECK(diags.all()[2].severity == base::Severity::warning);
  CHECK(diags.all()[2].unread == base::Unread::whole);
  CHECK(diags.all()[2].where.path == root + "/bin.txt");
}

// Issue 16: each of these was skipped with no word, and the run passed.
TEST_CASE("ingest/reader: what a folder holds but cannot be read is reported, in path order") {
  TempDir dir;
  const std::string root = dir.path.string();
  dir.write("b-story.txt", "A story.");
  fs::create_symlink("gone.txt", dir.path / "c-moved.txt");
  REQUIRE(::mkfifo((dir.path / "a-wire.md").c_str(), 0644) == 0);
  fs::create_symlink("loop.txt", dir.path / "loop.txt");
  base::Diagnostics diags;
  auto docs = read_all({root}, diags);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].path == root + "/b-story.txt");
  CHECK(diags.error_count() == 0);
  CHECK(diags.unread_count() == 3);
  const auto u = unread(diags);
  REQUIRE(u.size() == 3);
  CHECK(u[0] == root + "/a-wire.md: a named pipe, not a file; put the story in a regular file");
  CHECK(u[1] == root + "/c-moved.txt: a link to 'gone.txt', which does not exist; fix the link or remove it");
  CHECK(u[2].rfind(root + "/loop.txt: a link to 'loop.txt' that cannot be followed (", 0) == 0);
  for (const auto& d : diags.all()) CHECK(d.severity == base::Severity::warning);
}

TEST_CASE("ingest/reader: a folder that cannot be opened is reported; its siblings are read") {
  TempDir dir;
  const std::string root = dir.path.string();
  dir.write("open/a.txt", "A story.");
  dir.write("locked/b.txt", "Another story.");
  fs::permissions(dir.path / "locked", fs::perms::none);
  base::Diagnostics diags;
  std::vector<Document> docs;
  {
    WithoutReadOverride as_anyone;
    std::error_code ec;
    fs::directory_iterator probe(dir.path / "locked", ec);
    if (!ec) {
      fs::permissions(dir.path / "locked", fs::perms::owner_all);
      WARN("cannot drop the capability to read any folder here; not tested");
      return;
    }
    docs = read_all({root}, diags);
  }
  fs::permissions(dir.path / "locked", fs::perms::owner_all);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].path == root + "/open/a.txt");
  REQUIRE(diags.all().size() == 1);
  const base::Diagnostic& d = diags.all()[0];
  CHECK(d.severity == base::Severity::warning);
  CHECK(d.unread == base::Unread::whole);
  CHECK(d.where.path == root + "/locked");
  CHECK(d.message.find("cannot open this folder (Permission denied)") == 0);

  SECTION("named itself, it is an error") {
    base::Diagnostics named;
    fs::permissions(dir.path / "locked", fs::perms::none);
    {
      WithoutReadOverride as_anyone;
      CHECK(read_all({root + "/locked"}, named).empty());
    }
    fs::permissions(dir.path / "locked", fs::perms::owner_all);
    REQUIRE(named.all().size() == 1);
    CHECK(named.all()[0].severity == base::Severity::error);
    CHECK(named.all()[0].unread == base::Unread::whole);
  }
}

TEST_CASE("ingest/reader: links to folders are followed once; a link named that leads nowhere is an error") {
  TempDir dir;
  const std::string root = dir.path.string();
  dir.write("archive/real/a.txt", "A story.");
  dir.write("elsewhere/b.txt", "A story kept elsewhere.");
  fs::create_directory_symlink("real", dir.path / "archive/alias");
  fs::create_directory_symlink("..", dir.path / "archive/real/up");
  fs::create_directory_symlink(dir.path / "elsewhere", dir.path / "archive/shared");
  fs::create_symlink("nowhere.md", dir.path / "draft.md");
  base::Diagnostics diags;
  auto docs = read_all({root + "/archive", root + "/draft.md"}, diags);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].path == root + "/archive/real/a.txt");
  CHECK(docs[1].path == root + "/archive/shared/b.txt");
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].severity == base::Severity::error);
  CHECK(diags.all()[0].unread == base::Unread::whole);
  CHECK(diags.all()[0].message == "a link to 'nowhere.md', which does not exist; fix the link or name the file itself");
}

TEST_CASE("ingest/reader: a document read in part says so: double-encoded lines, skipped JSONL lines") {
  TempDir dir;
  const std::string root = dir.path.string();
  dir.write("a.md", "---\ndate: 2025-03-08\n---\nIt\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s here.\nAnd \xC3\x83\xC2\xA9 too.\n");
  dir.write("b.jsonl", "{\"id\": \"1\", \"text\": \"One.\"}\nnot json\n");
  dir.write("c.txt", "\xC3\x89\xE2\x82\xAC 40 million.\n");
  base::Diagnostics diags;
  auto docs = read_all({root}, diags);
  REQUIRE(docs.size() == 3);
  REQUIRE(docs[0].excluded.size() == 3);  // front matter, two lines
  CHECK(docs[2].excluded.empty());        // É€ is read as written
  REQUIRE(diags.all().size() == 2);
  const base::Diagnostic& lines = diags.all()[0];
  CHECK(lines.severity == base::Severity::warning);
  CHECK(lines.unread == base::Unread::part);
  CHECK(lines.where.line == 4);
  CHECK(lines.where.column == 3);
  CHECK(lines.message == "2 lines not read, the first here: their text looks double-encoded ('\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2'); "
                         "re-save the source as UTF-8");
  const base::Diagnostic& json = diags.all()[1];
  CHECK(json.severity == base::Severity::error);
  CHECK(json.unread == base::Unread::part);
  CHECK(json.where.line == 2);
}

TEST_CASE("ingest/reader: JSONL archives give one document per line; bad lines do not stop the rest") {
  TempDir dir;
  dir.write("a.jsonl",
            "{\"id\": \"one\", \"text\": \"First.\", \"date\": \"2014-11-17\"}\n\nnot json\n"
            "{\"id\": \"one\", \"text\": \"Dup id.\"}\n{\"id\": \"three\", \"text\": \"Third.\", \"date\": \"bad\"}\n");
  base::Diagnostics diags;
  auto docs = read_all({dir.path.string() + "/a.jsonl"}, diags);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].meta.date_source == DateSource::jsonl);
  CHECK(docs[1].id.find("#one@4") != std::string::npos);
  CHECK(docs[2].first_line == 5);
  CHECK(diags.error_count() == 2);  // "not json" and the bad date
}

TEST_CASE("ingest/date_infer: labelled publication dates only") {
  auto d = infer_date("Title\n\nPosted on : 2014-11-15 16:12 KST Modified on : 2019-10-19 20:29 KST\n");
  REQUIRE(d);
  CHECK(base::to_iso(d->date) == "2014-11-15");
  CHECK(d->label == "Posted on");

  auto next_line = infer_date("Upload date:\nDate created:\nNovember 17, 2014\n");
  REQUIRE(next_line);
  CHECK(base::to_iso(next_line->date) == "2014-11-17");

  auto after_bar = infer_date("By Jane Doe | Published: Nov. 17, 2014 10:30 AM");
  REQUIRE(after_bar);
  CHECK(base::to_iso(after_bar->date) == "2014-11-17");

  CHECK_FALSE(infer_date("Modified on : 2019-10-19"));
  CHECK_FALSE(infer_date("The company, created on 5 May 1999, grew."));
  CHECK_FALSE(infer_date("Choe arrived on Nov. 17, 2014."));
}

TEST_CASE("ingest/reader: the format is chosen by extension, or sniffed") {
  CHECK(format_for_path("a/B.MD") == Format::markdown);
  CHECK(format_for_path("x.htm") == Format::html);
  CHECK(format_for_path("x.ndjson") == Format::jsonl);
  CHECK_FALSE(format_for_path("x.pdf"));
  CHECK(sniff_format("---\ntitle: x\n---\n") == Format::markdown);
  CHECK(sniff_format("  <!doctype html>") == Format::html);
  CHECK(sniff_format("Plain words.") == Format::text);
}

TEST_CASE("ingest/reader: byte ranges cut a JSONL archive between lines, each line read once") {
  TempDir dir;
  std::string jsonl;
  for (int i = 0; i < 40; ++i) {
    // Ids repeat every 15 lines, so repeats fall in other ranges than their first use.
    jsonl += "{\"id\": \"s" + std::to_string(i % 15) + "\", \"text\": \"Story " + std::string(i % 7, 'x') + ".\"}\n";
    if (i == 20) jsonl += "{\"id\": \"bad\", \"text\": \n";
  }
  dir.write("a.jsonl", jsonl);
  const Source src{(dir.path / "a.jsonl").string(), Format::jsonl, false, std::nullopt};
  auto read = [&](ByteRange r, base::Diagnostics& diags) {
    std::vector<std::string> ids;
    load_source(src, {}, diags, [&](Document&& d) { ids.push_back(d.id + "@" + std::to_string(d.first_line)); }, r);
    return ids;
  };
  base::Diagnostics whole_diags;
  const auto whole = read({}, whole_diags);
  REQUIRE(whole.size() == 40);
  for (std::uint64_t cuts : {2u, 3u, 7u, 64u}) {
    std::vector<std::string> joined;
    base::Diagnostics diags;
    for (std::uint64_t k = 0; k < cuts; ++k) {
      const ByteRange r{k * jsonl.size() / cuts, k + 1 == cuts ? ByteRange{}.end : (k + 1) * jsonl.size() / cuts};
      for (auto& id : read(r, diags)) joined.push_back(std::move(id));
    }
    INFO(cuts << " ranges");
    CHECK(joined == whole);
    CHECK(diags.error_count() == whole_diags.error_count());
    CHECK(diags.all().size() == whole_diags.all().size());
  }
  SECTION("a one-document file is read by the range that holds its first byte") {
    dir.write("b.txt", "Choe arrived.");
    const Source txt{(dir.path / "b.txt").string(), Format::text, false, std::nullopt};
    base::Diagnostics diags;
    std::size_t n = 0;
    load_source(txt, {}, diags, [&](Document&&) { ++n; }, {0, 3});
    load_source(txt, {}, diags, [&](Document&&) { ++n; }, {3, 100});
    CHECK(n == 1);
  }
}
