#include <catch2/catch.hpp>

#include "claim/claim.h"

using namespace concord;

namespace {

claim::Evidence evidence(const std::string& sentence, std::size_t begin, std::size_t end, const std::string& quote) {
  claim::Evidence e;
  e.sentence = sentence;
  e.highlight_begin = begin;
  e.highlight_end = end;
  e.citation.path = "a.md";
  e.citation.quote = quote;
  return e;
}

}  // namespace

TEST_CASE("claim/evidence: a quote the sentence holds is dropped and given back") {
  // Code points, not bytes: "Choé" is 4 code points and 5 bytes.
  auto e = evidence("Choé arrived in Moscow on Nov. 17.", 5, 22, "arrived in Moscow");
  CHECK(e.drop_quote());
  CHECK(e.citation.quote.empty());
  CHECK(e.citation.quote.capacity() <= 15);  // the words' buffer is freed
  CHECK(e.quote() == "arrived in Moscow");
  CHECK(e.cited().quote == "arrived in Moscow");
  CHECK(e.cited().path == "a.md");
  CHECK_FALSE(e.drop_quote());  // nothing left to drop
  CHECK(e.quote() == "arrived in Moscow");
}

TEST_CASE("claim/evidence: a quote that is not the highlighted words is kept") {
  auto e = evidence("Choe arrived in Moscow.", 0, 4, "Choe Ryong Hae");
  CHECK_FALSE(e.drop_quote());
  CHECK(e.quote() == "Choe Ryong Hae");
  auto empty = evidence("Choe arrived.", 3, 3, "");
  CHECK_FALSE(empty.drop_quote());
  CHECK(empty.quote().empty());
}
