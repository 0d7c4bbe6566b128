#include <catch2/catch.hpp>

#include "base/utf8.h"
#include "ingest/html.h"
#include "text/layout.h"
#include "test_util.h"

using namespace concord;
using namespace concord::ingest;

TEST_CASE("ingest/html: visible text only, one line per block") {
  const std::string html =
      "<html><head><title>T</title><style>p{}</style><script>var x = 'Choe met Putin';</script></head>"
      "<body><h1>Head line</h1><p>First <b>para</b>graph.</p><p>Second\n  para.</p>"
      "<noscript>enable js</noscript></body></html>";
  HtmlText h = extract_html(html);
  CHECK(h.title == "T");
  CHECK(h.text.find("Choe met Putin") == std::string::npos);
  CHECK(h.text.find("enable js") == std::string::npos);
  CHECK(h.text.find("p{}") == std::string::npos);
  CHECK(h.text.find("Head line\nFirst paragraph.\nSecond   para.") != std::string::npos);
}

TEST_CASE("ingest/html: character references map back to the bytes that spelled them") {
  const std::string html = "<p>Kim &amp; Choe met on Nov.&nbsp;17 &#8212; in Moscow</p>";
  auto doc = test::doc_from(html, Format::html, "p.html");
  const std::size_t amp = doc.text.find('&');
  REQUIRE(amp != std::string::npos);
  CHECK(doc.map.to_raw(amp, Bias::begin) == html.find("&amp;"));
  CHECK(doc.map.to_raw(amp + 1, Bias::end) == html.find("&amp;") + 5);
  const std::size_t moscow = doc.text.find("Moscow");
  CHECK(doc.map.to_raw(moscow, Bias::begin) == html.find("Moscow"));
  const Citer cite(doc);
  CHECK(cite.start(moscow).column == static_cast<int>(html.find("Moscow")) + 1);
}

TEST_CASE("ingest/html: navigation, asides and related lists are furniture") {
  auto doc = test::doc_from(
      "<body><nav><a>Home</a> <a>World</a></nav><article><p>Story text.</p></article>"
      "<aside class='related'><ul><li>Other story</li></ul></aside>"
      "<div class=\"share-tools\">Share</div><footer>(c) Site</footer></body>",
      Format::html, "p.html");
  std::vector<std::string> furniture;
  for (const auto& e : doc.excluded) furniture.push_back(test::text_of(doc, e.span));
  CHECK(furniture.size() == 4);
  CHECK(doc.text.find("Story text.") != std::string::npos);
}

TEST_CASE("ingest/html: publication date from the page's metadata") {
  auto doc = test::doc_from(
      "<html><head><meta property=\"article:published_time\" content=\"2014-11-17T09:00:00+09:00\">"
      "<meta property=\"og:site_name\" content=\"Daily\"></head><body><p>x y z.</p></body></html>",
      Format::html, "p.html");
  REQUIRE(doc.meta.date);
  CHECK(base::to_iso(*doc.meta.date) == "2014-11-17");
  CHECK(doc.meta.date_source == DateSource::inferred);
  CHECK(doc.meta.outlet == "Daily");
}

TEST_CASE("ingest/html: deep nesting and broken markup do not crash") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "deep text";
  auto doc = test::doc_from(deep, Format::html, "deep.html");
  CHECK(doc.text.find("deep text") != std::string::npos);
  REQUIRE_FALSE(doc.notes.empty());
  CHECK(doc.notes[0].find("tags stripped") != std::string::npos);
  CHECK(doc.map.to_raw(doc.text.find("deep text"), Bias::begin) == deep.find("deep text"));

  SECTION("moderate nesting still goes through the parser") {
    std::string nested;
    for (int i = 0; i < 2000; ++i) nested += "<div>";
    nested += "<p>inside</p>";
    auto d = test::doc_from(nested, Format::html, "n.html");
    CHECK(d.notes.empty());
    CHECK(d.text.find("inside") != std::string::npos);
  }
  auto broken = test::doc_from("<p>unclosed <b>bold <i>both</p> tail &bogus; &#xZZ; <", Format::html, "b.html");
  CHECK(broken.text.find("tail") != std::string::npos);
  CHECK(broken.map.text_size() == broken.text.size());
}

TEST_CASE("ingest/html: text the parser moves starts a line of its own, so no citation runs backwards") {
  // HTML5 moves stray text in a table before the table ("foster
  // parenting"): the tree reads "Later words" before "Cell words", the file
  // the other way round.
  const std::string html =
      "<body><p>He left on Monday</p><table><tr><td>Cell words here</td></tr>Later words here</table></body>";
  auto doc = test::doc_from(html, Format::html, "p.html");
  const std::size_t later = doc.text.find("Later words here");
  const std::size_t cell = doc.text.find("Cell words here");
  REQUIRE(later != std::string::npos);
  REQUIRE(cell != std::string::npos);
  REQUIRE(later < cell);  // the tree's order, which the text keeps
  CHECK(doc.map.to_raw(later, Bias::begin) == html.find("Later words here"));
  // Whatever span a sentence can take, its end is not before its start in the file.
  const Citer cite(doc);
  for (const auto& s : text::split_sentences(doc.text, {0, doc.text.size()})) {
    const Citation c = cite.cite(s.span);
    INFO(doc.text.substr(s.span.begin, s.span.size()));
    CHECK(c.byte_begin <= c.byte_end);
  }
  const Citation whole = cite.cite({0, doc.text.size()});
  CHECK(whole.byte_begin <= whole.byte_end);
  CHECK((whole.start.line < whole.end.line ||
         (whole.start.line == whole.end.line && whole.start.column <= whole.end.column)));
}

TEST_CASE("ingest/html: a numeric reference past U+10FFFF is a replacement character, never invalid UTF-8") {
  // gumbo spells "&#3655...;" (past the last code point) as one lead byte
  // with nothing after it; the fuzzer found the text then failed UTF-8.
  const std::string html = "<p>The debt is &#" + std::string(66, '5') + ";10 billion&nbsp;&mdash; officials said.</p>";
  auto doc = test::doc_from(html, Format::html, "p.html");
  CHECK(base::utf8::is_valid(doc.text));
  CHECK(doc.text.find("The debt is \xEF\xBF\xBD" "10 billion\xC2\xA0\xE2\x80\x94 officials said.") != std::string::npos);
  CHECK(doc.map.text_size() == doc.text.size());
  const std::size_t officials = doc.text.find("officials");
  CHECK(doc.map.to_raw(officials, Bias::begin) == html.find("officials"));
}
