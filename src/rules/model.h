// The rule language as data: what a rule pack says, before compilation.
//
// A pack is a folder of YAML files. Each file may hold any of the sections
// `vocabulary`, `entities`, `predicates`, `extractors` and `modality`; the
// loader (loader.h) fills these structs, the compiler (rule_set.h) turns them
// into a RuleSet. docs/rule-reference.md describes every key.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/diag.h"

namespace concord::rules {

using base::Location;

// What a captured field means, and so how it is normalized.
enum class ValueType {
  text,          // the words as written
  entity,        // any named thing: person, organization, place or event
  person,
  place,
  organization,
  thing,         // a noun phrase ("Pier No. 3 at Rajin Port"), compared by its key words
  date,          // a day, week, month or year, resolved against the document date
  number,        // a plain number, in digits or words
  quantity,      // a number with a unit: money, length, mass, percent, a count of things
  age,           // a person's age in years
  ordinal,       // "third", "90th"
  title,         // a role or office: "first vice foreign minister of North Korea"
};

// Returns "date", "person", ...; parse_value_type returns nullopt for unknown names.
const char* value_type_name(ValueType t);
std::optional<ValueType> parse_value_type(std::string_view name);
std::vector<std::string> value_type_names();

enum class EntityKind { person, organization, place, event, thing, any };
const char* entity_kind_name(EntityKind k);
std::optional<EntityKind> parse_entity_kind(std::string_view name);

// How sure the text is of a claim. Severity of a finding depends on it.
enum class Modality { asserted, negated, hedged, planned, reported };
const char* modality_name(Modality m);
std::optional<Modality> parse_modality(std::string_view name);

// A named sub-pattern, used as {NAME} in templates and patterns.
struct VocabEntry {
  std::string name;     // UPPER_CASE
  std::string pattern;  // RE2 syntax; may itself use {OTHER}
  ValueType type = ValueType::text;  // how a slot of this type is normalized
  bool mention = false; // every match is listed by `explain` as a mention of this type
  Location where;
};

// An office held for a while: "foreign minister of North Korea, from 2022".
struct Role {
  std::string title;              // as a title, e.g. "foreign minister of North Korea"
  std::optional<base::Date> from; // a year alone means January 1 (from) or December 31 (to)
  std::optional<base::Date> to;
  Location where;
};

// A gazetteer entry.
struct Entity {
  std::string name;  // canonical
  EntityKind kind = EntityKind::person;
  std::vector<std::string> aliases;  // other spellings ("Choi Ryong-hae")
  std::string gender;                // "male" | "female" | ""
  std::optional<base::Date> born, died;
  std::string country;               // for places and organizations: where; for people: nationality
  std::vector<std::string> demonyms; // for countries: "North Korean", "DPRK"
  std::vector<Role> roles;
  Location where;
};

// What a predicate means to the checks that reason beyond comparing values
// (age, one-holder, temporal, value-conflict's gazetteer titles): declared
// with `role:` in its YAML, so a pack's own predicate gets the same checks
// as the bundled one it stands for. Each role reads fixed fields
// (role_fields); docs/rule-reference.md lists them.
enum class PredicateRole {
  none,
  title,        // the subject holds an office on the story's date (fields: title: title)
  age,          // the subject's age in years on the story's date (value: age)
  birth,        // the subject was born (time: date)
  death,        // the subject died (time: date)
  trip_start,   // the subject left home, or a stop of a trip (time: date; origin, destination: place)
  arrival,      // the subject arrived somewhere during a trip (place: place, time: date)
  visit,        // the subject visited a place during a trip (place: place, time: date)
  meeting,      // the subject met `object` somewhere during a trip (object: person, place: place, time: date)
  trip_end,     // the subject came back from the trip (time: date)
  visit_end,    // the subject's stay ended; the journey home may take longer (time: date)
  trip_length,  // how long the subject's trip lasted (value: quantity in days)
};
const char* predicate_role_name(PredicateRole r);  // "trip-start", ...
std::optional<PredicateRole> parse_predicate_role(std::string_view name);
std::vector<std::string> predicate_role_names();   // every role but none

// A field a role reads: its name, the types it may have, and whether the
// role means nothing without it.
struct RoleField {
  const char* name;
  std::vector<ValueType> types;
  bool required;
};
const std::vector<RoleField>& role_fields(PredicateRole r);

// One field of a predicate.
struct FieldSpec {
  std::string name;
  ValueType type = ValueType::text;
};

// A kind of claim and the constraints checked on it, after Wikidata's
// property constraints.
struct Predicate {
  std::string name;
  std::string description;
  EntityKind subject_kind = EntityKind::any;
  std::vector<FieldSpec> fields;       // every field but the subject
  std::vector<std::string> key;        // fields that identify the fact (default: subject)
  std::vector<std::string> single;     // fields that must have one value per key (none: no value check)
  bool symmetric = false;              // the first two key fields are unordered (met)
  bool negatable = true;               // "did not" contradicts the asserted claim
  bool one_holder = false;             // one subject at a time per office (office_field)
  PredicateRole role = PredicateRole::none;  // what the checks make of it (see PredicateRole)
  std::vector<std::string> conflicts_with;  // predicates that cannot hold with the same key
  double tolerance = 0.0;              // relative tolerance for numbers (0.05 = 5%)
  std::optional<int> window_days;      // claims from documents further apart are different events
  std::string label;                   // what differs, for messages: "arrival date", "title"
  std::string verb;                    // how to say the claim happened: "accompanied", "met"
  Location where;
  std::map<std::string, Location> written;  // each key given, where its value is (for lint)

  const FieldSpec* field(std::string_view name) const;
  // The field one_holder is about: the first `single` field of type title,
  // or nullptr (then one_holder has no effect).
  const FieldSpec* office_field() const;
};

// Text of a pattern as written, and whether it is a template or raw RE2.
struct PatternSource {
  std::string text;
  bool is_template = true;
  Location where;  // of the pattern's first character in its file
};

// One example in an extractor: text, and the claims it must (or must not) give.
struct Example {
  std::string text;
  std::optional<base::Date> date;   // document date for relative dates
  bool expect_none = false;
  std::vector<std::map<std::string, std::string>> expect;  // field -> normalized value
  Location where;
};

struct Extractor {
  std::string id;            // "<pack>.<name>"
  std::string description;
  std::string predicate;
  std::vector<PatternSource> patterns;
  std::map<std::string, ValueType> normalize;  // per-field override of the slot type
  std::map<std::string, Location> normalize_where;  // where each field of normalize is written
  std::optional<Modality> modality;            // fixed modality ("had plans to" -> planned)
  std::vector<Example> examples;
  Location where;
};

// Words that change how sure a claim is. Matched case-insensitively as whole words.
struct ModalityCues {
  std::vector<std::string> negated;
  std::vector<std::string> hedged;
  std::vector<std::string> planned;
  std::vector<std::string> reporting_verbs;  // "said", "told": a person's speech
  std::vector<std::string> institutions;     // "agency", "Reuters": a speaker that is no person
  // "again", "second visit": the sentence tells of one more time, not the
  // time another story gave; such a claim is never compared on its time.
  std::vector<std::string> repeated;
};

// Everything in one pack (folder).
struct Pack {
  std::string name;  // the folder's name
  std::string dir;
  std::vector<VocabEntry> vocabulary;
  std::vector<Entity> entities;
  std::vector<Predicate> predicates;
  std::vector<Extractor> extractors;
  ModalityCues modality;
  std::vector<std::string> files;  // the YAML files read, sorted
  std::string digest;              // hash of the files' names and contents

  // Only in a pack read with OnError::skip_entry (loader.h), for finding
  // every mistake in one run: how many errors reading it gave, the entries
  // left out after one (names others may use: their uses are not reported
  // again) and the files that did not parse, with their text (a name
  // written there may be defined there). Such a pack is never compiled into
  // a RuleSet.
  int errors = 0;
  std::set<std::string> skipped_vocabulary;
  std::set<std::string> skipped_predicates;
  std::vector<std::pair<std::string, std::string>> unread_files;  // path, text
};

// A key written in a pack that is accepted where it is but changes nothing
// there: `one_holder` without an office field, `tolerance` where no number
// is compared, `window` and `verb` on a predicate whose claims no check sets
// against others, a `normalize:` field no pattern captures or that the
// predicate already reads as that type. `concord rules lint` warns.
struct IdleKey {
  Location where;
  std::string message;  // "tolerance has no effect on predicate 'x': …; remove it"
};

// The idle keys of pack's predicates and extractors. `loaded` is every pack
// loaded with it, pack among them: an extractor in another pack may read a
// field as a number, a predicate in another may name one in conflicts_with.
std::vector<IdleKey> idle_keys(const Pack& pack, const std::vector<Pack>& loaded);

}  // namespace concord::rules
