// Names resolved within a document: a bare surname is the full name it
// refers to, a pronoun the person last named.
#include <catch2/catch.hpp>

#include "claim/entities.h"

using namespace concord;
using rules::ValueType;

TEST_CASE("claim/entities: a bare surname is the latest full name before it, else the first after") {
  rules::Gazetteer gazetteer;
  claim::EntityResolver r(gazetteer, std::nullopt, "doc");
  REQUIRE(r.note("Choe Ryong Hae", ValueType::person, 100, true));
  REQUIRE(r.note("Choe Son Hui", ValueType::person, 300, true));
  REQUIRE(r.note("Choe Son Hui", ValueType::person, 500, true));
  CHECK(r.resolve("Choe", ValueType::person, 200).name == "Choe Ryong Hae");
  CHECK(r.resolve("Choe", ValueType::person, 400).name == "Choe Son Hui");
  CHECK(r.resolve("Choe", ValueType::person, 50).name == "Choe Ryong Hae");
  CHECK(r.resolve("Choe", ValueType::person, 200).via == claim::Resolution::coreference);
  CHECK(r.resolve("Kim", ValueType::person, 200).via == claim::Resolution::unresolved);
}

TEST_CASE("claim/entities: a full name far below a bare surname is not what it refers to") {
  // ECB+ 28_3: "Felt died Thursday" near the top, "His wife, Audrey Felt,
  // died in 1984" a hundred lines down.
  rules::Gazetteer gazetteer;
  claim::EntityResolver r(gazetteer, std::nullopt, "doc");
  REQUIRE(r.note("Audrey Felt", ValueType::person, 9000, true));
  CHECK(r.resolve("Felt", ValueType::person, 400).via == claim::Resolution::unresolved);
  CHECK(r.resolve("Felt", ValueType::person, 8700).name == "Audrey Felt");  // a caption just above it
}

TEST_CASE("claim/entities: a pronoun is the person named last, in its sentence first") {
  rules::Gazetteer gazetteer;
  claim::EntityResolver r(gazetteer, std::nullopt, "doc");
  r.mentioned("Mara Lindqvist", 10, true);
  r.mentioned("Ivo Brandt", 60, false);
  r.mentioned("Ana Roth", 120, true);
  CHECK(r.resolve("she", ValueType::person, 100, 50).name == "Ivo Brandt");
  CHECK(r.resolve("she", ValueType::person, 100, 50).via == claim::Resolution::coreference);
  CHECK(r.resolve("he", ValueType::person, 55, 50).name == "Mara Lindqvist");
  CHECK(r.resolve("he", ValueType::person, 55, 50).via == claim::Resolution::pronoun);
  CHECK(r.resolve("he", ValueType::person, 5, 0).via == claim::Resolution::unresolved);
}

TEST_CASE("claim/entities: an adjective office before one word is an organization, not a person") {
  rules::Gazetteer gazetteer;
  claim::EntityResolver r(gazetteer, std::nullopt, "doc");
  CHECK_FALSE(r.plausible_person("General Motors"));
  CHECK_FALSE(r.plausible_person("the Premier League"));
  CHECK(r.plausible_person("General David Petraeus"));
  CHECK(r.plausible_person("President Obama"));
}
