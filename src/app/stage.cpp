#include "app/stage.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/check_steps.h"
#include "app/common.h"
#include "app/partition.h"
#include "app/progress.h"
#include "base/records.h"
#include "graph/claim_graph.h"
#include "graph/entities.h"
#include "index/codec.h"

namespace concord::app {

namespace {

// The files of a run in its work folder. Part files name the number of
// parts, so a rerun with another --parts never reads a stale one.
struct Layout {
  std::string dir;
  std::string docs(std::size_t k) const { return fmt::format("{}/shard-{}.docs", dir, k); }
  std::string notes(std::size_t k) const { return fmt::format("{}/shard-{}.notes", dir, k); }
  std::string named(std::size_t k) const { return fmt::format("{}/shard-{}.entities", dir, k); }
  std::string reading(std::size_t k) const { return fmt::format("{}/shard-{}.reading", dir, k); }
  std::string entities() const { return dir + "/entities"; }
  std::string routed(std::size_t k, std::size_t p, std::size_t n) const {
    return fmt::format("{}/shard-{}.part-{}-of-{}", dir, k, p, n);
  }
  std::string findings(std::size_t p, std::size_t n) const { return fmt::format("{}/part-{}-of-{}.findings", dir, p, n); }
};

// Findings are written this many to a record.
constexpr std::size_t kFindingsPerRecord = 256;

std::string read_whole(const std::string& path) {
  std::string all;
  base::read_records(path, [&](std::string& r) { all += r; });
  return all;
}

void write_whole(const std::string& path, const std::string& bytes) {
  base::RecordWriter w(path);
  w.write(bytes);
  w.commit();
}

index::StoredDocument decoded(const std::string& record, const std::string& path) {
  auto doc = index::decode(record);
  if (!doc) throw std::runtime_error(fmt::format("{} is damaged, or was written by another concord; run its stage again", path));
  return std::move(*doc);
}

// The merged entities of the run, finalized.
std::unique_ptr<graph::Entities> load_entities(const rules::RuleSet& rules, const Layout& at) {
  auto entities = std::make_unique<graph::Entities>(rules);
  if (!entities->merge(read_whole(at.entities()))) {
    throw std::runtime_error(fmt::format("{} is damaged; run `concord stage entities` again", at.entities()));
  }
  entities->finalize();
  return entities;
}

// Test-only: CONCORD_TEST_FAIL=crash:NAME (hang:NAME, slow:NAME) makes
// extraction crash (hang, take two seconds) on a story whose id contains
// NAME, to test what a distributed run does with a story that breaks
// concord, or a worker killed while it works.
void test_failure(const std::string& id) {
  static const char* fail = std::getenv("CONCORD_TEST_FAIL");
  if (fail == nullptr) return;
  const std::string how(fail);
  const auto colon = how.find(':');
  if (colon == std::string::npos || id.find(how.substr(colon + 1)) == std::string::npos) return;
  if (how.substr(0, colon) == "crash") std::abort();
  if (how.substr(0, colon) == "hang") {
    for (;;) pause();
  }
  if (how.substr(0, colon) == "slow") sleep(2);
}

int extract_shard(const Plan& plan, const CheckOptions& o, const StageOptions& s, const Layout& at, base::Diagnostics& diags) {
  const std::size_t before = diags.all().size();
  base::RecordWriter docs(at.docs(s.shard));
  graph::Entities entities(*plan.rules);
  index::ShardNotes notes;
  // Which stories are being read, unbuffered: after a crash, the ones
  // started and not done are where it happened.
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> reading(std::fopen(at.reading(s.shard).c_str(), "w"), &std::fclose);
  if (!reading) throw std::runtime_error(fmt::format("cannot write {}", at.reading(s.shard)));
  std::setvbuf(reading.get(), nullptr, _IONBF, 0);
  CollectSink sink;
  sink.starting = [&](const ingest::Document& doc) {
    std::fprintf(reading.get(), "start %s\n", doc.id.c_str());
    test_failure(doc.id);
  };
  sink.document = [&](index::StoredDocument&& doc) {
    for (const auto& c : doc.claims) entities.observe(c);
    docs.write(index::encode(doc));
    std::fprintf(reading.get(), "done %s\n", doc.info.id.c_str());
  };
  sink.echoes = [&](std::vector<check::Echo>&& echoes) {
    for (auto& e : echoes) notes.echoes.push_back(std::move(e));
  };
  Progress quiet(false);
  bool ok = true;
  collect(plan, o, Shard{s.shard, s.shards}, diags, quiet, sink, ok);
  if (!ok) return kExitError;
  notes.diagnostics.assign(diags.all().begin() + static_cast<std::ptrdiff_t>(before), diags.all().end());
  docs.commit();
  write_whole(at.notes(s.shard), index::encode(notes));
  write_whole(at.named(s.shard), entities.save());  // last: its presence says the shard is done
  return kExitClean;
}

int merge_entities(const Plan& plan, const StageOptions& s, const Layout& at) {
  graph::Entities entities(*plan.rules);
  for (std::size_t k = 0; k < s.shards; ++k) {
    if (!entities.merge(read_whole(at.named(k)))) {
      throw std::runtime_error(fmt::format("{} is damaged; run `concord stage extract --shard {}` again", at.named(k), k));
    }
  }
  write_whole(at.entities(), entities.save());
  return kExitClean;
}

int route_shard(const Plan& plan, const StageOptions& s, const Layout& at) {
  const auto entities = load_entities(*plan.rules, at);
  const graph::ClaimGraph router(*plan.rules, *entities, {0, 1});
  std::vector<std::unique_ptr<base::RecordWriter>> parts(s.parts);
  for (std::size_t p = 0; p < s.parts; ++p) parts[p] = std::make_unique<base::RecordWriter>(at.routed(s.shard, p, s.parts));
  base::read_records(at.docs(s.shard), [&](std::string& record) {
    auto doc = decoded(record, at.docs(s.shard));
    for (auto& c : doc.claims) entities->resolve(c);
    route(router, std::move(doc), s.parts, [&](std::size_t p, index::StoredDocument&& part) {
      parts[p]->write(index::encode(part));
    });
  });
  for (auto& p : parts) p->commit();
  return kExitClean;
}

int check_one_part(const Plan& plan, const StageOptions& s, const Layout& at) {
  const auto entities = load_entities(*plan.rules, at);
  base::RecordWriter out(at.findings(s.part, s.parts));
  index::StoredDocument batch;
  auto flush = [&] {
    out.write(index::encode(batch));
    batch.findings.clear();
  };
  check::Findings found(plan.draft_mode ? check::Scope::drafts : check::Scope::all, [&](check::Finding&& f) {
    batch.findings.push_back(std::move(f));
    if (batch.findings.size() == kFindingsPerRecord) flush();
  });
  check_part(*plan.rules, *entities, s.part, s.parts, [&](graph::ClaimGraph& g) {
    for (std::size_t k = 0; k < s.shards; ++k) {
      const std::string path = at.routed(k, s.part, s.parts);
      base::read_records(path, [&](std::string& record) { g.add(std::move(decoded(record, path).claims)); });
    }
  }, found);
  if (!batch.findings.empty()) flush();
  out.commit();
  return kExitClean;
}

int merge_parts(const Plan& plan, const CheckOptions& o, const StageOptions& s, const Layout& at, base::Diagnostics& diags) {
  Collected collected;
  for (std::size_t k = 0; k < s.shards; ++k) {
    base::read_records(at.docs(k), [&](std::string& record) {
      auto doc = decoded(record, at.docs(k));
      collected.add(doc);
    });
    auto notes = index::decode_notes(read_whole(at.notes(k)));
    if (!notes) throw std::runtime_error(fmt::format("{} is damaged; run `concord stage extract --shard {}` again", at.notes(k), k));
    for (auto& d : notes->diagnostics) diags.add(std::move(d));
    collected.reused.add(std::move(notes->echoes));
  }
  // The drafts again, for their wording: drafts are few and short. What
  // reading them says is in shard 0's notes already.
  check::DraftPassages passages;
  if (plan.draft_mode) {
    base::Diagnostics said;
    Progress quiet(false);
    bool ok = true;
    passages = collect(plan, o, Shard{0, 1, true}, said, quiet, {[](index::StoredDocument&&) {}, {}, {}}, ok);
  }
  check::Findings found(plan.draft_mode ? check::Scope::drafts : check::Scope::all);
  for (std::size_t p = 0; p < s.parts; ++p) {
    const std::string path = at.findings(p, s.parts);
    base::read_records(path, [&](std::string& record) {
      for (auto& f : decoded(record, path).findings) found.push_back(std::move(f));
    });
  }
  auto timeline = [&](const std::set<std::string>& subjects) {
    std::vector<report::TimelineEntry> out;
    if (subjects.empty()) return out;
    const auto entities = load_entities(*plan.rules, at);
    for (std::size_t k = 0; k < s.shards; ++k) {
      base::read_records(at.docs(k), [&](std::string& record) {
        auto doc = decoded(record, at.docs(k));
        for (auto& c : doc.claims) {
          entities->resolve(c);
          add_timeline(c, subjects, out);
        }
      });
    }
    sort_timeline(out);
    return out;
  };
  Progress quiet(false);
  return assemble(plan, o, std::move(collected), found, passages, timeline, diags, quiet);
}

}  // namespace

int run_stage(const CheckOptions& o, const StageOptions& s) {
  base::Diagnostics diags;
  if (s.shards == 0 || s.shard >= s.shards || s.parts == 0 || s.part >= s.parts) {
    diags.error({}, "--shard must be below --shards, and --part below --parts");
  }
  if (!o.db.empty()) diags.error({}, "--db: a staged run reads its inputs; check against an index with concord check --db");
  for (const auto* paths : {&o.paths, &o.against}) {
    if (std::find(paths->begin(), paths->end(), "-") != paths->end()) {
      diags.error({"-"}, "a staged run reads its inputs in several processes, which cannot share stdin; save it to a "
                  "file and name that");
    }
  }
  auto plan = diags.has_errors() ? std::nullopt : app::plan(o, diags);
  if (!plan) {
    print_diagnostics(diags);
    return kExitError;
  }
  const Layout at{s.work_dir};
  // What reading the inputs says travels to merge in the shard's files, to
  // be reported as check reports it; a stage fails only when it cannot do
  // its work.
  try {
    switch (s.step) {
      case StageStep::extract: return extract_shard(*plan, o, s, at, diags);
      case StageStep::entities: return merge_entities(*plan, s, at);
      case StageStep::route: return route_shard(*plan, s, at);
      case StageStep::check: return check_one_part(*plan, s, at);
      case StageStep::merge: return merge_parts(*plan, o, s, at, diags);  // prints its own diagnostics
    }
  } catch (const std::runtime_error& e) {
    base::Diagnostics failed;
    failed.error({}, "{}", e.what());
    print_diagnostics(failed);
  }
  return kExitError;
}

}  // namespace concord::app
