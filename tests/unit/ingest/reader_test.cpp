#include <catch2/catch.hpp>

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
  CHECK(diags.all()[1].message.find("no documents") != std::string::npos);
  CHECK(diags.all()[2].severity == base::Severity::warning);
  CHECK(diags.all()[2].where.path == root + "/bin.txt");
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
