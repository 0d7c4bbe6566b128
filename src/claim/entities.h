// Who and where a document is talking about: names resolved to entities,
// with a bare surname taken to be the full name it refers to in the same
// document ("Choe" is Choe Ryong Hae in one story and Choe Son Hui in another).
//
//   EntityResolver r(rules.gazetteer(), doc.meta.date);
//   r.note("Choe Ryong Hae", ValueType::person, 120);   // pass 1: every full name
//   EntityRef e = r.resolve("Choe", ValueType::person, 480);  // pass 2
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "claim/claim.h"
#include "rules/gazetteer.h"

namespace concord::claim {

// One per document, used by one thread at a time.
class EntityResolver {
 public:
  // document_id makes ids of unresolved names unique to this document, so a
  // bare "Choe" here never matches a bare "Choe" elsewhere.
  EntityResolver(const rules::Gazetteer& gazetteer, std::optional<base::Date> document_date,
                 std::string document_id);

  // The document's text (it must outlive the resolver), so that a place's
  // short form finds the full name the story gives: "the North" in a story
  // that names North Korea (see resolve_place).
  void in_text(std::string_view text) { text_ = text; }

  // Pass 1: records a name written at offset if it is a full name: a known
  // person, or (from_slot: the words filled a person slot of a rule) any
  // name of two or more words. Returns true if recorded.
  bool note(std::string_view words, rules::ValueType type, std::size_t offset, bool from_slot);

  // Between the passes: records who was mentioned at offset (any form but a
  // pronoun), so that "he" can be the person mentioned last.
  // `subject` says the person was the subject of a claim or opened a
  // sentence: pronouns prefer such mentions ("Hyon met Putin when he ...").
  void mentioned(std::string_view words, std::size_t offset, bool subject);

  // Pass 2: resolves a slot's words written at offset, in a sentence that
  // starts at sentence_begin. A pronoun whose person was named earlier in the
  // same sentence ("Choe received a warm welcome when he met Putin") counts
  // as coreference; one that reaches back to an earlier sentence stays a
  // weaker pronoun resolution.
  EntityRef resolve(std::string_view words, rules::ValueType type, std::size_t offset,
                    std::size_t sentence_begin = 0) const;

  // False if words in a person slot cannot be a person: a connective
  // ("After"), a place or organization ("Hermetic North Korea", "Korea"), a
  // weekday or month.
  bool plausible_person(std::string_view words) const;

  // The words of a person slot without titles, honorifics and leading
  // connectives: "North Korean Foreign Minister Choe Son Hui" -> "Choe Son Hui".
  static std::string strip_title(std::string_view words);

 private:
  // Lookups by string_view in maps keyed by std::string.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename T>
  using ByWords = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

  struct Noted {
    std::size_t offset;
    EntityRef ref;
    std::string gender;
    bool subject = false;
  };
  // By offset; of notes at one offset, the first noted first. Maps, not
  // sorted vectors: a long document notes thousands of names.
  using ByOffset = std::multimap<std::size_t, Noted>;
  bool judge_person(std::string_view words) const;  // plausible_person, uncached
  const std::string& name_of(std::string_view words) const;  // strip_title, cached
  std::optional<EntityRef> by_gazetteer(std::string_view name, rules::ValueType type) const;
  std::optional<EntityRef> by_coreference(const std::string& token, std::size_t offset) const;
  std::optional<EntityRef> by_pronoun(const std::string& pronoun, std::size_t offset, std::size_t sentence_begin,
                                      std::size_t* antecedent = nullptr) const;
  std::optional<EntityRef> by_title(std::string_view words) const;
  EntityRef resolve_place(std::string_view words, rules::ValueType type) const;
  // The one place of the gazetteer whose name starts with word and that the
  // text names in full, or nullptr (cached by word).
  const rules::Entity* short_form(const std::string& word, rules::ValueType type) const;

  const rules::Gazetteer& gazetteer_;
  std::optional<base::Date> date_;
  std::string document_id_;
  ByOffset noted_;   // full names
  ByOffset recent_;  // every person mentioned (for pronouns)
  // Full names by their lowercase words (and their entity's other names'),
  // for a bare surname: word -> offset -> the name's entity, as in noted_.
  std::unordered_map<std::string, std::multimap<std::size_t, EntityRef>> by_token_;
  // Answers by words: note(), mentioned() and the claims of a document all
  // read the same names several times. Pure functions of the words.
  mutable ByWords<bool> plausible_;
  mutable ByWords<std::string> names_;
  std::string_view text_;
  mutable ByWords<const rules::Entity*> short_forms_;
};

}  // namespace concord::claim
