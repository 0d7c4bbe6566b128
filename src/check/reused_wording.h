// reused-wording: a draft sentence that says what an archive sentence says,
// in nearly the same words, but with one value changed ("12 people were
// killed" against "21 people were killed"). No rule needs to describe the
// sentence: drafts copy and paraphrase their sources, and a changed date,
// number, month, weekday, year, title or name in copied wording is what
// goes wrong.
//
//   check::DraftPassages drafts;
//   drafts.add(draft_doc, extract::passages(draft_doc, layout));   // every draft, first
//   check::ReusedWording found;
//   found.add(drafts.compare(archive_doc, extract::passages(archive_doc, layout)));  // in input order
//   std::vector<check::Finding> out = found.findings(drafts);
//
// Two sentences are matched when the draft's words (function words aside)
// appear in the archive sentence in the same order, all but the changed
// value and at least five of them, within one stretch of the archive
// sentence. They are compared only when both carry the same negation,
// hedge, condition and approximation words, and only when exactly one value
// differs (two differences are another statement, not a copy). An archive
// sentence that says the draft's value in the same words supports it, and
// then no finding is made. Needs the archive's text: with `check --db` the
// index holds claims, not sentences, and this check does not run.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "check/finding.h"
#include "extract/passage.h"
#include "ingest/document.h"

namespace concord::check {

// One archive sentence measured against one draft value.
struct Echo {
  std::uint32_t passage = 0;          // index into DraftPassages
  std::uint32_t first = 0, last = 0;  // the draft words of the value, [first, last)
  bool agrees = false;                // the archive sentence says the same value in the same words
  Side archive;                       // when !agrees: the archive's differing words
  extract::WordKind kind = extract::WordKind::word;
  std::size_t shared = 0, draft_words = 0;  // words matched in order, of the draft's
};

// The drafts' sentences, indexed by their words. Built once, before the
// archive is read; compare() is then safe to call from several threads.
class DraftPassages {
 public:
  DraftPassages();
  ~DraftPassages();
  DraftPassages(DraftPassages&&) noexcept;
  DraftPassages& operator=(DraftPassages&&) noexcept;

  // Keeps a copy of doc (drafts are few and short) to cite its words later.
  void add(const ingest::Document& doc, std::vector<extract::Passage> passages);
  bool empty() const;

  // What doc's passages say about the drafts' values, in text order.
  std::vector<Echo> compare(const ingest::Document& doc, const std::vector<extract::Passage>& passages) const;

  // The draft side of a value: its citation and sentence.
  Side draft_side(const Echo& e) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Gathers echoes as the archive is read (in input order, so the report is
// the same for any number of jobs) and turns what no archive sentence
// supports into findings, one per draft value.
class ReusedWording {
 public:
  void add(std::vector<Echo> echoes);
  std::vector<Finding> findings(const DraftPassages& drafts) const;

 private:
  std::set<std::pair<std::uint32_t, std::uint32_t>> supported_;  // (passage, word) an archive sentence says too
  // Per draft value (passage, first, last), the archive sentences against
  // it; capped, so a value a thousand stories contradict is one finding.
  std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, std::vector<Echo>> against_;
};

// Drops reused-wording findings whose draft words another finding already
// reports: a rule that understood the sentence says more.
void drop_covered(std::vector<Finding>& findings);

}  // namespace concord::check
