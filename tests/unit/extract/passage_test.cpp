#include <catch2/catch.hpp>

#include "extract/passage.h"

using concord::extract::passage_words;
using concord::extract::WordKind;

namespace {

// "key/kind key/kind ..." for the words of text, function words left out.
std::string shape(const std::string& text) {
  std::string out;
  for (const auto& w : passage_words(text, {0, text.size()})) {
    if (w.kind == WordKind::stop) continue;
    out += (out.empty() ? "" : " ") + w.key + "/" + concord::extract::word_kind_name(w.kind);
  }
  return out;
}

}  // namespace

TEST_CASE("extract/passage: words get the kind of value they are") {
  CHECK(shape("Police said 12 people were killed in Leeds on Tuesday, March 17, 2015.") ==
        "police/word said/word 12/number people/word killed/word leeds/name tuesday/weekday march/month "
        "17/number 2015/year");
  CHECK(shape("Northrop Grumman chief executive Ron Sugar did not attend.") ==
        "northrop/word grumman/title chief/title executive/title ron/name sugar/name not/cue attend/word");
}

TEST_CASE("extract/passage: numbers as real copy writes them") {
  SECTION("thousands with a comma, and re-spaced wire copy") {
    CHECK(shape("a trip of 1,500 kilometers") == "trip/word 1500/number kilometers/word");
    CHECK(shape("a trip of 1, 500 kilometers") == "trip/word 1500/number kilometers/word");
  }
  SECTION("words and scales") {
    CHECK(shape("twenty-six people") == "26/number people/word");
    CHECK(shape("twenty - six people") == "26/number people/word");
    CHECK(shape("three hundred jobs") == "300/number jobs/word");
    CHECK(shape("$11 billion debt") == "11000000000/number debt/word");
    CHECK(shape("$11-billion debt") == "11000000000/number debt/word");
    CHECK(shape("2.5 million shares") == "2500000/number shares/word");
  }
  SECTION("ordinals, and what is not a number") {
    CHECK(shape("its third test on the 17th") == "3/ordinal test/word 17/number");
    CHECK(shape("an F-16 in 3D") == "f/name 16/number 3d/word");
  }
}

TEST_CASE("extract/passage: cues, months and names") {
  SECTION("modality and approximation words are cues") {
    CHECK(shape("about 20 may have died, officials denied") ==
          "about/cue 20/number may/cue died/word officials/word denied/cue");
    CHECK(shape("He didn't go") == "didn't/cue go/word");
  }
  SECTION("a capital at the start of a sentence or quote is not a name") {
    CHECK(shape("Officials said: \"Rescuers found them.\"") == "officials/word said/word rescuers/word found/word");
  }
  SECTION("May the month, may the hedge") {
    CHECK(shape("It opened in May and may close") == "opened/word may/month may/cue close/word");
  }
  SECTION("possessives and accents") {
    CHECK(shape("the visit of Öztürk’s aide") == "visit/word ozturk/name aide/word");
  }
}
