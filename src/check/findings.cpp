#include "check/findings.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "check/check.h"

namespace concord::check {

namespace {

int rank(const std::string& check) {
  const auto& checks = all_checks();
  for (std::size_t k = 0; k < checks.size(); ++k) {
    if (checks[k]->info().id == check) return static_cast<int>(k);
  }
  return static_cast<int>(checks.size());
}

// Which of two findings about one thing names it: the earlier check in the
// registry, then the smaller first side, so the result does not depend on
// the order findings arrive in.
bool names_better(const Finding& a, const Finding& b) {
  if (rank(a.check) != rank(b.check)) return rank(a.check) < rank(b.check);
  return a.sides.front().identity < b.sides.front().identity;
}

bool citation_before(const Side& a, const Side& b) {
  const bool ga = a.rule == "gazetteer", gb = b.rule == "gazetteer";  // the record, after the stories
  if (ga != gb) return gb;
  const auto& x = a.citation;
  const auto& y = b.citation;
  if (x.path != y.path) return x.path < y.path;
  if (x.start.line != y.start.line) return x.start.line < y.start.line;
  if (x.start.column != y.start.column) return x.start.column < y.start.column;
  return a.identity < b.identity;
}

}  // namespace

// In a batch report, when most stories give one value and one or two give
// another: "3 stories say 2014-11-17; 1 says 2014-11-18 (wire.txt): the
// fewer are probably wrong". Only when the many are at least two and at
// least twice as many as every other value's stories.
std::optional<std::string> Findings::majority_note(const std::map<std::string, ValueSeen>& values) {
  if (values.size() < 2) return std::nullopt;
  auto most = values.begin();
  for (auto it = values.begin(); it != values.end(); ++it) {
    if (it->second.documents.size() > most->second.documents.size()) most = it;
  }
  const std::size_t n = most->second.documents.size();
  std::vector<std::string> others;
  for (auto it = values.begin(); it != values.end(); ++it) {
    if (it == most) continue;
    const std::size_t k = it->second.documents.size();
    if (n < 2 || n < 2 * k) return std::nullopt;
    others.push_back(k == 1 ? fmt::format("1 says {} ({})", it->second.shown, *it->second.documents.begin())
                            : fmt::format("{} say {}", k, it->second.shown));
  }
  return fmt::format("{} stories say {}; {}: the fewer are probably wrong", n, most->second.shown,
                     fmt::join(others, "; "));
}

std::string Findings::key(const Finding& f) const {
  if (scope_ == Scope::drafts) {
    // One finding per wrong statement in the draft (errors and warnings);
    // notes stay apart.
    // The same words twice are two findings, one per place.
    if (f.severity == Severity::info || f.sides.empty() || !f.sides.front().draft) return {};
    const ingest::Citation& at = f.sides.front().citation;
    return fmt::format("{}@{}:{}", f.sides.front().identity, at.start.line, at.start.column);
  }
  return f.check + "|" + f.fact;
}

void Findings::add_side(Merged& m, Side&& s) const {
  if (!m.identities.insert(s.identity).second) return;
  if (scope_ == Scope::all && s.rule != "gazetteer") {
    ValueSeen& seen = m.values[s.norm.empty() ? s.value : s.norm];
    if (seen.documents.empty()) seen.shown = s.value;
    seen.documents.insert(s.document);
  }
  std::size_t& same = m.per_value[s.value];
  if (m.finding.sides.size() >= kMaxSides || same >= kSidesPerValue) return;
  ++same;
  m.finding.sides.push_back(std::move(s));
}

void Findings::add_note(Merged& m, std::string&& note) {
  if (!m.notes.insert(note).second) return;
  if (m.finding.notes.size() >= kMaxNotes) return;
  m.finding.notes.push_back(std::move(note));
}

void Findings::start(Merged& m, Finding&& f) const {
  std::vector<Side> sides = std::move(f.sides);
  f.sides.clear();
  m.finding = std::move(f);
  for (Side& s : sides) add_side(m, std::move(s));
  m.own_sides = m.finding.sides.size();
  m.notes.insert(m.finding.notes.begin(), m.finding.notes.end());
}

void Findings::merge(Merged& into, Finding&& f) const {
  Finding& head = into.finding;
  if (names_better(f, head)) {
    std::swap(head.check, f.check);
    std::swap(head.fact, f.fact);
    std::swap(head.message, f.message);
    std::swap(head.subject, f.subject);
    std::swap(head.predicate, f.predicate);
  }
  head.severity = std::max(head.severity, f.severity);
  for (Side& s : f.sides) add_side(into, std::move(s));
  for (auto& n : f.notes) add_note(into, std::move(n));
  if (!f.message.empty() && f.message != head.message) add_note(into, std::move(f.message));
}

void Findings::push_back(Finding f) {
  if (f.sides.empty()) return;
  if (scope_ == Scope::drafts && !f.involves_draft()) return;
  if (forward_) return forward_(std::move(f));
  const std::string k = key(f);
  auto it = k.empty() ? index_.end() : index_.find(k);
  if (it == index_.end()) {
    if (!k.empty()) it = index_.emplace(k, merged_.size()).first;
    merged_.emplace_back();
  }
  Entry& entry = merged_[it == index_.end() ? merged_.size() - 1 : it->second];
  auto [source, fresh] = entry.try_emplace(fmt::format("{:04}|{}", rank(f.check), f.fact));
  if (fresh) {
    start(source->second, std::move(f));
  } else {
    merge(source->second, std::move(f));
  }
}

std::vector<Finding> Findings::take() {
  std::vector<Finding> out;
  out.reserve(merged_.size());
  for (Entry& e : merged_) {
    // Each later source as one finding (sides and notes it listed) into
    // the first: what its findings would have added one by one, since
    // whatever it left out of its own lists would not fit here either.
    auto first = e.begin();
    Merged& m = first->second;
    for (auto it = std::next(first); it != e.end(); ++it) {
      Merged& other = it->second;
      merge(m, std::move(other.finding));
      m.identities.insert(other.identities.begin(), other.identities.end());
      for (auto& [value, seen] : other.values) {
        ValueSeen& into = m.values[value];
        if (into.documents.empty()) into.shown = seen.shown;
        into.documents.insert(seen.documents.begin(), seen.documents.end());
      }
      m.notes.insert(other.notes.begin(), other.notes.end());
    }
    Finding& f = m.finding;
    if (scope_ == Scope::all) {
      if (auto note = majority_note(m.values)) f.notes.insert(f.notes.begin(), std::move(*note));
    }
    // The first finding's sides keep their order (a temporal chain reads in
    // order); sides merged in from others follow in citation order.
    std::stable_sort(f.sides.begin() + static_cast<std::ptrdiff_t>(m.own_sides), f.sides.end(), citation_before);
    const std::size_t omitted_notes = m.notes.size() - std::min(m.notes.size(), f.notes.size());
    const std::size_t omitted = m.identities.size() - f.sides.size();
    if (omitted_notes > 0) {
      f.notes.push_back(fmt::format("{} more note{} about this not listed", omitted_notes,
                                    omitted_notes == 1 ? "" : "s"));
    }
    if (omitted > 0) {
      f.notes.push_back(fmt::format("{} more claim{} about this not listed", omitted, omitted == 1 ? "" : "s"));
    }
    out.push_back(std::move(f));
  }
  merged_.clear();
  index_.clear();
  return out;
}

}  // namespace concord::check
