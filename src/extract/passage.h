// A sentence as the words it says, each with the kind of value it is, for
// comparing reused wording across stories (check/reused_wording.h).
//
//   for (const extract::Passage& p : extract::passages(doc, layout))
//     for (const extract::PassageWord& w : p.words) ...  // w.key "21", w.kind number
//
// No rules are involved: the kinds are lexical (digits and number words,
// month and weekday names, title words, capitalized names, modality cues),
// so a sentence no rule describes is still compared.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "text/layout.h"

namespace concord::extract {

enum class WordKind : std::uint8_t {
  stop,     // a function word: "the", "of", "was"; never compared
  word,     // any other word
  cue,      // a word that changes what a sentence asserts: "not", "denied", "may", "if", "about"
  number,   // "21", "1,500", "three", "2.5"
  ordinal,  // "third", "3rd"
  year,     // "2014"
  month,    // "March", "Nov."
  weekday,  // "Tuesday"
  title,    // "president", "coach", "CEO"
  name,     // a capitalized word inside a sentence: "Leeds", "Obama"
};
const char* word_kind_name(WordKind k);  // "number", "month", ...

// True for kinds whose differences are contradictions (values and names).
bool is_value(WordKind k);

struct PassageWord {
  std::string key;    // what is compared: lowercase; numbers in digits ("1,500" and "1, 500" -> "1500", "three" -> "3")
  WordKind kind = WordKind::word;
  ingest::Span span;  // in the document's text
};

struct Passage {
  ingest::Span span;                 // the sentence
  std::vector<PassageWord> words;    // in order, punctuation left out
};

// The passages of a document's sentences that hold at least one value and
// enough words to be recognized when reused (short sentences, headlines and
// captions say too little to tell who copied whom).
std::vector<Passage> passages(const ingest::Document& doc, const text::Layout& layout);

// True for words that rank a title ("vice", "deputy", "acting").
bool is_rank(std::string_view key);

// The words of one piece of text (exposed for tests).
std::vector<PassageWord> passage_words(std::string_view text, ingest::Span span);

}  // namespace concord::extract
