// A compiled set of rule packs, and matching it against sentences.
//
//   base::Diagnostics diags;
//   auto rules = rules::RuleSet::compile({*core_pack, *user_pack}, diags);
//   if (!rules) ...;                 // diags has every error, with its position
//   std::vector<rules::Match> found;
//   rules->match(doc.text, sentence.span, found);
//
// Matching is RE2 only, so no rule can make concord backtrack or hang. A
// template's pattern runs only on sentences that may hold what every match
// holds (its words, matches of its slots' vocabulary), so rules that cannot
// match a sentence cost little: RE2's FilteredRE2 names the strings those
// need, one RE2::Set pass finds them.
//
// Each pattern compiles once. compile() compiles every pattern to check it,
// unless a cache (pattern_cache.h) says RE2 accepted it in an earlier run:
// then it compiles when a sentence first needs it, so a one-line draft
// compiles a few patterns, not hundreds. Either way the diagnostics and the
// matches are the same.
//
// A RuleSet is immutable after compile() (but for programs compiling on
// first use, which is thread-safe): match() and every const member may be
// called from several threads at once.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diag.h"
#include "rules/gazetteer.h"
#include "rules/model.h"

namespace concord::rules {

// A half-open byte range in the text given to match().
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct FieldMatch {
  std::string field;  // "subject", "time", ...
  TextSpan span;
  ValueType type = ValueType::text;
  std::string vocab;  // the vocabulary entry that matched ("DATE")
};

// One match of an extractor's pattern, or of a mention vocabulary entry.
struct Match {
  int extractor = -1;         // index into RuleSet::extractors(); -1 for a mention
  std::string mention;        // vocabulary name when extractor == -1
  ValueType mention_type = ValueType::text;
  int pattern = 0;            // which of the extractor's patterns
  TextSpan span;
  std::vector<FieldMatch> fields;
};

// What one program cost while profiling was on (`concord rules profile`).
struct ProgramCost {
  int extractor = -1;         // index into RuleSet::extractors(); -1 for a mention
  std::string mention;        // vocabulary name when extractor == -1
  int pattern = 0;
  std::uint64_t runs = 0;     // sentences it ran on (its needs were there)
  std::uint64_t matched = 0;  // of those, sentences it matched
  double seconds = 0;         // running it, compiling excluded
  double compile_seconds = 0; // compiling it on first use
};

struct MatchCost {
  std::uint64_t sentences = 0;
  double seconds = 0;         // all of match()
  double filter_seconds = 0;  // deciding which programs run (atoms, needs)
  std::vector<ProgramCost> programs;
};

// Limits that keep any rule pack cheap to run.
inline constexpr std::size_t kMaxPatternBytes = 1 << 16;   // after {NAME} expansion
inline constexpr int kMaxProgramSize = 100000;             // RE2 instructions per pattern

struct CompileOptions {
  // A folder for the pattern cache (pattern_cache.h); "" for none.
  std::string cache_dir;
};

// Which programs match() runs: every extractor's, or one's alone; and the
// mentions of which value types (a bit per ValueType). A check needs only
// the mentions claims are built from; `explain` shows them all.
struct MatchScope {
  std::optional<int> only_extractor;
  std::uint32_t mention_types = ~std::uint32_t{0};

  static constexpr std::uint32_t bit(ValueType t) { return std::uint32_t{1} << static_cast<unsigned>(t); }
  bool runs(int extractor, ValueType mention_type) const {
    if (extractor < 0) return (mention_types & bit(mention_type)) != 0;
    return !only_extractor || extractor == *only_extractor;
  }
};

class RuleSet {
 public:
  // Compiles packs (later packs may override vocabulary of earlier ones).
  // Reports every problem; returns nullptr if there was any, or if a pack
  // was read with mistakes (Pack::errors, loader.h's OnError::skip_entry):
  // such packs are compiled only to report the compiler's mistakes too.
  static std::unique_ptr<RuleSet> compile(std::vector<Pack> packs, base::Diagnostics& diags,
                                          const CompileOptions& options = {});

  ~RuleSet();
  RuleSet(const RuleSet&) = delete;  // owns compiled programs
  RuleSet& operator=(const RuleSet&) = delete;

  // Appends every match in text[span] to out, in order of position, of
  // the programs in scope.
  void match(std::string_view text, TextSpan span, std::vector<Match>& out, const MatchScope& scope = {}) const;

  const std::vector<Extractor>& extractors() const { return extractors_; }
  const Predicate* predicate(std::string_view name) const;
  const std::map<std::string, Predicate>& predicates() const { return predicates_; }
  // The predicates that declare `role: r`, by name. Checks find what they
  // reason about here, never by a bundled predicate's name.
  std::vector<const Predicate*> predicates_with_role(PredicateRole r) const;
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const ModalityCues& modality() const { return modality_; }
  const std::vector<Pack>& packs() const { return packs_; }
  std::optional<int> extractor_index(std::string_view id) const;

  // The type a field of an extractor's match is normalized as.
  ValueType field_type(int extractor, const FieldMatch& f) const;

  // A hash of everything loaded: equal hashes mean equal rules.
  const std::string& fingerprint() const { return fingerprint_; }
  std::size_t pattern_count() const;
  // How many of the pattern_count() programs are compiled so far: all after
  // a compile without the cache, those match() has needed after one with.
  std::size_t compiled_count() const;

  // Compiles every program not compiled yet, on `threads` threads. A run
  // over many documents needs nearly all of them; compiled here they are
  // ready at once, rather than each held up by the first document needing it.
  void compile_all(int threads, const MatchScope& scope = {}) const;

  // Compiles, on `threads` threads, the programs in scope that these
  // sentences of text may need (those compile_all() has not), with the
  // reverse programs RE2 finds a match's start with. A draft's sentences
  // need a tenth of the programs; compiled one by one as match() meets
  // them, they would take one core.
  void prepare(std::string_view text, const std::vector<TextSpan>& sentences, int threads,
               const MatchScope& scope = {}) const;

  // Profiling: after start_profile(), match() counts and times each
  // program; cost() says what it counted. Call start_profile() before any
  // match() runs; counting is safe from several threads.
  void start_profile() const;
  MatchCost cost() const;

  // The final RE2 pattern of an extractor's pattern (for `explain --rule`).
  std::string expanded_pattern(int extractor, int pattern) const;

  struct Compiled;  // RE2 objects, hidden from users of this header

 private:
  RuleSet();

  std::vector<Pack> packs_;
  std::vector<Extractor> extractors_;
  std::map<std::string, Predicate> predicates_;
  // predicates_ by where an interned (base::Atom) name's characters lie:
  // claims name their predicate by Atom, and checks look it up per claim.
  std::unordered_map<const char*, const Predicate*> by_interned_;
  Gazetteer gazetteer_;
  ModalityCues modality_;
  std::string fingerprint_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace concord::rules
