// Words as the normalizers see them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claim/words.h"

using namespace concord;

TEST_CASE("claim/words: words without the punctuation at their edges") {
  const auto w = claim::split_words("  \u201CKim\u2019s (envoy), U.S. Ryong-hae\u201D ");
  REQUIRE(w.size() == 4);
  CHECK(w[0].text == "Kim's");
  CHECK(w[0].lower == "kim's");
  CHECK(w[0].offset == 5);
  CHECK(w[1].text == "envoy");
  CHECK(w[2].text == "U.S");
  CHECK(w[2].lower == "u.s");
  CHECK(w[3].text == "Ryong-hae");
  CHECK(claim::split_words(" , . ").empty());
}

TEST_CASE("claim/words: joined by single spaces") {
  CHECK(claim::join_words("  \u201CKim\u2019s   envoy,\u201D\tsaid ") == "Kim's envoy said");
  CHECK(claim::join_words(" ; ") == "");
}
