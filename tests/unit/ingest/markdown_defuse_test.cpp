#include <catch2/catch.hpp>

#include <string>

#include "ingest/markdown_defuse.h"

using namespace concord::ingest;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("ingest/markdown_defuse: ordinary Markdown is left as it is") {
  const std::string md = "Choe <b>met</b> Kim. <!-- note --> <?php echo 1 ?> <!DOCTYPE html>\n\n"
                         "![a](b.png) and [c](d) ![e](f)\n";
  const DefusedMarkdown d = defuse_markdown(md);
  CHECK(d.text == md);
  CHECK(d.image_openers.empty());
}

TEST_CASE("ingest/markdown_defuse: NUL becomes one byte, not cmark-gfm's three") {
  const std::string md("a\0b", 3);
  const DefusedMarkdown d = defuse_markdown(md);
  CHECK(d.text.size() == 3);
  CHECK(d.text[1] != '\0');
}

TEST_CASE("ingest/markdown_defuse: raw HTML openers past the budget of a stretch become text") {
  const std::string md = repeat("x<?", 65) + "\n\n" + repeat("y<!A ", 64) + "\n\n" + repeat("<![CDATA[", 70);
  const DefusedMarkdown d = defuse_markdown(md);
  REQUIRE(d.text.size() == md.size());
  const std::size_t second = md.find("\n\n") + 2, third = md.rfind("\n\n") + 2;
  CHECK(d.text.substr(0, second).find('<') == std::string::npos);  // 65 in a stretch: all defused
  CHECK(d.text.substr(second, third - second) == md.substr(second, third - second));  // 64: the budget
  CHECK(d.text.substr(third).find('<') == std::string::npos);
  CHECK(d.image_openers.empty());
  SECTION("comments stop their own scans and are kept") {
    const std::string comments = repeat("x<!-- ", 200);
    CHECK(defuse_markdown(comments).text == comments);
  }
}

TEST_CASE("ingest/markdown_defuse: image openers are defused only when links after them would cost too much") {
  const std::string gallery = repeat("- ![photo](p.jpg) [credit](c.html)\n", 500);
  CHECK(defuse_markdown(gallery).text == gallery);
  const std::string md = repeat("![[]()", 1000);
  const DefusedMarkdown d = defuse_markdown(md);
  REQUIRE(d.image_openers.size() == 1000);
  for (std::size_t at : d.image_openers) {
    CHECK(md[at] == '!');
    CHECK(d.text[at] != '!');
  }
}
