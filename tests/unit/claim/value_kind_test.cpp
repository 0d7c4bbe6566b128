// Value kinds through the one table: every type has a kind, and each kind
// normalizes words, matches an editor's expected value, compares and shows.
#include <catch2/catch.hpp>

#include <string>

#include "claim/compare.h"
#include "claim/entities.h"
#include "claim/value_kind.h"

using namespace concord;
using rules::ValueType;

namespace {

rules::Gazetteer world() {
  rules::Gazetteer g;
  rules::Entity korea;
  korea.name = "North Korea";
  korea.kind = rules::EntityKind::place;
  korea.demonyms = {"North Korean", "DPRK"};
  rules::Entity choe;
  choe.name = "Choe Ryong Hae";
  choe.aliases = {"Choe Ryong-hae"};
  for (const rules::Entity& e : {korea, choe}) {
    const rules::Entity* clash = nullptr;
    g.add(e, &clash);
  }
  return g;
}

// Values as a story dated 2014-11-18 (a Tuesday) would give them.
struct Story {
  rules::Gazetteer gazetteer = world();
  std::optional<base::Date> date = base::Date{2014, 11, 18};

  // The value of `type` for `words`, written alone in the story.
  claim::Value value(ValueType type, const std::string& words) const {
    const claim::EntityResolver resolver(gazetteer, date, "story.txt");
    const claim::NormalizeContext cx{
        .text = words, .resolver = resolver, .gazetteer = gazetteer, .document_date = date, .tense = claim::Tense::past};
    return claim::normalize_value(type, {0, words.size()}, cx);
  }
  bool matches(ValueType type, const std::string& words, const std::string& expected) const {
    return claim::matches_expected(value(type, words), expected, gazetteer);
  }
  bool differ(ValueType type, const std::string& a, const std::string& b, double tolerance = 0.0) const {
    return claim::values_differ(value(type, a), value(type, b), {.tolerance = tolerance});
  }
};

}  // namespace

TEST_CASE("claim/value_kind: every value type has a kind") {
  for (const std::string& name : rules::value_type_names()) {
    INFO("value type " << name << ": add its row to claim/kinds/registry.cpp");
    const auto type = rules::parse_value_type(name);
    REQUIRE(type);
    CHECK(claim::find_value_kind(*type) != nullptr);
  }
  SECTION("types whose values compare with each other share a kind") {
    CHECK(std::string(claim::value_kind(ValueType::person).name()) == "entity");
    for (ValueType t : {ValueType::place, ValueType::organization, ValueType::entity})
      CHECK(&claim::value_kind(t) == &claim::value_kind(ValueType::person));
    CHECK(&claim::value_kind(ValueType::number) == &claim::value_kind(ValueType::quantity));
    CHECK(&claim::value_kind(ValueType::age) == &claim::value_kind(ValueType::ordinal));
    CHECK(&claim::value_kind(ValueType::date) != &claim::value_kind(ValueType::quantity));
  }
}

TEST_CASE("claim/value_kind: each kind matches the value an editor expects") {
  const Story s;
  SECTION("text") {
    CHECK(s.value(ValueType::text, "Talks  Resumed").to_string() == "talks resumed");
    CHECK(s.matches(ValueType::text, "Talks Resumed", "talks resumed"));
    CHECK_FALSE(s.matches(ValueType::text, "Talks Resumed", "talks ended"));
  }
  SECTION("entity") {
    const claim::Value choe = s.value(ValueType::person, "Choe Ryong-hae");
    CHECK(choe.to_string() == "Choe Ryong Hae");
    CHECK(choe.key() == "Choe Ryong Hae");
    CHECK(s.matches(ValueType::person, "Choe Ryong-hae", "Choe Ryong Hae"));
    CHECK(s.matches(ValueType::person, "Choe Ryong-hae", "choe ryong-hae"));
    CHECK(s.matches(ValueType::place, "North Korea", "North Korea"));
    CHECK_FALSE(s.matches(ValueType::person, "Choe Ryong-hae", "Choe Son Hui"));
  }
  SECTION("thing") {
    const claim::Value pier = s.value(ValueType::thing, "Pier No. 3 at Rajin Port was");
    CHECK(pier.text == "Pier No. 3 at Rajin Port");
    // What a slot swallowed past the noun phrase is not the thing's name.
    const claim::Value link = s.value(ValueType::thing, "rail link between Khasan and Rason last year");
    CHECK(link.text == "rail link between Khasan and Rason");
    CHECK(link.to_string() == "khasan link rail rason");
    CHECK(s.value(ValueType::thing, "the port in Rason, and wrote off 90 percent of").text == "the port in Rason");
    CHECK(s.value(ValueType::thing, "the bridge opened on Monday, Nov. 17").text == "the bridge opened");
    CHECK(s.value(ValueType::thing, "the May 2012 agreement").text == "the May 2012 agreement");
    CHECK(s.matches(ValueType::thing, "Pier No. 3 at Rajin Port", "pier No. 3 at the Rajin port"));
    CHECK_FALSE(s.matches(ValueType::thing, "Pier No. 3 at Rajin Port", "the oil refinery"));
  }
  SECTION("date") {
    CHECK(s.value(ValueType::date, "on Monday").to_string() == "2014-11-17");
    CHECK(s.matches(ValueType::date, "on Monday", "2014-11-17"));
    CHECK(s.matches(ValueType::date, "in December 2011", "2011-12"));
    CHECK_FALSE(s.matches(ValueType::date, "on Monday", "2014-11-18"));
  }
  SECTION("number and quantity") {
    CHECK(s.matches(ValueType::number, "24 million", "24000000"));
    CHECK(s.matches(ValueType::quantity, "$25 billion", "25 billion dollars"));
    CHECK(s.matches(ValueType::quantity, "$25 billion", "25000000000"));
    CHECK_FALSE(s.matches(ValueType::quantity, "$25 billion", "25 billion euros"));
  }
  SECTION("age and ordinal") {
    CHECK(s.matches(ValueType::age, "the 33-year-old", "33"));
    CHECK(s.matches(ValueType::age, "the 33-year-old", "thirty-three"));
    CHECK(s.matches(ValueType::ordinal, "third", "3"));
    CHECK_FALSE(s.matches(ValueType::ordinal, "third", "fourth"));
  }
  SECTION("title") {
    const claim::Value t = s.value(ValueType::title, "North Korea's first vice foreign minister");
    CHECK(t.to_string() == "first vice foreign minister of North Korea");
    CHECK(t.key() == "foreign minister|North Korea|");
    CHECK(s.matches(ValueType::title, "North Korea's first vice foreign minister",
                    "first vice foreign minister of North Korea"));
    CHECK_FALSE(s.matches(ValueType::title, "North Korea's first vice foreign minister", "foreign minister"));
  }
  SECTION("words that cannot be normalized match as written") {
    const claim::Value v = s.value(ValueType::date, "on Monday");
    const Story undated{.date = std::nullopt};
    const claim::Value u = undated.value(ValueType::date, "on Monday");
    CHECK_FALSE(u.resolved);
    CHECK(u.to_string() == "on Monday (unresolved)");
    CHECK(claim::matches_expected(u, "on monday", s.gazetteer));
    CHECK(v.resolved);
  }
}

TEST_CASE("claim/value_kind: each kind says which values differ") {
  const Story s;
  SECTION("text") {
    CHECK(s.differ(ValueType::text, "talks", "strike"));
    CHECK_FALSE(s.differ(ValueType::text, "Talks", "talks"));
  }
  SECTION("entity") {
    CHECK(s.differ(ValueType::person, "Choe Ryong Hae", "Mara Lindqvist"));
    CHECK_FALSE(s.differ(ValueType::person, "Choe Ryong Hae", "Choe Ryong-hae"));
    // check/ passes the identity of entities merged across stories.
    const claim::CompareContext merged{.entity_identity = [](const claim::Value&) { return std::string("one"); }};
    CHECK_FALSE(claim::values_differ(s.value(ValueType::person, "Choe Ryong Hae"),
                                     s.value(ValueType::person, "Mara Lindqvist"), merged));
  }
  SECTION("thing") {
    CHECK(s.differ(ValueType::thing, "Pier No. 3 at Rajin Port", "the oil refinery in Rason"));
    CHECK_FALSE(s.differ(ValueType::thing, "Pier No. 3 at Rajin Port", "Pier No. 3 at Rajin Port in North Korea"));
  }
  SECTION("date") {
    CHECK(s.differ(ValueType::date, "on Monday", "on Tuesday"));
    CHECK_FALSE(s.differ(ValueType::date, "in December 2011", "on Dec. 17, 2011"));
  }
  SECTION("number and quantity") {
    CHECK(s.differ(ValueType::quantity, "$25 billion", "$11 billion"));
    CHECK_FALSE(s.differ(ValueType::quantity, "$25 billion", "25 billion dollars"));
    CHECK(s.differ(ValueType::number, "100", "104"));
    CHECK_FALSE(s.differ(ValueType::number, "100", "104", 0.05));
  }
  SECTION("age and ordinal") {
    CHECK(s.differ(ValueType::age, "33", "34"));
    CHECK_FALSE(s.differ(ValueType::age, "the 33-year-old", "aged 33"));
    CHECK(s.differ(ValueType::ordinal, "third", "fourth"));
  }
  SECTION("title") {
    CHECK(s.differ(ValueType::title, "foreign minister of North Korea", "first vice foreign minister of North Korea"));
    CHECK_FALSE(s.differ(ValueType::title, "foreign minister of North Korea", "North Korean Foreign Minister"));
  }
  SECTION("values of different kinds, or unresolved, never differ; but a bare weekday names its day") {
    CHECK_FALSE(claim::values_differ(s.value(ValueType::date, "on Monday"), s.value(ValueType::number, "3"), {}));
    const Story undated{.date = std::nullopt};
    CHECK_FALSE(claim::values_differ(undated.value(ValueType::date, "last year"), s.value(ValueType::date, "2012"), {}));
    CHECK(claim::values_differ(undated.value(ValueType::date, "on Monday"), s.value(ValueType::date, "on Tuesday"), {}));
    CHECK(claim::values_differ(undated.value(ValueType::date, "Monday"), undated.value(ValueType::date, "Friday"), {}));
    CHECK_FALSE(claim::values_differ(undated.value(ValueType::date, "on Monday"),
                                     s.value(ValueType::date, "Nov. 17"), {}));
    CHECK_FALSE(claim::values_differ(undated.value(ValueType::date, "late Monday"),
                                     undated.value(ValueType::date, "Tuesday"), {}));
  }
}

TEST_CASE("claim/value_kind: a date is shown with the day it means unless its words give the year") {
  const Story s;
  CHECK(s.value(ValueType::date, "Monday").show() == "Monday (2014-11-17)");
  CHECK(s.value(ValueType::date, "Nov. 17, 2014").show() == "Nov. 17, 2014");
  CHECK(s.value(ValueType::quantity, "$25  billion").show() == "$25 billion");
}
