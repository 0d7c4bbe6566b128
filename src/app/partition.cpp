#include "app/partition.h"

#include <fmt/format.h>
#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

#include "check/run.h"
#include "graph/claim_graph.h"
#include "graph/groups.h"

namespace concord::app {

namespace {

// Memory a claim takes in a ClaimGraph, measured on the bench corpus
// (bench/run), and the parts it is copied to at most.
constexpr std::size_t kMemoryPerClaim = 1200;
constexpr std::size_t kCopiesPerClaim = 4;
constexpr std::size_t kMaxParts = 256;

}  // namespace

void route(const graph::ClaimGraph& router, index::StoredDocument&& doc, std::size_t n,
           const std::function<void(std::size_t, index::StoredDocument&&)>& write) {
  std::vector<std::vector<claim::Claim>> split(n);
  for (auto& c : doc.claims) {
    const std::vector<std::size_t> to = graph::parts_of(router, c, n);
    for (std::size_t k = 0; k + 1 < to.size(); ++k) split[to[k]].push_back(c);
    split[to.back()].push_back(std::move(c));
  }
  for (std::size_t p = 0; p < n; ++p) {
    if (!split[p].empty()) write(p, index::StoredDocument{doc.info, std::move(split[p]), {}, {}});
  }
}

void check_part(const rules::RuleSet& rules, const graph::Entities& entities, std::size_t p, std::size_t n,
                const std::function<void(graph::ClaimGraph&)>& feed, check::Findings& found,
                const std::function<void(const std::string&)>& step, int threads) {
  graph::ClaimGraph g(rules, entities, {p, n});
  feed(g);
  g.finalize();
  check::run_checks(g, found, [&](const std::string& id) {
    if (step) step(fmt::format("checking part {} of {}: {}", p + 1, n, id));
  }, threads);
}

void add_timeline(const claim::Claim& c, const std::set<std::string>& subjects, std::vector<report::TimelineEntry>& out) {
  if (c.modality != rules::Modality::asserted && c.modality != rules::Modality::reported) return;
  const claim::Value* t = c.get("time");
  if (t == nullptr || !t->date) return;
  for (const auto& f : c.fields) {
    if (!f.value.entity || subjects.count(f.value.entity->name) == 0) continue;
    report::TimelineEntry e;
    e.entity = f.value.entity->name;
    e.date = t->date->to_string();
    e.first_day = t->date->first;
    e.what = c.predicate;
    for (const auto& other : c.fields) {
      if (other.name != "time" && other.name != f.name) e.what += " " + other.name + ": " + other.value.to_string() + ";";
    }
    if (!e.what.empty() && e.what.back() == ';') e.what.pop_back();
    e.modality = c.modality;
    e.citation = c.evidence.cited();
    e.draft = c.in_draft;
    out.push_back(std::move(e));
  }
}

void sort_timeline(std::vector<report::TimelineEntry>& out) {
  std::stable_sort(out.begin(), out.end(), [](const report::TimelineEntry& a, const report::TimelineEntry& b) {
    return a.entity != b.entity ? a.entity < b.entity : a.first_day < b.first_day;
  });
}

PartitionedRun::PartitionedRun(const rules::RuleSet& rules, PartitionOptions options)
    : rules_(rules), options_(options), entities_(rules),
      whole_(std::make_unique<graph::ClaimGraph>(rules, entities_, graph::ClaimGraph::Part{0, 1})) {}

PartitionedRun::~PartitionedRun() = default;

void PartitionedRun::add(index::StoredDocument&& doc) {
  for (const auto& c : doc.claims) entities_.observe(c);
  doc.findings.clear();
  doc.suppressions.clear();
  const std::size_t budget = std::max<std::size_t>(options_.work_mem_mb, 1) << 20;
  held_bytes_ += doc.claims.size() * kMemoryPerClaim;  // of every claim so far, held or not
  if (!spill_ && options_.parts <= 1 && held_bytes_ <= budget) {
    held_.push_back({std::move(doc.info), doc.claims.size()});
    whole_->add(std::move(doc.claims));
    return;
  }
  if (!spill_) {
    // Past the budget: what the graph holds goes to the file first, one
    // document at a time, in input order.
    spill_ = std::make_unique<base::Spill>();
    std::size_t next = 0;
    for (auto& [info, count] : held_) {
      index::StoredDocument d{std::move(info), {}, {}, {}};
      d.claims.assign(whole_->claims().begin() + static_cast<std::ptrdiff_t>(next),
                      whole_->claims().begin() + static_cast<std::ptrdiff_t>(next + count));
      next += count;
      spill_->write(index::encode(d));
    }
    held_ = {};
    whole_.reset();
    malloc_trim(0);  // give back what the held claims took, or it stays in the peak
  }
  spill_->write(index::encode(doc));
}

template <typename F>
void PartitionedRun::for_each_document(const base::Spill& spill, bool resolve, F&& f) {
  spill.for_each([&](const std::string& record) {
    auto doc = index::decode(record);
    if (!doc) throw std::runtime_error("a temporary file could not be read back (damaged while concord ran?)");
    if (resolve) {
      for (auto& c : doc->claims) entities_.resolve(c);
    }
    f(std::move(*doc));
  });
}

void PartitionedRun::check(check::Findings& found, const std::function<void(const std::string&)>& step) {
  entities_.finalize();
  if (!spill_) {
    held_ = {};
    if (step) step("linking claims");
    whole_->finalize();  // resolves the claims it holds
    check::run_checks(*whole_, found, [&](const std::string& id) {
      if (step) step("checking: " + id);
    }, options_.threads);
    return;
  }
  if (step) step("sorting claims into parts");
  const std::size_t budget = std::max<std::size_t>(options_.work_mem_mb, 1) << 20;
  // Each claim goes to a part per anchor, up to four different parts. Every
  // part is an open file: past kMaxParts, parts outgrow the budget instead.
  parts_ = options_.parts > 0 ? options_.parts : std::max<std::size_t>(2, held_bytes_ * kCopiesPerClaim / budget + 1);
  parts_ = std::min(parts_, kMaxParts);
  // Each claim to the part of each of its anchors, one record per document
  // and part, in input order.
  std::vector<std::unique_ptr<base::Spill>> parts(parts_);
  for (auto& p : parts) p = std::make_unique<base::Spill>();
  const graph::ClaimGraph router(rules_, entities_, {0, 1});
  for_each_document(*spill_, true, [&](index::StoredDocument&& d) {
    route(router, std::move(d), parts_, [&](std::size_t p, index::StoredDocument&& part) {
      parts[p]->write(index::encode(part));
    });
  });
  for (std::size_t p = 0; p < parts_; ++p) {
    check_part(rules_, entities_, p, parts_, [&](graph::ClaimGraph& g) {
      for_each_document(*parts[p], false, [&](index::StoredDocument&& d) { g.add(std::move(d.claims)); });
      parts[p].reset();
    }, found, step, options_.threads);
    malloc_trim(0);  // one part's claims are gone before the next is read
  }
}

std::vector<report::TimelineEntry> PartitionedRun::timeline(const std::set<std::string>& subjects) {
  std::vector<report::TimelineEntry> out;
  if (subjects.empty()) return out;
  if (spill_) {
    for_each_document(*spill_, true, [&](index::StoredDocument&& d) {
      for (const auto& c : d.claims) add_timeline(c, subjects, out);
    });
  } else if (whole_) {
    for (const auto& c : whole_->claims()) add_timeline(c, subjects, out);
  }
  sort_timeline(out);
  return out;
}

}  // namespace concord::app
