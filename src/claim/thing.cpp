#include "claim/thing.h"

#include <algorithm>
#include <array>

#include "claim/title.h"
#include "claim/words.h"

namespace concord::claim {

namespace {

constexpr std::array<std::string_view, 94> kStop{
    "last", "next", "year", "years", "month", "months", "week", "weeks", "ago", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a",       "an",      "the",     "its",     "their",   "his",      "her",     "this",     "that",
    "these",   "those",   "of",      "at",      "in",      "on",       "with",    "to",       "for",
    "between", "from",    "by",      "and",     "or",      "but",      "as",      "is",       "was",
    "were",    "be",      "been",    "being",   "has",     "have",     "had",     "will",     "would",
    "seeking", "including", "estimated", "worth", "value", "about",   "some",    "most",     "all",
    "also",    "it",      "they",    "which",   "who",     "new",      "such"};

std::string singular(const std::string& w) {
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

ThingValue normalize_thing(std::string_view words, const rules::Gazetteer& gazetteer) {
  const std::vector<Word> w = split_words(words);
  ThingValue t;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const std::string bare = strip_possessive(w[k].text);
    std::string lower;
    for (char c : bare) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(kStop.begin(), kStop.end(), lower) != kStop.end()) continue;
    // Two-word demonyms first ("North Korean"), then one word ("Russian").
    std::string country;
    if (k + 1 < w.size() && is_capitalized(w[k].text)) {
      country = country_of(w[k].text + " " + strip_possessive(w[k + 1].text), gazetteer);
      if (!country.empty()) ++k;
    }
    if (country.empty() && is_capitalized(bare)) country = country_of(bare, gazetteer);
    if (!country.empty()) {
      for (const Word& cw : split_words(country)) t.words.push_back(cw.lower);
      continue;
    }
    t.words.push_back(singular(lower));
  }
  if (!t.words.empty()) t.head = t.words.front();
  std::sort(t.words.begin(), t.words.end());
  t.words.erase(std::unique(t.words.begin(), t.words.end()), t.words.end());
  return t;
}

bool same_thing(const ThingValue& a, const ThingValue& b) {
  if (a.words.empty() || b.words.empty()) return false;
  std::vector<std::string> common;
  std::set_intersection(a.words.begin(), a.words.end(), b.words.begin(), b.words.end(), std::back_inserter(common));
  const std::size_t smaller = std::min(a.words.size(), b.words.size());
  if (common.size() == smaller && smaller >= 2) return true;
  const std::size_t all = a.words.size() + b.words.size() - common.size();
  return common.size() * 10 >= all * 6;
}

}  // namespace concord::claim
