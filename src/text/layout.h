// A document's text divided into lines and sentences, with what is not read.
//
//   text::Layout layout = text::analyze(doc);
//   for (const text::Sentence& s : layout.sentences) ... doc.text.substr(s.span.begin, s.span.size())
//
// Sentences never overlap excluded text: page furniture (menus, headline
// lists), repeated paragraphs, mis-decoded lines and markup are left out here,
// so no later stage can make a claim from them.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"

namespace concord::text {

using ingest::Span;

struct Sentence {
  Span span;  // trimmed; within one paragraph
};

struct Layout {
  std::vector<Sentence> sentences;          // in text order
  std::vector<ingest::Excluded> excluded;   // everything not read, in text order, merged
};

// Whether a line that repeats an earlier one word for word is read. Pages
// repeat headlines and captions (drop); an editor who writes one sentence
// twice has made the statement twice, and each must be checked (keep).
enum class Repeats { drop, keep };

Layout analyze(const ingest::Document& doc, Repeats repeats = Repeats::drop);

// Does line continue on the next one? A long line that ends in a lowercase
// word or a comma was wrapped; one that ends in a capitalized word, a digit,
// a bracket or a full stop is a headline, caption or paragraph of its own.
bool wraps_onto_next_line(std::string_view line, std::string_view next);

// Code points from the start of sentence's text, whitespace collapsed, to
// offset: where a quote starts in a sentence shown collapsed.
std::size_t collapsed_offset(std::string_view text, Span sentence, std::size_t offset);

// Splits text[span] into sentences (exposed for tests and for `rules test`,
// whose examples are single paragraphs).
std::vector<Sentence> split_sentences(std::string_view text, Span span);

}  // namespace concord::text
