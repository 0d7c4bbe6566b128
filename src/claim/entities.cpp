#include "claim/entities.h"

#include <algorithm>

#include "base/date.h"
#include "base/utf8.h"
#include <array>

#include "claim/title.h"
#include "claim/words.h"

namespace concord::claim {

namespace {

// Words that can open a sentence before a name: "Even North Korean ...".
constexpr std::array<std::string_view, 36> kConnectives{
    "even",   "but",     "and",    "then",   "while",  "when",    "after",   "before",  "also",
    "meanwhile", "however", "so",  "yet",    "still",  "only",    "last",    "on",      "in",
    "at",     "during",  "according", "with", "as",    "because", "since",   "if",      "though",
    "although", "the",   "a",      "an",     "both",   "including", "whereas", "like",  "unlike"};

constexpr std::array<std::string_view, 6> kMale{"he", "him", "his", "He", "Him", "His"};
constexpr std::array<std::string_view, 6> kFemale{"she", "her", "hers", "She", "Her", "Hers"};

bool is_pronoun(std::string_view w, std::string* gender) {
  if (std::find(kMale.begin(), kMale.end(), w) != kMale.end()) {
    *gender = "male";
    return true;
  }
  if (std::find(kFemale.begin(), kFemale.end(), w) != kFemale.end()) {
    *gender = "female";
    return true;
  }
  return false;
}

bool kind_fits(rules::EntityKind k, rules::ValueType t) {
  switch (t) {
    case rules::ValueType::person: return k == rules::EntityKind::person;
    case rules::ValueType::place: return k == rules::EntityKind::place;
    case rules::ValueType::organization: return k == rules::EntityKind::organization;
    default: return true;
  }
}

rules::EntityKind kind_for(rules::ValueType t) {
  switch (t) {
    case rules::ValueType::person: return rules::EntityKind::person;
    case rules::ValueType::place: return rules::EntityKind::place;
    case rules::ValueType::organization: return rules::EntityKind::organization;
    default: return rules::EntityKind::any;
  }
}

std::vector<std::string> tokens_of(std::string_view name) {
  std::vector<std::string> out;
  for (const Word& w : split_words(name)) {
    std::string t;
    for (char c : w.lower) t += c == '-' ? ' ' : c;
    for (const Word& part : split_words(t)) out.push_back(part.lower);
  }
  return out;
}

}  // namespace

EntityResolver::EntityResolver(const rules::Gazetteer& gazetteer, std::optional<base::Date> document_date,
                               std::string document_id)
    : gazetteer_(gazetteer), date_(document_date), document_id_(std::move(document_id)) {}

std::string EntityResolver::strip_title(std::string_view words) {
  std::vector<Word> w = split_words(words);
  std::size_t b = 0;
  while (b < w.size() &&
         std::find(kConnectives.begin(), kConnectives.end(), w[b].lower) != kConnectives.end())
    ++b;
  if (b >= w.size()) return {};
  w.back().text = strip_possessive(w.back().text);
  std::size_t start = w.size();
  while (start > b && is_capitalized(w[start - 1].text) && !is_title_word(w[start - 1].lower)) --start;
  // A demonym right before the name belongs to the title ("Russian Putin").
  std::string out;
  for (std::size_t k = start; k < w.size(); ++k) out += (out.empty() ? "" : " ") + w[k].text;
  return out;
}

std::optional<EntityRef> EntityResolver::by_gazetteer(std::string_view name, rules::ValueType type) const {
  const rules::Entity* e = gazetteer_.find(name);
  if (e == nullptr || !kind_fits(e->kind, type)) return std::nullopt;
  return EntityRef{entity_id(e->name), e->name, std::string(name), e->kind, Resolution::gazetteer};
}

const std::string& EntityResolver::name_of(std::string_view words) const {
  auto it = names_.find(words);
  if (it == names_.end()) it = names_.emplace(std::string(words), strip_title(words)).first;
  return it->second;
}

bool EntityResolver::note(std::string_view words, rules::ValueType type, std::size_t offset, bool from_slot) {
  if (type != rules::ValueType::person || !plausible_person(words)) return false;
  const std::string& name = name_of(words);
  if (name.empty()) return false;
  Noted n;
  n.offset = offset;
  std::vector<std::string> tokens;  // lowercase name words
  if (auto ref = by_gazetteer(name, type)) {
    n.ref = *ref;
    const rules::Entity* e = gazetteer_.find(name);
    n.gender = e->gender;
    tokens = tokens_of(e->name);
    for (const auto& a : e->aliases) {
      for (auto& t : tokens_of(a)) tokens.push_back(t);
    }
  } else {
    const auto toks = tokens_of(name);
    if (toks.size() < 2 || !from_slot) return false;
    n.ref = EntityRef{entity_id("name:" + rules::name_key(name)), name, name, rules::EntityKind::person, Resolution::name};
  }
  for (auto& t : tokens_of(name)) tokens.push_back(t);
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  for (const auto& t : tokens) by_token_[t].emplace(offset, n.ref);  // after any at this offset, as in noted_
  noted_.emplace(offset, std::move(n));  // multimap: after those at the same offset
  return true;
}

std::optional<EntityRef> EntityResolver::by_coreference(const std::string& token, std::size_t offset) const {
  auto names = by_token_.find(token);
  if (names == by_token_.end()) return std::nullopt;
  const auto& at = names->second;
  // The latest full name before (of several at one offset, the last noted);
  // else (a caption, a headline) the first after, if it comes soon: a full
  // name far below is as likely a relative ("Felt died Thursday" ... "His
  // wife, Audrey Felt, died in 1984").
  constexpr std::size_t kCaptionReach = 600;  // bytes: a headline and a first paragraph
  if (auto before = at.lower_bound(offset); before != at.begin()) return std::prev(before)->second;
  if (auto after = at.upper_bound(offset); after != at.end() && after->first - offset <= kCaptionReach)
    return after->second;
  return std::nullopt;
}

void EntityResolver::mentioned(std::string_view words, std::size_t offset, bool subject) {
  std::string gender;
  if (is_pronoun(join_words(words), &gender) || !plausible_person(words)) return;
  EntityRef ref = resolve(words, rules::ValueType::person, offset);
  if (ref.via == Resolution::unresolved && name_of(words).empty()) return;
  Noted n;
  n.offset = offset;
  n.ref = ref;
  n.subject = subject;
  if (const rules::Entity* e = gazetteer_.find(ref.name); e != nullptr) n.gender = e->gender;
  recent_.emplace(offset, std::move(n));
}

bool EntityResolver::plausible_person(std::string_view words) const {
  auto it = plausible_.find(words);
  if (it == plausible_.end()) it = plausible_.emplace(std::string(words), judge_person(words)).first;
  return it->second;
}

bool EntityResolver::judge_person(std::string_view words) const {
  static constexpr std::array<std::string_view, 30> kOrgNouns{
      "foundation", "institute", "university", "party",   "agency",      "ministry",   "committee", "council",
      "assembly",   "army",      "office",     "bank",    "company",     "corporation", "group",    "association",
      "news",       "service",   "center",     "centre",  "court",       "commission", "union",    "fund",
      "organization", "organisation", "report", "times",  "post",        "government"};
  std::string gender;
  if (is_pronoun(join_words(words), &gender)) return true;
  const std::string& name = name_of(words);
  if (name.empty()) return normalize_title(words, gazetteer_).has_value();
  const std::vector<Word> w = split_words(name);
  if (std::find(kOrgNouns.begin(), kOrgNouns.end(), w.back().lower) != kOrgNouns.end()) return false;
  // "General Motors", "the Premier League": an organization's name.
  if (const std::vector<Word> all = split_words(words); all.size() >= 2 && w.size() == 1) {
    std::string title;
    for (std::size_t k = 0; k + 1 < all.size(); ++k) title += (k > 0 ? " " : "") + all[k].text;
    if (adjective_office_before_name(title, all.back().text)) return false;
  }
  // "Monday" and "November" are not people; "Kim Hyong Jun" and "Theresa
  // May" are, so a month word only disqualifies a name of one word.
  for (const Word& x : w) {
    if (base::weekday_from_name(x.text)) return false;
  }
  if (w.size() == 1 && base::month_from_name(w[0].text) && w[0].text.size() > 2) return false;
  // A known place or organization inside the name.
  for (std::size_t len = w.size(); len >= 1; --len) {
    for (std::size_t b = 0; b + len <= w.size(); ++b) {
      std::string phrase;
      for (std::size_t k = b; k < b + len; ++k) phrase += (k > b ? " " : "") + w[k].text;
      const rules::Entity* e = gazetteer_.find(phrase);
      if (e != nullptr && e->kind != rules::EntityKind::person) return false;
    }
  }
  // A lone word that only ever names places or organizations ("Korea").
  if (w.size() == 1) {
    const auto with = gazetteer_.with_word(w[0].text);
    if (!with.empty() && std::none_of(with.begin(), with.end(), [](const rules::Entity* e) {
          return e->kind == rules::EntityKind::person;
        }))
      return false;
  }
  return true;
}

std::optional<EntityRef> EntityResolver::by_pronoun(const std::string& gender, std::size_t offset,
                                                    std::size_t sentence_begin, std::size_t* antecedent) const {
  auto fits = [&](const Noted& n) { return n.offset < offset && (n.gender.empty() || n.gender == gender); };
  auto found = [&](const Noted& n) {
    if (antecedent != nullptr) *antecedent = n.offset;
    return n.ref;
  };
  // Latest first, from the last mention before offset (none after fits).
  const auto recent_before = std::make_reverse_iterator(recent_.lower_bound(offset));
  const auto noted_before = std::make_reverse_iterator(noted_.lower_bound(offset));
  // Earlier in the same sentence first ("Choe received a warm welcome when
  // he met Putin"), its subject before others; then earlier sentences.
  for (bool subject : {true, false}) {
    for (auto it = recent_before; it != recent_.rend() && it->first >= sentence_begin; ++it) {
      if (fits(it->second) && (it->second.subject || !subject)) return found(it->second);
    }
  }
  for (auto it = recent_before; it != recent_.rend(); ++it) {
    if (fits(it->second) && it->second.subject) return found(it->second);
  }
  for (auto it = recent_before; it != recent_.rend(); ++it) {
    if (fits(it->second)) return found(it->second);
  }
  for (auto it = noted_before; it != noted_.rend(); ++it) {
    if (fits(it->second)) return found(it->second);
  }
  return std::nullopt;
}

std::optional<EntityRef> EntityResolver::by_title(std::string_view words) const {
  auto t = normalize_title(words, gazetteer_);
  if (!t || !t->single_holder() || !date_) return std::nullopt;
  const EntityRef* found = nullptr;
  EntityRef ref;
  for (const rules::Entity& e : gazetteer_.all()) {
    if (e.kind != rules::EntityKind::person) continue;
    for (const rules::Role& r : e.roles) {
      if ((r.from && *date_ < *r.from) || (r.to && *r.to < *date_)) continue;
      auto rt = normalize_title(r.title, gazetteer_);
      if (!rt || rt->office_key() != t->office_key() || rt->rank != t->rank) continue;
      if (found != nullptr && ref.id != e.name) return std::nullopt;  // two holders: cannot tell
      ref = EntityRef{entity_id(e.name), e.name, join_words(words), e.kind, Resolution::title};
      found = &ref;
    }
  }
  if (found == nullptr) return std::nullopt;
  return ref;
}

EntityRef EntityResolver::resolve_place(std::string_view words, rules::ValueType type) const {
  const std::vector<Word> w = split_words(words);
  // Any run of capitalized words that the gazetteer knows, longest first.
  for (std::size_t len = std::min<std::size_t>(w.size(), 4); len >= 1; --len) {
    for (std::size_t b = 0; b + len <= w.size(); ++b) {
      std::string phrase;
      bool caps = true;
      for (std::size_t k = b; k < b + len; ++k) {
        caps = caps && is_capitalized(w[k].text);
        phrase += (k > b ? " " : "") + (k + 1 == b + len ? strip_possessive(w[k].text) : w[k].text);
      }
      if (!caps) continue;
      const rules::Entity* e = gazetteer_.find(phrase);
      if (e != nullptr && e->kind != rules::EntityKind::person && kind_fits(e->kind, type)) {
        return EntityRef{entity_id(e->name), e->name, join_words(words), e->kind, Resolution::gazetteer};
      }
    }
  }
  // "the North", "the South": a place the story names in full.
  if (w.size() <= 2 && (w.size() == 1 || w[0].text == "the" || w[0].text == "The")) {
    const std::string word = strip_possessive(w.back().text);
    if (is_capitalized(word)) {
      if (const rules::Entity* e = short_form(word, type); e != nullptr)
        return EntityRef{entity_id(e->name), e->name, join_words(words), e->kind, Resolution::coreference};
    }
  }
  // Otherwise the last run of capitalized words ("Russia's port of Khasan" -> Khasan).
  std::size_t e = w.size();
  while (e > 0 && !is_capitalized(w[e - 1].text)) --e;
  std::size_t b = e;
  while (b > 0 && is_capitalized(w[b - 1].text)) --b;
  std::string name;
  for (std::size_t k = b; k < e; ++k) {
    if (k > b) name += ' ';
    name += strip_possessive(w[k].text);
  }
  if (name.empty()) name = join_words(words);
  return EntityRef{entity_id("place:" + rules::name_key(name)), name, join_words(words), kind_for(type), Resolution::name};
}

const rules::Entity* EntityResolver::short_form(const std::string& word, rules::ValueType type) const {
  if (auto it = short_forms_.find(word); it != short_forms_.end()) return it->second;
  const rules::Entity* found = nullptr;
  int count = 0;
  for (const rules::Entity* e : gazetteer_.with_word(word)) {
    if (e->kind == rules::EntityKind::person || !kind_fits(e->kind, type)) continue;
    // The first word of a name of two or more ("North Korea", not "Korea"),
    // written in full somewhere in the story.
    if (!e->name.starts_with(word + " ") || text_.find(e->name) == std::string_view::npos) continue;
    found = e;
    ++count;
  }
  if (count != 1) found = nullptr;
  short_forms_.emplace(word, found);
  return found;
}

EntityRef EntityResolver::resolve(std::string_view words, rules::ValueType type, std::size_t offset,
                                  std::size_t sentence_begin) const {
  const std::string surface = join_words(words);
  if (type != rules::ValueType::person) return resolve_place(words, type);
  std::string gender;
  if (is_pronoun(surface, &gender)) {
    std::size_t antecedent = 0;
    if (auto ref = by_pronoun(gender, offset, sentence_begin, &antecedent)) {
      ref->surface = surface;
      ref->via = antecedent >= sentence_begin && sentence_begin > 0 ? Resolution::coreference : Resolution::pronoun;
      return *ref;
    }
    return EntityRef{entity_id("unresolved:" + surface + "#" + document_id_ + "@" + std::to_string(offset)), surface, surface,
                     rules::EntityKind::person, Resolution::unresolved};
  }
  const std::string& name = name_of(words);
  if (name.empty()) {  // a description: "the Chinese president"
    if (auto ref = by_title(words)) return *ref;
    return EntityRef{entity_id("unresolved:" + surface + "#" + document_id_), surface, surface, rules::EntityKind::person,
                     Resolution::unresolved};
  }
  if (auto ref = by_gazetteer(name, type)) {
    ref->surface = surface;
    return *ref;
  }
  const auto toks = tokens_of(name);
  if (toks.size() == 1) {
    if (auto ref = by_coreference(toks[0], offset)) {
      ref->surface = surface;
      ref->via = Resolution::coreference;
      return *ref;
    }
    std::vector<const rules::Entity*> known;
    for (const rules::Entity* e : gazetteer_.with_word(toks[0])) {
      if (e->kind == rules::EntityKind::person) known.push_back(e);
    }
    if (known.size() == 1) {
      return EntityRef{entity_id(known[0]->name), known[0]->name, surface, known[0]->kind, Resolution::gazetteer};
    }
    return EntityRef{entity_id("unresolved:" + name + "#" + document_id_), name, surface, rules::EntityKind::person,
                     Resolution::unresolved};
  }
  return EntityRef{entity_id("name:" + rules::name_key(name)), name, surface, rules::EntityKind::person, Resolution::name};
}

}  // namespace concord::claim
