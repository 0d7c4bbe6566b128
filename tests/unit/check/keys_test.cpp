// check/keys: how names are folded so spellings of one name meet.
#include <catch2/catch.hpp>

#include "check/keys.h"

using namespace concord;

TEST_CASE("check/keys: fold_diacritics spells Latin letters in ASCII") {
  CHECK(check::fold_diacritics("Zoë Campbell") == "Zoe Campbell");
  CHECK(check::fold_diacritics("Søren Şahin, Ayşe Aydın") == "Soren Sahin, Ayse Aydin");
  CHECK(check::fold_diacritics("Łukasz Woźniak, Øverby, Åberg, Égert") == "Lukasz Wozniak, Overby, Aberg, Egert");
  CHECK(check::fold_diacritics("Jäger, Müller, Straße, Œuvre") == "Jager, Muller, Strasse, OEuvre");
  CHECK(check::fold_diacritics("Ștefan Țurcanu") == "Stefan Turcanu");
  SECTION("other text is unchanged") {
    CHECK(check::fold_diacritics("Kim Jong Un, 32 × 2") == "Kim Jong Un, 32 × 2");
    CHECK(check::fold_diacritics("金正恩") == "金正恩");
    CHECK(check::fold_diacritics(std::string("a\xff" "b")) == std::string("a\xff" "b"));
  }
}
