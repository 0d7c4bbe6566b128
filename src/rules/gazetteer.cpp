#include "rules/gazetteer.h"

#include <algorithm>
#include <cctype>

namespace concord::rules {

namespace {

// Lowercase ASCII, straight apostrophes, hyphens and dots as spaces.
std::vector<std::string> words(std::string_view name) {
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
  const auto w = words(name);
  std::string key;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (k == 1) key += ' ';
    for (char c : w[k]) {
      if (c != '-' || k == 0) key += c;
    }
  }
  return key;
}

bool Gazetteer::add(Entity e, const Entity** clash) {
  std::vector<std::string> keys{name_key(e.name)};
  for (const auto& a : e.aliases) keys.push_back(name_key(a));
  for (const auto& k : keys) {
    auto it = by_key_.find(k);
    if (it != by_key_.end()) {
      if (clash != nullptr) *clash = &entities_[it->second];
      return false;
    }
  }
  const std::size_t idx = entities_.size();
  for (const auto& k : keys) by_key_.emplace(k, idx);
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
  entities_.push_back(std::move(e));
  return true;
}

const Entity* Gazetteer::find(std::string_view name) const {
  auto it = by_key_.find(name_key(name));
  return it == by_key_.end() ? nullptr : &entities_[it->second];
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
