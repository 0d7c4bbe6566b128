// Mentions: of those that overlap, the longest is kept.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extract.h"

using namespace concord;

namespace {

extract::Mention mention(std::size_t b, std::size_t e, rules::ValueType type = rules::ValueType::date,
                         std::string vocab = "DATE") {
  return {std::move(vocab), type, {b, e}, 0};
}

std::vector<std::pair<std::size_t, std::size_t>> spans(const std::vector<extract::Mention>& ms) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& m : ms) out.emplace_back(m.span.begin, m.span.end);
  return out;
}

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

}  // namespace

TEST_CASE("extract/longest: of overlapping mentions the longest stays, in text order") {
  CHECK(spans(extract::longest({mention(0, 5), mention(3, 12), mention(10, 14), mention(20, 22)})) ==
        Spans{{3, 12}, {20, 22}});
  SECTION("on a tie, the first") {
    CHECK(spans(extract::longest({mention(4, 8), mention(2, 6), mention(6, 10)})) == Spans{{2, 6}, {6, 10}});
  }
  SECTION("touching is not overlapping") {
    CHECK(spans(extract::longest({mention(0, 4), mention(4, 8)})) == Spans{{0, 4}, {4, 8}});
  }
  SECTION("an empty mention inside a longer one goes; at its edge it stays") {
    CHECK(spans(extract::longest({mention(0, 4), mention(2, 2), mention(4, 4), mention(9, 9)})) ==
          Spans{{0, 4}, {4, 4}, {9, 9}});
  }
  SECTION("people compete only with people") {
    const auto kept = extract::longest({mention(0, 10, rules::ValueType::person, "PERSON"), mention(3, 9),
                                        mention(2, 4, rules::ValueType::person, "PERSON")});
    CHECK(spans(kept) == Spans{{0, 10}, {3, 9}});
  }
}
