#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/report.h"

using namespace concord;

namespace {

report::DocumentInfo doc(std::size_t i) {
  report::DocumentInfo d;
  d.path = "archive/" + std::to_string(i / 10) + ".jsonl";
  d.id = i % 7 == 0 ? d.path : "story-" + std::to_string(i) + std::string(i % 50, 'x');
  if (i % 3 != 0) d.date = base::Date{2014 - static_cast<int>(i % 5), 1 + static_cast<int>(i % 12), 1 + static_cast<int>(i % 28)};
  d.date_source = i % 2 == 0 ? ingest::DateSource::jsonl : ingest::DateSource::unknown;
  d.draft = i % 11 == 0;
  d.sentences = i * 3;
  d.claims = i * 2;
  d.bytes = i * 100 + 1;
  return d;
}

bool same(const report::DocumentInfo& a, const report::DocumentInfo& b) {
  return a.path == b.path && a.id == b.id && a.date == b.date && a.date_source == b.date_source &&
         a.draft == b.draft && a.sentences == b.sentences && a.claims == b.claims && a.bytes == b.bytes;
}

}  // namespace

TEST_CASE("report/documents: held or spilled to disk, every document comes back in order with its counts") {
  for (const std::size_t held : {std::size_t{1000}, std::size_t{10}, std::size_t{0}}) {
    report::DocumentList list(held);
    std::size_t drafts = 0, undated = 0, bytes = 0;
    for (std::size_t i = 0; i < 100; ++i) {
      const auto d = doc(i);
      drafts += d.draft ? 1 : 0;
      undated += d.date ? 0 : 1;
      bytes += d.bytes;
      list.push_back(d);
    }
    CHECK(list.size() == 100);
    CHECK(list.drafts() == drafts);
    CHECK(list.undated() == undated);
    CHECK(list.bytes() == bytes);
    for (int pass = 0; pass < 2; ++pass) {  // a writer may read them twice
      std::size_t i = 0;
      list.for_each([&](const report::DocumentInfo& d) {
        CHECK(same(d, doc(i)));
        ++i;
      });
      CHECK(i == 100);
    }
    report::DocumentList moved = std::move(list);
    std::size_t n = 0;
    moved.for_each([&](const report::DocumentInfo&) { ++n; });
    CHECK(n == 100);
  }
}
