// What the checks share: severity from modality, windows, comparing values,
// and turning claims into finding sides.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/finding.h"
#include "check/findings.h"
#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

// A side for a claim, showing `value`.
Side side_of(const claim::Claim& c, std::string value);

// A side for what the gazetteer says (an entity or one of its roles).
Side gazetteer_side(const rules::Entity& e, std::string value, std::string quote, const base::Location& where);

// How severe a disagreement between a and b can be; nullopt if it must not
// be reported at all (a hedge or a plan against anything).
//   error:   both asserted (or reported by the same speaker)
//   warning: reported speech on one side, a subject found only through a
//            pronoun or a title, or a document date inferred from the page
std::optional<Severity> pair_severity(const claim::Claim& a, const claim::Claim& b);

// The same for one claim against the gazetteer.
std::optional<Severity> gazetteer_severity(const claim::Claim& a);

// The day a claim speaks from: its sentence's date when the claim has no
// time of its own ("In 2012, ..."), else its document's date, else the
// start of an absolute time it states. nullopt if none is known.
std::optional<std::int64_t> reference_day(const claim::Claim& c);

// May a and b be about the same event, given the predicate's window?
bool within_window(const claim::Claim& a, const claim::Claim& b, const rules::Predicate& p);

// Calls visit(a, b) once for each pair of the claims in ids that may be
// about the same event (within_window) and that out could report; a comes
// before b in ids. Sweeping the claims in order of their days costs the
// pairs inside each window, not every pair of a group spanning years.
void for_each_pair(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& ids, const rules::Predicate* pred,
                   const Findings& out, const std::function<void(const claim::Claim&, const claim::Claim&)>& visit);

// True if a and b cannot both be true of one fact.
bool values_differ(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b,
                   const rules::Predicate& p);

// What the value looks like to an editor: the words, with the normalized
// date after words that do not spell it out ("Monday (2014-11-17)").
std::string show(const claim::Value& v);

// "arrival date of Choe Ryong Hae in Moscow": the fact a field of c is about.
std::string describe_fact(const graph::ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p,
                          std::string_view field);

// The display name of a claim's subject, or "".
std::string subject_name(const claim::Claim& c);

// True if the gazetteer gives e the office t, at its rank, on day. On a
// handover day two people hold an office there ("to" and "from" are inclusive).
bool holds_on(const rules::Entity& e, const claim::TitleValue& t, std::int64_t day, const rules::Gazetteer& gaz);

// True if c gives its subject a title the gazetteer says the subject held on
// c's day: right at its own time, whatever a story from another day says.
bool gazetteer_confirms_title(const graph::ClaimGraph& g, const claim::Claim& c);

// True if a and b come from different stories: a story that disagrees with
// itself is not a cross-source finding.
bool worth_comparing(const claim::Claim& a, const claim::Claim& b);

// a and b with the draft's claim first (a first when neither or both are drafts).
std::pair<const claim::Claim*, const claim::Claim*> draft_first(const claim::Claim& a, const claim::Claim& b);

// A finding for claims a and b disagreeing on `field`; the draft's side first.
Finding pair_finding(std::string check, const graph::ClaimGraph& g, const claim::Claim& a, const claim::Claim& b,
                     std::string_view field, Severity severity);

}  // namespace concord::check

namespace concord::check {

// True if one value is a place in the other ("Pyongyang" and "North Korea"):
// as the actor of an event, a capital stands for its country.
bool capital_of(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b);

// True for predicates about counted or ordered events ("its third nuclear
// test", "three nuclear tests"): the ordinal check's, not value-conflict's.
bool is_ordinal_predicate(const rules::Predicate& p);

// The value-conflict core, shared by value-conflict and ordinal: claims of one
// fact that disagree on a single-valued field.
void compare_single_fields(const graph::ClaimGraph& g, const std::string& check, bool ordinal,
                           Findings& out);

}  // namespace concord::check
