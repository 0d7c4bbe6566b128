#include <catch2/catch.hpp>

#include "ingest/jsonl.h"

using namespace concord;
using namespace concord::ingest;

TEST_CASE("ingest/jsonl: fields are read and text maps through escapes") {
  base::Diagnostics diags;
  const std::string line =
      R"({"id": 7, "date": "2014-11-17", "extra": {"a": [1, {"b": null}]}, "text": "Line one.\nSaid \"hi\" \u2014 ok"})";
  auto r = parse_jsonl_line(line, "a.jsonl", 3, diags);
  REQUIRE(r);
  CHECK(diags.empty());
  CHECK(r->id == "7");
  CHECK(r->date == "2014-11-17");
  CHECK(r->text == "Line one.\nSaid \"hi\" \xE2\x80\x94 ok");
  const std::size_t ok = r->text.find("ok");
  CHECK(r->text_map.to_raw(ok, Bias::begin) == line.find("ok\""));
  const std::size_t dash = r->text.find("\xE2\x80\x94");
  CHECK(r->text_map.to_raw(dash, Bias::begin) == line.find("\\u2014"));
}

TEST_CASE("ingest/jsonl: errors name the line and column and say what a record looks like") {
  base::Diagnostics diags;
  CHECK_FALSE(parse_jsonl_line(R"({"id": "a", "text": "x" "date": 1})", "a.jsonl", 9, diags));
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].where.line == 9);
  CHECK(diags.all()[0].where.column == 25);  // the "date" key
  CHECK(diags.all()[0].message.find("expected ',' or '}'") != std::string::npos);

  SECTION("no text") {
    base::Diagnostics d;
    CHECK_FALSE(parse_jsonl_line(R"({"id": "a"})", "a.jsonl", 1, d));
    CHECK(d.all()[0].message.find("no \"text\"") != std::string::npos);
  }
  SECTION("no id is a warning; the record is still read") {
    base::Diagnostics d;
    auto r = parse_jsonl_line(R"({"text": "t"})", "a.jsonl", 4, d);
    REQUIRE(r);
    CHECK(r->id == "line4");
    CHECK(d.all()[0].severity == base::Severity::warning);
  }
  SECTION("a field given twice is an error at the second, not two values joined") {
    base::Diagnostics d;
    CHECK_FALSE(parse_jsonl_line(R"({"id": "q", "id": "q2", "text": "t"})", "a.jsonl", 2, d));
    REQUIRE(d.error_count() == 1);
    CHECK(d.all()[0].where.column == 13);
    CHECK(d.all()[0].message.find("\"id\" appears twice in the record") != std::string::npos);
    base::Diagnostics other;
    CHECK(parse_jsonl_line(R"({"id": "q", "extra": 1, "extra": 2, "text": "t"})", "a.jsonl", 2, other));
  }
  SECTION("deeply nested values are skipped without recursion") {
    base::Diagnostics d;
    std::string nested = R"({"id": "x", "deep": )" + std::string(100000, '[') + std::string(100000, ']') +
                         R"(, "text": "t"})";
    CHECK(parse_jsonl_line(nested, "a.jsonl", 1, d));
  }
}
