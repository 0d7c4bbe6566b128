#include <catch2/catch.hpp>

#include "ingest/source_map.h"

using namespace concord::ingest;

TEST_CASE("ingest/source_map: byte-for-byte segments map exactly, others as a whole") {
  SourceMap m;
  m.add(5, 0, 5);    // "Hello"
  m.add(1, 5, 5);    // "&" from "&amp;"
  m.add(3, 10, 3);   // "you"
  CHECK(m.text_size() == 9);
  CHECK(m.to_raw(0, Bias::begin) == 0);
  CHECK(m.to_raw(4, Bias::begin) == 4);
  CHECK(m.to_raw(5, Bias::begin) == 5);
  CHECK(m.to_raw(6, Bias::begin) == 10);
  CHECK(m.to_raw(6, Bias::end) == 10);
  CHECK(m.to_raw(8, Bias::end) == 12);
  CHECK(m.to_raw(9, Bias::end) == 13);
}

TEST_CASE("ingest/source_map: composing keeps byte precision through both maps") {
  // outer: text "ab" + inserted "\n" + "cd" over mid "abcd"
  SourceMap outer;
  outer.add(2, 0, 2);
  outer.add(1, 2, 0);
  outer.add(2, 2, 2);
  // inner: mid "abcd" comes from raw "xxabcd" (a 2-byte BOM-like prefix)
  const SourceMap inner = SourceMap::identity(4, 2);
  const SourceMap m = outer.then(inner);
  CHECK(m.text_size() == 5);
  CHECK(m.to_raw(0, Bias::begin) == 2);
  CHECK(m.to_raw(1, Bias::begin) == 3);
  CHECK(m.to_raw(3, Bias::begin) == 4);
  CHECK(m.to_raw(4, Bias::begin) == 5);
  CHECK(m.to_raw(5, Bias::end) == 6);
}

TEST_CASE("ingest/source_map: line and column count code points") {
  const std::string raw = "ab\n\xC3\xA9t\xC3\xA9 x\nlast";
  const LineIndex idx(raw);
  CHECK(idx.position(0).line == 1);
  CHECK(idx.position(0).column == 1);
  CHECK(idx.position(3).line == 2);
  const std::size_t x = raw.find('x');
  CHECK(idx.position(x).line == 2);
  CHECK(idx.position(x).column == 5);  // é t é space x
  CHECK(idx.position(raw.size()).line == 3);
  CHECK(idx.position(raw.size()).column == 5);

  SECTION("a JSONL record starts at its own line") {
    const LineIndex rec("{\"text\": \"hi\"}", 17);
    CHECK(rec.position(10).line == 17);
    CHECK(rec.position(10).column == 11);
  }

  SECTION("columns on a very long line stay exact") {
    std::string long_line(100000, 'a');
    long_line += "\xC3\xA9" "b";
    const LineIndex li(long_line);
    CHECK(li.position(long_line.size() - 1).column == 100002);
  }
}
