#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/markdown_source.h"

using namespace concord::ingest;

namespace {

// The bytes of source that spell text at `at`, runs joined by '+', then
// '@' and where they end; or "-".
std::string spelling(const std::string& source, std::size_t at, const std::string& text, Spelling how) {
  Spelled out;
  if (!spelled_at(source, at, source.size(), text, how, out)) return "-";
  std::string s;
  for (const auto& [b, e] : out.runs) s += (s.empty() ? "" : "+") + source.substr(b, e - b);
  return s + "@" + std::to_string(out.end);
}

}  // namespace

TEST_CASE("ingest/markdown_source: lines end as cmark-gfm ends them") {
  const std::string t = "a\nbb\r\ncc\rd";
  const MarkdownLines lines(t);
  REQUIRE(lines.count() == 4);
  CHECK(lines.begin(2) == 2);
  CHECK(lines.end(2) == 4);
  CHECK(lines.begin(3) == 6);
  CHECK(lines.end(3) == 8);
  CHECK(lines.begin(4) == 9);
  CHECK(lines.end(4) == 10);
}

TEST_CASE("ingest/markdown_source: a node's text is found in the bytes that spell it") {
  CHECK(spelling("x Choe met", 2, "Choe met", Spelling::text) == "Choe met@10");
  CHECK(spelling("x Choe met", 3, "Choe met", Spelling::text) == "-");
  SECTION("an escape's backslash is not part of the text") {
    CHECK(spelling("\\*a\\* b", 0, "*a* b", Spelling::text) == "*a+* b@7");
  }
  SECTION("a character reference is kept as written") {
    CHECK(spelling("AT&amp;T &mdash; &#8364;5", 0, "AT&T \u2014 \u20AC5", Spelling::text) ==
          "AT&amp;T &mdash; &#8364;5@25");
    CHECK(spelling("&ngE; x", 0, "\u2267\u0338 x", Spelling::text) == "&ngE; x@7");  // two characters
    CHECK(spelling("&foo; x", 0, "&foo; x", Spelling::text) == "&foo; x@7");
  }
  SECTION("a code span across lines") {
    CHECK(spelling("a\n> b", 0, "a b", Spelling::code) == "a+b@5");
    CHECK(spelling("a\n> b", 0, "a b", Spelling::text) == "-");
    CHECK(spelling("a\n>b", 0, "a >b", Spelling::code) == "a+>b@4");  // a '>' the code goes on with
  }
  SECTION("inline HTML only as written") {
    CHECK(spelling("<b>", 0, "<b>", Spelling::raw) == "<b>@3");
    CHECK(spelling("`a\\|b`", 1, "a|b", Spelling::code) == "a+|b@5");  // a table cell's escaped pipe
  }
}

TEST_CASE("ingest/markdown_source: HTML blocks that only their end marker ends") {
  CHECK(html_block_kind("<SCRIPT type=x>") == HtmlBlock::raw_text);
  CHECK(html_block_kind("  <!-- x") == HtmlBlock::comment);
  CHECK(html_block_kind("<?php") == HtmlBlock::instruction);
  CHECK(html_block_kind("<!DOCTYPE html>") == HtmlBlock::declaration);
  CHECK(html_block_kind("<![CDATA[") == HtmlBlock::cdata);
  CHECK(html_block_kind("<div>") == HtmlBlock::other);
  CHECK(html_block_kind("<scripts>") == HtmlBlock::other);
  CHECK(has_end_marker("x</Script>", HtmlBlock::raw_text));
  CHECK_FALSE(has_end_marker("x -- >", HtmlBlock::comment));
  CHECK(closes_fence("  ````  ", '`', 3));
  const std::string html = "<div class=\"x\">a < b <!-- c --> d</div> <!-- e";
  std::vector<std::string> seen;
  for (const HtmlMarkup& m : html_markup(html, 0, html.size())) {
    seen.push_back(html.substr(m.begin, m.end - m.begin) + (m.comment ? (m.closed ? " (comment)" : " (open)") : ""));
  }
  CHECK(seen == std::vector<std::string>{"<div class=\"x\">", "<!-- c --> (comment)", "</div>", "<!-- e (open)"});
  CHECK_FALSE(closes_fence("``` js", '`', 3));
  CHECK_FALSE(closes_fence("```", '`', 4));
}

TEST_CASE("ingest/markdown_source: pieces end where a block must start") {
  const std::string t = "aaaa\nbbbb\n\ncccc\ndddd\n";
  CHECK(piece_end(t, 1, 100) == t.find("cccc"));  // after a blank line
  CHECK(piece_end(t, t.find("cccc") + 1, 100) == t.find("dddd"));  // none after a blank line is left: any line
  SECTION("not before what can carry the block before it on") {
    const std::string u = "Title\n===\n| b |\n- - -\n- item\n";
    CHECK(piece_end(u, 1, 100) == u.find("- item"));
  }
  SECTION("in a line of hundreds of kilobytes, before a word") {
    const std::string v = std::string(1000, 'x') + " *word* more";
    CHECK(piece_end(v, 1, 100) == v.find("*word*"));
  }
  SECTION("in markup without words, anywhere") {
    CHECK(piece_end(std::string(1000, '<'), 1, 100) == 101);
    CHECK(piece_end(std::string(1000, 'x'), 1, 100) == 1000);  // an address, a data URI: few nodes, no cut
  }
  CHECK(piece_end("<<<<", 1, 100) == 4);
}
