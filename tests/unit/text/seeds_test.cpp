// The five seed pages in ../shared/seeds: dates, furniture and citations.
#include <catch2/catch.hpp>

#include <map>

#include "test_util.h"
#include "text/layout.h"

using namespace concord;
using namespace concord::ingest;

namespace {

struct Read {
  Document doc;
  text::Layout layout;
};

std::map<std::string, Read> read_seeds(base::Diagnostics& diags) {
  std::map<std::string, Read> out;
  const std::string dir = (test::shared_dir() / "seeds").string();
  for (const auto& s : list_sources({dir}, {}, diags)) {
    load_source(s, {}, diags, [&](Document&& d) {
      const std::string name = std::filesystem::path(d.path).filename().string().substr(0, 3);
      text::Layout l = text::analyze(d);
      out[name] = Read{std::move(d), std::move(l)};
    });
  }
  return out;
}

bool read_as_sentence(const Read& r, const std::string& words) {
  for (const auto& s : r.layout.sentences) {
    if (r.doc.text.substr(s.span.begin, s.span.size()).find(words) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("text/seeds: the five seeds are read with their dates, furniture and citations") {
  if (!test::have_shared()) {
    WARN("../shared/seeds not present; seed checks skipped");
    return;
  }
  base::Diagnostics diags;
  auto seeds = read_seeds(diags);
  REQUIRE(seeds.size() == 5);

  SECTION("dates come from sources.yaml") {
    CHECK(base::to_iso(*seeds["000"].doc.meta.date) == "2014-11-17");
    CHECK(base::to_iso(*seeds["001"].doc.meta.date) == "2014-11-15");
    CHECK(base::to_iso(*seeds["004"].doc.meta.date) == "2024-11-07");
    for (auto& [name, r] : seeds) CHECK(r.doc.meta.date_source == DateSource::manifest);
  }

  SECTION("without the manifest, dates printed on the page are inferred") {
    auto doc = test::doc_from(test::slurp(test::shared_dir() / "seeds/001_ec7bb5bb060c0059.txt"));
    REQUIRE(doc.meta.date);
    CHECK(base::to_iso(*doc.meta.date) == "2014-11-15");
    CHECK(doc.meta.date_source == DateSource::inferred);
    auto kyodo = test::doc_from(test::slurp(test::shared_dir() / "seeds/000_7dc0c91762260c21.txt"));
    REQUIRE(kyodo.meta.date);
    CHECK(base::to_iso(*kyodo.meta.date) == "2014-11-17");
    auto latimes = test::doc_from(test::slurp(test::shared_dir() / "seeds/002_fdd12a4641f0b19e.txt"));
    CHECK_FALSE(latimes.meta.date);  // not printed: unknown, never guessed
  }

  SECTION("the double-encoded first line of 000 is not read, and the one warning says so") {
    const Read& r = seeds["000"];
    REQUIRE(diags.all().size() == 1);
    const base::Diagnostic& d = diags.all()[0];
    CHECK(d.where.path == r.doc.path);
    CHECK(d.where.line == 1);
    CHECK(d.unread == base::Unread::part);
    CHECK(d.message.find("double-encoded") != std::string::npos);
    CHECK(r.layout.excluded.front().why == Exclusion::untrusted);
    CHECK(r.layout.excluded.front().span.begin == 0);
  }

  SECTION("the paragraph printed twice is read once") {
    const Read& r = seeds["000"];
    int n = 0;
    for (const auto& s : r.layout.sentences) {
      n += r.doc.text.substr(s.span.begin, s.span.size()).find("Choe is likely to meet") != std::string::npos;
    }
    CHECK(n == 1);
  }

  SECTION("licensing boxes, headline lists and menus are furniture; the story is not") {
    CHECK_FALSE(read_as_sentence(seeds["000"], "Editorial #"));
    CHECK_FALSE(read_as_sentence(seeds["004"], "Hidden Nuclear Plans Revealed"));
    CHECK_FALSE(read_as_sentence(seeds["004"], "Bitcoin at $93K"));
    CHECK_FALSE(read_as_sentence(seeds["001"], "Most viewed articles"));
    CHECK_FALSE(read_as_sentence(seeds["003"], "Accessibility links"));
    CHECK(read_as_sentence(seeds["004"], "Choe Son Hui met with Russian President Vladimir Putin"));
    CHECK(read_as_sentence(seeds["003"], "wrapped up a week-long trip to Russia Monday."));
    CHECK(read_as_sentence(seeds["002"], "Kim, 32, had little obvious experience"));
    CHECK(read_as_sentence(seeds["001"], "Pier No. 3 at Rajin Port"));
  }

  SECTION("citations point at the words in the file, columns in code points") {
    const Read& r = seeds["001"];
    const std::size_t at = r.doc.text.find("Choi Ryong-hae’s visit");
    REQUIRE(at != std::string::npos);
    const Citer cite(r.doc);
    const Citation c = cite.cite({at, at + std::string("Choi Ryong-hae’s visit").size()});
    CHECK(c.start.line == 20);
    CHECK(c.start.column == 39);  // after one code point for “
    CHECK(c.end.column == 61);
    CHECK(c.quote == "Choi Ryong-hae’s visit");
    const Read& v = seeds["003"];
    const std::size_t nov20 = v.doc.text.find("Nov. 20, 2014");
    const Citation c2 = Citer(v.doc).cite({nov20, nov20 + 13});
    CHECK(c2.start.line == 7);
    CHECK(c2.start.column == 140);
  }
}
