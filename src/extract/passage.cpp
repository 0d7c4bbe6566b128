#include "extract/passage.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>

#include "base/date.h"
#include "base/utf8.h"

namespace concord::extract {

namespace {

using namespace std::string_view_literals;

bool has(std::span<const std::string_view> sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

// Function words: never a value, and left out when sentences are aligned,
// so "the" for "a" does not hide a copied sentence. Sorted.
constexpr std::array kStop = {
    "a"sv, "also"sv, "an"sv, "and"sv, "are"sv, "as"sv, "at"sv, "be"sv, "been"sv, "being"sv, "but"sv, "by"sv,
    "did"sv, "do"sv, "does"sv, "for"sv, "from"sv, "had"sv, "has"sv, "have"sv, "he"sv, "her"sv, "hers"sv,
    "him"sv, "his"sv, "i"sv, "in"sv, "into"sv, "is"sv, "it"sv, "its"sv, "me"sv, "my"sv, "of"sv, "on"sv,
    "onto"sv, "or"sv, "our"sv, "she"sv, "so"sv, "that"sv, "the"sv, "their"sv, "them"sv, "there"sv, "these"sv,
    "they"sv, "this"sv, "those"sv, "to"sv, "us"sv, "was"sv, "we"sv, "were"sv, "which"sv, "who"sv, "whom"sv,
    "whose"sv, "with"sv, "you"sv, "your"sv,};
static_assert(std::is_sorted(kStop.begin(), kStop.end()));

// Words that change what a sentence asserts: negation, denial, rumour,
// condition, question, plans and hedges, and approximation ("about 20").
// Two sentences are compared only when they carry the same ones. Sorted.
constexpr std::array kCue = {
    "about"sv, "alleged"sv, "allegedly"sv, "almost"sv, "approximately"sv, "around"sv, "can"sv, "could"sv,
    "denied"sv, "denies"sv, "deny"sv, "denying"sv, "estimated"sv, "expect"sv, "expected"sv, "expects"sv,
    "false"sv, "fewer"sv, "former"sv, "if"sv, "least"sv, "less"sv, "likely"sv, "may"sv, "might"sv, "more"sv, "nearly"sv,
    "neither"sv, "never"sv, "no"sv, "nor"sv, "not"sv, "onetime"sv, "perhaps"sv, "plan"sv, "planned"sv, "planning"sv,
    "plans"sv, "possible"sv, "possibly"sv, "probably"sv, "refused"sv, "reportedly"sv, "roughly"sv, "rumor"sv,
    "rumored"sv, "rumors"sv, "rumour"sv, "rumoured"sv, "rumours"sv, "scheduled"sv, "should"sv, "some"sv,
    "suspected"sv, "unconfirmed"sv, "unless"sv, "unlikely"sv, "whether"sv, "will"sv, "would"sv,};
static_assert(std::is_sorted(kCue.begin(), kCue.end()));

// Offices and roles, as written before or after a name. Sorted.
constexpr std::array kTitle = {
    "acting"sv, "adm"sv, "admiral"sv, "ambassador"sv, "archbishop"sv, "assistant"sv, "associate"sv,
    "attorney"sv, "bishop"sv, "boss"sv, "capt"sv, "captain"sv, "cardinal"sv, "ceo"sv, "cfo"sv, "chair"sv,
    "chairman"sv, "chairperson"sv, "chairwoman"sv, "chancellor"sv, "chief"sv, "cmdr"sv, "cmo"sv, "coach"sv,
    "col"sv, "colonel"sv, "commander"sv, "commissioner"sv, "congressman"sv, "congresswoman"sv, "constable"sv,
    "coo"sv, "councillor"sv, "councilman"sv, "councilwoman"sv, "counsel"sv, "cto"sv, "dean"sv, "deputy"sv,
    "det"sv, "detective"sv, "director"sv, "editor"sv, "envoy"sv, "executive"sv, "financial"sv, "founder"sv,
    "gen"sv, "general"sv, "gov"sv, "governor"sv, "head"sv, "insp"sv, "inspector"sv, "interim"sv, "judge"sv,
    "justice"sv, "king"sv, "leader"sv, "lieutenant"sv, "lt"sv, "manager"sv, "marshal"sv, "mayor"sv, "md"sv,
    "mep"sv, "minister"sv, "mp"sv, "officer"sv, "operating"sv, "owner"sv, "pope"sv, "premier"sv, "president"sv,
    "prince"sv, "princess"sv, "prof"sv, "professor"sv, "prosecutor"sv, "queen"sv, "rabbi"sv, "rep"sv,
    "representative"sv, "secretary"sv, "sen"sv, "senator"sv, "sergeant"sv, "sgt"sv, "sheriff"sv, "skipper"sv,
    "solicitor"sv, "speaker"sv, "spokesman"sv, "spokesperson"sv, "spokeswoman"sv, "superintendent"sv, "supt"sv,
    "treasurer"sv, "vice"sv,};
static_assert(std::is_sorted(kTitle.begin(), kTitle.end()));

constexpr std::array kUnits = {"eight"sv, "eighteen"sv, "eleven"sv, "fifteen"sv, "five"sv,    "four"sv,
                               "fourteen"sv, "nine"sv,   "nineteen"sv, "one"sv,   "seven"sv,   "seventeen"sv,
                               "six"sv,   "sixteen"sv,  "ten"sv,    "thirteen"sv, "three"sv,  "twelve"sv,
                               "twenty"sv, "two"sv,     "zero"sv};
constexpr std::array<int, 21> kUnitValues = {8, 18, 11, 15, 5, 4, 14, 9, 19, 1, 7, 17, 6, 16, 10, 13, 3, 12, 20, 2, 0};
constexpr std::array kTens = {"eighty"sv, "fifty"sv, "forty"sv, "ninety"sv, "seventy"sv, "sixty"sv, "thirty"sv};
constexpr std::array<int, 7> kTensValues = {80, 50, 40, 90, 70, 60, 30};
constexpr std::array kOrdinals = {"eighth"sv, "fifth"sv,  "first"sv,  "fourth"sv, "ninth"sv, "second"sv,
                                  "seventh"sv, "sixth"sv, "tenth"sv,  "third"sv};
constexpr std::array<int, 10> kOrdinalValues = {8, 5, 1, 4, 9, 2, 7, 6, 10, 3};
static_assert(std::is_sorted(kUnits.begin(), kUnits.end()) && std::is_sorted(kTens.begin(), kTens.end()) &&
              std::is_sorted(kOrdinals.begin(), kOrdinals.end()));

template <std::size_t N, std::size_t M>
std::optional<int> lookup(const std::array<std::string_view, N>& words, const std::array<int, M>& values,
                          std::string_view w) {
  auto it = std::lower_bound(words.begin(), words.end(), w);
  if (it == words.end() || *it != w) return std::nullopt;
  return values[static_cast<std::size_t>(it - words.begin())];
}

double scale_of(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million") return 1e6;
  if (w == "billion") return 1e9;
  if (w == "trillion") return 1e12;
  return 0;
}

bool is_upper_start(std::string_view w) {
  if (w.empty()) return false;
  std::size_t i = 0;
  const char32_t cp = base::utf8::decode(w, i);
  return base::utf8::is_upper(cp);
}

bool is_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string lower(std::string_view w) { return base::utf8::fold(w); }

// A number written in digits: "1,500" -> 1500, "2.5" -> 2.5; "17th" is 17.
std::optional<double> digits_value(std::string_view w, bool* ordinal) {
  std::string s;
  std::size_t i = 0;
  for (; i < w.size(); ++i) {
    const char c = w[i];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      s += c;
    } else if (c != ',') {
      break;
    }
  }
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return std::nullopt;
  const std::string_view rest = w.substr(i);
  if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") {
    *ordinal = true;
  } else if (!rest.empty()) {
    return std::nullopt;  // "3D", "F-16": names, not numbers
  }
  return std::strtod(s.c_str(), nullptr);
}

std::string number_key(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

// Raw tokens: runs of letters and digits, with '.', ',', '\'' and '’'
// kept between two of them ("U.S.", "1,500", "O'Neill"); hyphens split
// ("34-mile", "twenty-six").
std::vector<PassageWord> tokens(std::string_view text, ingest::Span span) {
  std::vector<PassageWord> out;
  auto word_byte = [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; };
  std::size_t i = span.begin;
  while (i < span.end) {
    const auto c = static_cast<unsigned char>(text[i]);
    // Curly quotes and dashes are multi-byte punctuation, not letters.
    if (c == 0xE2 && i + 2 < span.end && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += 3;
      continue;
    }
    if (!word_byte(c)) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < span.end) {
      const auto b = static_cast<unsigned char>(text[e]);
      if (b == 0xE2 && e + 2 < span.end && static_cast<unsigned char>(text[e + 1]) == 0x80) {
        // ’ inside a word ("Korea’s") is an apostrophe; other punctuation ends it.
        if (static_cast<unsigned char>(text[e + 2]) == 0x99 && e + 3 < span.end &&
            word_byte(static_cast<unsigned char>(text[e + 3])))
          e += 3;
        else
          break;
      } else if (word_byte(b)) {
        ++e;
      } else if ((b == '.' || b == ',' || b == '\'') && e + 1 < span.end &&
                 word_byte(static_cast<unsigned char>(text[e + 1])) && e > i) {
        // "1,500" and "2.5" but not "Leeds,Bradford": a comma only between digits.
        if (b == ',' && !(std::isdigit(static_cast<unsigned char>(text[e - 1])) &&
                          std::isdigit(static_cast<unsigned char>(text[e + 1]))))
          break;
        ++e;
      } else {
        break;
      }
    }
    PassageWord w;
    w.span = {i, e};
    w.key = std::string(text.substr(i, e - i));
    out.push_back(std::move(w));
    i = e;
  }
  return out;
}

WordKind classify(const std::string& raw, const std::string& key, bool initial) {
  const std::string_view k = key;
  if (has(kStop, k)) return WordKind::stop;
  if (k.size() > 3 && k.ends_with("n't")) return WordKind::cue;
  if (has(kCue, k) && !(raw == "May" && !initial)) return WordKind::cue;
  const bool upper = is_upper_start(raw);
  if (upper && (k.size() >= 3) && base::month_from_name(k) && (k != "may" || !initial)) return WordKind::month;
  if (upper && k.size() >= 6 && base::weekday_from_name(k)) return WordKind::weekday;
  if (has(kTitle, k)) return WordKind::title;
  if (upper && !initial) return WordKind::name;
  return WordKind::word;
}

}  // namespace

const char* word_kind_name(WordKind k) {
  switch (k) {
    case WordKind::stop: return "stop";
    case WordKind::word: return "word";
    case WordKind::cue: return "cue";
    case WordKind::number: return "number";
    case WordKind::ordinal: return "ordinal";
    case WordKind::year: return "year";
    case WordKind::month: return "month";
    case WordKind::weekday: return "weekday";
    case WordKind::title: return "title";
    case WordKind::name: return "name";
  }
  return "word";
}

bool is_value(WordKind k) { return k != WordKind::stop && k != WordKind::word && k != WordKind::cue; }

std::vector<PassageWord> passage_words(std::string_view text, ingest::Span span) {
  std::vector<PassageWord> raw = tokens(text, span);
  std::vector<PassageWord> out;
  out.reserve(raw.size());
  for (std::size_t k = 0; k < raw.size(); ++k) {
    PassageWord w = std::move(raw[k]);
    const std::string word = w.key;
    std::string key = lower(word);
    // "1, 500" (wire copy re-spaced): a group of three digits after a comma continues the number.
    bool ordinal = false;
    auto number = digits_value(key, &ordinal);
    double scale = 0;
    std::size_t last = k;
    if (number && !ordinal) {
      while (last + 1 < raw.size() && raw[last + 1].key.size() == 3 && is_digits(raw[last + 1].key) &&
             text.substr(raw[last].span.end, raw[last + 1].span.begin - raw[last].span.end) == ", " &&
             is_digits(key) && key.size() <= 3) {
        *number = *number * 1000 + std::strtod(raw[last + 1].key.c_str(), nullptr);
        ++last;
      }
    }
    if (!number) {
      // Number words: "twenty-six", "three hundred", "a dozen" is left alone.
      double total = 0, current = 0;
      bool any = false;
      std::size_t j = k;
      for (; j < raw.size(); ++j) {
        const std::string lw = j == k ? key : lower(raw[j].key);
        if (auto u = lookup(kUnits, kUnitValues, lw)) {
          current += *u;
        } else if (auto t = lookup(kTens, kTensValues, lw)) {
          current += *t;
        } else if (lw == "hundred" && any) {
          current *= 100;
        } else if (const double s = scale_of(lw); s > 0 && any) {
          total += current * s;
          current = 0;
        } else {
          break;
        }
        any = true;
        last = j;
      }
      if (any) number = total + current;
    }
    // "2.5 million", "11 billion": the scale is part of the number.
    while (number && last + 1 < raw.size() && (scale = scale_of(lower(raw[last + 1].key))) > 0) {
      *number *= scale;
      ++last;
    }
    if (number) {
      w.span.end = raw[last].span.end;
      const bool year = !ordinal && last == k && is_digits(key) && key.size() == 4 && *number >= 1900 && *number <= 2099;
      w.kind = year ? WordKind::year : WordKind::number;
      w.key = number_key(*number);
      k = last;
      out.push_back(std::move(w));
      continue;
    }
    if (auto o = lookup(kOrdinals, kOrdinalValues, key)) {
      w.kind = WordKind::ordinal;
      w.key = std::to_string(*o);
      out.push_back(std::move(w));
      continue;
    }
    if (key.size() > 2 && key.ends_with("'s")) {
      key.resize(key.size() - 2);
    } else if (key.size() > 4 && key.ends_with("\xE2\x80\x99s")) {
      key.resize(key.size() - 4);
    }
    // A capital after an opening quote or a colon starts a sentence of its own.
    bool initial = out.empty();
    if (!initial && w.span.begin > span.begin) {
      std::size_t p = w.span.begin;
      while (p > span.begin && text[p - 1] == ' ') --p;
      const char before = p > span.begin ? text[p - 1] : ' ';
      initial = before == '"' || before == ':' || before == '(' ||
                (p >= span.begin + 3 && static_cast<unsigned char>(text[p - 3]) == 0xE2 &&
                 static_cast<unsigned char>(text[p - 1]) == 0x9C);
    }
    w.kind = classify(word, key, initial);
    w.key = std::move(key);
    out.push_back(std::move(w));
  }
  // A capitalized word before a title says which office: "Prime
  // Minister", "Russian President", "Brightwell chief executive" (not
  // "currently director").
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    const bool capital = out[k].kind == WordKind::name ||
                         (out[k].kind == WordKind::word && is_upper_start(text.substr(out[k].span.begin, out[k].span.size())));
    if (out[k + 1].kind == WordKind::title && capital) out[k].kind = WordKind::title;
  }
  return out;
}

// Words that rank a title: "vice president", "deputy director".
bool is_rank(std::string_view key) {
  return key == "acting" || key == "assistant" || key == "associate" || key == "deputy" || key == "interim" ||
         key == "vice";
}

std::vector<Passage> passages(const ingest::Document& doc, const text::Layout& layout) {
  std::vector<Passage> out;
  for (const text::Sentence& s : layout.sentences) {
    Passage p;
    p.span = s.span;
    p.words = passage_words(doc.text, s.span);
    std::size_t content = 0, values = 0;
    for (const PassageWord& w : p.words) {
      content += w.kind != WordKind::stop;
      values += is_value(w.kind);
    }
    // Six words say enough to be recognized when reused; fewer is a headline.
    if (content < 6 || values == 0) continue;
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace concord::extract
