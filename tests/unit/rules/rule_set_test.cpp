// Matching a compiled rule set: patterns run only on sentences that hold
// what they need, and that never hides a match.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "rules/loader.h"
#include "rules/rule_set.h"

using namespace concord;

namespace {

const char* const kPack = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+(?: [A-Z][a-z]+)*'}
  TRIP: '(?i:trip|visit|journey)'
  DAY: {type: date, mention: true, pattern: '(?:Mon|Tues|Wednes)day'}
predicates:
  - name: meet
    fields: {object: person}
  - name: trip
    fields: {}
extractors:
  - id: kissed
    predicate: meet
    templates: ["{subject:NAME} kissed {object:NAME}"]
  - id: met
    predicate: meet
    templates: ["{subject:NAME} (met|held talks with) [with] {object:NAME}"]
  - id: trip
    predicate: trip
    templates: ["{subject:NAME} ended (a|his|her) {TRIP}"]
)Y";

const rules::RuleSet& rule_set() {
  static const std::unique_ptr<rules::RuleSet> rs = [] {
    base::Diagnostics diags;
    auto pack = rules::load_pack_from("t", {{"t/rules.yaml", kPack}}, diags);
    REQUIRE(pack);
    auto compiled = rules::RuleSet::compile({*pack}, diags);
    REQUIRE(compiled);
    return compiled;
  }();
  return *rs;
}

// The text of each match of extractor id (or of mentions, for "") in sentence.
std::vector<std::string> matches(const std::string& id, const std::string& sentence) {
  const rules::RuleSet& rs = rule_set();
  std::vector<rules::Match> found;
  rs.match(sentence, {0, sentence.size()}, found);
  std::vector<std::string> out;
  for (const auto& m : found) {
    const std::string of = m.extractor < 0 ? "" : rs.extractors()[static_cast<std::size_t>(m.extractor)].id;
    if (of == id) out.push_back(sentence.substr(m.span.begin, m.span.end - m.span.begin));
  }
  return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("rules/rule_set: a template's words are found whatever their case") {
  CHECK(matches("t.kissed", "Choe kissed Putin.") == Texts{"Choe kissed Putin"});
  CHECK(matches("t.kissed", "Choe KISSED Putin.") == Texts{"Choe KISSED Putin"});
  SECTION("as RE2 folds case: the Kelvin sign is a K, the long s an s") {
    CHECK(matches("t.kissed", "Choe \u212AISSED Putin.").size() == 1);
    CHECK(matches("t.kissed", "Choe ki\u017F\u017Fed Putin.").size() == 1);
  }
  CHECK(matches("t.kissed", "Choe greeted Putin.").empty());
}

TEST_CASE("rules/rule_set: a choice needs one of its words") {
  CHECK(matches("t.met", "Choe met Putin.") == Texts{"Choe met Putin"});
  CHECK(matches("t.met", "Choe held talks with Putin.") == Texts{"Choe held talks with Putin"});
  CHECK(matches("t.met", "Choe met with Putin.") == Texts{"Choe met with Putin"});
  CHECK(matches("t.met", "Choe greeted Putin.").empty());
}

TEST_CASE("rules/rule_set: a vocabulary entry's words are needed too") {
  CHECK(matches("t.trip", "Choe ended a trip.") == Texts{"Choe ended a trip"});
  CHECK(matches("t.trip", "Choe ended his JOURNEY.") == Texts{"Choe ended his JOURNEY"});
  CHECK(matches("t.trip", "Choe ended a talk.").empty());
}

TEST_CASE("rules/rule_set: mentions are matched with their value") {
  const rules::RuleSet& rs = rule_set();
  const std::string sentence = "Choe left on Monday and came back on Wednesday.";
  std::vector<rules::Match> found;
  rs.match(sentence, {0, sentence.size()}, found);
  std::vector<std::string> days;
  for (const auto& m : found) {
    if (m.mention != "DAY") continue;
    REQUIRE(m.fields.size() == 1);
    CHECK(m.fields[0].field == "value");
    CHECK(m.fields[0].span.begin == m.span.begin);
    CHECK(m.fields[0].span.end == m.span.end);
    days.push_back(sentence.substr(m.span.begin, m.span.end - m.span.begin));
  }
  CHECK(days == Texts{"Monday", "Wednesday"});
}

TEST_CASE("rules/rule_set: a span within a longer text") {
  const rules::RuleSet& rs = rule_set();
  const std::string text = "Putin waited. Choe met Kim. Choe kissed Ri.";
  std::vector<rules::Match> found;
  rs.match(text, {14, 27}, found);  // "Choe met Kim."
  REQUIRE_FALSE(found.empty());
  for (const auto& m : found) {
    CHECK(m.span.begin >= 14);
    CHECK(m.span.end <= 27);
  }
  CHECK(std::none_of(found.begin(), found.end(), [&](const rules::Match& m) {
    return m.extractor >= 0 && rs.extractors()[static_cast<std::size_t>(m.extractor)].id == "t.kissed";
  }));
}

TEST_CASE("rules/rule_set: a scope runs one extractor, and mentions of some types") {
  const rules::RuleSet& rs = rule_set();
  const std::string sentence = "Choe met Putin on Monday.";
  auto found_in = [&](const rules::MatchScope& scope) {
    std::vector<rules::Match> found;
    rs.match(sentence, {0, sentence.size()}, found, scope);
    Texts out;
    for (const auto& m : found) {
      out.push_back(m.extractor < 0 ? "{" + m.mention + "}"
                                    : rs.extractors()[static_cast<std::size_t>(m.extractor)].id);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(found_in({}) == Texts{"t.met", "{DAY}"});
  CHECK(found_in({.only_extractor = rs.extractor_index("t.kissed")}) == Texts{"{DAY}"});
  CHECK(found_in({.only_extractor = std::nullopt, .mention_types = rules::MatchScope::bit(rules::ValueType::person)}) == Texts{"t.met"});
  CHECK(found_in({.only_extractor = std::nullopt, .mention_types = rules::MatchScope::bit(rules::ValueType::date)}) == Texts{"t.met", "{DAY}"});
}

TEST_CASE("rules/rule_set: a template's word is needed where a word begins, which hides no match") {
  base::Diagnostics diags;
  auto pack = rules::load_pack_from("t", {{"t/rules.yaml", R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
predicates:
  - name: meet
    fields: {object: person}
  - name: say
    fields: {}
extractors:
  - id: met-on
    predicate: meet
    templates: ["{subject:NAME} met {object:NAME} on Monday"]
  - id: said
    predicate: say
    templates: ['{subject:NAME} said "yes"']
)Y"}}, diags);
  REQUIRE(pack);
  auto rs = rules::RuleSet::compile({*pack}, diags);
  REQUIRE(rs);
  rs->start_profile();
  auto run = [&](const std::string& sentence) {
    std::vector<rules::Match> found;
    rs->match(sentence, {0, sentence.size()}, found);
    return found.size();
  };
  auto runs_of = [&](const std::string& id) {
    const int x = *rs->extractor_index(id);
    for (const auto& p : rs->cost().programs) {
      if (p.extractor == x) return p.runs;
    }
    return std::uint64_t{0};
  };
  // "on" only inside "Jonas" and "Monday": the template is not run at all.
  CHECK(run("Jonas met Kim for Monday talks.") == 0);
  CHECK(runs_of("t.met-on") == 0);
  CHECK(run("Jonas met Kim on Monday.") == 1);
  CHECK(runs_of("t.met-on") == 1);
  // After a quote, and after a space where the word's first letter is one
  // RE2 folds to ASCII: found as before.
  CHECK(run("Kim said \"yes\".") == 1);
  CHECK(run("Kim said \"YES\".") == 1);
  CHECK(run("Kim \u017Faid \"yes\".") == 1);  // the long s, which \b does not see as a letter
}
