// What the checks share: severity from modality, windows, comparing values,
// and turning claims into finding sides.
#pragma once

#include <functional>
#include <map>
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

// The merged entity a value names (graph::ClaimGraph::entity), with Latin
// letters folded to ASCII and lower-cased: "Zoë Campbell" and "Zoe Campbell"
// are one person to every check, since an outlet's house style may drop
// diacritics. "" for values that are not entities or things.
std::string entity_key(const graph::ClaimGraph& g, const claim::Value& v);

// s with Latin letters that carry diacritics folded to ASCII ("Søren
// Şahin" -> "Soren Sahin", "ß" -> "ss"); other text unchanged.
std::string fold_diacritics(std::string_view s);

// Claims of one predicate grouped by fact, as graph::ClaimGraph::facts does
// but with entities compared through entity_key ("Tomás Novak" met Yasmin
// Thorne is the fact "Tomas Novak" met her). Groups of one are left out, and
// so are groups another part of the run owns (fact_owner); groups are in key
// order.
std::vector<std::vector<graph::ClaimId>> fact_groups(const graph::ClaimGraph& g, const std::string& predicate);

// ---- Checking a run in parts (graph::ClaimGraph::Part) ----------------------
// Every group a check forms is keyed by one of its claims' anchors: a
// person, a thing, an office, a fact. A part holds every claim with an
// anchor it owns, so each group is whole in the part that owns its key,
// and checks skip groups whose key g.owns() says is another part's.

// The keys under which checks may group a claim: entity_key of each entity
// or thing it names, fold_key of each other key field, each title's office.
std::vector<std::string> anchors(const graph::ClaimGraph& g, const claim::Claim& c);

// Lower-cased, with diacritics folded: how entity_key spells a name.
std::string fold_key(std::string_view s);

// True if this part reports on c alone (a claim against the gazetteer): the
// part that owns its subject, or its first anchor.
bool owned(const graph::ClaimGraph& g, const claim::Claim& c);

// The anchor that owns a group of claims with this fact key (from
// ClaimGraph::fact_key, or the folded key of fact_groups): its first part.
std::string fact_owner(std::string_view fact_key);

// True if two things are named closely enough for their facts to be
// compared: they have the same content words, or one's are among the
// other's in the order written, and there are at least two ("the agreement
// to build a port in Rason" and "Russia and North Korea signed an agreement
// to build a port in Rason"). The graph groups things more loosely (sharing
// most words, and through third phrasings): "the port in Rason" and "the
// port in Khasan" are two ports, "the Khasan Port Authority signed an
// agreement to build a port in Rason" is not about a port in Khasan, and
// "the deal" names whatever its own story is about.
// REQUIRES: a.thing and b.thing.
bool same_named_thing(const claim::Value& a, const claim::Value& b, const rules::Gazetteer& gazetteer);

// What the claims of one changeable fact say over time (who holds an
// office, which title a person has), to tell a change from a contradiction.
// For two values, the claims that say either form runs of one value in day
// order. These are contradictions rather than changes:
//   - a run with the other value on both sides, each within the window: a
//     change undone in quick succession ("Foreign Minister Ri" in March,
//     "Foreign Minister Pak" in April, Ri again in May);
//   - a step down to a lower level (a minister, then a deputy minister: far
//     rarer than a wrong rank), with the step back up if the lower level
//     lasts no longer than the window and the step back follows within it;
//   - probably: a step up within kQuickChangeDays that one story alone
//     supports on either side (its word against the others', more likely
//     than a promotion between them).
// One change ("Foreign Minister Ri" to March, "Foreign Minister Pak" from
// May; a promotion told by several stories) is not.
//
//   History h;
//   h.add(&ri_march, "ri", day1); h.add(&pak_april, "pak", day2); h.add(&ri_may, "ri", day3);
//   h.finish(120);
//   h.clash(ri_march, pak_april);  // Clash::certain: Ri is back in May
class History {
 public:
  static constexpr std::int64_t kQuickChangeDays = 7;
  enum class Clash { none, probable, certain };

  // `level` ranks values where that means something (a minister above a
  // deputy); values of one level are changes of equal standing.
  void add(const claim::Claim* c, std::string value, std::int64_t day, int level = 0);
  // REQUIRES: after the last add(), before clash().
  void finish(std::int64_t window);

  // Whether a and b, saying different values, cannot both be right at their
  // own time: certainly on the same day, else as listed above.
  Clash clash(const claim::Claim& a, const claim::Claim& b) const;

 private:
  struct Entry {
    std::int64_t day;
    std::string value;
    int level;
    const claim::Claim* claim;
  };
  using Seq = std::vector<const Entry*>;
  struct Run {
    std::size_t begin, end;  // Seq[begin, end): one value
  };
  using Pairs = std::map<std::pair<const claim::Claim*, const claim::Claim*>, Clash>;  // (smaller, larger)

  static std::vector<Run> runs_of(const Seq& seq);
  // Adds the pairs of `from` and `to` around the change between them (each
  // within the window of the other side's nearest day) at `how`.
  void flag(const Seq& seq, const Run& from, const Run& to, Clash how, Pairs& out) const;
  // True if `run` lasts no longer than the window and `after` follows it within the window.
  bool brief(const Seq& seq, const Run& run, const Run& after) const;
  // True if `run` and the changes into and out of it are not one episode:
  // a gap longer than the window, or a run longer than twice it.
  bool far_apart(const Seq& seq, const Run& before, const Run& run, const Run& after) const;
  // True if the change from `from` to `to` is quick and one side has one story.
  bool one_story_against_others(const Seq& seq, const Run& from, const Run& to) const;
  // The pairs of claims that clash, among those that say x or y (made once
  // per two values).
  const Pairs& flagged(const std::string& x, const std::string& y) const;

  std::int64_t window_ = 0;
  std::vector<Entry> entries_;  // in day order after finish()
  std::map<const claim::Claim*, const Entry*> entry_of_;
  mutable std::map<std::pair<std::string, std::string>, Pairs> flagged_;
};

// A predicate's window in days, or a century for one without.
std::int64_t window_or_all(const rules::Predicate& p);

// True if a and b cannot both be true of one fact: claim::values_differ
// with p's tolerance, and entities compared as merged (entity_key).
bool values_differ(const graph::ClaimGraph& g, const claim::Value& a, const claim::Value& b,
                   const rules::Predicate& p);

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
// `field` is the claim's title field.
bool gazetteer_confirms_title(const graph::ClaimGraph& g, const claim::Claim& c, std::string_view field = "title");

// The claims of every predicate that declares `role: r`, in claim order.
std::vector<graph::ClaimId> claims_with_role(const graph::ClaimGraph& g, rules::PredicateRole r);

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
