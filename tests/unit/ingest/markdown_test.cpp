#include <catch2/catch.hpp>

#include <string>

#include "ingest/markdown.h"
#include "test_util.h"

using namespace concord;
using namespace concord::ingest;

namespace {

// The analysis text of a Markdown file: its syntax blanked. Checks the
// contract every case shares: same length, and each byte either the
// file's own or a space (newlines and carriage returns always kept).
std::string blanked(std::string md, MarkdownParts* parts = nullptr, base::Diagnostics* diags = nullptr) {
  const std::string file = md;
  base::Diagnostics own;
  MarkdownParts p = blank_markdown(md, "a.md", diags != nullptr ? *diags : own);
  REQUIRE(md.size() == file.size());
  std::size_t bad = 0;
  while (bad < md.size() && (md[bad] == file[bad] || (md[bad] == ' ' && file[bad] != '\n' && file[bad] != '\r'))) ++bad;
  INFO("byte " << bad << " of " << file.substr(0, 200));
  CHECK(bad == md.size());
  if (parts != nullptr) *parts = std::move(p);
  return md;
}

std::string text_of(const std::string& t, const Excluded& e) { return t.substr(e.span.begin, e.span.size()); }

}  // namespace

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

TEST_CASE("ingest/markdown: emphasis markers are blanked, their text kept in place") {
  CHECK(blanked("Some **bold**, _it_ and ***both***.\n") == "Some   bold  ,  it  and    both   .\n");
  CHECK(blanked("A ~~struck~~ word.\n") == "A   struck   word.\n");
  SECTION("what is not emphasis stays") {
    CHECK(blanked("snake_case_word and 2 * 3 = 6\n") == "snake_case_word and 2 * 3 = 6\n");
  }
}

TEST_CASE("ingest/markdown: a link's text is kept, its destination blanked") {
  CHECK(blanked("See [the deal](https://x.org/deal \"Deal\") today.\n") ==
        "See  the deal                             today.\n");
  SECTION("reference links and their definitions") {
    CHECK(blanked("See [the deal][d] and [d].\n\n[d]: https://x.org\n") ==
          "See  the deal     and  d .\n\n                  \n");
  }
  SECTION("a link whose text is its address keeps the text") {
    CHECK(blanked("See [x.org](x.org) now.\n") == "See  x.org         now.\n");
  }
  SECTION("an autolink is an address, not prose") {
    CHECK(blanked("Mail <desk@x.org> or <https://x.org>.\n") == "Mail              or                .\n");
  }
  SECTION("brackets that make no link are text") {
    CHECK(blanked("He said [sic] it.\n") == "He said [sic] it.\n");
  }
}

TEST_CASE("ingest/markdown: images are blanked, alt text too") {
  CHECK(blanked("Before ![Brandt at the port](img.png \"t\") after.\n") ==
        "Before                                    after.\n");
}

TEST_CASE("ingest/markdown: a code span's content is kept, its backticks blanked") {
  CHECK(blanked("Run `concord check` now.\n") == "Run  concord check  now.\n");
  CHECK(blanked("A tick: `` a ` b `` here.\n") == "A tick:    a ` b    here.\n");
}

TEST_CASE("ingest/markdown: headings, rules and line breaks") {
  CHECK(blanked("## Envoy arrives ##\n") == "   Envoy arrives   \n");
  CHECK(blanked("Envoy arrives\n===\n\n***\n") == "Envoy arrives\n   \n\n   \n");
  CHECK(blanked("one\\\ntwo  \nthree\n") == "one \ntwo  \nthree\n");
}

TEST_CASE("ingest/markdown: list and quote markers are blanked") {
  CHECK(blanked("- Choe arrived.\n- Kim left.\n") == "  Choe arrived.\n  Kim left.\n");
  CHECK(blanked("1. First.\n2) Second.\n") == "   First.\n   Second.\n");
  CHECK(blanked("- outer\n  - inner *x*\n") == "  outer\n    inner  x \n");
  SECTION("block quotes, nested and lazy") {
    CHECK(blanked("> Choe said\n> > it was *late*\nand lazy.\n") == "  Choe said\n    it was  late \nand lazy.\n");
  }
  SECTION("a paragraph continued on an indented line") {
    CHECK(blanked("- He met *Kim*\n  on Monday.\n") == "  He met  Kim \n  on Monday.\n");
  }
}

TEST_CASE("ingest/markdown: table cells are prose, one row to a line") {
  const std::string md = "| Name | Age |\n|---|:-:|\n| Brandt | 61 |\nVale | **58**\n";
  CHECK(blanked(md) == "  Name   Age  \n         \n  Brandt   61  \nVale     58  \n");
  SECTION("an escaped pipe in a cell") {
    CHECK(blanked("| a \\| b | c |\n|---|---|\n") == "  a  | b   c  \n         \n");
  }
  SECTION("a table right after a paragraph's lines") {
    // cmark-gfm gives the paragraph and the header row no true positions
    CHECK(blanked("Intro *text*\nmore\n| a | b |\n|---|---|\n| c | d |\n") ==
          "Intro  text \nmore\n  a   b  \n         \n  c   d  \n");
  }
}

TEST_CASE("ingest/markdown: character references keep their spelling; escapes lose the backslash") {
  CHECK(blanked("AT&amp;T &mdash; 5 &#8364;\n") == "AT&amp;T &mdash; 5 &#8364;\n");
  CHECK(blanked("\\*not emphasis\\* and 1\\. too\n") == " *not emphasis * and 1 . too\n");
  SECTION("on a paragraph's later lines, and lazily in a quote") {
    CHECK(blanked("First line\n   AT&amp;T \\*x\\*\n") == "First line\n   AT&amp;T  *x *\n");
    CHECK(blanked("> quoted\nAT&amp;T **y**\n") == "  quoted\nAT&amp;T   y  \n");
  }
  SECTION("in a paragraph after a link definition") {
    CHECK(blanked("[d]: /u\nAT&amp;T [d]\n") == "       \nAT&amp;T  d \n");
  }
}

TEST_CASE("ingest/markdown: code blocks are markup, not prose") {
  MarkdownParts parts;
  const std::string md = "Before.\n```js\nMet on Monday.\n```\nAfter.\n\n    indented code\n";
  const std::string t = blanked(md, &parts);
  CHECK(t == "Before.\n     \n              \n   \nAfter.\n\n                 \n");
  REQUIRE(parts.markup.size() == 2);
  CHECK(text_of(md, parts.markup[0]) == "```js\nMet on Monday.\n```");
  CHECK(text_of(md, parts.markup[1]) == "    indented code");
  SECTION("a fence never closed runs to the end") {
    MarkdownParts p;
    blanked("Text.\n~~~\ncode\n\nmore\n", &p);
    REQUIRE(p.markup.size() == 1);
    CHECK(p.markup[0].span.begin == 6);
    CHECK(p.markup[0].span.end == 20);
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

TEST_CASE("ingest/markdown: HTML comments are found with their exact spans") {
  MarkdownParts parts;
  const std::string md = "<!-- concord-ignore: date -->\nChoe left <!-- checked\nwith the desk --> on Monday.\n";
  const std::string t = blanked(md, &parts);
  REQUIRE(parts.comments.size() == 2);
  CHECK(parts.comments[0].body == "concord-ignore: date");
  CHECK(parts.comments[0].span.begin == 0);
  CHECK(parts.comments[0].span.end == md.find("-->") + 3);
  CHECK(parts.comments[1].body == "checked\nwith the desk");
  CHECK(parts.comments[1].span.begin == md.find("<!-- checked"));
  CHECK(parts.comments[1].span.end == md.find("--> on") + 3);
  CHECK(t.substr(t.find("Choe")) == "Choe left             \n                  on Monday.\n");
  SECTION("a comment in an HTML block") {
    MarkdownParts p;
    blanked("<div>\n<!-- concord-ignore: age -->\nText.\n</div>\n", &p);
    REQUIRE(p.comments.size() == 1);
    CHECK(p.comments[0].body == "concord-ignore: age");
  }
  SECTION("in code it is code") {
    MarkdownParts p;
    blanked("`<!-- x -->` and\n\n    <!-- y -->\n", &p);
    CHECK(p.comments.empty());
  }
}

TEST_CASE("ingest/markdown: an HTML comment not closed is reported") {
  SECTION("as a block it runs to the end of the file") {
    base::Diagnostics diags;
    MarkdownParts parts;
    const std::string t = blanked("Text.\n\n<!-- draft\n\nNot read.\n", &parts, &diags);
    CHECK(t.find("Not read") == std::string::npos);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 3);
    CHECK(diags.all()[0].message.find("the rest of the file is not read") != std::string::npos);
  }
  SECTION("in a paragraph it is read as text") {
    base::Diagnostics diags;
    const std::string t = blanked("Choe <!-- left\non Monday.\n", nullptr, &diags);
    CHECK(t == "Choe <!-- left\non Monday.\n");
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 1);
  }
}

TEST_CASE("ingest/markdown: an HTML block's text is prose, its tags are not") {
  MarkdownParts parts;
  CHECK(blanked("<div class=\"note\">\nChoe left on <b>Monday</b>.\n</div>\n", &parts) ==
        "                  \nChoe left on    Monday    .\n      \n");
  CHECK(parts.markup.empty());
  SECTION("a script, a style or a <pre> is markup") {
    MarkdownParts p;
    const std::string md = "<script>\nvar x = 1;\n\nx++;\n</script>\nAfter.\n";
    CHECK(blanked(md, &p) == "        \n          \n\n    \n         \nAfter.\n");
    REQUIRE(p.markup.size() == 1);
    CHECK(text_of(md, p.markup[0]) == "<script>\nvar x = 1;\n\nx++;\n</script>");
  }
}

TEST_CASE("ingest/markdown: line endings and tabs do not move the text") {
  CHECK(blanked("Line *one*\r\n  second **two**\r\n\r\n- item\r\n") == "Line  one \r\n  second   two  \r\n\r\n  item\r\n");
  CHECK(blanked("Old\rMac *line*\r") == "Old\rMac  line \r");
  CHECK(blanked("-\tfoo *x*\n\tbar *y*\n") == "  foo  x \n bar  y \n");
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
  SECTION("the front matter is blanked and is markup; the body after it is Markdown") {
    MarkdownParts parts;
    const std::string md = "---\ntitle: Envoy\n---\n# Choe *arrived*\n";
    CHECK(blanked(md, &parts) == "   \n            \n   \n  Choe  arrived \n");
    REQUIRE(parts.front_matter);
    CHECK(parts.front_matter->end == md.find("\n# "));
    REQUIRE(parts.markup.size() == 1);
    CHECK(parts.markup[0].detail == "front matter");
  }
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

TEST_CASE("ingest/markdown: a body too large for one parse reads as if parsed whole") {
  // Parsed in pieces of about 512 KB, cut between the units, each of which
  // reads the same in any context; a fenced code block, whose blank lines
  // would allow a cut, spans where the first cut would be.
  const std::string unit = "Choe met **Kim** in [Moscow](https://x.org) on `Monday`.\n\n- item &amp; more\n\n";
  const std::string unit_alone = blanked(unit);
  std::string md, alone;
  auto add = [&](int n) {
    for (int i = 0; i < n; ++i) {
      md += unit;
      alone += unit_alone;
    }
  };
  add(500000 / static_cast<int>(unit.size()));
  std::string fence = "```\n";
  for (int i = 0; i < 3000; ++i) fence += "code line\n\n";
  fence += "```\n";
  const std::size_t fence_at = md.size();
  md += fence + "\n";
  for (char c : fence + "\n") alone += c == '\n' ? '\n' : ' ';
  add(20000);
  MarkdownParts parts;
  CHECK(blanked(md, &parts) == alone);
  REQUIRE(parts.markup.size() == 1);
  CHECK(parts.markup[0].detail == "code block");
  CHECK(parts.markup[0].span.begin == fence_at);
  CHECK(parts.markup[0].span.end == fence_at + fence.size() - 1);
}

TEST_CASE("ingest/markdown: inputs that make cmark-gfm slow are read in linear time, never crash") {
  // Shapes of CVE-2023-22483 and CVE-2023-22486 (quadratic in Debian 12's
  // cmark-gfm) and a NUL; tests/cli/large.t times them at 3 MB.
  for (const std::string& unit : {std::string("x<?"), std::string("x<!A "), std::string("x<![CDATA["),
                                  std::string("![[]()"), std::string("a\0b", 3)}) {
    std::string md;
    while (md.size() < 200000) md += unit;
    const std::string t = blanked(md);
    CHECK(t.size() == md.size());
  }
}
