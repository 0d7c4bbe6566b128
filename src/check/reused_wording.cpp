#include "check/reused_wording.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "check/check.h"

namespace concord::check {

namespace {

constexpr std::size_t kMaxSides = 24;     // archive sides listed per finding, as other checks do

}  // namespace

void ReusedWording::add(std::vector<Echo> echoes) {
  for (Echo& e : echoes) {
    if (e.agrees) {
      supported_.insert({e.passage, e.first});
      continue;
    }
    auto& against = against_[{e.passage, e.first, e.last}];
    const bool known = std::any_of(against.begin(), against.end(), [&](const Echo& x) {
      return x.archive.citation.path == e.archive.citation.path && x.archive.citation.start == e.archive.citation.start;
    });
    if (!known && against.size() < kMaxSides) against.push_back(std::move(e));
  }
}

std::vector<Finding> ReusedWording::findings(const DraftPassages& drafts) const {
  std::vector<Finding> out;
  for (const auto& [where, against] : against_) {
    const auto [passage, first, last] = where;
    bool supported = false;
    for (std::uint32_t w = first; w < last; ++w) supported = supported || supported_.count({passage, w}) != 0;
    if (supported || against.empty()) continue;
    const Echo& e = against.front();
    const std::string kind = extract::word_kind_name(e.kind);
    Finding f;
    f.check = "reused-wording";
    f.severity = Severity::error;
    f.predicate = kind;
    f.fact = fmt::format("the {} in wording reused from the archive", kind);
    f.sides.push_back(drafts.draft_side(e));
    std::vector<std::string> theirs;
    for (const Echo& x : against) {
      f.sides.push_back(x.archive);
      if (std::find(theirs.begin(), theirs.end(), x.archive.value) == theirs.end()) theirs.push_back(x.archive.value);
    }
    const Side& archive = against.front().archive;
    f.message = fmt::format("this sentence repeats {}:{}:{} nearly word for word, but says \"{}\" where it says \"{}\"",
                            archive.citation.path, archive.citation.start.line, archive.citation.start.column,
                            f.sides.front().value, fmt::join(theirs, "\" or \""));
    f.notes.push_back(fmt::format(
        "matched because {} of the draft sentence's {} words (function words aside) stand in the same order in the "
        "archive's, and only this {} differs", e.shared, e.draft_words, kind));
    out.push_back(std::move(f));
  }
  return out;
}

void drop_covered(std::vector<Finding>& findings) {
  auto overlaps = [](const ingest::Citation& a, const ingest::Citation& b) {
    auto before = [](const ingest::Position& x, const ingest::Position& y) {
      return x.line < y.line || (x.line == y.line && x.column < y.column);
    };
    return a.path == b.path && before(a.start, b.end) && before(b.start, a.end);
  };
  std::vector<const ingest::Citation*> reported;
  for (const Finding& f : findings) {
    if (f.check == "reused-wording") continue;
    for (const Side& s : f.sides) {
      if (s.draft) reported.push_back(&s.citation);
    }
  }
  std::erase_if(findings, [&](const Finding& f) {
    if (f.check != "reused-wording") return false;
    const ingest::Citation& mine = f.sides.front().citation;
    return std::any_of(reported.begin(), reported.end(), [&](const ingest::Citation* c) { return overlaps(mine, *c); });
  });
}

namespace {

// Listed with the other checks for its help text (SARIF rules, docs); it
// runs through DraftPassages and ReusedWording, where the drafts' and the
// archive's text are at hand.
class ReusedWordingInfo final : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "reused-wording", "A copied sentence with one value changed",
        "A draft sentence says what an archive sentence says, in nearly the same words in the same order, but one "
        "date, number, month, weekday, year, title or name differs (\"21 people were killed\" against \"12 people "
        "were killed\"). Sentences with different negation, hedging, conditions or approximations (\"about\", "
        "\"denied\", \"may\") are not compared, nor sentences where two values differ, nor stories published more "
        "than 30 days apart; an archive sentence that says the draft's value in the same words settles it.",
        Severity::error};
    return kInfo;
  }
};

}  // namespace

std::unique_ptr<Check> make_reused_wording() { return std::make_unique<ReusedWordingInfo>(); }

}  // namespace concord::check
