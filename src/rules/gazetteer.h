// Known entities, found by any of their names.
#pragma once

#include <string>
#include <string_view>
#include <deque>
#include <unordered_map>
#include <vector>

#include "rules/model.h"

namespace concord::rules {

// Returns a spelling-insensitive key for a name: case and accents folded
// (base::utf8::fold), curly quotes straightened, and the parts after the
// first joined without spaces or hyphens, so "Kim Jong-un", "Kim Jong Un"
// and "KIM JONG UN" share a key, as do "Søren Traoré" and "Soren Traore".
std::string name_key(std::string_view name);

// Invariant: every entity is reachable by the key of its name and aliases.
class Gazetteer {
 public:
  // Adds e; returns false (and adds nothing) if one of its names already
  // belongs to another entity, which *clash is set to.
  bool add(Entity e, const Entity** clash);

  // The entity with this name or alias, or nullptr. Acronyms (UN, US, AP)
  // match only when written in capitals: "Un" in "Kim Jong Un" is not the UN.
  const Entity* find(std::string_view name) const;

  // Entities one of whose names contains this word ("Choe" -> Choe Ryong Hae,
  // Choe Son Hui), in the order they were added.
  std::vector<const Entity*> with_word(std::string_view word) const;

  // The first place, in the order added, one of whose demonyms has the key
  // of word ("Russian" -> Russia), or nullptr.
  const Entity* with_demonym(std::string_view word) const;

  const std::deque<Entity>& all() const { return entities_; }
  std::size_t size() const { return entities_.size(); }

 private:
  std::deque<Entity> entities_;  // a deque: pointers stay valid as entities are added
  std::unordered_map<std::string, std::size_t> by_key_;
  std::unordered_map<std::string, bool> acronym_;  // key -> only an all-capitals name has it
  std::unordered_map<std::string, std::vector<std::size_t>> by_word_;
  std::unordered_map<std::string, std::size_t> by_demonym_;  // key -> first place with the demonym
};

}  // namespace concord::rules
