// What `concord rules lint` reports: every mistake in a rule pack at the
// file:line:col where it was written, with what is wrong and how to fix it.
// Expected positions are computed from each test's own YAML text.
#include <catch2/catch.hpp>

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

#include "rules/loader.h"
#include "rules/rule_set.h"

using namespace concord;

namespace {

constexpr const char* kPath = "mine/rules.yaml";

struct Pos {
  int line = 0;
  int column = 0;
};

// The 1-based line and column of the first `needle` in yaml that comes after
// `after` (the start when empty). Fails the test if there is none.
Pos pos_of(const std::string& yaml, std::string_view needle, std::string_view after = "") {
  std::size_t from = 0;
  if (!after.empty()) {
    from = yaml.find(after);
    REQUIRE(from != std::string::npos);
  }
  const std::size_t at = yaml.find(needle, from);
  REQUIRE(at != std::string::npos);
  Pos p;
  p.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < at; ++i) {
    if (yaml[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = static_cast<int>(at - line_start) + 1;
  return p;
}

std::string dump(const base::Diagnostics& d) {
  std::string s;
  for (const auto& x : d.all()) s += base::format_diagnostic(x) + "\n";
  return s.empty() ? "(no diagnostics)" : s;
}

// A user pack "mine" read from one file and compiled, alone or after core.
struct Linted {
  base::Diagnostics diags;
  bool loaded = false;                   // the loader accepted the pack
  std::unique_ptr<rules::RuleSet> rules;  // the compiler accepted it too
};

const rules::Pack& core_pack() {
  static const rules::Pack core = [] {
    base::Diagnostics diags;
    auto p = rules::load_pack(CONCORD_SOURCE_DIR "/rules/core", diags);
    INFO(dump(diags));
    REQUIRE(p);
    return *p;
  }();
  return core;
}

enum class WithCore { no, yes };

Linted lint(const std::string& yaml, WithCore with_core = WithCore::no) {
  Linted r;
  auto pack = rules::load_pack_from("mine", {{kPath, yaml}}, r.diags);
  r.loaded = pack.has_value();
  if (!pack) return r;
  std::vector<rules::Pack> packs;
  if (with_core == WithCore::yes) packs.push_back(core_pack());
  packs.push_back(std::move(*pack));
  r.rules = rules::RuleSet::compile(std::move(packs), r.diags);
  return r;
}

// The one diagnostic reported is an error at `at` in kPath whose message has
// every one of words.
void one_error(const Linted& r, Pos at, std::initializer_list<std::string_view> words) {
  INFO(dump(r.diags));
  REQUIRE(r.diags.all().size() == 1);
  const base::Diagnostic& d = r.diags.all()[0];
  CHECK(d.severity == base::Severity::error);
  CHECK(d.where.path == kPath);
  CHECK(d.where.line == at.line);
  CHECK(d.where.column == at.column);
  for (std::string_view w : words) CHECK_THAT(d.message, Catch::Contains(std::string(w)));
  CHECK_FALSE(r.rules);  // never half-loaded
}

// A vocabulary and a predicate most tests build on.
const std::string kBase = R"Y(vocabulary:
  WORD: '[a-z]+'
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
predicates:
  - name: meet
    fields: {object: person, time: text}
)Y";

}  // namespace

TEST_CASE("rules/lint: a pack without mistakes compiles and reports nothing") {
  const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
)Y";
  auto r = lint(yaml);
  INFO(dump(r.diags));
  CHECK(r.diags.empty());
  REQUIRE(r.rules);
  REQUIRE(r.rules->extractor_index("mine.met"));
  std::vector<rules::Match> found;
  const std::string text = "Choe met Putin.";
  r.rules->match(text, {0, text.size()}, found);
  CHECK(found.size() == 1);
}

TEST_CASE("rules/lint: the bundled packs lint clean") {
  base::Diagnostics diags;
  auto core = rules::load_pack(CONCORD_SOURCE_DIR "/rules/core", diags);
  auto world = rules::load_pack(CONCORD_SOURCE_DIR "/rules/world", diags);
  INFO(dump(diags));
  REQUIRE(core);
  REQUIRE(world);
  auto rs = rules::RuleSet::compile({*core, *world}, diags);
  CHECK(rs);
  CHECK(diags.empty());
}

TEST_CASE("rules/lint: an unknown key is reported at the key, with did you mean") {
  SECTION("in an extractor") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    templat: "{subject:NAME} met {object:NAME}"
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "templat:"), {"unknown key 'templat' in an extractor", "did you mean 'template'?"});
  }
  SECTION("in a predicate") {
    const std::string yaml = R"Y(predicates:
  - name: size
    fields: {value: number}
    tolerence: 5%
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "tolerence"), {"unknown key 'tolerence' in a predicate", "did you mean 'tolerance'?"});
  }
  SECTION("in an entity") {
    const std::string yaml = R"Y(entities:
  - name: Choe Son Hui
    kind: person
    gendr: female
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "gendr"), {"unknown key 'gendr' in an entity", "did you mean 'gender'?"});
  }
  SECTION("in a vocabulary entry") {
    const std::string yaml = R"Y(vocabulary:
  PORT:
    type: place
    patern: 'Rajin|Najin'
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "patern"), {"unknown key 'patern' in a vocabulary entry", "did you mean 'pattern'?"});
  }
  SECTION("in an example") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
    examples:
      - text: Choe met Putin.
        expected: none
)Y";
    auto r = lint(yaml);
    one_error(r, pos_of(yaml, "expected"), {"unknown key 'expected' in an example", "did you mean 'expect'?"});
  }
  SECTION("with nothing close, the keys are listed") {
    const std::string yaml = R"Y(predicates:
  - name: size
    colour: red
)Y";
    auto r = lint(yaml);
    one_error(r, pos_of(yaml, "colour"), {"unknown key 'colour' in a predicate", "the keys are: name, description"});
  }
  SECTION("a key given twice") {
    const std::string yaml = R"Y(predicates:
  - name: size
    label: size
    label: number
)Y";
    auto r = lint(yaml);
    one_error(r, pos_of(yaml, "label: number"), {"'label' is given twice in a predicate", "keep one"});
  }
}

TEST_CASE("rules/lint: an unknown section is reported with did you mean") {
  SECTION("close to a section") {
    const std::string yaml = kBase + "extractor:\n  - id: met\n";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "extractor:"),
              {"unknown key 'extractor' in a rule file", "did you mean 'extractors'?"});
  }
  SECTION("nothing close: the sections are listed") {
    const std::string yaml = "rules:\n  - id: met\n";
    auto r = lint(yaml);
    one_error(r, {1, 1}, {"unknown key 'rules' in a rule file", "vocabulary, entities, predicates, extractors"});
  }
}

TEST_CASE("rules/lint: a bad RE2 pattern gives RE2's message at the pattern") {
  SECTION("a raw pattern in single quotes: the column of its first character") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    pattern: '(?P<subject>{NAME}) met (?P<object>{NAME}'
)Y";
    auto r = lint(yaml);
    CHECK(r.loaded);
    one_error(r, pos_of(yaml, "(?P<subject>"), {"invalid pattern", "missing )"});
  }
  SECTION("a plain scalar") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    pattern: (?P<subject>{NAME}) met [a-z
)Y";
    auto r = lint(yaml);
    one_error(r, pos_of(yaml, "(?P<subject>"), {"invalid pattern", "missing ]"});
  }
  SECTION("one of several patterns in double quotes") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    patterns:
      - "(?P<subject>{NAME}) met"
      - "(?P<subject>{NAME}) saw+*"
)Y";
    auto r = lint(yaml);
    one_error(r, pos_of(yaml, "(?P<subject>{NAME}) saw"), {"invalid pattern", "bad repetition operator"});
  }
  SECTION("in a vocabulary entry, and not again where the entry is used") {
    const std::string yaml = R"Y(vocabulary:
  WORD: '[a-z]+'
  BROKEN: '[a-z'
  USES_BROKEN: 'x{BROKEN}'
predicates:
  - name: said
    fields: {what: text}
extractors:
  - id: said
    predicate: said
    template: "{subject:BROKEN} said {what:WORD}"
)Y";
    auto r = lint(yaml);
    CHECK(r.loaded);
    one_error(r, pos_of(yaml, "[a-z'", "BROKEN"), {"invalid pattern in vocabulary entry BROKEN", "missing ]"});
  }
}

TEST_CASE("rules/lint: a bad template is reported at the offending character") {
  // The template's text starts after `template: "`.
  auto yaml_with = [](const std::string& tmpl) {
    return kBase + "extractors:\n  - id: met\n    predicate: meet\n    template: \"" + tmpl + "\"\n";
  };
  auto column_of = [](const std::string& yaml, std::string_view needle) {
    return pos_of(yaml, needle, "template: \"");
  };
  SECTION("an unclosed {") {
    const std::string yaml = yaml_with("{subject:NAME} met {object:NAME");
    one_error(lint(yaml), column_of(yaml, "{object"), {"in template", "'{' is not closed with '}'"});
  }
  SECTION("a { closed only by the next slot's }") {
    const std::string yaml = yaml_with("{subject:NAME met {object:NAME}");
    one_error(lint(yaml), column_of(yaml, "{subject"), {"in template", "'{' is not closed with '}'"});
  }
  SECTION("( without )") {
    const std::string yaml = yaml_with("{subject:NAME} (met|saw {object:NAME}");
    one_error(lint(yaml), column_of(yaml, "(met"), {"in template", "'(' is not closed with ')'"});
  }
  SECTION("[ without ]") {
    const std::string yaml = yaml_with("{subject:NAME} met [with {object:NAME}");
    one_error(lint(yaml), column_of(yaml, "[with"), {"in template", "'[' is not closed with ']'"});
  }
  SECTION(") without (") {
    const std::string yaml = yaml_with("{subject:NAME} met) {object:NAME}");
    one_error(lint(yaml), column_of(yaml, ")"), {"in template", "')' without a matching opening bracket"});
  }
  SECTION("an empty choice") {
    const std::string yaml = yaml_with("{subject:NAME} (met||saw) {object:NAME}");
    one_error(lint(yaml), column_of(yaml, "|saw"), {"in template", "an empty choice", "remove the extra '|'"});
  }
  SECTION("| outside a group") {
    const std::string yaml = yaml_with("{subject:NAME} met | saw {object:NAME}");
    one_error(lint(yaml), column_of(yaml, "|"), {"in template", "'|' outside ( ) or [ ]", "(a|b)"});
  }
  SECTION("a field name that is not lowercase") {
    const std::string yaml = yaml_with("{Subject:NAME} met {object:NAME}");
    one_error(lint(yaml), column_of(yaml, "{Subject"),
              {"in template", "field name 'Subject' must be lowercase", "{subject:PERSON}"});
  }
  SECTION("an empty template") {
    const std::string yaml = yaml_with("");
    Pos inside = pos_of(yaml, "\"\"");  // between the quotes
    ++inside.column;
    one_error(lint(yaml), inside, {"the template is empty", "write the words to match, or remove it"});
  }
}

TEST_CASE("rules/lint: a {NAME} that is not defined is reported where it is written") {
  SECTION("in a template") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME} on {WEEKDAY}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{WEEKDAY}"),
              {"{WEEKDAY} is not defined in any vocabulary", "define it under 'vocabulary:'"});
  }
  SECTION("as a slot's type, with did you mean") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    templates:
      - "{subject:NAME} met {object:NAME}"
      - "{subject:NAME} saw {object:NAMES}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{object:NAMES}"), {"{NAMES} is not defined", "did you mean {NAME}?"});
  }
  SECTION("as a slot's type in a bundled-pack template, with did you mean") {
    const std::string yaml = R"Y(extractors:
  - id: greeted
    predicate: meet
    template: "{subject:PERSN} greeted {object:PERSON}"
)Y";
    one_error(lint(yaml, WithCore::yes), pos_of(yaml, "{subject:PERSN}"),
              {"{PERSN} is not defined", "did you mean {PERSON}?"});
  }
  SECTION("in a raw pattern") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    pattern: '(?P<subject>{NAME})\s+met\s+(?P<object>{NAME}) on {WEEKDAY}'
)Y";
    one_error(lint(yaml), pos_of(yaml, "{WEEKDAY}"), {"{WEEKDAY} is not defined in any vocabulary"});
  }
  SECTION("as a capture in a raw pattern") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    pattern: '{subject:NAME}\s+met\s+{object:NAMEE}'
)Y";
    one_error(lint(yaml), pos_of(yaml, "{object:NAMEE}"), {"{NAMEE} is not defined", "did you mean {NAME}?"});
  }
  SECTION("inside a vocabulary entry") {
    const std::string yaml = R"Y(vocabulary:
  WEEKDAY: '(?:Monday|Tuesday)'
  DAY: '(?:early\s+)?{WEEKDY}'
)Y";
    auto r = lint(yaml);
    CHECK(r.loaded);
    one_error(r, pos_of(yaml, "{WEEKDY}"), {"{WEEKDY} is not defined", "did you mean {WEEKDAY}?"});
  }
  SECTION("inside a vocabulary entry used by another: reported once") {
    const std::string yaml = R"Y(vocabulary:
  A_DATE: 'on {DAY}'
  DAY: '(?:early\s+)?{WEEKDY}'
  LATER: '{DAY} or later'
)Y";
    one_error(lint(yaml), pos_of(yaml, "{WEEKDY}"), {"{WEEKDY} is not defined"});
  }
  SECTION("in a vocabulary entry written as a plain scalar") {
    const std::string yaml = "vocabulary:\n  DAY: (?:early )?{WEEKDY}\n";
    one_error(lint(yaml), pos_of(yaml, "{WEEKDY}"), {"{WEEKDY} is not defined"});
  }
  SECTION("in a vocabulary entry's pattern: key") {
    const std::string yaml = R"Y(vocabulary:
  DAY:
    type: date
    pattern: "(?:early )?{WEEKDY}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{WEEKDY}"), {"{WEEKDY} is not defined"});
  }
}

TEST_CASE("rules/lint: a capture that fills no field of the predicate is reported at the capture") {
  SECTION("a template slot, nothing close") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME} in {city:NAME}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{city:"),
              {"'city' fills no field of predicate 'meet'", "its fields: subject, object, time",
               "add 'city' to the predicate's 'fields:'"});
  }
  SECTION("a template slot, with did you mean") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {objet:NAME}"
)Y";
    auto r = lint(yaml);
    // "object" is not a key field, so the misspelt slot is the only mistake.
    one_error(r, pos_of(yaml, "{objet:"), {"'objet' fills no field of predicate 'meet'", "did you mean 'object'?"});
  }
  SECTION("a named group in a raw pattern") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    pattern: '(?P<subject>{NAME}) met (?P<object>{NAME}) in (?P<city>[A-Z]\w+)'
)Y";
    one_error(lint(yaml), pos_of(yaml, "(?P<city>"), {"'city' fills no field of predicate 'meet'"});
  }
  SECTION("the same stray slot twice is reported once") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME} and {city:WORD} or {city:WORD}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{city:"), {"'city' fills no field"});
  }
  SECTION("an example that expects a field the predicate does not have") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
    examples:
      - text: Choe met Putin.
        expect:
          - {subject: Choe, city: Moscow}
)Y";
    one_error(lint(yaml), pos_of(yaml, "text: Choe"),
              {"expected field 'city' is not a field of predicate 'meet'", "subject, object, time, modality"});
  }
}

TEST_CASE("rules/lint: a predicate that does not exist is reported at its extractor") {
  SECTION("with did you mean, among the pack's predicates") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meeet
    template: "{subject:NAME} met {object:NAME}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "id: met"),
              {"extractor 'mine.met' uses predicate 'meeet', which is not defined", "did you mean 'meet'?"});
  }
  SECTION("with did you mean, among the bundled packs' predicates") {
    const std::string yaml = R"Y(extractors:
  - id: greeted
    predicate: vist
    template: "{subject:PERSON} greeted {place:PLACE}"
)Y";
    one_error(lint(yaml, WithCore::yes), pos_of(yaml, "id: greeted"),
              {"uses predicate 'vist'", "did you mean 'visit'?"});
  }
  SECTION("nothing close: says where to define it") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: handshake
    template: "{subject:NAME} shook hands with {object:NAME}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "id: met"),
              {"uses predicate 'handshake', which is not defined", "define it under 'predicates:'"});
  }
  SECTION("conflicts_with names a predicate that does not exist") {
    const std::string yaml = R"Y(predicates:
  - name: alive
    conflicts_with: [dead]
)Y";
    one_error(lint(yaml), pos_of(yaml, "name: alive"), {"conflicts_with names predicate 'dead'", "not defined"});
  }
}

TEST_CASE("rules/lint: a key field must be a field and must be captured") {
  SECTION("a pattern that does not capture a key field") {
    const std::string yaml = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
predicates:
  - name: arrive
    fields: {place: place}
    key: [subject, place]
extractors:
  - id: arrived
    predicate: arrive
    template: "{subject:NAME} arrived"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{subject:NAME} arrived"),
              {"pattern does not capture 'place'", "predicate 'arrive'", "add a {place:TYPE} slot"});
  }
  SECTION("a key field that is not among the predicate's fields") {
    const std::string yaml = R"Y(predicates:
  - name: arrive
    fields: {place: place}
    key: [subject, city]
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "city"), {"key field 'city' is not a field of predicate 'arrive'", "add it under 'fields:'"});
  }
  SECTION("a single field that is not among the predicate's fields") {
    const std::string yaml = R"Y(predicates:
  - name: arrive
    fields: {place: place, time: date}
    single: [time, date]
)Y";
    one_error(lint(yaml), pos_of(yaml, "date]"), {"single field 'date' is not a field of predicate 'arrive'"});
  }
}

TEST_CASE("rules/lint: a vocabulary entry may not capture") {
  SECTION("a named group, reported at the group") {
    const std::string yaml = "vocabulary:\n  PORT: '(?:Port of )?(?P<name>[A-Z][a-z]+)'\n";
    one_error(lint(yaml), pos_of(yaml, "(?P<name>"),
              {"vocabulary entry PORT may not have named groups", "use (?:...)"});
  }
  SECTION("a {field:NAME} slot, reported at the slot") {
    const std::string yaml = "vocabulary:\n  WORD: '[a-z]+'\n  PHRASE: 'the {value:WORD}'\n";
    one_error(lint(yaml), pos_of(yaml, "{value:WORD}"),
              {"a vocabulary entry cannot capture 'value'", "use {WORD} without a field name"});
  }
}

TEST_CASE("rules/lint: a vocabulary cycle is reported once, at the reference that closes it") {
  SECTION("an entry that uses itself") {
    const std::string yaml = "vocabulary:\n  LIST: '[a-z]+(?:, {LIST})?'\n";
    one_error(lint(yaml), pos_of(yaml, "{LIST}"),
              {"vocabulary entry LIST refers to itself (LIST -> LIST)", "remove one of these references"});
  }
  SECTION("two entries that use each other, and an extractor that uses them") {
    const std::string yaml = R"Y(vocabulary:
  A_PART: 'a{B_PART}'
  B_PART: 'b{A_PART}'
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
predicates:
  - name: said
    fields: {what: text}
extractors:
  - id: said
    predicate: said
    template: "{subject:NAME} said {what:B_PART}"
)Y";
    one_error(lint(yaml), pos_of(yaml, "{A_PART}"),
              {"vocabulary entry A_PART refers to itself (A_PART -> B_PART -> A_PART)"});
  }
}

TEST_CASE("rules/lint: a name given twice is reported at the second, naming the first") {
  SECTION("an extractor id") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
  - id: met
    predicate: meet
    template: "{subject:NAME} saw {object:NAME}"
)Y";
    const Pos first = pos_of(yaml, "id: met");
    one_error(lint(yaml), pos_of(yaml, "id: met", "met {object"),
              {"extractor id 'mine.met' is used twice",
               fmt::format("first at {}:{}:{}", kPath, first.line, first.column), "rename one"});
  }
  SECTION("a predicate") {
    const std::string yaml = kBase + "  - name: meet\n    fields: {place: place}\n";
    const Pos first = pos_of(yaml, "name: meet");
    one_error(lint(yaml), pos_of(yaml, "name: meet", "time: text"),
              {"predicate 'meet' is already defined",
               fmt::format("at {}:{}:{}", kPath, first.line, first.column), "rename or remove one"});
  }
  SECTION("a vocabulary entry") {
    const std::string yaml = "vocabulary:\n  WORD: '[a-z]+'\n  WORD: '[A-Za-z]+'\n";
    const Pos first = pos_of(yaml, "[a-z]+");
    one_error(lint(yaml), pos_of(yaml, "[A-Za-z]+"),
              {"vocabulary entry WORD is defined twice in pack 'mine'",
               fmt::format("first at {}:{}:{}", kPath, first.line, first.column), "remove one"});
  }
  SECTION("an entity name that another entity has, spelt differently") {
    const std::string yaml = R"Y(entities:
  - name: Kim Jong Un
    kind: person
  - name: Kim Jong-un
    kind: person
)Y";
    const Pos first = pos_of(yaml, "name: Kim Jong Un");
    one_error(lint(yaml), pos_of(yaml, "name: Kim Jong-un"),
              {"entity 'Kim Jong-un' shares a name with 'Kim Jong Un'",
               fmt::format("({}:{}:{})", kPath, first.line, first.column), "give each name to one entity"});
  }
  SECTION("an alias that is another entity's name") {
    const std::string yaml = R"Y(entities:
  - name: Choe Ryong Hae
  - name: Choe Son Hui
    aliases: [Choe Ryong-hae]
)Y";
    one_error(lint(yaml), pos_of(yaml, "name: Choe Son Hui"), {"shares a name with 'Choe Ryong Hae'"});
  }
}

TEST_CASE("rules/lint: a value of the wrong type is reported at the value") {
  SECTION("a list where text is wanted") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: [meet]
    template: "{subject:NAME} met {object:NAME}"
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "[meet]"), {"'predicate' must be text, not a list"});
  }
  SECTION("a map where a list is wanted") {
    const std::string yaml = "predicates:\n  name: meet\n";
    one_error(lint(yaml), pos_of(yaml, "name"), {"'predicates' must be a list", "not a map"});
  }
  SECTION("a tolerance that is not a number") {
    const std::string yaml = "predicates:\n  - name: size\n    fields: {value: number}\n    tolerance: abc\n";
    one_error(lint(yaml), pos_of(yaml, "abc"), {"tolerance must be a number or a percentage", "5%"});
  }
  SECTION("a window that is not a length") {
    const std::string yaml = "predicates:\n  - name: size\n    fields: {value: number}\n    window: soon\n";
    one_error(lint(yaml), pos_of(yaml, "soon"), {"window must be a length such as 30d, 8w, 6m or 2y"});
  }
  SECTION("a window too long to count in days (fuzz: signed overflow at 4444444444d)") {
    for (const char* w : {"4444444444d", "99999999999y", "1001y", "366001d"}) {
      const std::string yaml = std::string("predicates:\n  - name: size\n    fields: {value: number}\n    window: ") + w + "\n";
      one_error(lint(yaml), pos_of(yaml, w), {"window must be a length", "at most 1000y"});
    }
    const std::string yaml = "predicates:\n  - name: size\n    fields: {value: number}\n    window: 1000y\n";
    CHECK(lint(yaml).diags.all().empty());
  }
  SECTION("a gender that is neither male nor female") {
    const std::string yaml = "entities:\n  - name: Choe Son Hui\n    gender: x\n";
    one_error(lint(yaml), pos_of(yaml, "x\n"), {"gender must be male or female, or left out"});
  }
  SECTION("an unknown field type, with did you mean") {
    const std::string yaml = "predicates:\n  - name: arrive\n    fields: {time: dat}\n";
    one_error(lint(yaml), pos_of(yaml, "dat}"),
              {"unknown type 'dat' for field 'time'", "did you mean 'date'?", "the types are: text, entity"});
  }
  SECTION("a date that is not a date") {
    const std::string yaml = "entities:\n  - name: Choe Son Hui\n    born: last spring\n";
    one_error(lint(yaml), pos_of(yaml, "last spring"),
              {"'born' is not a date: 'last spring'", "write YYYY-MM-DD, YYYY-MM or a year"});
  }
  SECTION("a flag that is not true or false") {
    const std::string yaml = "predicates:\n  - name: meet\n    negatable: maybe\n";
    one_error(lint(yaml), pos_of(yaml, "maybe"), {"'negatable' must be true or false"});
  }
  SECTION("an unknown modality") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
    modality: sure
)Y";
    one_error(lint(yaml), pos_of(yaml, "sure"),
              {"unknown modality 'sure'", "use asserted, negated, hedged, planned or reported"});
  }
  SECTION("a vocabulary name that is not UPPER_CASE") {
    const std::string yaml = "vocabulary:\n  Weekday: 'Monday|Tuesday'\n";
    one_error(lint(yaml), pos_of(yaml, "Weekday"), {"vocabulary name 'Weekday' must be UPPER_CASE", "e.g. MONTH"});
  }
}

TEST_CASE("rules/lint: YAML syntax errors are reported at their position") {
  SECTION("bad indentation") {
    const std::string yaml = "extractors:\n  - id: met\n   predicate: meet\n";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    CHECK_FALSE(r.loaded);
    REQUIRE(r.diags.all().size() == 1);
    const auto& d = r.diags.all()[0];
    CHECK(d.severity == base::Severity::error);
    CHECK(d.where.path == kPath);
    const Pos misindented = pos_of(yaml, "predicate");
    CHECK(d.where.line == misindented.line);
    CHECK(d.where.column == misindented.column);
    CHECK_THAT(d.message, Catch::StartsWith("invalid YAML: "));
  }
  SECTION("an unquoted template that starts with {: a note says to quote it") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: {subject:NAME} met {object:NAME}
)Y";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    CHECK_FALSE(r.loaded);
    REQUIRE(r.diags.all().size() == 2);
    const Pos value = pos_of(yaml, "{subject");
    CHECK(r.diags.all()[0].severity == base::Severity::error);
    CHECK(r.diags.all()[0].where.line == value.line);
    const auto& note = r.diags.all()[1];
    CHECK(note.severity == base::Severity::note);
    CHECK(note.where.path == kPath);
    CHECK(note.where.line == value.line);
    CHECK(note.where.column == value.column);
    CHECK_THAT(note.message, Catch::Contains("starts with '{' is read as a YAML map") &&
                                 Catch::Contains("put this template or pattern in quotes"));
  }
  SECTION("an unquoted pattern that starts with [: a note says to quote it") {
    const std::string yaml = "vocabulary:\n  WORD: [a-z]+\n";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 2);
    CHECK(r.diags.all()[1].where.line == pos_of(yaml, "[a-z").line);
    CHECK(r.diags.all()[1].where.column == pos_of(yaml, "[a-z").column);
    CHECK_THAT(r.diags.all()[1].message, Catch::Contains("read as a YAML list"));
  }
  SECTION("an unquoted template in a list: a note says to quote it") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    templates:
      - {subject:NAME} met {object:NAME}
)Y";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 2);
    const Pos value = pos_of(yaml, "{subject");
    CHECK(r.diags.all()[1].severity == base::Severity::note);
    CHECK(r.diags.all()[1].where.line == value.line);
    CHECK(r.diags.all()[1].where.column == value.column);
  }
  SECTION("text after a list under another key gets no note about templates") {
    const std::string yaml = "predicates:\n  - name: meet\n    key: [subject] and more\n";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 1);
    CHECK(r.diags.all()[0].severity == base::Severity::error);
    CHECK(r.diags.all()[0].where.line == pos_of(yaml, "key:").line);
  }
  SECTION("a well-formed flow map gets no note") {
    const std::string yaml = "predicates:\n  - name: meet\n    fields: {object: person}\n   key: [subject]\n";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 1);
    CHECK(r.diags.all()[0].severity == base::Severity::error);
  }
}

TEST_CASE("rules/lint: a pack with errors is never half-loaded") {
  const std::string good = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
)Y";
  SECTION("a loader error in one extractor drops the whole pack") {
    const std::string yaml = good + "  - id: saw\n    predicate: meet\n    templat: \"{subject:NAME} saw\"\n";
    base::Diagnostics diags;
    CHECK_FALSE(rules::load_pack_from("mine", {{kPath, yaml}}, diags));
    CHECK(diags.error_count() == 1);
  }
  SECTION("an error in one file of the pack drops the others too") {
    base::Diagnostics diags;
    CHECK_FALSE(rules::load_pack_from("mine", {{"mine/a.yaml", good}, {"mine/b.yaml", "extractors: [\n"}}, diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.all()[0].where.path == "mine/b.yaml");
  }
  SECTION("a compile error in one extractor gives no rule set at all") {
    const std::string yaml = good + "  - id: saw\n    predicate: meet\n    template: \"{subject:NAME} saw {object:NAME\"\n";
    base::Diagnostics diags;
    auto pack = rules::load_pack_from("mine", {{kPath, yaml}}, diags);
    REQUIRE(pack);
    CHECK(pack->extractors.size() == 2);
    CHECK_FALSE(rules::RuleSet::compile({*pack}, diags));
    CHECK(diags.error_count() == 1);
  }
  SECTION("every mistake is reported, not only the first") {
    const std::string yaml = good + "  - id: saw\n    predicate: meet\n    template: \"{subject:NAME} saw {object:NAME\"\n"
                                    "  - id: heard\n    predicate: meat\n    template: \"{subject:NAME} heard\"\n";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    CHECK_FALSE(r.rules);
    CHECK(r.diags.error_count() == 2);
  }
}

TEST_CASE("rules/lint: a predicate's role is checked: its name, and the fields the role reads") {
  SECTION("an unknown role, with did you mean") {
    const std::string yaml = R"Y(predicates:
  - name: years-old
    role: agee
    fields: {value: age}
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "agee"), {"unknown role 'agee'", "did you mean 'age'?", "the roles are: title, age"});
  }
  SECTION("a role whose field is missing") {
    const std::string yaml = R"Y(predicates:
  - name: years-old
    role: age
    fields: {years: age}
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "age\n"), {"role 'age' needs a field 'value' of type age", "add it under 'fields:'"});
  }
  SECTION("a role whose field has another type") {
    const std::string yaml = R"Y(predicates:
  - name: came-home
    role: trip-end
    fields: {time: text}
)Y";
    auto r = lint(yaml);
    CHECK_FALSE(r.loaded);
    one_error(r, pos_of(yaml, "trip-end"), {"role 'trip-end' reads field 'time' as date, but it is text"});
  }
  SECTION("a role's optional field may be left out") {
    const std::string yaml = R"Y(predicates:
  - name: set-off
    role: trip-start
    subject: person
    fields: {time: date}
)Y";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    CHECK(r.diags.empty());
    REQUIRE(r.rules);
    REQUIRE(r.rules->predicate("set-off"));
    CHECK(r.rules->predicate("set-off")->role == rules::PredicateRole::trip_start);
    CHECK(r.rules->predicates_with_role(rules::PredicateRole::trip_start).size() == 1);
    CHECK(r.rules->predicates_with_role(rules::PredicateRole::age).empty());
  }
  SECTION("the bundled predicates declare their roles") {
    base::Diagnostics diags;
    auto rs = rules::RuleSet::compile({core_pack()}, diags);
    REQUIRE(rs);
    CHECK(rs->predicate("age")->role == rules::PredicateRole::age);
    CHECK(rs->predicate("holds-title")->role == rules::PredicateRole::title);
    CHECK(rs->predicate("depart")->role == rules::PredicateRole::trip_start);
    CHECK(rs->predicate("amount")->role == rules::PredicateRole::none);
  }
}

namespace {

// The warnings `concord rules lint` gives for keys that change nothing, for
// the one file of pack "mine" loaded alone.
std::vector<rules::IdleKey> idle(const std::string& yaml) {
  base::Diagnostics diags;
  auto pack = rules::load_pack_from("mine", {{kPath, yaml}}, diags);
  INFO(dump(diags));
  REQUIRE(pack);
  return rules::idle_keys(*pack, {*pack});
}

std::string dump(const std::vector<rules::IdleKey>& keys) {
  std::string s;
  for (const auto& k : keys) s += base::format_location(k.where) + ": " + k.message + "\n";
  return s.empty() ? "(no idle keys)" : s;
}

// The one idle key found is at `at` and its message has every one of words.
void one_idle(const std::vector<rules::IdleKey>& keys, Pos at, std::initializer_list<std::string_view> words) {
  INFO(dump(keys));
  REQUIRE(keys.size() == 1);
  CHECK(keys[0].where.path == kPath);
  CHECK(keys[0].where.line == at.line);
  CHECK(keys[0].where.column == at.column);
  for (std::string_view w : words) CHECK_THAT(keys[0].message, Catch::Contains(std::string(w)));
}

}  // namespace

TEST_CASE("rules/lint: one_holder without an office to hold has no effect") {
  SECTION("no single field of type title") {
    const std::string yaml = R"Y(predicates:
  - name: captain
    fields: {team: organization}
    single: team
    one_holder: true
)Y";
    one_idle(idle(yaml), pos_of(yaml, "true"),
             {"one_holder has no effect on predicate 'captain'", "a 'single' field of type title"});
    // A warning only: the pack loads.
    auto r = lint(yaml);
    CHECK(r.diags.empty());
    CHECK(r.rules);
  }
  SECTION("an office field: no warning") {
    const std::string yaml = R"Y(predicates:
  - name: heads
    subject: person
    fields: {office: title}
    single: office
    one_holder: true
)Y";
    auto keys = idle(yaml);
    INFO(dump(keys));
    CHECK(keys.empty());
    auto r = lint(yaml);
    REQUIRE(r.rules);
    REQUIRE(r.rules->predicate("heads")->office_field());
    CHECK(r.rules->predicate("heads")->office_field()->name == "office");
  }
}

TEST_CASE("rules/lint: tolerance where no number is compared has no effect") {
  SECTION("the single field is a date") {
    const std::string yaml = R"Y(predicates:
  - name: launch
    subject: thing
    fields: {time: date}
    key: [subject]
    single: time
    tolerance: 5%
)Y";
    one_idle(idle(yaml), pos_of(yaml, "5%"),
             {"tolerance has no effect on predicate 'launch'", "the values it compares are not numbers (time: date)",
              "remove it"});
  }
  SECTION("nothing is compared") {
    const std::string yaml = "predicates:\n  - name: sighted\n    fields: {place: place}\n    tolerance: 2%\n";
    one_idle(idle(yaml), pos_of(yaml, "2%"), {"it compares no values (it has no 'single:' field)"});
  }
  SECTION("a quantity, a number or a trip's length: it applies") {
    for (const char* yaml : {
             "predicates:\n  - name: price\n    fields: {value: quantity}\n    single: value\n    tolerance: 2%\n",
             "predicates:\n  - name: count\n    fields: {value: number}\n    single: value\n    tolerance: 2%\n",
             "predicates:\n  - name: stay\n    role: trip-length\n    fields: {value: quantity}\n    tolerance: 1\n"}) {
      auto keys = idle(yaml);
      INFO(yaml << dump(keys));
      CHECK(keys.empty());
    }
  }
  SECTION("a field an extractor reads as a quantity: it applies") {
    const std::string yaml = R"Y(vocabulary:
  WORD: '[a-z]+'
predicates:
  - name: price
    fields: {value: text}
    single: value
    tolerance: 2%
extractors:
  - id: priced
    predicate: price
    template: "{subject:WORD} costs {value:WORD}"
    normalize: {value: quantity}
)Y";
    auto keys = idle(yaml);
    INFO(dump(keys));
    CHECK(keys.empty());
  }
  SECTION("a subject outside the key, read as its slot's type: it may be a number") {
    const std::string yaml = "predicates:\n  - name: ranked\n    fields: {place: place}\n    key: [place]\n"
                             "    tolerance: 2%\n";
    auto keys = idle(yaml);
    INFO(dump(keys));
    CHECK(keys.empty());
  }
}

TEST_CASE("rules/lint: window and verb on a predicate no check compares have no effect") {
  const std::string never = R"Y(predicates:
  - name: mentioned
    fields: {place: place}
    negatable: false
    window: 30d
    verb: mentioned
)Y";
  SECTION("neither single, nor negatable, nor conflicts_with") {
    auto keys = idle(never);
    INFO(dump(keys));
    REQUIRE(keys.size() == 2);
    CHECK(keys[0].where.line == pos_of(never, "30d").line);
    CHECK_THAT(keys[0].message, Catch::Contains("window has no effect on predicate 'mentioned'") &&
                                    Catch::Contains("no check compares claims of it"));
    CHECK(keys[1].where.line == pos_of(never, "verb").line);
    CHECK_THAT(keys[1].message, Catch::Contains("verb has no effect on predicate 'mentioned'") &&
                                    Catch::Contains("'negatable: false'"));
  }
  SECTION("negatable (the default): both apply") {
    std::string yaml = never;
    yaml.replace(yaml.find("    negatable: false\n"), std::string("    negatable: false\n").size(), "");
    auto keys = idle(yaml);
    INFO(dump(keys));
    CHECK(keys.empty());
  }
  SECTION("a single field: the window applies, the verb does not") {
    const std::string yaml = never + "    single: place\n";
    one_idle(idle(yaml), pos_of(yaml, "mentioned", "verb:"), {"verb has no effect"});
  }
  SECTION("named in another predicate's conflicts_with: the verb applies") {
    const std::string yaml = never + "  - name: denied\n    conflicts_with: [mentioned]\n";
    one_idle(idle(yaml), pos_of(yaml, "30d"), {"window has no effect"});
  }
  SECTION("a window without a date field still applies: the story's date counts") {
    const std::string yaml = "predicates:\n  - name: size\n    fields: {value: number}\n    single: value\n"
                             "    window: 30d\n";
    auto keys = idle(yaml);
    INFO(dump(keys));
    CHECK(keys.empty());
  }
}

TEST_CASE("rules/lint: normalize has no effect on a field not captured, or read as that type already") {
  SECTION("a field no template captures") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
    normalize: {time: date}
)Y";
    one_idle(idle(yaml), pos_of(yaml, "time: date"),
             {"normalize has no effect on field 'time' of extractor 'mine.met'", "none of its templates or patterns "
              "captures it", "add a {time:TYPE} slot"});
  }
  SECTION("a field the predicate reads as that type") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
    normalize: {object: person}
)Y";
    one_idle(idle(yaml), pos_of(yaml, "object: person", "normalize"),
             {"normalize has no effect on field 'object'", "predicate 'meet' reads it as person already"});
  }
  SECTION("a field read as another type, captured by a raw pattern: it applies") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    pattern: '(?P<subject>{NAME}) met (?P<object>{NAME}) on (?P<time>\w+)'
    normalize: {time: date}
)Y";
    auto keys = idle(yaml);
    INFO(dump(keys));
    CHECK(keys.empty());
  }
}

TEST_CASE("rules/lint: the bundled packs have no keys without effect") {
  base::Diagnostics diags;
  std::vector<rules::Pack> packs;
  for (const char* name : {"core", "news", "world"}) {
    auto p = rules::load_pack(std::string(CONCORD_SOURCE_DIR "/rules/") + name, diags);
    INFO(dump(diags));
    REQUIRE(p);
    packs.push_back(std::move(*p));
  }
  for (const rules::Pack& p : packs) {
    auto keys = rules::idle_keys(p, packs);
    INFO(p.name << ": " << dump(keys));
    CHECK(keys.empty());
  }
}

namespace {

// Packs read as `rules lint` reads them (OnError::skip_entry): every entry
// that can be read, after core when asked, then compiled.
Linted lint_whole(const std::vector<std::pair<std::string, std::string>>& files, WithCore with_core = WithCore::no) {
  Linted r;
  auto pack = rules::load_pack_from("mine", files, r.diags, rules::OnError::skip_entry);
  REQUIRE(pack);
  r.loaded = pack->errors == 0;
  std::vector<rules::Pack> packs;
  if (with_core == WithCore::yes) packs.push_back(core_pack());
  packs.push_back(std::move(*pack));
  r.rules = rules::RuleSet::compile(std::move(packs), r.diags);
  return r;
}

Linted lint_whole(const std::string& yaml, WithCore with_core = WithCore::no) {
  return lint_whole({{kPath, yaml}}, with_core);
}

// The diagnostics are exactly these, in this order: severity, the line of
// `needle` (after `after`) in yaml, and words of the message.
struct Expected {
  base::Severity severity;
  std::string_view needle;
  std::string_view words;
  std::string_view after = "";
};

void exactly(const Linted& r, const std::string& yaml, std::initializer_list<Expected> expected) {
  INFO(dump(r.diags));
  REQUIRE(r.diags.all().size() == expected.size());
  std::size_t i = 0;
  for (const Expected& e : expected) {
    const base::Diagnostic& d = r.diags.all()[i++];
    CHECK(d.severity == e.severity);
    CHECK(d.where.line == pos_of(yaml, e.needle, e.after).line);
    CHECK_THAT(d.message, Catch::Contains(std::string(e.words)));
  }
  CHECK_FALSE(r.rules);
}

constexpr auto kError = base::Severity::error;
constexpr auto kNote = base::Severity::note;

}  // namespace

TEST_CASE("rules/lint: a mistake skips its entry only; the rest is still read and compiled") {
  SECTION("a loader mistake and compiler mistakes in one run") {
    const std::string yaml = kBase + R"Y(  - name: arrive
    fields: {place: place}
    window: soon
extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME} in {city:NAME}"
  - id: arrived
    predicate: arrive
    pattern: '(?P<subject>{NAME}) arrived in (?P<place>{NAME}'
)Y";
    exactly(lint_whole(yaml), yaml,
            {{kError, "soon", "window must be a length"},
             {kError, "{city:", "'city' fills no field of predicate 'meet'"},
             {kError, "(?P<subject>{NAME}) arrived", "invalid pattern"}});
  }
  SECTION("read the strict way, the same pack is dropped at the loader's mistake") {
    const std::string yaml = kBase + "  - name: arrive\n    window: soon\n";
    base::Diagnostics diags;
    CHECK_FALSE(rules::load_pack_from("mine", {{kPath, yaml}}, diags));
    auto pack = rules::load_pack_from("mine", {{kPath, yaml}}, diags, rules::OnError::skip_entry);
    REQUIRE(pack);
    CHECK(pack->errors == 1);
    CHECK(pack->predicates.size() == 2);  // a window's mistake leaves the predicate usable for checking
  }
  SECTION("no rule set is built from a pack with a mistake, even if the compiler finds none") {
    const std::string yaml = kBase + "  - name: arrive\n    window: soon\n";
    auto r = lint_whole(yaml);
    CHECK(r.diags.error_count() == 1);
    CHECK_FALSE(r.rules);
  }
  SECTION("two files: a mistake in one leaves the other read") {
    auto r = lint_whole({{"mine/a.yaml", kBase + "  - name: arrive\n    window: soon\n"},
                         {"mine/b.yaml", "extractors:\n  - id: met\n    predicate: meet\n"
                                         "    template: \"{subject:NAME} met {object:NAMES}\"\n"}});
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 2);
    CHECK(r.diags.all()[0].where.path == "mine/a.yaml");
    CHECK(r.diags.all()[1].where.path == "mine/b.yaml");
    CHECK_THAT(r.diags.all()[1].message, Catch::Contains("{NAMES} is not defined"));
  }
}

TEST_CASE("rules/lint: what is left out after a mistake is not reported again where it is used") {
  SECTION("a predicate with an unknown field type: not again under single, nor at its extractor") {
    const std::string yaml = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
  AMOUNT: '\d+'
predicates:
  - name: fine
    fields: {amount: money}
    single: amount
extractors:
  - id: fined
    predicate: fine
    pattern: '(?P<subject>{NAME}) was fined (?P<amount>{AMOUNT}'
)Y";
    // The extractor's own mistake is still found.
    exactly(lint_whole(yaml), yaml,
            {{kError, "money", "unknown type 'money' for field 'amount'"},
             {kError, "(?P<subject>", "invalid pattern"}});
  }
  SECTION("a predicate with an unknown key: its extractor's patterns are checked without its fields") {
    const std::string yaml = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
predicates:
  - name: meet
    feilds: {object: person}
extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME} on {DAY}"
)Y";
    exactly(lint_whole(yaml), yaml,
            {{kError, "feilds", "unknown key 'feilds' in a predicate; did you mean 'fields'?"},
             {kError, "{DAY}", "{DAY} is not defined in any vocabulary"}});
  }
  SECTION("a vocabulary entry with an unknown key: templates that use it get no error for it, but for others") {
    const std::string yaml = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
  SHIP:
    tpye: thing
    pattern: '[A-Z][a-z]+'
  FLEET: 'the {SHIP} fleet'
predicates:
  - name: sailed
    fields: {to: place}
extractors:
  - id: sailed
    predicate: sailed
    template: "{subject:SHIP} sailed to {to:PLCE} with {FLEET}"
)Y";
    exactly(lint_whole(yaml), yaml,
            {{kError, "tpye", "unknown key 'tpye' in a vocabulary entry; did you mean 'type'?"},
             {kError, "{to:PLCE}", "{PLCE} is not defined in any vocabulary"}});
  }
  SECTION("two undefined names in one template: both are reported") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAMES} met {object:NAME} on {DAY}"
)Y";
    exactly(lint_whole(yaml), yaml,
            {{kError, "{subject:NAMES}", "{NAMES} is not defined"}, {kError, "{DAY}", "{DAY} is not defined"}});
  }
  SECTION("an extractor id used twice: the second's patterns are still checked") {
    const std::string yaml = kBase + R"Y(extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
  - id: met
    predicate: meet
    template: "{subject:NAME} saw {objet:NAME}"
)Y";
    exactly(lint_whole(yaml), yaml,
            {{kError, "id: met", "extractor id 'mine.met' is used twice", "met {object"},
             {kError, "{objet:", "'objet' fills no field"}});
  }
  SECTION("a name that a file that did not parse may define is a note, not an error") {
    const std::string bad = "predicates:\n  - name: meet\n    fields: {object: person\n";
    const std::string good = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+'}
extractors:
  - id: met
    predicate: meet
    template: "{subject:NAME} met {object:NAME}"
)Y";
    auto r = lint_whole({{"mine/a.yaml", bad}, {"mine/b.yaml", good}});
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 2);
    CHECK(r.diags.all()[0].severity == kError);
    CHECK(r.diags.all()[0].where.path == "mine/a.yaml");
    CHECK_THAT(r.diags.all()[0].message, Catch::StartsWith("invalid YAML"));
    CHECK(r.diags.all()[1].severity == kNote);
    CHECK(r.diags.all()[1].where.path == "mine/b.yaml");
    CHECK_THAT(r.diags.all()[1].message, Catch::Contains("predicate 'meet', which is not defined in the files read") &&
                                             Catch::Contains("it may be in mine/a.yaml, which could not be read"));
    CHECK_FALSE(r.rules);
  }
  SECTION("a name not written in the file that did not parse is an error as usual") {
    const std::string bad = "predicates:\n  - name: meeting\n    fields: {object: person\n";
    const std::string good = "extractors:\n  - id: met\n    predicate: meet\n    template: \"{subject:NAME} met\"\n";
    auto r = lint_whole({{"mine/a.yaml", bad}, {"mine/b.yaml", kBase + good}});
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 1);  // "meet" is defined in b.yaml; "meeting" is not "meet"
    auto r2 = lint_whole({{"mine/a.yaml", bad}, {"mine/b.yaml", "vocabulary:\n  NAME: '[A-Z][a-z]+'\n" + good}});
    INFO(dump(r2.diags));
    REQUIRE(r2.diags.all().size() == 2);
    CHECK(r2.diags.all()[1].severity == kError);
    CHECK_THAT(r2.diags.all()[1].message, Catch::Contains("uses predicate 'meet', which is not defined;"));
  }
}

TEST_CASE("rules/lint: a tab in indentation is named, and the rest of the file is still checked") {
  const std::string yaml = kBase + "extractors:\n  - id: met\n    predicate: meet\n"
                                   "\ttemplate: \"{subject:NAME} met {object:NAMES}\"\n";
  auto r = lint_whole(yaml);
  INFO(dump(r.diags));
  REQUIRE(r.diags.all().size() == 2);
  const Pos tab = pos_of(yaml, "\ttemplate");
  CHECK(r.diags.all()[0].where.line == tab.line);
  CHECK(r.diags.all()[0].where.column == 1);
  CHECK(r.diags.all()[0].message ==
        "a tab is used for indentation; YAML needs spaces (replace the tab with spaces)");
  CHECK_THAT(r.diags.all()[1].message, Catch::Contains("{NAMES} is not defined"));
  CHECK_FALSE(r.rules);
  SECTION("read the strict way, the pack is dropped") {
    base::Diagnostics diags;
    CHECK_FALSE(rules::load_pack_from("mine", {{kPath, yaml}}, diags));
  }
}

TEST_CASE("rules/lint: the harbour pack's dozen mistakes are all reported in one run") {
  // tests/lint/harbour, which tests/cli/lint.t lints as a user would.
  const std::string path = CONCORD_SOURCE_DIR "/tests/lint/harbour/harbour.yaml";
  base::Diagnostics diags;
  auto pack = rules::load_pack(CONCORD_SOURCE_DIR "/tests/lint/harbour", diags, rules::OnError::skip_entry);
  REQUIRE(pack);
  std::vector<rules::Pack> packs{core_pack(), *pack};
  for (const auto& k : rules::idle_keys(*pack, packs)) diags.warning(k.where, "{}", k.message);
  CHECK_FALSE(rules::RuleSet::compile(packs, diags));
  std::multiset<std::pair<int, std::string>> found;  // line, severity
  for (const auto& d : diags.all()) found.emplace(d.where.line, base::severity_name(d.severity));
  INFO(dump(diags));
  const std::multiset<std::pair<int, std::string>> expected{
      {5, "error"},     // tpye
      {10, "error"},    // Berth
      {19, "warning"},  // tolerance on dates
      {20, "error"},    // window: 30 days
      {24, "error"},    // money
      {33, "warning"},  // one_holder
      {38, "error"},    // {PLCE}
      {43, "error"},    // the tab
      {45, "error"},    // port not captured
      {47, "error"},    // expected field harbour
      {50, "error"},    // id sailed twice
      {57, "error"},    // invalid pattern
  };
  CHECK(found == expected);
}
