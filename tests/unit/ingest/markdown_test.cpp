#include <catch2/catch.hpp>

#include "ingest/markdown.h"
#include "test_util.h"

using namespace concord;
using namespace concord::ingest;

TEST_CASE("ingest/markdown: markup is blanked and offsets are unchanged") {
  std::string t = "# Title here\n\nSome **bold** and _it_ with [a link](https://x.org \"t\") and `code`.\n"
                  "- item one\n1. first\n> quoted text\n![alt](img.png)\nsnake_case_word stays\n";
  const std::size_t size = t.size();
  base::Diagnostics diags;
  blank_markdown(t, "a.md", diags);
  CHECK(t.size() == size);
  CHECK(t.find("Title here") == 2);
  CHECK(t.find("**") == std::string::npos);
  CHECK(t.find("https") == std::string::npos);
  CHECK(t.find("a link") != std::string::npos);
  CHECK(t.find("img.png") == std::string::npos);
  CHECK(t.find("snake_case_word") != std::string::npos);
  CHECK(t.find("quoted text") != std::string::npos);
  CHECK(t.find('>') == std::string::npos);
  CHECK(diags.empty());
}

TEST_CASE("ingest/markdown: front matter gives metadata; its lines are counted") {
  auto doc = test::doc_from("---\ntitle: Envoy\ndate: 2014-11-26\noutlet: Desk\n---\nChoe arrived.\n",
                            Format::markdown, "d.md");
  CHECK(doc.meta.title == "Envoy");
  CHECK(doc.meta.outlet == "Desk");
  REQUIRE(doc.meta.date);
  CHECK(base::to_iso(*doc.meta.date) == "2014-11-26");
  CHECK(doc.meta.date_source == DateSource::front_matter);
  const Citer cite(doc);
  CHECK(cite.start(doc.text.find("Choe")).line == 6);
}

TEST_CASE("ingest/markdown: bad front matter is an error at its line; the body is still read") {
  base::Diagnostics diags;
  auto doc = make_document("d.md", "---\ntitle: A\ndate: 2014-02-30\n---\nBody text here.\n",
                           Format::markdown, {}, std::nullopt, diags);
  REQUIRE(doc);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].where.line == 3);
  CHECK(diags.all()[0].message.find("not a date") != std::string::npos);
  CHECK(doc->text.find("Body text here.") != std::string::npos);

  SECTION("a YAML syntax error names the line") {
    base::Diagnostics d2;
    make_document("e.md", "---\ntitle: [oops\n---\nBody.\n", Format::markdown, {}, std::nullopt, d2);
    REQUIRE(d2.error_count() == 1);
    CHECK(d2.all()[0].where.line >= 2);
  }
  SECTION("unclosed front matter is reported") {
    base::Diagnostics d3;
    make_document("f.md", "---\ntitle: A\nBody.\n", Format::markdown, {}, std::nullopt, d3);
    CHECK(d3.error_count() == 1);
  }
}

TEST_CASE("ingest/markdown: HTML comments and code blocks are not prose") {
  std::string t = "Before.\n<!-- concord-ignore: date reason -->\n```\nMet on Monday.\n```\nAfter.\n";
  base::Diagnostics diags;
  auto parts = blank_markdown(t, "a.md", diags);
  REQUIRE(parts.comments.size() == 1);
  CHECK(parts.comments[0].body == "concord-ignore: date reason");
  CHECK(t.find("Monday") == std::string::npos);
  CHECK(parts.markup.size() == 2);
}
