// What RE2 said about each pattern of a rule set, kept on disk between runs,
// so that a run with rules compiled before need not compile every pattern
// to check it: it compiles only those its sentences need (rule_set.cpp).
//
//   PatternCache cache = PatternCache::open(dir, rules_fingerprint);
//   if (const PatternFacts* f = cache.find(PatternKind::program, text)) ...;
//   else { compile text, check it; cache.add(PatternKind::program, text, facts); }
//   if (compiled cleanly && cache.changed()) cache.save();
//
// Facts are keyed by the pattern's own text (a hash of it), so they hold
// whatever rules it appears in; the file is named after the rules'
// fingerprint, so one rule set's run rewrites only its own file. Only
// patterns RE2 accepted are added, and only a clean compile saves: a
// pattern with a mistake is never found, is compiled, and is reported on
// every run.
//
// Any file that cannot be read, or is damaged or cut short, reads as empty;
// a file that cannot be written is not (base/cache_file.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::rules {

// A pattern is compiled to run it (a program, a vocabulary entry) or to ask
// what a sentence must hold for it to match (a need); each is a key space.
enum class PatternKind : char { program = 'P', need = 'N' };

struct PatternFacts {
  // For a program: RE2's named capture groups and their numbers.
  std::vector<std::pair<std::string, int>> groups;
  // For a need: FilteredRE2's atoms, lowercase; a sentence that holds none
  // of them cannot hold the need. Empty: none worth looking for.
  std::vector<std::string> atoms;
};

class PatternCache {
 public:
  // No folder: nothing is read or saved.
  PatternCache() = default;
  // Reads dir/rules-<fingerprint> if it is there and whole.
  static PatternCache open(std::string dir, std::string fingerprint);

  // Returns nullptr if the pattern was not seen before.
  const PatternFacts* find(PatternKind kind, std::string_view pattern) const;
  void add(PatternKind kind, std::string_view pattern, PatternFacts facts);
  // Whether add() was called since open().
  bool changed() const { return changed_; }
  std::size_t size() const { return facts_.size(); }

  // Writes the file; returns false, quietly, if it could not.
  bool save() const;
  // The file open() reads and save() writes; "" without a folder.
  std::string path() const;

 private:
  std::string dir_;
  std::string fingerprint_;
  std::map<std::pair<char, std::uint64_t>, PatternFacts> facts_;
  bool changed_ = false;
};

}  // namespace concord::rules
