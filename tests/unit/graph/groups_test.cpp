// graph/groups: which claims belong together (folded names, anchors, parts, lookup keys).
#include <catch2/catch.hpp>

#include "graph/groups.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "app/pipeline.h"
#include "check/harness.h"
#include "ingest/document.h"

using namespace concord;

TEST_CASE("graph/groups: fold_key spells names alike across case, accents and scripts") {
  CHECK(graph::fold_key("Zoë Campbell") == "zoe campbell");
  CHECK(graph::fold_key("Søren Şahin, Ayşe Aydın") == "soren sahin, ayse aydin");
  CHECK(graph::fold_key("Łukasz Woźniak, Øverby, Åberg, Égert") == "lukasz wozniak, overby, aberg, egert");
  CHECK(graph::fold_key("Jäger, Müller, Straße, Œuvre, Æsir, Þór") == "jager, muller, strasse, oeuvre, aesir, thor");
  CHECK(graph::fold_key("Ștefan Țurcanu, Đorđe, Ħamrun") == "stefan turcanu, dorde, hamrun");
  CHECK(graph::fold_key("ÖZTÜRK") == graph::fold_key("Öztürk"));
  CHECK(graph::fold_key("Nguyễn Xuân Phúc") == "nguyen xuan phuc");
  CHECK(graph::fold_key("ΑΘΉΝΑ") == graph::fold_key("Αθήνα"));
  CHECK(graph::fold_key("ПУТИН") == graph::fold_key("Путин"));
  SECTION("other text keeps its letters") {
    CHECK(graph::fold_key("Kim Jong Un, 32 × 2") == "kim jong un, 32 × 2");
    CHECK(graph::fold_key("金正恩") == "金正恩");
  }
}

namespace {

bool meet(const std::vector<std::string>& query, const std::vector<std::string>& stored) {
  std::vector<std::string> both;
  std::set_intersection(query.begin(), query.end(), stored.begin(), stored.end(), std::back_inserter(both));
  return !both.empty();
}

}  // namespace

TEST_CASE("graph/groups: stories whose claims share an anchor meet in the index") {
  // Two claims can only be grouped by a check if they share an anchor once
  // the run's entities are merged; the index must then find either story
  // from the other, before any merging, or a draft misses a contradiction
  // that checking the whole archive finds.
  const std::vector<std::vector<claim::Claim>> stories = {
      test::claims_of("a.txt", "2014-11-18", "North Korean envoy Choe Ryong Hae arrived in Moscow on Monday."),
      test::claims_of("b.txt", "2014-11-19", "Choe met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday."),
      test::claims_of("c.txt", "2014-11-20", "The pier project cost $5 million. Mara Lindqvist, 41, was named chief "
                "executive of Harbor Holdings on Monday."),
      test::claims_of("d.txt", "2014-11-21", "Lindqvist said the new pier project cost $6 million. Harbor Holdings chief "
                "executive Mara Lindqvist, 42, resigned on Friday."),
      test::claims_of("e.txt", "2014-11-21", "Sergei Lavrov, the foreign minister of Russia, arrived in Paris on Friday."),
  };
  graph::ClaimGraph g(test::bundled_rules());
  std::vector<std::size_t> story_of;
  for (std::size_t i = 0; i < stories.size(); ++i) {
    story_of.insert(story_of.end(), stories[i].size(), i);
    g.add(stories[i]);
  }
  g.finalize();
  REQUIRE(g.claims().size() == story_of.size());

  std::set<std::pair<std::size_t, std::size_t>> share;  // stories with claims sharing an anchor
  for (graph::ClaimId a = 0; a < g.claims().size(); ++a) {
    const auto ka = graph::anchors(g, g.claim(a));
    for (graph::ClaimId b = 0; b < g.claims().size(); ++b) {
      if (story_of[a] == story_of[b]) continue;
      const auto kb = graph::anchors(g, g.claim(b));
      if (meet(ka, kb)) share.emplace(story_of[a], story_of[b]);
    }
  }
  // Choe in a and b; Lavrov in b and e; the pier project, Lindqvist and
  // the chief executive's office in c and d.
  CHECK(share.count({0, 1}) == 1);
  CHECK(share.count({1, 4}) == 1);
  CHECK(share.count({2, 3}) == 1);
  for (const auto& [q, s] : share) {
    INFO("draft " << q << " against story " << s);
    CHECK(meet(graph::lookup_keys(stories[q], test::bundled_rules(), graph::KeySide::query),
               graph::lookup_keys(stories[s], test::bundled_rules(), graph::KeySide::stored)));
  }
  SECTION("and a claim goes to the part of each of its anchors") {
    for (std::size_t n : {1u, 7u, 64u}) {
      for (const auto& c : g.claims()) {
        const auto parts = graph::parts_of(g, c, n);
        REQUIRE(std::is_sorted(parts.begin(), parts.end()));
        REQUIRE(!parts.empty());
        for (const auto& a : graph::anchors(g, c)) {
          CHECK(std::count(parts.begin(), parts.end(), graph::ClaimGraph::part_of(a, n)) == 1);
        }
        if (graph::reads_across_groups(g.rules(), c)) CHECK(parts.size() == n);
      }
    }
  }
}

TEST_CASE("graph/groups: each value has one anchor kind") {
  claim::Value date;
  CHECK(!graph::anchor_kind(date, false));
  CHECK(graph::anchor_kind(date, true) == graph::AnchorKind::value);
  claim::Value person;
  person.entity = claim::EntityRef{};
  person.entity->kind = rules::EntityKind::person;
  CHECK(graph::anchor_kind(person, false) == graph::AnchorKind::person);
  person.entity->kind = rules::EntityKind::organization;
  CHECK(graph::anchor_kind(person, true) == graph::AnchorKind::entity);
}
