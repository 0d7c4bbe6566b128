// Claims: what a sentence asserts, normalized so that two sources that mean
// the same thing produce the same claim.
//
// A claim is a predicate ("arrive") with fields (subject, place, time...),
// each holding a normalized value, plus how sure the text is (modality), the
// rule that made it and where it was written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/atom.h"
#include "base/boxed.h"
#include "base/date.h"
#include "claim/date_value.h"
#include "claim/quantity.h"
#include "ingest/document.h"
#include "rules/model.h"

namespace concord::claim {

// How an entity was identified; weaker ways make weaker findings.
enum class Resolution {
  gazetteer,    // a known name or alias
  name,         // a full name not in the gazetteer
  coreference,  // a bare surname, to the full name it refers to in the same document
  title,        // a description ("the Chinese president") resolved through a known office holder
  pronoun,      // he/she, to the latest person of that gender
  unresolved,   // a bare name that could be several people
};
const char* resolution_name(Resolution r);

struct EntityRef {
  // Stable across documents: "Choe Ryong Hae" (gazetteer), "name:mara
  // lindqvist", an Atom; or unique to one: "unresolved:Kim#doc", a string
  // that goes with its claims.
  base::SharedString id;
  base::Atom name;      // display name
  base::Atom surface;   // the words in the text
  rules::EntityKind kind = rules::EntityKind::any;
  Resolution via = Resolution::name;
};

// An entity id as EntityRef holds it: interned, unless it names a mention
// unique to one document ("unresolved:..."), which would never be freed.
base::SharedString entity_id(std::string_view id);

// An office or role: "first vice foreign minister of North Korea".
struct TitleValue {
  // Interned: an archive names a few thousand offices.
  base::Atom rank;        // "", "first vice", "vice", "deputy", "senior"
  base::Atom portfolio;   // "", "foreign", "defense", ...
  base::Atom office;      // "minister", "president", "prime minister", "secretary", "envoy", ...
  base::Atom country;     // canonical country, or ""
  base::Atom org;         // "Workers' Party of Korea", or ""
  bool former = false;    // "former defense minister": not a current title

  // The office without rank: "foreign minister|North Korea".
  std::string office_key() const;
  // "first vice foreign minister of North Korea".
  std::string to_string() const;
  // True for offices held by one person at a time (a minister, a president).
  bool single_holder() const;
};

// A noun phrase reduced to its content words, for matching things across
// stories ("Pier No. 3 at Rajin Port" vs "Pier No. 3 at Rajin Port in North Korea").
struct ThingValue {
  std::vector<std::string> words;  // sorted, unique, lowercase; demonyms as countries
  std::string head;                // the main noun ("pier", "resources")
  std::string to_string() const;   // the words joined by spaces
};

// One field's value. Exactly the member for `type` is set (text always is).
// Members are ordered to pack: an archive holds millions of values.
struct Value {
  rules::ValueType type = rules::ValueType::text;
  bool resolved = true;          // false: the words could not be normalized (a relative date without a document date)
  std::optional<int> integer;    // age, ordinal
  std::string text;              // the words as written, whitespace collapsed
  ingest::Span span;             // in the document's text
  base::Boxed<EntityRef> entity;
  base::Boxed<DateValue> date;
  base::Boxed<Quantity> quantity;
  base::Boxed<TitleValue> title;
  base::Boxed<ThingValue> thing;

  // Each through the value's kind (claim/value_kind.h).
  // The normalized value as text: entity name, ISO date, "25000000000 USD"...
  std::string to_string() const;
  // A key for grouping: equal keys mean the same value for key fields.
  std::string key() const;
  // What the value looks like to an editor: the words, with the normalized
  // date after words that do not spell it out ("Monday (2014-11-17)").
  std::string show() const;
};

struct Field {
  base::Atom name;
  Value value;
};

// What a claim's words look like in a report: the sentence, and where in it
// the matched words are (code points into `sentence`).
struct Evidence {
  // The matched words. A claim graph empties citation.quote when it is the
  // highlighted part of the sentence, as it nearly always is: use quote()
  // or cited() on claims that may have been in one.
  ingest::Citation citation;
  base::SharedString sentence;  // the whole sentence, whitespace collapsed (shared by its claims)
  std::size_t highlight_begin = 0, highlight_end = 0;  // code points in sentence

  std::string quote() const;
  ingest::Citation cited() const;  // the citation with its quote
  // Empties citation.quote if quote() gives it back. Returns true if it did.
  bool drop_quote();
};

struct Claim {
  base::Atom predicate;
  std::vector<Field> fields;       // subject first when present
  rules::Modality modality = rules::Modality::asserted;
  // Interned: a few thousand outlets, speakers and cues across an archive.
  base::Atom attribution;          // who the text credits: "Tass", "the Korean Central News Agency"
  base::Atom speaker;              // for reported speech: who said it
  base::Atom cue;                  // the words that set the modality ("is likely to")
  // "again", "for her second visit": the words that make this one more
  // occurrence of the event, or "" (see rules::ModalityCues::repeated).
  base::Atom repeated;
  base::Atom rule;                 // extractor id
  base::SharedString document;     // Document::id (shared by the document's claims)
  std::optional<base::Date> document_date;
  // For a claim with no time of its own: the one date its sentence gives
  // before or within the claim's words ("In 2012, Foreign Minister Pak Ui
  // Chun met Lavrov"), which says when better than the publication date.
  base::Boxed<DateValue> context_date;
  ingest::DateSource date_source = ingest::DateSource::unknown;
  Evidence evidence;
  ingest::Span span;               // the matched words in the document's text (while it is read)
  bool in_draft = false;           // from a PATH of `check` rather than an --against archive

  const Value* get(std::string_view field) const;
  // The subject's entity, if the subject is an entity.
  const EntityRef* subject() const;
};

}  // namespace concord::claim
