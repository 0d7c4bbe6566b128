// Sentence boundaries in news text.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "text/layout.h"

namespace concord::text {

namespace {

namespace u8 = base::utf8;

// Sentences longer than this are cut at a space: regexes then run on bounded
// input however a file is laid out (a 50 MB file with no punctuation, say).
constexpr std::size_t kMaxSentence = 2000;

// Hard-wrapped prose wraps at 60 to 80 columns; a shorter line is its own line.
constexpr std::size_t kMinWrapWidth = 60;

// Words that end with a period without ending the sentence. Compared
// case-sensitively, without the period.
constexpr std::array<std::string_view, 58> kAbbreviations{
    "Mr",   "Mrs",  "Ms",   "Dr",   "Prof", "Gen",  "Lt",   "Col",  "Capt", "Sgt",
    "Cmdr", "Adm",  "Maj",  "Rep",  "Sen",  "Gov",  "Pres", "Rev",  "Hon",  "St",
    "Jr",   "Sr",   "Co",   "Corp", "Inc",  "Ltd",  "Bros", "Mt",   "Ft",   "No",
    "Nos",  "Vol",  "vs",   "v",    "e.g",  "i.e",  "cf",   "approx", "est", "Jan",
    "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",  "Sep",  "Sept", "Oct",  "Nov",
    "Dec",  "Ave",  "Blvd", "Rd",   "Dept", "Univ", "Gov't", "a.m"};

bool is_abbreviation(std::string_view word) {
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end())
    return true;
  // Datelines and headlines write "NOV." and "GEN." in capitals.
  if (word.size() >= 2 && word.size() <= 5) {
    std::string cap(word);
    for (std::size_t k = 1; k < cap.size(); ++k)
      cap[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(cap[k])));
    if (cap != word && std::find(kAbbreviations.begin(), kAbbreviations.end(), cap) != kAbbreviations.end())
      return true;
  }
  // Initials and initialisms: "N", "U.S", "U.N", "J.R.R".
  if (word.empty()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter = std::isupper(static_cast<unsigned char>(word[i])) != 0;
    const bool dot = word[i] == '.';
    if (i % 2 == 0 ? !letter : !dot) return false;
  }
  return true;
}

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Capitals of ASCII and Latin-1.
bool is_capital(char32_t cp) {
  return cp < 0x80 ? std::isupper(static_cast<int>(cp)) != 0 : (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

// Can a sentence start with cp? Capitals, digits, opening quotes/brackets.
bool starts_sentence(char32_t cp) {
  if (cp < 0x80) return std::isupper(static_cast<int>(cp)) || std::isdigit(static_cast<int>(cp)) ||
                        cp == '"' || cp == '\'' || cp == '(' || cp == '[';
  if (cp == 0x201C || cp == 0x2018 || cp == 0xAB) return true;
  // Letters outside ASCII: accept capitals of Latin-1 and Latin Extended-A (even code points
  // are mostly capitals there) and any CJK/other script letter.
  if (is_capital(cp)) return true;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return cp >= 0x370;
}

bool is_small(char32_t cp) {
  return cp < 0x80 ? std::islower(static_cast<int>(cp)) != 0 : (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}

// Text scraped from web pages often loses the space between paragraphs
// ("a statement said.It added"). A terminal glued to a capitalised word
// ("It", "The", "Hogwood") after a lowercase letter, digit or closing
// bracket still ends the sentence. Initialisms ("U.S.The") and domains
// ("bbc.co.uk") never match: the letter before the dot is a capital, or the
// letter after it is not.
bool glued_start(std::string_view t, std::size_t terminal, std::size_t next, std::size_t end) {
  if (terminal == 0 || next >= end) return false;
  const char before = t[terminal - 1];
  if (!std::islower(static_cast<unsigned char>(before)) && !std::isdigit(static_cast<unsigned char>(before)) &&
      before != ')')
    return false;
  std::size_t i = next;
  if (!is_capital(u8::decode(t, i)) || i >= end) return false;
  return is_small(u8::decode(t, i));
}

// Page furniture glued to the story's first word, with neither space nor
// stop between them ("Copy this linkTemperton died in London"): a word of
// four or more small letters running into a capitalised word of four or more
// letters. Names and brands with an inner capital start with a capital
// ("McDonald", "LaToya") or have a short part ("iPhone", "eBay", "easyJet").
bool glued_word(std::string_view t, std::size_t at, std::size_t floor, std::size_t end) {
  std::size_t b = at;
  while (b > floor && std::islower(static_cast<unsigned char>(t[b - 1]))) --b;
  if (at - b < 4 || (b > floor && std::isalpha(static_cast<unsigned char>(t[b - 1])))) return false;
  std::size_t e = at + 1;
  while (e < end && std::islower(static_cast<unsigned char>(t[e]))) ++e;
  return e - at - 1 >= 3 && (e == end || !std::isalpha(static_cast<unsigned char>(t[e])) ||
                             std::isupper(static_cast<unsigned char>(t[e])));
}

// The word before a period at `dot`: letters, dots and apostrophes.
std::string_view word_before(std::string_view t, std::size_t dot, std::size_t floor) {
  std::size_t b = dot;
  while (b > floor) {
    const char c = t[b - 1];
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '.' || c == '\'') {
      --b;
    } else {
      break;
    }
  }
  return t.substr(b, dot - b);
}

void push(std::vector<Sentence>& out, std::string_view t, std::size_t b, std::size_t e) {
  while (b < e && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(t[e - 1]))) --e;
  while (e - b > kMaxSentence) {
    // The last space within the limit; looked for there only, or a long
    // word would be searched back to the start of the text at every cut.
    std::size_t cut = t.substr(b, kMaxSentence + 1).rfind(' ');
    cut = cut == std::string_view::npos || cut == 0 ? u8::floor_boundary(t, b + kMaxSentence) : b + cut;
    out.push_back({{b, cut}});
    b = cut;
    while (b < e && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
  }
  if (e > b) out.push_back({{b, e}});
}

}  // namespace

bool wraps_onto_next_line(std::string_view line, std::string_view next) {
  std::size_t e = line.size();
  while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r')) --e;
  if (e == 0) return false;
  const char c = line[e - 1];
  const bool open = std::islower(static_cast<unsigned char>(c)) || c == ',' || c == ';' ||
                    c == '-' || c == '(' || static_cast<unsigned char>(c) >= 0x80;
  if (!open) return false;
  // Wrapped lines are long; short lines ending in a lowercase word are menu
  // entries ("Most read"), unless the next line plainly carries on.
  std::size_t n = 0;
  while (n < next.size() && (next[n] == ' ' || next[n] == '\t')) ++n;
  const bool next_lower = n < next.size() && std::islower(static_cast<unsigned char>(next[n]));
  return next_lower || u8::count_code_points(line.substr(0, e)) >= kMinWrapWidth;
}

std::vector<Sentence> split_sentences(std::string_view t, Span span) {
  std::vector<Sentence> out;
  std::size_t start = span.begin;
  std::size_t line_begin = span.begin;
  std::size_t i = span.begin;
  while (i < span.end) {
    const std::size_t at = i;
    const char32_t cp = u8::decode(t, i);
    if (cp == '\n') {
      std::size_t next_end = t.find('\n', i);
      if (next_end == std::string_view::npos || next_end > span.end) next_end = span.end;
      if (!wraps_onto_next_line(t.substr(line_begin, at - line_begin), t.substr(i, next_end - i))) {
        push(out, t, start, at);
        start = i;
      }
      line_begin = i;
      continue;
    }
    if (cp < 0x80 && std::isupper(static_cast<int>(cp)) && glued_word(t, at, start, span.end)) {
      push(out, t, start, at);
      start = at;
      continue;
    }
    if (!is_terminal(cp)) continue;
    // Gather the run of terminals and closing quotes/brackets ("?!", `."`).
    std::size_t end = i;
    while (end < span.end) {
      std::size_t k = end;
      const char32_t c = u8::decode(t, k);
      if (!is_terminal(c) && !is_closing(c)) break;
      end = k;
    }
    // A boundary needs whitespace, then a sentence start (or the end).
    std::size_t k = end;
    bool space = false;
    while (k < span.end) {
      std::size_t n = k;
      const char32_t c = u8::decode(t, n);
      if (c == '\n' || !u8::is_space(c)) break;
      space = true;
      k = n;
    }
    if (k >= span.end) {
      i = end;
      continue;
    }
    std::size_t n = k;
    const char32_t next = u8::decode(t, n);
    const bool newline = next == '\n';
    const bool glued = !space && glued_start(t, at, k, span.end);
    if (!newline && !glued && (!space || !starts_sentence(next))) {
      i = end;
      continue;
    }
    if (cp == '.' && end == i && !newline && is_abbreviation(word_before(t, at, start))) {
      i = end;
      continue;
    }
    // Glued, a straight quote after the terminal opens the next sentence
    // unless the sentence so far left one open: `said."He` against `true."He`.
    if (glued && t[end - 1] == '"' && std::count(t.begin() + start, t.begin() + at, '"') % 2 == 0) --end;
    push(out, t, start, end);
    start = end;
    i = end;
  }
  push(out, t, start, span.end);
  return out;
}

}  // namespace concord::text
