// The gazetteer: entities found by any spelling of their names.
#include <catch2/catch.hpp>

#include "rules/gazetteer.h"

using namespace concord;

namespace {

rules::Entity entity(const std::string& name, rules::EntityKind kind, std::vector<std::string> demonyms = {}) {
  rules::Entity e;
  e.name = name;
  e.kind = kind;
  e.demonyms = std::move(demonyms);
  return e;
}

}  // namespace

TEST_CASE("rules/gazetteer: name keys ignore case, accents, spacing and hyphens after the first word") {
  CHECK(rules::name_key("Kim Jong-un") == "kim jongun");
  CHECK(rules::name_key("Kim Jong Un") == "kim jongun");
  CHECK(rules::name_key("  KIM  JONG UN ") == "kim jongun");
  CHECK(rules::name_key("Ryong-hae Choe") == "ryong-hae choe");
  CHECK(rules::name_key("O\u2019Brien") == "o'brien");
  CHECK(rules::name_key("Søren Traoré") == "soren traore");  // house styles that drop accents
  CHECK(rules::name_key("NGUYỄN Văn Thành") == rules::name_key("Nguyen Van Thanh"));
  CHECK(rules::name_key("U.S.") == "u s");
  CHECK(rules::name_key("") == "");
  CHECK(rules::name_key(" - ") == "-");
}

TEST_CASE("rules/gazetteer: a demonym names the first place that claims it") {
  rules::Gazetteer g;
  REQUIRE(g.add(entity("Russian Railways", rules::EntityKind::organization, {"Russian"}), nullptr));
  REQUIRE(g.add(entity("Russia", rules::EntityKind::place, {"Russian", "Russian Federation's"}), nullptr));
  REQUIRE(g.add(entity("Old Russia", rules::EntityKind::place, {"Russian"}), nullptr));
  const rules::Entity* e = g.with_demonym("RUSSIAN");
  REQUIRE(e != nullptr);
  CHECK(e->name == "Russia");
  CHECK(g.with_demonym("russian federation\u2019s") == e);
  CHECK(g.with_demonym("Korean") == nullptr);
}
