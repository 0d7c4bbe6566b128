#include "rules/rule_set.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstring>
#include <mutex>
#include <set>

#include "base/atom.h"
#include "base/hash.h"
#include "base/parallel.h"
#include "rules/loader.h"
#include "rules/pattern_cache.h"
#include "rules/template.h"

namespace concord::rules {

namespace {

// What the pattern cache keeps is what RE2 says with these options: change
// kMagic in pattern_cache.cpp with them.
RE2::Options options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

// An RE2 compiled when it is first used, so that a draft of a few sentences
// compiles only the programs they may match, not the whole rule set. get()
// may be called from several threads at once; the first compiles.
class LazyRE2 {
 public:
  LazyRE2() = default;
  explicit LazyRE2(std::string pattern) : pattern_(std::move(pattern)) {}

  const std::string& pattern() const { return pattern_; }
  const RE2& get() const {
    std::call_once(state_->once, [this] { keep(std::make_unique<RE2>(pattern_, options())); });
    return *state_->re;
  }
  // Keeps re, compiled from pattern() already (to check it).
  void set(std::unique_ptr<RE2> re) {
    std::call_once(state_->once, [&] { keep(std::move(re)); });
  }
  bool compiled() const { return state_->done.load(std::memory_order_acquire); }

 private:
  void keep(std::unique_ptr<RE2> re) const {
    state_->re = std::move(re);
    state_->done.store(true, std::memory_order_release);
  }
  struct State {  // on the heap: once_flag and atomic cannot move
    std::once_flag once;
    std::unique_ptr<RE2> re;
    std::atomic<bool> done{false};
  };
  std::string pattern_;
  std::unique_ptr<State> state_ = std::make_unique<State>();
};

// One RE2 program and what its capture groups fill.
struct Program {
  int extractor = -1;       // -1: a mention
  int pattern = 0;
  std::string mention;      // vocabulary name for a mention
  ValueType mention_type = ValueType::text;
  LazyRE2 re;               // the expanded pattern
  struct Group {
    int index;           // RE2 capture group number
    std::string field;   // without any "__2" suffix
    std::string vocab;   // the slot's vocabulary name, when known
    ValueType type = ValueType::text;  // the vocabulary entry's type (text when unknown)
  };
  std::vector<Group> groups;
  // What a sentence must hold for the program to match it: for each list,
  // one of these Compiled::needs (a template's CompiledTemplate::required).
  std::vector<std::vector<int>> required;
};

// Strings shorter than this are not worth looking for before running a
// pattern: "in" or "of" is in nearly every sentence.
constexpr int kMinAtomBytes = 3;

// Where, in a pattern written in YAML at `where`, is byte `offset`? Exact for
// plain and quoted scalars on one line.
base::Location at_offset(base::Location where, std::size_t offset, const std::string& text) {
  if (where.column > 0 && text.find('\n') == std::string::npos) where.column += static_cast<int>(offset);
  return where;
}

// RE2's message without the copy of the whole pattern it ends some
// messages with ("missing ): ..."), which after vocabulary is expanded can
// run to pages. A short excerpt ("bad repetition operator: +*") is kept.
std::string re2_error(const RE2& re) {
  std::string message = re.error();
  const std::string& excerpt = re.error_arg();
  if (excerpt.size() > 40 && message.size() > excerpt.size() + 2 && message.ends_with(": " + excerpt)) {
    message.resize(message.size() - excerpt.size() - 2);
  }
  return message;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

// A need's atoms (FilteredRE2 gives each once) without those holding
// another of them: a sentence with " met" holds "met" too. (A word's need,
// which begins where a word does, has an atom for each character that may
// come before it.)
std::vector<std::string> without_implied(const std::vector<std::string>& atoms) {
  std::vector<std::string> kept;
  for (const std::string& a : atoms) {
    const bool implied = std::any_of(atoms.begin(), atoms.end(), [&](const std::string& b) {
      return b.size() < a.size() && a.find(b) != std::string::npos;
    });
    if (!implied) kept.push_back(a);
  }
  return kept;
}

// Compiles programs on `threads` threads. With `reverse`, also the reverse
// program RE2 compiles on a program's first match to find where the match
// begins: left to matching, a draft's first matches compile those one after
// another (a draft's claims 7 -> 3 ms).
void compile_on(std::vector<const LazyRE2*> todo, int threads, bool reverse) {
  // Largest first, so that no thread is left with a large one at the end:
  // compiling takes time about in proportion to a pattern's size.
  std::stable_sort(todo.begin(), todo.end(),
                   [](const LazyRE2* a, const LazyRE2* b) { return a->pattern().size() > b->pattern().size(); });
  base::parallel_for(todo.size(), threads, [&](std::size_t i) {
    const RE2& re = todo[i]->get();
    if (reverse) re.ReverseProgramSize();
  });
}

}  // namespace

struct RuleSet::Compiled {
  std::vector<Program> programs;
  std::vector<std::vector<int>> by_extractor;  // extractor -> program indices
  std::map<std::string, ValueType> vocab_types;

  // Which programs can match a sentence. Templates say what every match
  // holds (a word, a match of a vocabulary entry): the needs. FilteredRE2
  // knows the strings ("atoms") a text must contain for a need to be there;
  // one pass of `atoms` finds those a sentence holds, and only programs
  // whose needs may all be there run. (An RE2::Set of the full patterns
  // would say exactly which match, but its DFA, over every pattern at once,
  // meets new states on nearly every sentence: it cost more than the
  // patterns themselves. FilteredRE2 over the full patterns cost more to
  // compile than it saved on a few megabytes.)
  // Each need has a FilteredRE2 of its own, and may be there when the
  // sentence holds any of its atoms: looser than FilteredRE2's and/or of
  // atoms, which a need (a word, a vocabulary entry) seldom has, but a list
  // of strings can be kept in the pattern cache and a FilteredRE2 cannot.
  struct Need {
    // The need on its own, run to settle whether a sentence holds it when
    // the atoms cannot: a need such as {TITLE} or "is" has none worth
    // looking for, so without this every template with a title slot ran on
    // every sentence. A need is far smaller than a template, and asked only
    // for a yes or no, RE2 stops at its first match without looking for
    // groups.
    LazyRE2 re;
    bool settle = false;  // false: the atoms alone decide
  };
  std::vector<Need> needs;
  std::unique_ptr<RE2::Set> atoms;           // each atom, case-insensitively; null: no filtering
  std::vector<std::vector<int>> atom_needs;  // atom -> the needs it is an atom of
  std::vector<int> unfiltered;               // needs without atoms: always may be there

  // Counts for start_profile(); null, and costing nothing, unless asked.
  struct Profile {
    struct Counters {
      std::atomic<std::uint64_t> runs{0}, matched{0}, ns{0}, compile_ns{0};
    };
    explicit Profile(std::size_t programs) : programs(programs) {}
    std::vector<Counters> programs;
    std::atomic<std::uint64_t> sentences{0}, ns{0};
  };
  std::unique_ptr<Profile> profile;

  // Fills run with the programs in scope that may match sentence, in order.
  void candidates(re2::StringPiece sentence, const MatchScope& scope, std::vector<int>& run) const;
};

namespace {

// What a pattern expands to. Not whole when a reference was replaced by
// kStandIn: an entry with a mistake (reported at the entry), a name not
// defined, or one the loader left out. Such a pattern can still be checked
// (RE2's syntax, its captures) but is never run.
struct Expanded {
  std::string text;
  bool whole = true;
};

// Stands for a vocabulary entry that cannot be used, so that the rest of a
// pattern can still be checked.
constexpr const char* kStandIn = "(?:\\S+)";

// Files that did not parse (Pack::unread_files): path and text.
using UnreadFiles = std::vector<std::pair<std::string, std::string>>;

// The first of files whose text has name as a word, which it may then
// define; or "".
std::string may_define(const UnreadFiles& files, std::string_view name) {
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
  for (const auto& [path, text] : files) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      if ((at == 0 || !is_word(text[at - 1])) && (end == text.size() || !is_word(text[end]))) return path;
    }
  }
  return {};
}

// Expands {NAME} and {field:NAME} references in RE2 text.
class Expander {
 public:
  // skipped: entries the loader left out after reporting them; unread:
  // files that did not parse (a name in one may be defined there).
  Expander(const std::map<std::string, const VocabEntry*>& vocab, const std::set<std::string>& skipped,
           const UnreadFiles& unread, PatternCache& cache, base::Diagnostics& diags)
      : vocab_(vocab), skipped_(skipped), unread_(unread), cache_(cache), diags_(diags) {}

  // Returns the expanded pattern, after reporting its mistakes at `where`.
  // Appends named captures written as {field:NAME} to `captured`.
  // `source` is what the user wrote, when text was compiled from it (a
  // template); positions in messages then point into the source.
  Expanded expand(const std::string& text, const base::Location& where, bool allow_slots,
                  std::vector<std::pair<std::string, std::string>>* captured, const std::string* source = nullptr) {
    Expanded out;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] == '\\' && i + 1 < text.size()) {  // an escaped character, e.g. \{
        // \p{Lu}, \P{L} and \x{C0} are classes and characters, not references.
        if ((text[i + 1] == 'p' || text[i + 1] == 'P' || text[i + 1] == 'x') && i + 2 < text.size() &&
            text[i + 2] == '{') {
          const std::size_t close = text.find('}', i);
          const std::size_t end = close == std::string::npos ? text.size() : close + 1;
          out.text.append(text, i, end - i);
          i = end;
          continue;
        }
        out.text.append(text, i, 2);
        i += 2;
        continue;
      }
      if (text[i] != '{') {
        out.text += text[i++];
        continue;
      }
      const std::size_t close = text.find('}', i);
      const std::string inside = close == std::string::npos ? "" : text.substr(i + 1, close - i - 1);
      // {2,3} and friends are RE2 repetitions, not references.
      if (inside.empty() || std::isdigit(static_cast<unsigned char>(inside[0])) || inside[0] == ',') {
        out.text += text[i++];
        continue;
      }
      std::string field;
      std::string name = inside;
      if (const std::size_t colon = inside.find(':'); colon != std::string::npos) {
        field = inside.substr(0, colon);
        name = inside.substr(colon + 1);
        if (!allow_slots) {
          diags_.error(at_offset(where, i, text),
                       "a vocabulary entry cannot capture '{}'; use {{{}}} without a field name", field, name);
          field.clear();
          out.whole = false;
        }
      }
      const Expanded inner = reference(name, text, i, where, source);
      if (!inner.whole) out.whole = false;
      if (!field.empty()) {
        out.text += "(?P<" + field + ">(?:" + inner.text + "))";
        if (captured != nullptr) captured->emplace_back(field, name);
      } else {
        out.text += "(?:" + inner.text + ")";
      }
      i = close + 1;
    }
    return out;
  }

 private:
  // What {name}, written at text[at], stands for; a stand-in after a mistake.
  Expanded reference(const std::string& name, const std::string& text, std::size_t at, const base::Location& where,
                     const std::string* source) {
    auto it = vocab_.find(name);
    if (it == vocab_.end()) {
      if (skipped_.count(name) == 0) undefined(name, text, at, where, source);
      return {kStandIn, false};
    }
    if (auto first = std::find(stack_.begin(), stack_.end(), name); first != stack_.end()) {
      std::string loop;
      for (auto n = first; n != stack_.end(); ++n) loop += *n + " -> ";
      diags_.error(at_offset(where, at, text), "vocabulary entry {} refers to itself ({}{}); remove one of these "
                   "references", name, loop, name);
      return {kStandIn, false};
    }
    // Each entry is expanded and checked once: its errors are reported
    // once, entries that use a broken one get a stand-in quietly, and a
    // pack with many references compiles quickly.
    auto memo = memo_.find(name);
    if (memo == memo_.end()) {
      stack_.push_back(name);
      Expanded expanded = expand(it->second->pattern, it->second->where, false, nullptr);
      stack_.pop_back();
      if (!compiles(*it->second, expanded.text)) expanded = {kStandIn, false};
      memo = memo_.emplace(name, std::move(expanded)).first;
    }
    return memo->second;
  }

  // Reports a {name} that no vocabulary defines, pointing at it as written.
  void undefined(const std::string& name, const std::string& text, std::size_t at, const base::Location& where,
                 const std::string* source) {
    base::Location loc = at_offset(where, at, text);
    if (source != nullptr) {  // point at the {NAME} or {field:NAME} as written
      std::size_t pos = source->find("{" + name + "}");
      if (pos == std::string::npos) {
        pos = source->find(":" + name + "}");
        if (pos != std::string::npos) pos = source->rfind('{', pos);
      }
      loc = pos == std::string::npos ? where : at_offset(where, pos, *source);
    }
    if (const std::string file = may_define(unread_, name); !file.empty()) {
      diags_.note(loc, "{{{}}} is not defined in the files read; it may be in {}, which could not be read", name,
                  file);
      return;
    }
    std::vector<std::string> names;
    for (const auto& [n, e] : vocab_) names.push_back(n);
    const std::string guess = closest(name, names);
    diags_.error(loc, "{{{}}} is not defined in any vocabulary{}", name,
                 guess.empty() ? "; define it under 'vocabulary:'" : fmt::format("; did you mean {{{}}}?", guess));
  }

  // Reports an entry whose expanded pattern RE2 rejects or that has named groups.
  bool compiles(const VocabEntry& e, const std::string& expanded) {
    const PatternFacts* known = cache_.find(PatternKind::program, expanded);
    if (known != nullptr && known->groups.empty()) return true;  // checked in an earlier run
    RE2 re(expanded, options());
    if (!re.ok()) {
      diags_.error(e.where, "invalid pattern in vocabulary entry {}: {}", e.name, re2_error(re));
      return false;
    }
    if (!re.NamedCapturingGroups().empty()) {
      std::size_t at = e.pattern.find("(?P<");
      if (at == std::string::npos) at = e.pattern.find("(?<");
      diags_.error(at == std::string::npos ? e.where : at_offset(e.where, at, e.pattern),
                   "vocabulary entry {} may not have named groups; use (?:...) for grouping", e.name);
      return false;
    }
    cache_.add(PatternKind::program, expanded, {});
    return true;
  }

  const std::map<std::string, const VocabEntry*>& vocab_;
  const std::set<std::string>& skipped_;
  const UnreadFiles& unread_;
  PatternCache& cache_;
  base::Diagnostics& diags_;
  std::vector<std::string> stack_;
  std::map<std::string, Expanded> memo_;
};

}  // namespace

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

std::unique_ptr<RuleSet> RuleSet::compile(std::vector<Pack> packs, base::Diagnostics& diags,
                                          const CompileOptions& opts) {
  const int errors_before = diags.error_count();
  std::unique_ptr<RuleSet> rs(new RuleSet());
  rs->compiled_ = std::make_unique<Compiled>();
  rs->packs_ = std::move(packs);
  std::string digests = CONCORD_VERSION;
  for (const Pack& p : rs->packs_) digests += "|" + p.name + ":" + p.digest;
  rs->fingerprint_ = base::fnv1a_hex(digests);
  PatternCache cache = PatternCache::open(opts.cache_dir, rs->fingerprint_);

  // What the loader left out after reporting it (OnError::skip_entry): a
  // use of it is not reported again, and no rule set is built.
  std::set<std::string> skipped_vocabulary;
  std::set<std::string> skipped_predicates;
  UnreadFiles unread;
  bool incomplete = false;
  for (const Pack& p : rs->packs_) {
    skipped_vocabulary.insert(p.skipped_vocabulary.begin(), p.skipped_vocabulary.end());
    skipped_predicates.insert(p.skipped_predicates.begin(), p.skipped_predicates.end());
    unread.insert(unread.end(), p.unread_files.begin(), p.unread_files.end());
    incomplete = incomplete || p.errors > 0;
  }

  // Vocabulary: a later pack may redefine an earlier pack's entry.
  std::map<std::string, const VocabEntry*> vocab;
  std::map<std::string, std::string> vocab_pack;
  for (const Pack& p : rs->packs_) {
    std::set<std::string> here;
    for (const VocabEntry& e : p.vocabulary) {
      if (!here.insert(e.name).second) {
        diags.error(e.where, "vocabulary entry {} is defined twice in pack '{}' (first at {}); remove one", e.name,
                    p.name, base::format_location(vocab[e.name]->where));
        continue;
      }
      vocab[e.name] = &e;
      vocab_pack[e.name] = p.name;
    }
  }
  Expander expander(vocab, skipped_vocabulary, unread, cache, diags);
  for (const auto& [name, e] : vocab) rs->compiled_->vocab_types[name] = e->type;
  std::vector<std::string> entity_types;
  for (const auto& [name, e] : vocab) {
    if (e->type == ValueType::person || e->type == ValueType::place || e->type == ValueType::organization ||
        e->type == ValueType::entity || e->type == ValueType::thing)
      entity_types.push_back(name);
    // Each entry must compile on its own, so its errors point at it.
    expander.expand("{" + name + "}", e->where, false, nullptr);
  }

  // Predicates, entities, modality cues.
  for (const Pack& p : rs->packs_) {
    for (const Predicate& pred : p.predicates) {
      auto [it, fresh] = rs->predicates_.emplace(pred.name, pred);
      if (!fresh) {
        diags.error(pred.where, "predicate '{}' is already defined at {}; rename or remove one", pred.name,
                    base::format_location(it->second.where));
      }
    }
    for (const Entity& e : p.entities) {
      const Entity* clash = nullptr;
      if (!rs->gazetteer_.add(e, &clash)) {
        diags.error(e.where, "entity '{}' shares a name with '{}' ({}); give each name to one entity", e.name,
                    clash->name, base::format_location(clash->where));
      }
    }
    auto add = [](std::vector<std::string>& into, const std::vector<std::string>& from) {
      for (const auto& w : from) {
        if (std::find(into.begin(), into.end(), w) == into.end()) into.push_back(w);
      }
    };
    add(rs->modality_.negated, p.modality.negated);
    add(rs->modality_.hedged, p.modality.hedged);
    add(rs->modality_.planned, p.modality.planned);
    add(rs->modality_.reporting_verbs, p.modality.reporting_verbs);
    add(rs->modality_.institutions, p.modality.institutions);
    add(rs->modality_.repeated, p.modality.repeated);
  }
  for (const auto& [name, pred] : rs->predicates_) {
    for (const auto& other : pred.conflicts_with) {
      if (rs->predicates_.count(other) != 0 || skipped_predicates.count(other) != 0) continue;
      if (const std::string file = may_define(unread, other); !file.empty()) {
        diags.note(pred.where, "conflicts_with names predicate '{}', which is not defined in the files read; it may "
                   "be in {}, which could not be read", other, file);
      } else {
        diags.error(pred.where, "conflicts_with names predicate '{}', which is not defined", other);
      }
    }
  }

  // Extractors. One with a mistake here (its id, its predicate) is not
  // kept, but its patterns are compiled all the same, to report their
  // mistakes in the same run.
  std::vector<std::string> predicate_names;
  for (const auto& [name, p] : rs->predicates_) predicate_names.push_back(name);
  std::map<std::string, base::Location> ids;
  Compiled& c = *rs->compiled_;
  std::map<std::string, int> need_ids;        // expanded pattern -> its id in c.needs; -1: RE2 rejects it
  std::vector<std::vector<std::string>> need_atoms;  // need id -> its atoms
  auto need_id = [&](const std::string& text, bool settle) {
    if (auto known = need_ids.find(text); known != need_ids.end()) return known->second;
    const PatternFacts* facts = cache.find(PatternKind::need, text);
    PatternFacts fresh;
    if (facts == nullptr) {
      re2::FilteredRE2 alone(kMinAtomBytes);
      int ignored = -1;
      if (alone.Add(text, options(), &ignored) != RE2::NoError) return need_ids[text] = -1;
      alone.Compile(&fresh.atoms);
      cache.add(PatternKind::need, text, fresh);
      facts = &fresh;
    }
    need_atoms.push_back(without_implied(facts->atoms));
    c.needs.push_back({LazyRE2(text), settle});
    return need_ids[text] = static_cast<int>(c.needs.size()) - 1;
  };
  for (const Pack& p : rs->packs_) {
    for (const Extractor& x : p.extractors) {
      bool keep = true;
      if (auto [first, fresh] = ids.emplace(x.id, x.where); !fresh) {
        diags.error(x.where, "extractor id '{}' is used twice (first at {}); ids must be unique in a pack, so "
                    "rename one", x.id, base::format_location(first->second));
        keep = false;
      }
      // Without its predicate, the patterns are checked without its fields.
      const Predicate* pred = rs->predicate(x.predicate);
      if (pred == nullptr) {
        keep = false;
        const std::string file = may_define(unread, x.predicate);
        if (skipped_predicates.count(x.predicate) != 0) {
          // Its mistake was reported where the predicate is written.
        } else if (!file.empty()) {
          diags.note(x.where, "extractor '{}' uses predicate '{}', which is not defined in the files read; it may be "
                     "in {}, which could not be read", x.id, x.predicate, file);
        } else {
          const std::string guess = closest(x.predicate, predicate_names);
          diags.error(x.where, "extractor '{}' uses predicate '{}', which is not defined{}", x.id, x.predicate,
                      guess.empty() ? "; define it under 'predicates:'" : fmt::format("; did you mean '{}'?", guess));
        }
      }
      std::vector<std::string> field_names{"subject"};
      if (pred != nullptr) {
        for (const auto& f : pred->fields) field_names.push_back(f.name);
      }
      auto is_field = [&](const std::string& f) {
        return pred == nullptr || std::find(field_names.begin(), field_names.end(), f) != field_names.end();
      };
      const int index = static_cast<int>(rs->extractors_.size());
      if (keep) {
        rs->extractors_.push_back(x);
        c.by_extractor.emplace_back();
      }
      for (std::size_t pi = 0; pi < x.patterns.size(); ++pi) {
        const PatternSource& src = x.patterns[pi];
        Program prog;
        prog.extractor = index;
        prog.pattern = static_cast<int>(pi);
        std::vector<std::pair<std::string, std::string>> slots;  // group -> vocab
        std::vector<std::vector<std::string>> required;
        std::string text = src.text;
        if (src.is_template) {
          auto t = compile_template(src.text, src.where, entity_types, diags);
          if (!t) continue;
          text = t->pattern;
          for (const auto& s : t->slots) slots.emplace_back(s.group, s.type);
          required = std::move(t->required);
        }
        const Expanded expanded =
            expander.expand(text, src.where, true, &slots, src.is_template ? &src.text : nullptr);
        if (expanded.text.size() > kMaxPatternBytes) {
          diags.error(src.where, "pattern is {} bytes after expanding vocabulary, over the {} limit; split it into "
                      "several patterns", expanded.text.size(), kMaxPatternBytes);
          continue;
        }
        prog.re = LazyRE2(expanded.text);
        // A pattern RE2 accepted in an earlier run compiles when a sentence
        // first needs it; any other is compiled now, to report its mistakes.
        const PatternFacts* facts = cache.find(PatternKind::program, expanded.text);
        PatternFacts fresh;
        if (facts == nullptr) {
          auto re = std::make_unique<RE2>(expanded.text, options());
          if (!re->ok()) {
            diags.error(src.where, "invalid pattern: {}", re2_error(*re));
            continue;
          }
          if (re->ProgramSize() > kMaxProgramSize) {
            diags.error(src.where, "pattern is too large ({} RE2 instructions, limit {}); make it simpler or split it",
                        re->ProgramSize(), kMaxProgramSize);
            continue;
          }
          fresh.groups.assign(re->NamedCapturingGroups().begin(), re->NamedCapturingGroups().end());
          cache.add(PatternKind::program, expanded.text, fresh);
          prog.re.set(std::move(re));
          facts = &fresh;
        }
        std::set<std::string> captured;
        std::set<std::string> stray;  // fields reported as filling nothing
        for (const auto& [group, num] : facts->groups) {
          const std::size_t cut = group.find("__");
          const std::string field = cut == std::string::npos ? group : group.substr(0, cut);
          if (field == "aside" && src.is_template) {  // template slack, see template.h
            prog.groups.push_back({num, field, "", ValueType::text});
            continue;
          }
          if (!is_field(field)) {
            if (!stray.insert(field).second) continue;
            // Point at the slot or group as written.
            std::size_t at = src.text.find("{" + field + ":");
            if (at == std::string::npos) at = src.text.find("(?P<" + group + ">");
            const std::string guess = closest(field, field_names);
            diags.error(at == std::string::npos ? src.where : at_offset(src.where, at, src.text),
                        "'{}' fills no field of predicate '{}' (its fields: {}); {}", field, pred->name,
                        join(field_names),
                        guess.empty() ? fmt::format("use one of those, or add '{}' to the predicate's 'fields:'", field)
                                      : fmt::format("did you mean '{}'?", guess));
            continue;
          }
          std::string vocab_name;
          for (const auto& [g, v] : slots) {
            if (g == group) vocab_name = v;
          }
          const auto type = c.vocab_types.find(vocab_name);
          prog.groups.push_back({num, field, vocab_name, type == c.vocab_types.end() ? ValueType::text : type->second});
          captured.insert(field);
        }
        if (pred != nullptr) {
          for (const auto& k : pred->key) {
            if (captured.count(k) == 0) {
              diags.error(src.where, "pattern does not capture '{}', which predicate '{}' needs to tell facts apart; "
                          "add a {{{}:TYPE}} slot", k, pred->name, k);
            }
          }
        }
        if (!keep || !expanded.whole) continue;
        std::sort(prog.groups.begin(), prog.groups.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
        // A pattern written in RE2 has no template's words to require: its
        // whole text is its need, for the atoms FilteredRE2 finds in it
        // ("won", or one of "beat", "defeated", ...). Running that need to
        // settle it would run the pattern twice, so it never is.
        const bool raw = !src.is_template;
        if (raw) required = {{expanded.text}};
        // Every {NAME} of a need is in the pattern, which expanded: this
        // reports nothing new. A choice with a need that does not compile
        // is left out, so the program runs as if it had no such need.
        for (const auto& choice : required) {
          std::vector<int> ids_of;
          for (const std::string& need : choice) {
            const Expanded e = raw ? Expanded{need} : expander.expand(need, src.where, false, nullptr);
            const int id = e.whole ? need_id(e.text, !raw) : -1;
            if (id < 0) {
              ids_of.clear();
              break;
            }
            ids_of.push_back(id);
          }
          if (!ids_of.empty()) prog.required.push_back(std::move(ids_of));
        }
        c.by_extractor[index].push_back(static_cast<int>(c.programs.size()));
        c.programs.push_back(std::move(prog));
      }
      if (pred == nullptr) continue;
      for (const Example& e : x.examples) {
        for (const auto& claim : e.expect) {
          for (const auto& [field, value] : claim) {
            if (!is_field(field) && field != "modality") {
              diags.error(e.where, "expected field '{}' is not a field of predicate '{}' (its fields: {}, modality)",
                          field, pred->name, join(field_names));
            }
          }
        }
      }
    }
  }

  // Mentions: every match of a vocabulary entry marked `mention: true`.
  for (const auto& [name, e] : vocab) {
    if (!e->mention) continue;
    const Expanded expanded = expander.expand("{value:" + name + "}", e->where, true, nullptr);
    if (!expanded.whole) continue;
    Program prog;
    prog.mention = name;
    prog.mention_type = e->type;
    prog.re = LazyRE2(expanded.text);
    if (cache.find(PatternKind::program, expanded.text) == nullptr) {
      auto re = std::make_unique<RE2>(expanded.text, options());
      if (!re->ok()) continue;  // reported above
      cache.add(PatternKind::program, expanded.text,
                {{re->NamedCapturingGroups().begin(), re->NamedCapturingGroups().end()}, {}});
      prog.re.set(std::move(re));
    }
    prog.groups.push_back({1, "value", name, e->type});
    c.programs.push_back(std::move(prog));
  }

  if (diags.error_count() > errors_before || incomplete) return nullptr;

  std::vector<std::string> atoms;  // lowercase, each once
  std::map<std::string, int> atom_ids;
  for (std::size_t n = 0; n < need_atoms.size(); ++n) {
    if (need_atoms[n].empty()) c.unfiltered.push_back(static_cast<int>(n));
    for (const std::string& a : need_atoms[n]) {
      auto [it, fresh] = atom_ids.emplace(a, static_cast<int>(atoms.size()));
      if (fresh) {
        atoms.push_back(a);
        c.atom_needs.emplace_back();
      }
      c.atom_needs[static_cast<std::size_t>(it->second)].push_back(static_cast<int>(n));
    }
  }
  if (!atoms.empty()) {
    c.atoms = std::make_unique<RE2::Set>(options(), RE2::UNANCHORED);
    for (const std::string& a : atoms) {
      std::string error;
      if (c.atoms->Add("(?i:" + RE2::QuoteMeta(a) + ")", &error) < 0) {
        diags.error({}, "internal: '{}' could not join the prefilter: {}", a, error);
        return nullptr;
      }
    }
    if (!c.atoms->Compile()) {
      diags.error({}, "the rule set is too large to compile ({} patterns); remove or simplify rules",
                  c.programs.size());
      return nullptr;
    }
  }
  for (const auto& [name, pred] : rs->predicates_) rs->by_interned_.emplace(base::Atom(name).str().data(), &pred);
  // Only a clean compile is kept: every pattern in the file is one RE2 accepted.
  if (cache.changed()) cache.save();
  return rs;
}

const Predicate* RuleSet::predicate(std::string_view name) const {
  // A claim's predicate is an Atom: its characters are the interned copy's.
  if (auto known = by_interned_.find(name.data()); known != by_interned_.end() && known->second->name.size() == name.size()) {
    return known->second;
  }
  auto it = predicates_.find(std::string(name));
  return it == predicates_.end() ? nullptr : &it->second;
}

std::vector<const Predicate*> RuleSet::predicates_with_role(PredicateRole r) const {
  std::vector<const Predicate*> out;
  for (const auto& [name, p] : predicates_) {
    if (p.role == r) out.push_back(&p);
  }
  return out;
}

std::optional<int> RuleSet::extractor_index(std::string_view id) const {
  for (std::size_t i = 0; i < extractors_.size(); ++i) {
    if (extractors_[i].id == id) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::size_t RuleSet::pattern_count() const { return compiled_->programs.size(); }

std::size_t RuleSet::compiled_count() const {
  const auto& programs = compiled_->programs;
  return static_cast<std::size_t>(
      std::count_if(programs.begin(), programs.end(), [](const Program& p) { return p.re.compiled(); }));
}

void RuleSet::compile_all(int threads, const MatchScope& scope) const {
  const Compiled& c = *compiled_;
  std::vector<const LazyRE2*> todo;
  for (const Program& p : c.programs) {
    if (scope.runs(p.extractor, p.mention_type)) todo.push_back(&p.re);
  }
  for (const Compiled::Need& need : c.needs) {
    if (need.settle) todo.push_back(&need.re);
  }
  // Not the reverse programs: needs never use one, and a large input's
  // workers compile those of the programs as they first match (measured no
  // slower than compiling them here).
  compile_on(todo, threads, false);
}

std::string RuleSet::expanded_pattern(int extractor, int pattern) const {
  for (int idx : compiled_->by_extractor.at(static_cast<std::size_t>(extractor))) {
    if (compiled_->programs[idx].pattern == pattern) return compiled_->programs[idx].re.pattern();
  }
  return {};
}

ValueType RuleSet::field_type(int extractor, const FieldMatch& f) const {
  const Extractor& x = extractors_.at(static_cast<std::size_t>(extractor));
  if (auto it = x.normalize.find(f.field); it != x.normalize.end()) return it->second;
  if (const Predicate* p = predicate(x.predicate)) {
    if (f.field == "subject") {
      switch (p->subject_kind) {
        case EntityKind::person: return ValueType::person;
        case EntityKind::place: return ValueType::place;
        case EntityKind::organization: return ValueType::organization;
        case EntityKind::thing: return ValueType::thing;
        default: break;
      }
    } else if (const FieldSpec* spec = p->field(f.field)) {
      return spec->type;
    }
  }
  return f.type;
}

void RuleSet::start_profile() const {
  if (!compiled_->profile) compiled_->profile = std::make_unique<Compiled::Profile>(compiled_->programs.size());
}

MatchCost RuleSet::cost() const {
  MatchCost out;
  const Compiled::Profile* prof = compiled_->profile.get();
  if (prof == nullptr) return out;
  auto secs = [](const std::atomic<std::uint64_t>& ns) { return static_cast<double>(ns.load()) / 1e9; };
  out.sentences = prof->sentences.load();
  out.seconds = secs(prof->ns);
  out.filter_seconds = out.seconds;
  for (std::size_t i = 0; i < compiled_->programs.size(); ++i) {
    const Program& p = compiled_->programs[i];
    const auto& n = prof->programs[i];
    out.programs.push_back(
        {p.extractor, p.mention, p.pattern, n.runs.load(), n.matched.load(), secs(n.ns), secs(n.compile_ns)});
    out.filter_seconds -= secs(n.ns) + secs(n.compile_ns);
  }
  return out;
}

namespace {

// Nanoseconds since an arbitrary start, for profiling.
std::uint64_t now_ns() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
          .count());
}

}  // namespace


void RuleSet::Compiled::candidates(re2::StringPiece sentence, const MatchScope& scope, std::vector<int>& run) const {
  run.clear();
  // Which needs the sentence may hold (kMaybe) or lacks (kNo). Atoms are
  // matched case-insensitively, as FilteredRE2 asks; if the set's DFA runs
  // out of memory, every need may be there. A need a program asks about is
  // then settled by running it (kYes or kNo), once per sentence.
  enum : char { kNo, kMaybe, kYes };
  std::vector<char> there(needs.size(), kMaybe);
  if (atoms) {
    std::vector<int> found;
    RE2::Set::ErrorInfo info{};
    if (atoms->Match(sentence, &found, &info) || info.kind == RE2::Set::kNoError) {
      std::fill(there.begin(), there.end(), kNo);
      for (int n : unfiltered) there[static_cast<std::size_t>(n)] = kMaybe;
      for (int a : found) {
        for (int n : atom_needs[static_cast<std::size_t>(a)]) there[static_cast<std::size_t>(n)] = kMaybe;
      }
    }
  }
  auto holds = [&](int n) {
    char& t = there[static_cast<std::size_t>(n)];
    const Need& need = needs[static_cast<std::size_t>(n)];
    if (t == kMaybe && need.settle) t = RE2::PartialMatch(sentence, need.re.get()) ? kYes : kNo;
    return t != kNo;
  };
  auto may_match = [&](const Program& prog) {
    // Ruled out by the atoms alone first: that costs nothing.
    auto possible = [&](const std::vector<int>& choice) {
      return std::any_of(choice.begin(), choice.end(), [&](int n) { return there[static_cast<std::size_t>(n)] != kNo; });
    };
    if (!std::all_of(prog.required.begin(), prog.required.end(), possible)) return false;
    return std::all_of(prog.required.begin(), prog.required.end(),
                       [&](const std::vector<int>& choice) { return std::any_of(choice.begin(), choice.end(), holds); });
  };
  for (std::size_t i = 0; i < programs.size(); ++i) {
    if (scope.runs(programs[i].extractor, programs[i].mention_type) && may_match(programs[i])) {
      run.push_back(static_cast<int>(i));
    }
  }
}

void RuleSet::prepare(std::string_view text, const std::vector<TextSpan>& sentences, int threads,
                      const MatchScope& scope) const {
  const Compiled& c = *compiled_;
  if (threads < 2) return;
  std::vector<char> wanted(c.programs.size(), 0);
  std::vector<int> run;
  for (const TextSpan& span : sentences) {
    c.candidates(re2::StringPiece(text.data() + span.begin, span.end - span.begin), scope, run);
    for (int i : run) wanted[static_cast<std::size_t>(i)] = 1;
  }
  std::vector<const LazyRE2*> todo;
  for (std::size_t i = 0; i < c.programs.size(); ++i) {
    if (wanted[i] != 0 && !c.programs[i].re.compiled()) todo.push_back(&c.programs[i].re);
  }
  compile_on(todo, threads, true);
}

void RuleSet::match(std::string_view text, TextSpan span, std::vector<Match>& out, const MatchScope& scope) const {
  const Compiled& c = *compiled_;
  Compiled::Profile* prof = c.profile.get();
  const std::uint64_t began = prof != nullptr ? now_ns() : 0;
  const re2::StringPiece sentence(text.data() + span.begin, span.end - span.begin);
  std::vector<int> run;
  c.candidates(sentence, scope, run);
  const std::size_t before = out.size();
  std::vector<re2::StringPiece> groups;
  for (int index : run) {
    const Program& prog = c.programs[static_cast<std::size_t>(index)];
    Compiled::Profile::Counters* counts = nullptr;
    std::uint64_t ran = 0;
    const std::size_t found_before = out.size();
    if (prof != nullptr) {
      counts = &prof->programs[static_cast<std::size_t>(index)];
      const bool compiled = prog.re.compiled();
      ran = now_ns();
      if (!compiled) {
        prog.re.get();
        const std::uint64_t took = now_ns() - ran;
        counts->compile_ns += took;
        ran += took;
      }
    }
    const RE2& re = prog.re.get();
    const int ngroups = 1 + re.NumberOfCapturingGroups();
    groups.assign(static_cast<std::size_t>(ngroups), re2::StringPiece());
    // A mention's group 1 ("value") is its whole match: asking RE2 for the
    // match alone spares it the slower search for groups.
    const int asked = prog.extractor < 0 ? 1 : ngroups;
    std::size_t pos = 0;
    while (pos <= sentence.size()) {
      if (!re.Match(sentence, pos, sentence.size(), RE2::UNANCHORED, groups.data(), asked)) break;
      if (asked < ngroups) groups[1] = groups[0];
      std::size_t b = static_cast<std::size_t>(groups[0].data() - sentence.data());
      const std::size_t e = b + groups[0].size();
      // Templates that start with a slot match the character before it.
      while (b < e && (std::isspace(static_cast<unsigned char>(sentence[b])) ||
                       std::strchr("\"(,;:[", sentence[b]) != nullptr))
        ++b;
      for (const char* dash : {"\u201C", "\u2018", "\u2013", "\u2014"}) {
        if (sentence.substr(b).starts_with(dash)) b += 3;
      }
      // Nor does it end in a comma a name slot's slack took: ", said Holm"
      // after it is an attribution that modality must see.
      std::size_t end = e;
      while (end > b && (sentence[end - 1] == ',' || std::isspace(static_cast<unsigned char>(sentence[end - 1])))) --end;
      Match m;
      m.extractor = prog.extractor;
      m.mention = prog.mention;
      m.mention_type = prog.mention_type;
      m.pattern = prog.pattern;
      m.span = {span.begin + b, span.begin + end};
      for (const auto& g : prog.groups) {
        if (g.index >= ngroups) continue;  // only from a cache file older than the code
        const re2::StringPiece& gp = groups[static_cast<std::size_t>(g.index)];
        if (gp.data() == nullptr) continue;  // the group did not take part
        const std::size_t gb = static_cast<std::size_t>(gp.data() - sentence.data());
        FieldMatch f;
        f.field = g.field;
        f.span = {span.begin + gb, span.begin + gb + gp.size()};
        f.vocab = g.vocab;
        f.type = g.type;
        m.fields.push_back(std::move(f));
      }
      out.push_back(std::move(m));
      pos = e > b ? e : b + 1;
      // Step over a whole UTF-8 character after an empty match.
      while (pos < sentence.size() && (static_cast<unsigned char>(sentence[pos]) & 0xC0) == 0x80) ++pos;
    }
    if (counts != nullptr) {
      counts->ns += now_ns() - ran;
      counts->runs += 1;
      counts->matched += out.size() > found_before ? 1 : 0;
    }
  }
  std::stable_sort(out.begin() + static_cast<long>(before), out.end(), [](const Match& a, const Match& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  if (prof != nullptr) {
    prof->sentences += 1;
    prof->ns += now_ns() - began;
  }
}

}  // namespace concord::rules
