#include <catch2/catch.hpp>

#include "base/yaml.h"

using namespace concord::base;

TEST_CASE("base/yaml: nodes remember their line and column") {
  Diagnostics diags;
  auto doc = parse_yaml("title: A\nlist:\n  - one\n  - \"two\"\n", "f.yaml", diags);
  REQUIRE(doc);
  REQUIRE(doc->is_map());
  const YamlNode* list = doc->find("list");
  REQUIRE(list);
  REQUIRE(list->items.size() == 2);
  CHECK(list->items[1].where.line == 4);
  CHECK(list->items[1].where.column == 5);
  CHECK(list->items[1].quoted);
  CHECK_FALSE(list->items[0].quoted);
  CHECK(diags.empty());
}

TEST_CASE("base/yaml: syntax errors are diagnostics at their position, with an offset") {
  Diagnostics diags;
  auto doc = parse_yaml("title: A\nbad: [unclosed\n", "f.md", diags, 1);
  CHECK_FALSE(doc);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].where.path == "f.md");
  CHECK(diags.all()[0].where.line >= 2);
  CHECK(format_diagnostic(diags.all()[0]).rfind("concord: error: f.md:", 0) == 0);
}

TEST_CASE("base/yaml: a tab in indentation is named as such, at its line and column") {
  const std::string text = "predicates:\n  - name: captain\n\tfields: {team: organization}\n    single: team\n";
  SECTION("by default the document is not returned") {
    Diagnostics diags;
    CHECK_FALSE(parse_yaml(text, "f.yaml", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].severity == Severity::error);
    CHECK(diags.all()[0].where.line == 3);
    CHECK(diags.all()[0].where.column == 1);
    CHECK(diags.all()[0].message == "a tab is used for indentation; YAML needs spaces (replace the tab with spaces)");
  }
  SECTION("guessed: the line is read indented like the one above it") {
    Diagnostics diags;
    auto doc = parse_yaml(text, "f.yaml", diags, 0, TabIndent::guess);
    CHECK(diags.error_count() == 1);
    REQUIRE(doc);
    const YamlNode* list = doc->find("predicates");
    REQUIRE(list);
    REQUIRE(list->items.size() == 1);
    CHECK(list->items[0].find("fields") != nullptr);
    CHECK(list->items[0].find("single") != nullptr);
  }
  SECTION("after a line offset, and after spaces") {
    Diagnostics diags;
    CHECK_FALSE(parse_yaml("a:\n  b: 1\n  \tc: 2\n", "f.md", diags, 1));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 4);
    CHECK(diags.all()[0].where.column == 3);
  }
  SECTION("after a list's dash") {
    Diagnostics diags;
    CHECK_FALSE(parse_yaml("a:\n  - b: 1\n  -\tc: 2\n", "f.yaml", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 3);
    CHECK(diags.all()[0].where.column == 4);
  }
  SECTION("a file indented with tabs throughout: five lines, then their count") {
    std::string tabbed = "predicates:\n";
    for (int i = 0; i < 4; ++i) tabbed += "\t- name: p" + std::to_string(i) + "\n\t  label: x\n";
    Diagnostics diags;
    auto doc = parse_yaml(tabbed, "f.yaml", diags, 0, TabIndent::guess);
    REQUIRE(diags.all().size() == 6);
    CHECK(diags.error_count() == 5);
    CHECK(diags.all()[5].severity == Severity::note);
    CHECK(diags.all()[5].message.rfind("3 more lines are indented with tabs, the last at line 9", 0) == 0);
    REQUIRE(doc);
    CHECK(doc->find("predicates")->items.size() == 4);
  }
  SECTION("a second syntax error is reported too") {
    Diagnostics diags;
    CHECK_FALSE(parse_yaml("a:\n  b: 1\n\tc: 2\nd: [x\n", "f.yaml", diags, 0, TabIndent::guess));
    REQUIRE(diags.all().size() == 2);
    CHECK(diags.all()[0].where.line == 3);
    CHECK(diags.all()[1].message.rfind("invalid YAML: ", 0) == 0);
  }
}

TEST_CASE("base/yaml: a tab that YAML allows is not reported") {
  Diagnostics diags;
  SECTION("inside a block of text") {
    CHECK(parse_yaml("a: |\n  text\n  \tmore\n", "f.yaml", diags));
  }
  SECTION("between a key and its value") {
    CHECK(parse_yaml("a:\t1\n", "f.yaml", diags));
  }
  SECTION("in a block of text, beside another mistake") {
    CHECK_FALSE(parse_yaml("a: |\n  text\n  \tmore\nb: [x\n", "f.yaml", diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message.rfind("invalid YAML: ", 0) == 0);
  }
  CHECK(diags.error_count() <= 1);
}

TEST_CASE("base/yaml: aliases that expand without end are an error, not a hang") {
  SECTION("a billion laughs in 342 bytes") {
    std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
      const char p = static_cast<char>(c - 1);
      text += std::string(1, c) + ": &" + c + " [";
      for (int k = 0; k < 9; ++k) text += std::string(k ? "," : "") + "*" + p;
      text += "]\n";
    }
    Diagnostics diags;
    CHECK_FALSE(parse_yaml(text, "pack.yaml", diags, 3));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 4);
    CHECK_THAT(diags.all()[0].message, Catch::Contains("aliases (*name) expand to more than"));
  }
  SECTION("an alias used a few times is read") {
    Diagnostics diags;
    auto doc = parse_yaml("a: &a [1, 2]\nb: *a\nc: *a\n", "f.yaml", diags);
    REQUIRE(doc);
    CHECK(doc->find("c")->items.size() == 2);
    CHECK(diags.empty());
  }
}

namespace {

// Every node's kind, text, quoting, path, line and column, one per line.
std::string dump(const YamlNode& n, int depth = 0) {
  std::string out = std::string(static_cast<std::size_t>(depth), ' ') + yaml_kind_name(n) + " " +
                    (n.quoted ? "quoted " : "") + n.scalar + " @" + n.where.path + ":" +
                    std::to_string(n.where.line) + ":" + std::to_string(n.where.column) + "\n";
  for (const auto& item : n.items) out += dump(item, depth + 1);
  for (const auto& [k, v] : n.entries) out += dump(k, depth + 1) + dump(v, depth + 2);
  return out;
}

}  // namespace

TEST_CASE("base/yaml: a parsed document encodes and decodes to the same tree") {
  const std::string text = "a: 1\nb:\n  - 'two'\n  - {c: \"x\\ny\", d: ~}\n  -\n    - [1, 2]\n";
  Diagnostics diags;
  const auto doc = parse_yaml(text, "f.yaml", diags, 3);
  REQUIRE(doc);
  const std::string bytes = encode_yaml(*doc);
  const auto back = decode_yaml(bytes, "f.yaml");
  REQUIRE(back);
  CHECK(dump(*back) == dump(*doc));
  CHECK(dump(*decode_yaml(bytes, "g.yaml")).find("@f.yaml") == std::string::npos);  // the path is given

  SECTION("anything else decodes to nothing") {
    for (std::size_t cut = 0; cut < bytes.size(); cut += 7) CHECK_FALSE(decode_yaml(bytes.substr(0, cut), "f"));
    CHECK_FALSE(decode_yaml(bytes + "x", "f"));
    std::string bad_kind = bytes;
    bad_kind[0] = 9;
    CHECK_FALSE(decode_yaml(bad_kind, "f"));
    std::string deep;  // sequences nested past any rule file, then cut short
    for (int i = 0; i < 5000; ++i) deep += std::string("\x02\x00\x00\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00", 18);
    CHECK_FALSE(decode_yaml(deep, "f"));
  }
}
