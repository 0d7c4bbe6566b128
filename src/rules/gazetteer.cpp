#include "rules/gazetteer.h"

#include <algorithm>
#include <cctype>

#include "base/utf8.h"

namespace concord::rules {

namespace {

// name with case and accents folded when it has letters beyond ASCII
// ("Søren Traoré" -> "soren traore"): house styles that drop diacritics
// name the same people. ASCII names, nearly all, skip the work.
std::string_view folded(std::string_view name, std::string& storage) {
  if (base::utf8::is_ascii(name)) return name;
  storage = base::utf8::fold(name);
  return storage;
}

// Lowercase, accents folded, straight apostrophes, hyphens and dots as spaces.
std::vector<std::string> words(std::string_view name) {
  std::string storage;
  name = folded(name, storage);
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '.' || c == ',') {
      flush();
    } else if (c == '-' ) {
      cur += '-';
    } else if (name.compare(i, 3, "\u2019") == 0) {
      cur += '\'';
      i += 2;
    } else {
      cur += static_cast<char>(std::tolower(c));
    }
  }
  flush();
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  // words(name), joined as the key says, without building the words: this
  // runs for every name looked up.
  std::string storage;
  name = folded(name, storage);
  std::string key;
  key.reserve(name.size());
  std::size_t word = 0;  // 1-based number of the word being read
  bool in_word = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '.' || c == ',') {
      in_word = false;
      continue;
    }
    char out;
    if (c == '-') {
      out = '-';
    } else if (name.compare(i, 3, "\u2019") == 0) {
      out = '\'';
      i += 2;
    } else {
      out = static_cast<char>(std::tolower(c));
    }
    if (!in_word) {
      in_word = true;
      if (++word == 2) key += ' ';
    }
    if (out != '-' || word == 1) key += out;
  }
  return key;
}

namespace {

// "UN", "U.S.", "KCNA": no lowercase letters, at most one word.
bool is_acronym(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c)) || c == ' ') return false;
    upper = upper || std::isupper(static_cast<unsigned char>(c));
  }
  return upper;
}

}  // namespace

bool Gazetteer::add(Entity e, const Entity** clash) {
  std::vector<std::string> keys{name_key(e.name)};
  for (const auto& a : e.aliases) keys.push_back(name_key(a));
  std::vector<bool> acronyms{is_acronym(e.name)};
  for (const auto& a : e.aliases) acronyms.push_back(is_acronym(a));
  for (const auto& k : keys) {
    auto it = by_key_.find(k);
    if (it != by_key_.end()) {
      if (clash != nullptr) *clash = &entities_[it->second];
      return false;
    }
  }
  const std::size_t idx = entities_.size();
  for (std::size_t k = 0; k < keys.size(); ++k) {
    by_key_.emplace(keys[k], idx);
    // A key any non-acronym name shares is not acronym-only ("Iran" and "IRAN").
    auto [it, fresh] = acronym_.emplace(keys[k], acronyms[k]);
    if (!fresh) it->second = it->second && acronyms[k];
  }
  std::vector<std::string> all_words;
  for (const auto& n : std::vector<std::string>{e.name}) {
    for (auto& w : words(n)) all_words.push_back(w);
  }
  for (const auto& a : e.aliases) {
    for (auto& w : words(a)) all_words.push_back(w);
  }
  std::sort(all_words.begin(), all_words.end());
  all_words.erase(std::unique(all_words.begin(), all_words.end()), all_words.end());
  for (const auto& w : all_words) by_word_[w].push_back(idx);
  if (e.kind == EntityKind::place) {
    for (const auto& d : e.demonyms) by_demonym_.emplace(name_key(d), idx);  // an earlier place keeps it
  }
  entities_.push_back(std::move(e));
  return true;
}

const Entity* Gazetteer::find(std::string_view name) const {
  const std::string key = name_key(name);
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return nullptr;
  if (auto a = acronym_.find(key); a != acronym_.end() && a->second && !is_acronym(name)) return nullptr;
  return &entities_[it->second];
}

const Entity* Gazetteer::with_demonym(std::string_view word) const {
  auto it = by_demonym_.find(name_key(word));
  return it == by_demonym_.end() ? nullptr : &entities_[it->second];
}

std::vector<const Entity*> Gazetteer::with_word(std::string_view word) const {
  std::vector<const Entity*> out;
  const auto w = words(word);
  if (w.size() != 1) return out;
  auto it = by_word_.find(w[0]);
  if (it == by_word_.end()) return out;
  for (std::size_t idx : it->second) out.push_back(&entities_[idx]);
  return out;
}

}  // namespace concord::rules
