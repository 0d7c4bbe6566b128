// Where checks put what they find.
//
// Checks report pairs ("this claim and that one disagree"). The collector
// merges them as they arrive - one finding per draft statement in a draft
// check, one per fact in a batch report - so a fact that a thousand stories
// disagree about costs memory for its claims, not for every pair of them.
//
//   check::Findings found(check::Scope::all);
//   some_check.run(graph, found);      // calls found.push_back(pair finding)
//   std::vector<check::Finding> merged = found.take();
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "check/finding.h"

namespace concord::check {

// Which findings to keep: all of them (a batch report over an archive), or
// only those that involve a draft (`check DRAFT --against ARCHIVE`).
enum class Scope { all, drafts };

class Findings {
 public:
  // A finding lists at most this many sides, and at most kSidesPerValue
  // with one value; the rest are counted in a note. Past a handful, more
  // quotes of one value tell an editor nothing new.
  static constexpr std::size_t kMaxSides = 24;
  static constexpr std::size_t kSidesPerValue = 4;
  // Notes merged in from other pairs (each pair's explanation) stop here
  // too; the first finding's own notes (a temporal chain) are all kept.
  static constexpr std::size_t kMaxNotes = 24;

  explicit Findings(Scope scope) : scope_(scope) {}

  // A collector that merges nothing: each finding in scope goes to forward
  // as it arrives. A part checked in another process (app/stage.h) writes
  // them to a file; pushing them, in the order of the parts, into one
  // merging collector gives what checking every part in one process does.
  Findings(Scope scope, std::function<void(Finding&&)> forward) : scope_(scope), forward_(std::move(forward)) {}

  void push_back(Finding f);

  Scope scope() const { return scope_; }

  // False when a pair of claims could not be reported: in a draft check,
  // two archive claims. Lets checks skip building such findings.
  bool wants(bool a_in_draft, bool b_in_draft) const {
    return scope_ == Scope::all || a_in_draft || b_in_draft;
  }

  // The merged findings, in the order their keys first arrived. Leaves the
  // collector empty.
  std::vector<Finding> take();

 private:
  struct ValueSeen {
    std::string shown;
    std::set<std::string> documents;
  };
  struct Merged {
    Finding finding;
    std::unordered_set<std::string> identities;  // of every side seen, listed or not
    std::map<std::string, std::size_t> per_value;
    // In a batch report, of every side seen: each normalized value as its
    // first side showed it and the documents that give it, for telling which
    // side is probably wrong when most stories agree (see majority_note).
    std::map<std::string, ValueSeen> values;
    std::unordered_set<std::string> notes;  // every note seen, listed or not
    std::size_t own_sides = 0;  // sides of the first finding, kept in their order
  };
  // One finding in the making: what each check said about each fact, merged
  // in the order of those sources (check, then fact) rather than the order
  // they arrived in, so a run checked in parts (app/partition.h) reports
  // what a run in one graph does.
  using Entry = std::map<std::string, Merged>;  // by source: "check rank|fact"
  std::string key(const Finding& f) const;
  void start(Merged& m, Finding&& f) const;
  void merge(Merged& into, Finding&& f) const;
  void add_side(Merged& m, Side&& s) const;
  static void add_note(Merged& m, std::string&& note);
  static std::optional<std::string> majority_note(const std::map<std::string, ValueSeen>& values);

  Scope scope_;
  std::function<void(Finding&&)> forward_;
  std::vector<Entry> merged_;
  std::map<std::string, std::size_t> index_;  // key -> merged_
};

}  // namespace concord::check
