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
