#include "graph/entities.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/pipeline.h"
#include "check/harness.h"
#include "ingest/document.h"

namespace concord {
namespace {

const std::vector<std::vector<claim::Claim>>& stories() {
  static const std::vector<std::vector<claim::Claim>> all = {
      test::claims_of("a.txt", "2014-11-18", "North Korean envoy Choe Ryong Hae arrived in Moscow on Monday."),
      test::claims_of("b.txt", "2014-11-19", "Choe met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday."),
      test::claims_of("c.txt", "2014-11-20", "Choe Ryong Hae, 64, left Moscow on Wednesday. The pier project cost $5 million."),
      test::claims_of("d.txt", "2014-11-21", "Mara Lindqvist, 41, said the new pier project cost $6 million."),
  };
  return all;
}

}  // namespace

TEST_CASE("graph/entities: merging saved shards is observing every claim") {
  graph::Entities whole(test::bundled_rules());
  for (const auto& s : stories()) {
    for (const auto& c : s) whole.observe(c);
  }
  SECTION("in any split of the stories into consecutive shards") {
    for (std::size_t cut = 0; cut <= stories().size(); ++cut) {
      graph::Entities first(test::bundled_rules()), second(test::bundled_rules()), merged(test::bundled_rules());
      for (std::size_t i = 0; i < stories().size(); ++i) {
        for (const auto& c : stories()[i]) (i < cut ? first : second).observe(c);
      }
      REQUIRE(merged.merge(first.save()));
      REQUIRE(merged.merge(second.save()));
      CHECK(merged.save() == whole.save());
      CHECK(merged.has_archive() == whole.has_archive());
    }
  }
  SECTION("so a bare surname resolves the same") {
    graph::Entities merged(test::bundled_rules());
    REQUIRE(merged.merge(whole.save()));
    whole.finalize();
    merged.finalize();
    auto b1 = stories()[1], b2 = stories()[1];
    for (auto& c : b1) whole.resolve(c);
    for (auto& c : b2) merged.resolve(c);
    REQUIRE(b1.size() == b2.size());
    for (std::size_t i = 0; i < b1.size(); ++i) {
      for (std::size_t f = 0; f < b1[i].fields.size(); ++f) {
        CHECK(whole.name(b1[i].fields[f].value) == merged.name(b2[i].fields[f].value));
      }
    }
  }
}

TEST_CASE("graph/entities: a damaged saved state is refused and changes nothing") {
  graph::Entities whole(test::bundled_rules());
  for (const auto& c : stories()[0]) whole.observe(c);
  const std::string saved = whole.save();
  graph::Entities e(test::bundled_rules());
  const std::string empty = e.save();
  CHECK_FALSE(e.merge(saved.substr(0, saved.size() - 3)));
  CHECK_FALSE(e.merge("not a state"));
  CHECK_FALSE(e.merge(saved + "x"));
  CHECK(e.save() == empty);
}

}  // namespace concord
