// What `concord rules lint` reports: every mistake in a rule pack at the
// file:line:col where it was written, with what is wrong and how to fix it.
// Expected positions are computed from each test's own YAML text.
#include <catch2/catch.hpp>

#include <initializer_list>
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

TEST_CASE("rules/lint: one_holder without an office to hold is a warning: it would have no effect") {
  SECTION("no single field of type title") {
    const std::string yaml = R"Y(predicates:
  - name: captain
    fields: {team: organization}
    single: team
    one_holder: true
)Y";
    auto r = lint(yaml);
    INFO(dump(r.diags));
    REQUIRE(r.diags.all().size() == 1);
    const base::Diagnostic& d = r.diags.all()[0];
    CHECK(d.severity == base::Severity::warning);
    CHECK(d.where.line == pos_of(yaml, "true").line);
    CHECK_THAT(d.message, Catch::Contains("one_holder has no effect on predicate 'captain'"));
    CHECK_THAT(d.message, Catch::Contains("a 'single' field of type title"));
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
    auto r = lint(yaml);
    INFO(dump(r.diags));
    CHECK(r.diags.empty());
    REQUIRE(r.rules);
    REQUIRE(r.rules->predicate("heads")->office_field());
    CHECK(r.rules->predicate("heads")->office_field()->name == "office");
  }
}
