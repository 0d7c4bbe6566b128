// Templates as rule editors write them: what they match, and what they refuse.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "rules/loader.h"
#include "rules/rule_set.h"
#include "rules/template.h"

using namespace concord;

namespace {

// A small vocabulary: names are capitalized words, numbers are digits.
const char* const kVocabulary = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+(?: [A-Z][a-z]+)*'}
  NUMBER: {type: number, pattern: '[0-9]+'}
predicates:
  - name: meet
    fields: {object: person}
  - name: count
    fields: {value: number}
    key: [value]
)Y";

std::string dump(const base::Diagnostics& d) {
  std::string s;
  for (const auto& x : d.all()) s += base::format_diagnostic(x) + "\n";
  return s;
}

// One match: the text it covers, and each field's text ("aside" for asides).
struct Found {
  std::string text;
  std::map<std::string, std::string> fields;      // the last value of each field
  std::multimap<std::string, std::string> all;    // every value
};

// Compiles tmpl as the one template of an extractor of `predicate` and
// returns its matches in sentence.
std::vector<Found> find(const std::string& tmpl, const std::string& sentence, const std::string& predicate = "meet") {
  base::Diagnostics diags;
  auto pack = rules::load_pack_from("t", {{"t/vocabulary.yaml", kVocabulary}}, diags);
  REQUIRE(pack);
  rules::Extractor x;
  x.id = "t.x";
  x.predicate = predicate;
  x.patterns.push_back({tmpl, true, {"t/x.yaml", 1, 1}});
  pack->extractors.push_back(x);
  auto rs = rules::RuleSet::compile({*pack}, diags);
  INFO(dump(diags));
  REQUIRE(rs);
  std::vector<rules::Match> matches;
  rs->match(sentence, {0, sentence.size()}, matches);
  std::vector<Found> out;
  for (const auto& m : matches) {
    if (m.extractor != 0) continue;
    Found f;
    f.text = sentence.substr(m.span.begin, m.span.end - m.span.begin);
    for (const auto& field : m.fields) {
      const std::string value = sentence.substr(field.span.begin, field.span.end - field.span.begin);
      f.fields[field.field] = value;
      f.all.emplace(field.field, value);
    }
    out.push_back(std::move(f));
  }
  return out;
}

// The one match's field values, or {} when there is no match.
std::map<std::string, std::string> fields(const std::string& tmpl, const std::string& sentence,
                                          const std::string& predicate = "meet") {
  const auto found = find(tmpl, sentence, predicate);
  INFO(tmpl << " in: " << sentence);
  REQUIRE(found.size() <= 1);
  return found.empty() ? std::map<std::string, std::string>{} : found[0].fields;
}

bool matches(const std::string& tmpl, const std::string& sentence, const std::string& predicate = "meet") {
  return !find(tmpl, sentence, predicate).empty();
}

using Fields = std::map<std::string, std::string>;

}  // namespace

TEST_CASE("rules/template: words match whatever their case") {
  CHECK(fields("{subject:NAME} met {object:NAME}", "Choe MET Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
  CHECK(matches("{subject:NAME} Met {object:NAME}", "Choe met Putin."));
  CHECK_FALSE(matches("{subject:NAME} met {object:NAME}", "Choe greeted Putin."));
}

TEST_CASE("rules/template: a straight and a curly apostrophe are the same") {
  const std::map<std::string, std::string> templates{{"straight", "{subject:NAME}'s talks with {object:NAME}"},
                                                     {"curly", "{subject:NAME}\u2019s talks with {object:NAME}"}};
  for (const auto& [label, tmpl] : templates) {
    SECTION("written " + label) {
      CHECK(fields(tmpl, "Choe's talks with Putin ended.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
      CHECK(fields(tmpl, "Choe\u2019s talks with Putin ended.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
      CHECK_FALSE(matches(tmpl, "Choe s talks with Putin ended."));
      CHECK_FALSE(matches(tmpl, "Choe`s talks with Putin ended."));
    }
  }
}

TEST_CASE("rules/template: a hyphen matches a hyphen, a space or nothing") {
  const std::string tmpl = "{subject:NAME} began a week-long visit";
  SECTION("week-long") { CHECK(matches(tmpl, "Choe began a week-long visit to Russia.")); }
  SECTION("weeklong") { CHECK(matches(tmpl, "Choe began a weeklong visit to Russia.")); }
  SECTION("week long") { CHECK(matches(tmpl, "Choe began a week long visit to Russia.")); }
  SECTION("non-breaking hyphen") { CHECK(matches(tmpl, "Choe began a week\u2011long visit to Russia.")); }
  SECTION("but not other punctuation") {
    CHECK_FALSE(matches(tmpl, "Choe began a week/long visit to Russia."));
    CHECK_FALSE(matches(tmpl, "Choe began a week, long visit to Russia."));
  }
}

TEST_CASE("rules/template: [...] is optional") {
  const std::string tmpl = "{subject:NAME} met [with] {object:NAME}";
  CHECK(fields(tmpl, "Choe met with Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
  CHECK(fields(tmpl, "Choe met Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
  CHECK_FALSE(matches(tmpl, "Choe met without Putin."));
  SECTION("an optional choice") {
    const std::string choice = "{subject:NAME} met [with|alongside] {object:NAME}";
    CHECK(matches(choice, "Choe met alongside Putin."));
    CHECK(matches(choice, "Choe met with Putin."));
    CHECK(matches(choice, "Choe met Putin."));
  }
}

TEST_CASE("rules/template: (a|b) is a choice of one") {
  const std::string tmpl = "{subject:NAME} (met|held talks with) {object:NAME}";
  CHECK(fields(tmpl, "Choe met Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
  CHECK(fields(tmpl, "Choe held talks with Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
  CHECK_FALSE(matches(tmpl, "Choe greeted Putin."));
  CHECK_FALSE(matches(tmpl, "Choe met held talks with Putin."));
}

TEST_CASE("rules/template: ... stands for at most ten words") {
  const std::string tmpl = "{subject:NAME} arrived ... to meet {object:NAME}";
  auto with_words = [](int n) {
    std::string s = "Choe arrived";
    for (int k = 0; k < n; ++k) s += " w" + std::to_string(k);
    return s + " to meet Putin.";
  };
  SECTION("none") { CHECK(fields(tmpl, with_words(0)) == Fields{{"subject", "Choe"}, {"object", "Putin"}}); }
  SECTION("one") { CHECK(matches(tmpl, with_words(1))); }
  SECTION("ten") { CHECK(matches(tmpl, with_words(10))); }
  SECTION("not eleven") { CHECK_FALSE(matches(tmpl, with_words(11))); }
}

TEST_CASE("rules/template: an aside after a name is skipped") {
  const std::string tmpl = "{subject:NAME} met {object:NAME}";
  SECTION("one appositive between commas") {
    auto f = fields(tmpl, "Choe, a close aide, met Putin.");
    CHECK(f["subject"] == "Choe");
    CHECK(f["object"] == "Putin");
    CHECK(f["aside"] == ", a close aide,");
  }
  SECTION("two appositives sharing a comma") {
    auto f = fields(tmpl, "Choe, left, a special envoy, met Putin.");
    CHECK(f["subject"] == "Choe");
    CHECK(f["object"] == "Putin");
    CHECK(f["aside"] == ", left, a special envoy,");
  }
  SECTION("a parenthesis") {
    CHECK(fields(tmpl, "Choe (left) met Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}, {"aside", " (left)"}});
  }
  SECTION("between dashes") {
    CHECK(fields(tmpl, "Choe - who is senior - met Putin.")["subject"] == "Choe");
  }
  SECTION("not after a word that is not a name") {
    const std::string after_word = "{subject:NAME} said the envoy met {object:NAME}";
    CHECK(matches(after_word, "Choe said the envoy met Putin."));
    CHECK_FALSE(matches(after_word, "Choe said the envoy, a close aide, met Putin."));
  }
}

TEST_CASE("rules/template: auxiliaries may come between a name and its verb") {
  const std::string tmpl = "{subject:NAME} (meet|met) {object:NAME}";
  SECTION("is likely to") {
    CHECK(fields(tmpl, "Choe is likely to meet Putin.") == Fields{{"subject", "Choe"}, {"object", "Putin"}});
  }
  SECTION("did not") { CHECK(matches(tmpl, "Choe did not meet Putin.")); }
  SECTION("won't") { CHECK(matches(tmpl, "Choe won\u2019t meet Putin.")); }
  SECTION("after an aside") { CHECK(matches(tmpl, "Choe, a close aide, is expected to meet Putin.")); }
  SECTION("but not any words") { CHECK_FALSE(matches(tmpl, "Choe wants to meet Putin.")); }
}

TEST_CASE("rules/template: a slot at the start does not match inside a word") {
  const std::string tmpl = "{value:NUMBER} summit";
  SECTION("G-20 gives no number") { CHECK(find(tmpl, "Leaders gathered for the G-20 summit.", "count").empty()); }
  SECTION("A20 gives no number") { CHECK(find(tmpl, "The A20 summit road is closed.", "count").empty()); }
  SECTION("a number of its own does, and the match starts at it") {
    const auto found = find(tmpl, "It was their 20 summit talk.", "count");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "20 summit");
    CHECK(found[0].fields == Fields{{"value", "20"}});
  }
  SECTION("at the start of the sentence, or after an opening bracket") {
    CHECK(find(tmpl, "20 summit talks.", "count").size() == 1);
    CHECK(find(tmpl, "Talks (20 summit meetings).", "count").size() == 1);
  }
  SECTION("a word at the start does not match inside a word either") {
    CHECK(find("summit {value:NUMBER}", "The presummit 20 list.", "count").empty());
    CHECK(find("summit {value:NUMBER}", "The summit 20 list.", "count").size() == 1);
  }
}

TEST_CASE("rules/template: slots get distinct group names") {
  base::Diagnostics diags;
  auto t = rules::compile_template("{subject:NAME} and {subject:NAME} met on {time:DATE}", {"f.yaml", 1, 1}, {"NAME"},
                                   diags);
  REQUIRE(t);
  CHECK(diags.empty());
  REQUIRE(t->slots.size() == 3);
  CHECK(t->slots[0].group == "subject");
  CHECK(t->slots[1].field == "subject");
  CHECK(t->slots[1].group == "subject__2");
  CHECK(t->slots[2].group == "time");
  CHECK(t->slots[2].type == "DATE");
  SECTION("and both are captured as the field") {
    const auto found = find("{subject:NAME} and {subject:NAME} met {object:NAME}", "Choe and Ri met Putin.");
    REQUIRE(found.size() == 1);
    const auto [first, last] = found[0].all.equal_range("subject");
    std::vector<std::string> subjects;
    for (auto it = first; it != last; ++it) subjects.push_back(it->second);
    CHECK(subjects == std::vector<std::string>{"Choe", "Ri"});
  }
}

TEST_CASE("rules/template: a mistake is reported at its column in the template") {
  // The template starts at column 15 of line 4.
  const base::Location where{"f.yaml", 4, 15};
  struct Case {
    std::string tmpl;
    std::string at;  // the template from the offending character on
    std::string message;
  };
  const std::vector<Case> cases{
      {"{subject:NAME} met {object:NAME", "{object:NAME", "'{' is not closed with '}'"},
      {"{subject:NAME met {object:NAME}", "{subject:NAME met", "'{' is not closed with '}'"},
      {"{subject:NAME} (met|saw {object:NAME}", "(met|saw", "'(' is not closed with ')'"},
      {"{subject:NAME} [met {object:NAME}", "[met", "'[' is not closed with ']'"},
      {"{subject:NAME} (met||saw) {object:NAME}", "|saw", "an empty choice; remove the extra '|'"},
      {"{subject:NAME} met] {object:NAME}", "] {object", "']' without a matching opening bracket"},
      // A stray '}' read as an empty word, again and again, until memory ran
      // out (found by tests/fuzz/rules.cpp).
      {"{subject:NAME} met } {object:NAME}", "} {object", "'}' without a matching opening bracket"},
      {"{subject:NAME} met | {object:NAME}", "| {object", "'|' outside ( ) or [ ]"},
      {"{subject:NAME} met {Object:NAME}", "{Object", "field name 'Object' must be lowercase"},
      {"{subject:NAME} met {:NAME}", "{:NAME}", "field name '' must be lowercase"},
      // 2,000 levels overflowed the stack (issue 17); 16 is the limit.
      {"{subject:NAME} met " + std::string(16, '[') + "[" + std::string(2000, '[') + "x" + std::string(2017, ']'),
       std::string(2001, '[') + "x", "brackets nested more than 16 deep"},
  };
  for (const auto& c : cases) {
    SECTION(c.tmpl) {
      base::Diagnostics diags;
      CHECK_FALSE(rules::compile_template(c.tmpl, where, {"NAME"}, diags));
      INFO(dump(diags));
      REQUIRE(diags.all().size() == 1);
      const auto& d = diags.all()[0];
      CHECK(d.severity == base::Severity::error);
      CHECK(d.where.path == "f.yaml");
      CHECK(d.where.line == 4);
      const std::size_t offset = c.tmpl.find(c.at);
      REQUIRE(offset != std::string::npos);
      CHECK(d.where.column == 15 + static_cast<int>(offset));
      CHECK_THAT(d.message, Catch::Contains(c.message));
    }
  }
}

TEST_CASE("rules/template: what every match holds") {
  auto required = [](const std::string& tmpl) {
    base::Diagnostics diags;
    auto t = rules::compile_template(tmpl, {"f.yaml", 1, 1}, {"NAME"}, diags);
    REQUIRE(t);
    return t->required;
  };
  using Required = std::vector<std::vector<std::string>>;
  // Where a template word begins (sequence()): after a space or a quote, or
  // at a word boundary.
  const std::string W = R"((?:\b|[\s"]))";
  SECTION("its words and slots") {
    CHECK(required("{subject:NAME} met {object:NAME}") == Required{{"{NAME}"}, {W + "(?i:met)"}, {"{NAME}"}});
  }
  SECTION("nothing in an optional group") {
    CHECK(required("met [with {object:NAME}]") == Required{{W + "(?i:met)"}});
  }
  SECTION("of a choice, the longest word of each choice") {
    CHECK(required("(met|held talks with)") == Required{{W + "(?i:met)", W + "(?i:talks)"}});
  }
  SECTION("a word that attaches to the one before may begin anywhere") {
    CHECK(required("{subject:NAME}['s] home") == Required{{"{NAME}"}, {W + "(?i:home)"}});
    CHECK(required("{subject:NAME} 's home") == Required{{"{NAME}"}, {"(?i:['\u2019]s)"}, {W + "(?i:home)"}});
  }
  SECTION("of a choice with a choice that holds no word, nothing") {
    CHECK(required("(met|...)").empty());
  }
}
