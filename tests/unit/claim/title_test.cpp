// Titles of countries and organizations, and office words that are names.
#include <catch2/catch.hpp>

#include "claim/title.h"

using namespace concord;

TEST_CASE("claim/title: an organization's office before its holder") {
  rules::Gazetteer gazetteer;
  auto t = claim::normalize_title("Northrop Grumman CEO", gazetteer);
  REQUIRE(t);
  CHECK(t->office == "chief executive");
  CHECK(t->org == "Northrop Grumman");
  SECTION("a portfolio word may name a company") {
    auto e = claim::normalize_title("Nordlys Energy CEO", gazetteer);
    REQUIRE(e);
    CHECK(e->org == "Nordlys Energy");
    CHECK(e->portfolio.empty());
  }
  SECTION("a word that opens a clause is not part of the name") {
    auto c = claim::normalize_title("And Colts coach", gazetteer);
    REQUIRE(c);
    CHECK(c->org == "Colts");
  }
  SECTION("spellings of one office") {
    CHECK(claim::normalize_title("chief executive officer of Nordlys Energy", gazetteer)->office == "chief executive");
    CHECK(claim::normalize_title("head coach", gazetteer)->office == "head coach");
  }
  SECTION("not every office belongs to a company") {
    CHECK_FALSE(claim::normalize_title("Attorney General", gazetteer));
  }
}

TEST_CASE("claim/title: an adjective office before a one-word name is an organization's name") {
  CHECK(claim::adjective_office_before_name("General", "Motors"));
  CHECK(claim::adjective_office_before_name("the Premier", "League"));
  CHECK(claim::adjective_office_before_name("English Premier", "League"));
  CHECK_FALSE(claim::adjective_office_before_name("General", "David Petraeus"));
  CHECK_FALSE(claim::adjective_office_before_name("Attorney General", "Holder"));
  CHECK_FALSE(claim::adjective_office_before_name("President", "Obama"));
  CHECK_FALSE(claim::adjective_office_before_name("Deputy Premier", "Li"));
}
