// The pair rule: which two claims of one fact are compared, in what window,
// and at what severity. Most of what makes a finding one an editor agrees
// with is decided here; `concord explain --against` prints its reasons.
//
//   for_each_pair(g, group, &pred, out, [&](const claim::Claim& a, const claim::Claim& b) {
//     if (apart(g, trips, a, b, pred) != Apart::none) return;   // told apart: not one fact
//     auto severity = pair_severity(a, b);                       // nullopt: a hedge, never reported
//     ...
//   });
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/findings.h"
#include "check/repeats.h"
#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

// How severe a disagreement between a and b can be; nullopt if it must not
// be reported at all (a hedge or a plan against anything).
//   error:   both asserted (or reported by the same speaker)
//   warning: reported speech on one side, a subject found only through a
//            pronoun or a title, or a document date inferred from the page
//   info:    a date that could be read another way (ambiguous_date)
std::optional<Severity> pair_severity(const claim::Claim& a, const claim::Claim& b);

// A date of c the story's date and tense had to choose between readings of
// ("Monday" in a story dated Monday), or nullptr. A pair with one is at
// most a note (pair_severity), which ambiguity_note explains.
const claim::Value* ambiguous_date(const claim::Claim& c);
std::string ambiguity_note(const claim::Claim& a, const claim::Claim& b);

// The same for one claim against the gazetteer.
std::optional<Severity> gazetteer_severity(const claim::Claim& a);

// The day a claim speaks from: its sentence's date when the claim has no
// time of its own ("In 2012, ..."), else its document's date, else the
// start of an absolute time it states. nullopt if none is known.
std::optional<std::int64_t> reference_day(const claim::Claim& c);

// May a and b be about the same event, given the predicate's window?
bool within_window(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p);

// A batch report compares every pair of one group's claims up to this many
// pairs (every test and real story so far); past it, pairs are sampled so
// that they grow with the claims, not their square (a beat archive's
// recurring people and deals), and the finding says so.
constexpr std::size_t kAllPairs = 4096;

// Calls visit(a, b) once for each pair of the claims in ids that may be
// about the same event (within_window), come from two stories
// (worth_comparing) and that out could report; a comes before b in ids.
// Sweeping the claims in order of their days costs the pairs inside each
// window, not every pair of a group spanning years.
//
// Given value_of (a claim's value as a key) and sampled(ids, out), each
// claim meets instead the first few claims of each of the most common
// other values (within its window): every claim that disagrees still
// takes part.
void for_each_pair(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const rules::Predicate* pred,
                   const Findings& out, const std::function<void(const claim::Claim&, const claim::Claim&)>& visit,
                   const std::function<std::string(const claim::Claim&)>& value_of = {});

// True if for_each_pair with value_of compares a sample: a batch report, and
// more than kAllPairs pairs.
bool sampled(const std::vector<graph::ClaimId>& ids, const Findings& out);

// What a finding from a sampled group says about it.
std::string sampled_note(std::size_t claims);

// Calls visit(a, b) for the pairs for_each_pair leaves out because a claim
// has no day (an undated story; "on Monday" with no date to resolve it):
// each of the first 64 such claims of ids with every other claim, each pair
// once, a before b in ids. What the window or the story's date would decide
// is then a note, never an error (see undated_reason).
void for_each_undated_pair(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const Findings& out,
                           const std::function<void(const claim::Claim&, const claim::Claim&)>& visit);

// Which of a and b has no day, for a note: "neither story gives a date",
// "wire.txt gives no date".
std::string undated_reason(const claim::Claim& a, const claim::Claim& b);

// A predicate's window in days, or a century for one without.
std::int64_t window_or_all(const rules::Predicate& p);

// True if a and b cannot both be true of one fact: claim::values_differ
// with p's tolerance, and entities compared as merged (entity_key).
bool values_differ(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b,
                   const rules::Predicate& p);

// True if a and b come from different stories: a story that disagrees with
// itself is not a cross-source finding.
bool worth_comparing(const claim::Claim& a, const claim::Claim& b);

// True if one value is a place in the other ("Pyongyang" and "North Korea"):
// as the actor of an event, a capital stands for its country.
bool capital_of(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b);

// Why value-conflict and ordinal leave two claims of one fact uncompared,
// in the order they are asked; `none` when the pair is compared.
enum class Apart {
  none,
  same_story,      // a story that disagrees with itself is not a cross-source finding
  negated,         // one denies it: the negation check compares them
  hedged,          // hedged or planned: never reported (pair_severity)
  other_things,    // things named too loosely to be one (same_named_thing)
  again,           // a cue says it happened once more: "met Brandt again", "her second visit"
  other_occasion,  // a date or place that is not the fact's key differs: "met in Porvik" / "in Halvik"
  other_trip,      // the person came home in between, or the days lie further apart than the trip
  promotion,       // the gazetteer gives each title at its own time
  other_subject,   // subjects differ where the subject is not part of the fact
};

// Which of the reasons above keeps a and b, two claims of p grouped as one
// fact, from being compared.
Apart apart(const graph::ClaimGraph& g, const TripBreaks& trips, const claim::Claim& a, const claim::Claim& b,
            const rules::Predicate& p);

// Why a and b, two claims of p, are not compared, in an editor's words
// ("more than 30 days apart", "a cue says it happened again: \"again\""),
// or "" when they are: apart(), the window, and a missing date.
std::string not_compared(const graph::ClaimGraph& g, const TripBreaks& trips, const claim::Claim& a,
                         const claim::Claim& b, const rules::Predicate& p);

}  // namespace concord::check
