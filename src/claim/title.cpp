#include "claim/title.h"

#include <algorithm>
#include <array>
#include <unordered_set>
#include <vector>

#include "base/date.h"
#include "claim/words.h"

namespace concord::claim {

namespace {

// Longest first, so "prime minister" wins over "minister" and "chief
// executive officer" over "chief executive" over "chief".
constexpr std::string_view kOffices[] = {
    "secretary-general", "secretary general", "prime minister", "special envoy", "chief of staff",
    "chief executive officer", "chief executive", "chief financial officer", "chief operating officer",
    "managing director", "executive director", "head coach", "minister", "president", "premier",
    "chancellor", "secretary", "leader", "chairman", "chairwoman", "chair", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "king", "queen", "emperor",
    "general", "commander", "chief", "director", "professor", "senator", "congressman", "congresswoman",
    "lawmaker", "researcher", "head", "official", "aide", "adviser", "ceo", "cfo", "coo", "coach",
    "manager", "co-founder", "founder", "owner", "captain"};

// Other spellings of one office.
constexpr std::pair<std::string_view, std::string_view> kSameOffice[] = {
    {"secretary general", "secretary-general"}, {"ceo", "chief executive"},
    {"chief executive officer", "chief executive"}, {"cfo", "chief financial officer"},
    {"coo", "chief operating officer"}};

// Offices an organization has, read after its name: "Northrop Grumman CEO".
constexpr std::string_view kOrgOffices[] = {
    "chief executive officer", "chief executive", "chief financial officer", "chief operating officer",
    "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "president", "managing director",
    "executive director", "director", "head coach", "coach", "manager", "co-founder", "founder",
    "owner", "captain", "spokesman", "spokeswoman", "spokesperson", "secretary-general", "secretary general"};

// Words that open a clause before a name: "And Colts coach Tony Dungy".
constexpr std::string_view kClauseOpeners[] = {"and", "but", "or", "so", "then", "also", "meanwhile", "while",
                                                "when", "as", "after", "before", "because", "though", "although",
                                                "yet", "now", "still"};

// Prepositions that open a phrase before a title: "On Monday Russian President".
constexpr std::string_view kPrepositions[] = {"on", "in", "at", "after", "before", "during", "since", "until",
                                              "by", "with", "from", "for", "as", "to", "like", "under", "amid"};

// Offices whose word is also an adjective in names of organizations:
// "General Motors", "Premier League", "Chief Keef".
constexpr std::string_view kAdjectiveOffices[] = {"general", "premier", "chief"};

constexpr std::array<std::string_view, 24> kPortfolios{
    "foreign", "defense",   "defence", "trade",       "finance",    "interior", "home",     "justice",
    "economy", "economic",  "energy",  "health",      "education",  "agriculture", "culture", "industry",
    "transport", "labor",   "labour",  "environment", "unification", "security", "intelligence", "information"};

constexpr std::array<std::string_view, 8> kRanks{"first vice", "first deputy", "vice", "deputy", "senior",
                                                 "acting",     "assistant",    "junior"};

constexpr std::array<std::string_view, 6> kFormer{"former", "ex", "then", "late", "onetime", "one-time"};

constexpr std::array<std::string_view, 8> kDeterminers{"a", "an", "the", "its", "his", "her", "their", "one"};

bool in(std::string_view w, const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); }

std::string join_lower(const std::vector<Word>& w, std::size_t b, std::size_t e) {
  std::string s;
  for (std::size_t k = b; k < e; ++k) s += (k > b ? " " : "") + w[k].lower;
  return s;
}

std::string join_text(const std::vector<Word>& w, std::size_t b, std::size_t e) {
  std::string s;
  for (std::size_t k = b; k < e; ++k) s += (k > b ? " " : "") + w[k].text;
  return s;
}

// Tries to read an office at w[i...]; returns the number of words used.
std::size_t read_office(const std::vector<Word>& w, std::size_t i, std::string& office) {
  for (std::string_view o : kOffices) {
    const std::size_t n = static_cast<std::size_t>(std::count(o.begin(), o.end(), ' ')) + 1;
    if (i + n <= w.size() && join_lower(w, i, i + n) == o) {
      office = std::string(o);
      return n;
    }
  }
  return 0;
}

// A demonym-like word: "Russian", "Chinese", "Estorian".
bool looks_like_demonym(std::string_view w) {
  for (std::string_view suffix : {"an", "ese", "ish", "ic", "i", "ch"}) {
    if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
  }
  return false;
}

}  // namespace

bool adjective_office_before_name(std::string_view title, std::string_view name) {
  std::vector<Word> t = split_words(title);
  while (!t.empty() && (t.front().lower == "the" || t.front().lower == "a" || t.front().lower == "an"))
    t.erase(t.begin());
  if (t.empty() || split_words(name).size() != 1) return false;
  if (!in(t.back().lower, kAdjectiveOffices)) return false;
  // Only a country's adjective may come before: "English Premier League",
  // not "Deputy Premier Li" or "Attorney General Holder".
  for (std::size_t k = 0; k + 1 < t.size(); ++k) {
    if (is_title_word(t[k].lower) || !is_capitalized(t[k].text) || !looks_like_demonym(t[k].lower)) return false;
  }
  return true;
}

bool is_title_word(std::string_view lower) {
  // Built once (thread-safe), read-only after: this runs for every word of every name.
  static const std::unordered_set<std::string_view> kWords = [] {
    std::unordered_set<std::string_view> words(kPortfolios.begin(), kPortfolios.end());
    for (std::string_view o : kOffices) {
      if (o.find(' ') == std::string_view::npos) words.insert(o);
    }
    for (std::string_view w : {"vice", "deputy", "first", "senior", "acting", "former", "prime", "special", "mr",
                               "mrs", "ms", "dr", "gen", "sen", "rep", "pres"})
      words.insert(w);
    return words;
  }();
  return kWords.count(lower) != 0;
}

std::string country_of(std::string_view word, const rules::Gazetteer& gazetteer) {
  if (word.empty()) return {};
  // Only countries: a city's `country` says where it is, not what it is.
  if (const rules::Entity* e = gazetteer.find(word); e != nullptr && e->kind == rules::EntityKind::place) {
    return e->country.empty() ? e->name : std::string();
  }
  const rules::Entity* e = gazetteer.with_demonym(word);
  return e == nullptr ? std::string() : e->name;
}

std::optional<TitleValue> normalize_title(std::string_view words, const rules::Gazetteer& gazetteer) {
  std::vector<Word> w = split_words(words);
  TitleValue t;
  std::size_t i = 0;
  // Leading determiners and "former".
  for (;;) {
    if (i < w.size() && in(w[i].lower, kDeterminers)) {
      ++i;
      if (i + 1 < w.size() && w[i - 1].lower == "one" && w[i].lower == "of") i += 2;  // "one of the"
      continue;
    }
    if (i < w.size() && in(w[i].lower, kFormer)) {
      t.former = true;
      ++i;
      continue;
    }
    // Words a rule may take in front of a title that are not a country's or
    // an organization's name: "And Colts coach", "When Chinese President",
    // "On Monday Russian President".
    if (i + 1 < w.size() && (in(w[i].lower, kClauseOpeners) || in(w[i].lower, kPrepositions) ||
                             base::weekday_from_name(w[i].text) ||
                             (base::month_from_name(w[i].text) && w[i].text.size() > 3))) {
      ++i;
      continue;
    }
    if (i < w.size() && w[i].lower.rfind("ex-", 0) == 0) {
      t.former = true;
      w[i].lower = w[i].lower.substr(3);
      w[i].text = w[i].text.substr(3);
      continue;
    }
    break;
  }
  // A country before the office: "North Korea's", "North Korean", "Russian".
  if (i < w.size() && is_capitalized(w[i].text) && !is_title_word(w[i].lower)) {
    for (std::size_t n = std::min<std::size_t>(3, w.size() - i); n >= 1; --n) {
      bool possessive = false;
      const std::string last = strip_possessive(w[i + n - 1].text, &possessive);
      std::string phrase = join_text(w, i, i + n - 1);
      phrase += (phrase.empty() ? "" : " ") + last;
      std::string country = country_of(phrase, gazetteer);
      if (country.empty() && n == 1 && (possessive || looks_like_demonym(w[i].lower))) country = last;
      if (!country.empty()) {
        t.country = country;
        i += n;
        break;
      }
    }
  }
  // Rank, portfolio, office.
  for (std::string_view r : kRanks) {
    const std::size_t n = static_cast<std::size_t>(std::count(r.begin(), r.end(), ' ')) + 1;
    if (i + n <= w.size() && join_lower(w, i, i + n) == r) {
      t.rank = std::string(r);
      i += n;
      break;
    }
  }
  if (i < w.size() && w[i].lower.find('-') != std::string::npos) {  // "vice-president"
    const std::string l = w[i].lower;
    const std::size_t dash = l.find('-');
    if (l.substr(0, dash) == "vice" || l.substr(0, dash) == "deputy") {
      t.rank = t.rank.empty() ? l.substr(0, dash) : t.rank + " " + l.substr(0, dash);
      w[i].lower = l.substr(dash + 1);
    }
  }
  if (i < w.size() && in(w[i].lower, kPortfolios)) {
    t.portfolio = w[i].lower == "defence" ? "defense" : w[i].lower;
    ++i;
  }
  // An organization before the office: "Northrop Grumman CEO", "Nordlys
  // Energy CEO" (a portfolio word may name a company), "Apple's chief
  // executive". Only where no country was found, and only offices that
  // organizations have.
  std::string office;
  std::size_t used = read_office(w, i, office);
  if (used == 0 && t.country.empty()) {
    std::string org_office;
    for (std::size_t end = i; end < w.size() && end - i < 4 && is_capitalized(w[end].text); ++end) {
      if (is_title_word(w[end].lower) && !in(w[end].lower, kPortfolios)) break;
      if (read_office(w, end + 1, org_office) > 0 && in(org_office, kOrgOffices)) {
        std::string org = join_text(w, i, end);
        std::string last = strip_possessive(w[end].text);
        if (last.size() > 1 && last.back() == '\'') last.pop_back();  // "Indianapolis'"
        t.org = org + (org.empty() ? "" : " ") + last;
        i = end + 1;
        used = read_office(w, i, office);
        break;
      }
    }
  }
  if (used == 0) return std::nullopt;
  t.office = office;
  for (const auto& [other, same] : kSameOffice) {
    if (t.office == other) t.office = std::string(same);
  }
  i += used;
  // "of X", "for X", "at X": a country or an organization.
  if (i < w.size() && (w[i].lower == "of" || w[i].lower == "for" || w[i].lower == "at" || w[i].lower == "to")) {
    std::size_t b = i + 1;
    while (b < w.size() && (w[b].lower == "the" || w[b].lower == "ruling")) ++b;
    if (b < w.size()) {
      const std::string rest = join_text(w, b, w.size());
      if (t.portfolio.empty() && (rest == "foreign affairs" || rest == "Foreign Affairs")) {
        t.portfolio = "foreign";
      } else if (std::string c = country_of(rest, gazetteer); !c.empty()) {
        if (t.country.empty()) t.country = c;
      } else {
        t.org = rest;
      }
    }
  }
  return t;
}

std::string titles_conflict(const TitleValue& a, const TitleValue& b) {
  if (a.former || b.former) return {};
  if (a.country.empty() || b.country.empty() || a.country != b.country) return {};
  if (!a.org.empty() || !b.org.empty()) return {};
  const bool a_minister = a.office == "minister" && !a.portfolio.empty();
  const bool b_minister = b.office == "minister" && !b.portfolio.empty();
  if (a_minister && b_minister) {
    if (a.portfolio == b.portfolio && a.rank != b.rank) return a.to_string() + " vs " + b.to_string();
    if (a.portfolio != b.portfolio && a.rank.empty() && b.rank.empty()) return a.to_string() + " vs " + b.to_string();
    return {};
  }
  auto head = [](const TitleValue& t) {
    return t.rank.empty() && (t.office == "president" || t.office == "prime minister" || t.office == "premier");
  };
  if (head(a) && head(b) && a.office != b.office) return a.to_string() + " vs " + b.to_string();
  // A head of government is not also a minister of the same country.
  if ((head(a) && b_minister && b.rank.empty()) || (head(b) && a_minister && a.rank.empty()))
    return a.to_string() + " vs " + b.to_string();
  return {};
}

}  // namespace concord::claim
