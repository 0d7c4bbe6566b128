// Running the rules over a document: which rules matched which words, and
// how sure the text is of each match.
//
//   extract::Extraction x = extract::extract(doc, layout, rules);
//   for (const extract::RawClaim& c : x.claims) ...  // c.slots, c.modality
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "rules/model.h"
#include "rules/rule_set.h"
#include "text/layout.h"

namespace concord::extract {

struct Slot {
  std::string field;
  ingest::Span span;
  rules::ValueType type = rules::ValueType::text;  // how to normalize it
  std::string vocab;                               // the vocabulary entry that matched
};

// How sure the text is of a match, and who it credits.
struct ModalityReading {
  rules::Modality modality = rules::Modality::asserted;
  std::string cue;          // the words that decided it ("is likely to", "did not")
  std::string attribution;  // an organization credited: "Tass", "the Korean Central News Agency"
  std::string speaker;      // a person quoted or reported: "DeTrani"
  std::string repeated;     // the cue that makes it one more time ("again", "second"), or ""
};

// One match of an extractor: a claim before its values are normalized.
struct RawClaim {
  int extractor = -1;
  int pattern = 0;
  std::size_t sentence = 0;  // index into Layout::sentences
  ingest::Span span;
  std::vector<Slot> slots;
  ModalityReading modality;
};

// A match of a vocabulary entry marked `mention: true` (a date, an amount).
struct Mention {
  std::string vocab;
  rules::ValueType type = rules::ValueType::text;
  ingest::Span span;
  std::size_t sentence = 0;
};

struct Extraction {
  std::vector<RawClaim> claims;      // in text order
  std::vector<Mention> mentions;     // every match, in text order; they may overlap
};

// Of mentions that overlap, keeps the longest (the first on a tie), in text order.
std::vector<Mention> longest(std::vector<Mention> mentions);

// Runs the rules in scope over every sentence of the layout.
Extraction extract(const ingest::Document& doc, const text::Layout& layout, const rules::RuleSet& rules,
                   const rules::MatchScope& scope = {});

// Reads the modality of a match in its sentence: cue words in the match
// (outside its slots and asides) and just before it, quotation marks, and
// attributions such as "..., Tass said" or "DeTrani said ...".
ModalityReading read_modality(std::string_view text, ingest::Span sentence, const rules::Match& match,
                              const rules::ModalityCues& cues, const rules::Gazetteer& gazetteer);

}  // namespace concord::extract
