// Who held which office when: what the claims of one changeable fact say
// over time, and what the gazetteer records.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claim/claim.h"
#include "graph/claim_graph.h"
#include "rules/model.h"

namespace concord::check {

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

// True if the gazetteer gives e the office t, at its rank, on day. On a
// handover day two people hold an office there ("to" and "from" are inclusive).
bool holds_on(const rules::Entity& e, const claim::TitleValue& t, std::int64_t day, const rules::Gazetteer& gaz);

// True if c gives its subject a title the gazetteer says the subject held on
// c's day: right at its own time, whatever a story from another day says.
// `field` is the claim's title field.
bool gazetteer_confirms_title(const graph::ClaimGraph& g, const claim::Claim& c, std::string_view field = "title");

// The claims of every predicate that declares `role: r`, in claim order.
std::vector<graph::ClaimId> claims_with_role(const graph::ClaimGraph& g, rules::PredicateRole r);

// What the claims of one person's group say in `field` (a title) over
// time, for telling a promotion from two titles at once.
History history_of(const graph::ClaimGraph& g, const std::vector<graph::ClaimId>& group, const std::string& field,
                   const rules::Predicate& p);

// Whether a's and b's titles of one person clash rather than tell of one
// change (deputy minister in March, minister from May: a promotion): the
// gazetteer gives the earlier title on the later day, or the history says
// so (see History).
History::Clash title_clash(const graph::ClaimGraph& g, const History& titles, const claim::Claim& a,
                           const claim::Claim& b, const std::string& field);

}  // namespace concord::check
