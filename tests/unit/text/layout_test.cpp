#include <catch2/catch.hpp>

#include "test_util.h"
#include "text/layout.h"

using namespace concord;
using namespace concord::ingest;

namespace {

std::vector<std::string> sentences(const Document& doc, const text::Layout& l) {
  std::vector<std::string> out;
  for (const auto& s : l.sentences) out.push_back(test::text_of(doc, s.span));
  return out;
}

int count(const text::Layout& l, Exclusion why) {
  int n = 0;
  for (const auto& e : l.excluded) n += e.why == why ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("text/layout: a repeated paragraph is read once") {
  auto doc = test::doc_from("Choe left Pyongyang on Monday for Moscow.\nChoe left Pyongyang on Monday for Moscow.\nEnd of story here.\n");
  auto l = text::analyze(doc);
  CHECK(sentences(doc, l) == std::vector<std::string>{"Choe left Pyongyang on Monday for Moscow.", "End of story here."});
  REQUIRE(count(l, Exclusion::duplicate) == 1);
  CHECK(l.excluded[0].detail == "repeats line 1");
}

TEST_CASE("text/layout: runs of short list-like lines are furniture") {
  auto doc = test::doc_from(
      "Home\nWorld\nBusiness\n\nThe envoy met Putin in Moscow on Thursday, officials said.\n\n"
      "Most read\n\xE2\x80\xA2 Storm closes ferry routes\n\xE2\x80\xA2 Council approves budget\n");
  auto l = text::analyze(doc);
  CHECK(sentences(doc, l) == std::vector<std::string>{"The envoy met Putin in Moscow on Thursday, officials said."});
  CHECK(count(l, Exclusion::furniture) == 2);

  SECTION("a single headline is kept") {
    auto d2 = test::doc_from("Envoy leaves for Russia\n\nThe envoy left on Monday.\n");
    CHECK(sentences(d2, text::analyze(d2)).size() == 2);
  }
  SECTION("a hard-wrapped paragraph is not a list") {
    auto d3 = test::doc_from(
        "# Heading\n\nEstorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4,\n"
        "2025, for a three-day visit with\nher trade minister.\n",
        Format::markdown, "d.md");
    auto l3 = text::analyze(d3);
    CHECK(count(l3, Exclusion::furniture) == 0);
    CHECK(sentences(d3, l3).size() == 2);
  }
}

TEST_CASE("text/layout: sentences never include excluded text") {
  auto doc = test::doc_from("---\ntitle: t\n---\nBefore <!-- note --> after the comment.\n", Format::markdown, "d.md");
  auto l = text::analyze(doc);
  for (const auto& s : l.sentences) {
    for (const auto& e : l.excluded) {
      CHECK((s.span.end <= e.span.begin || s.span.begin >= e.span.end));
    }
  }
}
