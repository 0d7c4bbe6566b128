#include "app/check_steps.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <functional>
#include <stdexcept>
#include <set>
#include <unordered_map>
#include <unistd.h>

#include "app/common.h"
#include "app/pipeline.h"
#include "check/run.h"
#include "check/suppress.h"
#include "index/fingerprint.h"
#include "index/store.h"
#include "report/baseline.h"

namespace concord::app {

namespace {

// Exit 1 when a finding is at least as severe as --fail-on.
bool fails(const std::vector<check::Finding>& findings, const std::string& fail_on) {
  if (fail_on == "never") return false;
  const check::Severity bar = check::parse_severity(fail_on).value_or(check::Severity::error);
  return std::any_of(findings.begin(), findings.end(), [&](const check::Finding& f) { return f.severity >= bar; });
}

// Colour: on a terminal, unless NO_COLOR is set (https://no-color.org).
bool use_color(const std::string& mode, std::FILE* out) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  if (no_color != nullptr && *no_color != '\0') return false;
  if (term != nullptr && std::string(term) == "dumb") return false;
  return isatty(fileno(out)) != 0;
}

// Keeps findings whose draft side (any side in a batch run) is on a changed line.
void keep_changed(std::vector<check::Finding>& findings, const ChangedLines& changed) {
  std::erase_if(findings, [&](const check::Finding& f) {
    const bool drafts = f.involves_draft();
    for (const check::Side& s : f.sides) {
      if (drafts && !s.draft) continue;
      auto it = changed.find(changed_key(s.citation.path));
      if (it == changed.end()) continue;
      auto line = it->second.lower_bound(s.citation.start.line);
      if (line != it->second.end() && *line <= std::max(s.citation.start.line, s.citation.end.line)) return false;
    }
    return true;
  });
}

// The index's documents that share a lookup key with the drafts (all of
// them for a batch report), decoded and passed to add. False after
// reporting an index that cannot be used.
bool add_indexed(const std::string& db, const rules::RuleSet& rules, bool drafts_only, std::vector<std::string> keys,
                 bool quiet, base::Diagnostics& diags, const std::function<void(index::StoredDocument&&)>& add) {
  try {
    auto store = index::Store::open(db, false, diags);
    if (!store) return false;
    const auto built_with = store->meta("rules");
    if (!built_with) {
      diags.error({db}, "the index is empty; fill it with concord index ARCHIVE --db {}", db);
      return false;
    }
    if (*built_with != index::index_fingerprint(rules)) {
      diags.error({db}, "the index was built with other rules (rules {}, now {}); update it with concord index --db {} "
                  "(only what the rules change is read again)", *built_with, index::index_fingerprint(rules), db);
      return false;
    }
    // Stories the index lacks were not read, as surely as a folder skipped.
    const std::string complete = store->meta("complete").value_or("");
    if (complete == "with-unread") {
      diags.unread(base::Unread::part, base::Severity::warning, {db},
                   "the last concord index run could not read every input, so stories may be missing; run "
                   "concord index --db {} to see which", db);
    } else if (complete != "yes") {
      diags.unread(base::Unread::part, base::Severity::warning, {db},
                   "the last concord index run did not finish or had errors, so some stories may be missing; "
                   "run concord index --db {} again to complete it", db);
    }
    std::size_t loaded = 0, bad = 0;
    auto take = [&](index::StoredBlob&& b) {
      auto doc = index::decode(b.blob);
      if (!doc) {
        ++bad;
        return;
      }
      ++loaded;
      add(std::move(*doc));
    };
    if (drafts_only) {
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      for (auto& b : store->documents_with_keys(keys)) take(std::move(b));
    } else {
      store->for_each_document(take);
    }
    if (bad > 0) {
      diags.unread(base::Unread::part, base::Severity::error, {db},
                   "{} indexed documents could not be read (damaged, or written by another version of concord); "
                   "run concord index --db {} again to read their stories anew", bad, db);
    }
    if (!quiet && drafts_only) {
      diags.note({db}, "checked against the {} of {} indexed documents that share a name, office or subject with the "
                 "drafts", loaded, store->indexed_count());
    }
    return true;
  } catch (const std::runtime_error& e) {
    diags.error({}, "{}", e.what());
    return false;
  }
}


// A draft that also lies in the archive (a project's `against:`) is read
// once, as the draft. A path is resolved once: an archive's stories share
// a few paths, and resolving one costs several system calls.
class Identities {
 public:
  std::string of(const report::DocumentInfo& doc) {
    auto it = resolved_.find(doc.path);
    if (it == resolved_.end()) it = resolved_.emplace(doc.path, changed_key(doc.path)).first;
    return it->second + "#" + (doc.id == doc.path ? std::string() : doc.id);
  }

 private:
  std::unordered_map<std::string, std::string> resolved_;
};

// Shard s's part of the sharded inputs, their bytes laid end to end: byte
// G of B is shard G * n / B's, so shards in order are the inputs in order.
// A file holding one document goes whole to the shard of its first byte; a
// JSONL archive is split between lines (ingest::ByteRange). nullopt: none
// of the source is in this shard.
std::optional<ingest::ByteRange> shard_range(const Shard& s, const ingest::Source& src, const SourceBytes& at) {
  constexpr std::uint64_t kEnd = std::numeric_limits<std::uint64_t>::max();
  auto first = [&](std::uint64_t k) {  // ceil(k * total / n), without overflowing k * total
    const std::uint64_t q = at.total / s.n, r = at.total % s.n;
    return k * q + (k * r + s.n - 1) / s.n;
  };
  const std::uint64_t lo = s.k == 0 ? 0 : at.total == 0 ? kEnd : first(s.k);
  const std::uint64_t hi = s.k + 1 == s.n || at.total == 0 ? kEnd : first(s.k + 1);
  const std::uint64_t end = at.start + at.size;
  const bool here = src.format != ingest::Format::jsonl || at.size == 0 ? at.start >= lo && at.start < hi
                                                                        : at.start < hi && end > lo;
  if (!here) return std::nullopt;
  return ingest::ByteRange{lo > at.start ? lo - at.start : 0, hi == kEnd ? kEnd : hi - at.start};
}

}  // namespace

std::optional<Plan> plan(const CheckOptions& o, base::Diagnostics& diags) {
  Plan p;
  p.project = find_project(diags);
  p.read.dates = parse_date_flags(o.dates, diags);
  p.read.stdin_name = o.stdin_name;
  const RuleOptions ro = rule_options(p.project, o.rule_dirs, o.default_rules);
  p.format = report::find_format(o.format);
  if (p.format == nullptr) diags.error({}, "--format '{}': unknown format", o.format);
  p.rules = diags.has_errors() ? nullptr : load_rules(ro, diags);
  if (!p.rules || diags.has_errors()) return std::nullopt;
  if (!o.db.empty() && !o.against.empty()) diags.error({}, "--db and --against: check against one or the other");
  if (o.db.empty() && o.paths.empty()) diags.error({}, "nothing to check: name documents, or give --db FILE for a report over an index");
  if (diags.has_errors()) return std::nullopt;
  // With an index, the project's `against:` is what the index holds.
  p.against = !o.db.empty() ? std::vector<std::string>{} : o.against.empty() ? p.project.against : o.against;
  p.draft_mode = !p.against.empty() || (!o.db.empty() && !o.paths.empty());
  if (!o.changed_lines.empty()) p.changed = diff_file_changed_lines(o.changed_lines, diags);
  if (!o.git_diff.empty()) p.changed = git_changed_lines(o.git_diff, diags);
  if (!o.baseline.empty()) p.baseline = report::read_baseline(o.baseline, diags);
  if (diags.has_errors()) return std::nullopt;
  return p;
}

void Collected::add(index::StoredDocument& doc) {
  for (auto& s : doc.suppressions) suppressions.push_back(std::move(s));
  for (auto& f : doc.findings) per_document.push_back(std::move(f));
  doc.suppressions.clear();
  doc.findings.clear();
  documents.push_back(doc.info);
}

check::DraftPassages collect(const Plan& plan, const CheckOptions& o, const Shard& shard, base::Diagnostics& diags,
                             Progress& progress, const CollectSink& sink, bool& ok) {
  ok = true;
  const rules::RuleSet& rules = *plan.rules;
  PipelineOptions po;
  po.jobs = jobs_for(o.jobs);
  po.progress = &progress;
  if (sink.starting) {
    po.reuse = [&](const ingest::Document& doc, const std::string&, Analyzed&) {
      sink.starting(doc);
      return false;
    };
  }
  // Reads the sharded inputs' part in this shard; the others whole.
  auto select = [&](bool sharded_inputs) {
    if (shard.n <= 1 || !sharded_inputs) return decltype(PipelineOptions::range)();
    return decltype(PipelineOptions::range)(
        [&shard](const ingest::Source& src, const SourceBytes& at) { return shard_range(shard, src, at); });
  };
  std::set<std::string> drafts;
  Identities identities;
  std::vector<std::string> keys;  // of the drafts' claims, to find their neighbours in an index
  po.draft = plan.draft_mode;
  // Reused wording needs the archive's sentences, which an index does not keep.
  check::DraftPassages draft_passages;
  po.wording.keep = plan.draft_mode && o.db.empty();
  po.range = select(!plan.draft_mode);
  // Every shard reads the drafts; the first delivers them and what reading them said.
  base::Diagnostics other_shard;
  const bool deliver_drafts = !plan.draft_mode || shard.k == 0;
  Pipeline(rules, po).run(o.paths, plan.read, deliver_drafts ? diags : other_shard, [&](Analyzed&& a) {
    if (a.text) draft_passages.add(*a.text, std::move(a.passages));
    if (plan.draft_mode) drafts.insert(identities.of(a.doc.info));  // a batch run has nothing else to read
    if (!o.db.empty()) {
      auto k = graph::lookup_keys(a.doc.claims, rules, graph::KeySide::query);
      keys.insert(keys.end(), k.begin(), k.end());
    }
    if (deliver_drafts) sink.document(std::move(a.doc));
  });
  po.draft = false;
  po.wording = {false, &draft_passages};
  po.range = select(true);
  if (shard.drafts_only) return draft_passages;
  if (!o.db.empty()) {
    ok = add_indexed(o.db, rules, plan.draft_mode, keys, o.quiet, diags, [&](index::StoredDocument&& d) {
      if (drafts.count(identities.of(d.info)) == 0) sink.document(std::move(d));
    });
  } else if (plan.draft_mode) {
    Pipeline(rules, po).run(plan.against, plan.read, diags, [&](Analyzed&& a) {
      if (drafts.count(identities.of(a.doc.info)) != 0) return;
      sink.echoes(std::move(a.echoes));
      sink.document(std::move(a.doc));
    });
  }
  return draft_passages;
}

int assemble(const Plan& plan, const CheckOptions& o, Collected&& collected, check::Findings& found,
             const check::DraftPassages& passages,
             const std::function<std::vector<report::TimelineEntry>(const std::set<std::string>&)>& timeline,
             base::Diagnostics& diags, Progress& progress) {
  const Project& project = plan.project;
  report::Report result;
  result.rules_fingerprint = plan.rules->fingerprint();
  for (const auto& c : check::all_checks()) result.checks.push_back(&c->info());
  result.documents = std::move(collected.documents);
  std::vector<check::Finding> per_document = std::move(collected.per_document);
  for (auto& f : collected.reused.findings(passages)) per_document.push_back(std::move(f));
  result.findings = check::finish(found, std::move(per_document));
  progress.finish();
  check::drop_covered(result.findings);
  if (plan.changed) keep_changed(result.findings, *plan.changed);
  if (!o.write_baseline.empty()) {
    const bool ok = report::write_baseline(o.write_baseline, result.findings, diags);
    if (ok) {
      std::fprintf(stderr, "concord: wrote %zu finding%s to %s; check with --baseline %s to see only new ones\n",
                   result.findings.size(), result.findings.size() == 1 ? "" : "s", o.write_baseline.c_str(),
                   o.write_baseline.c_str());
    }
    print_diagnostics(diags);
    return ok && !diags.has_errors() ? kExitClean : kExitError;
  }
  for (auto& [f, reason] : check::apply_suppressions(result.findings, collected.suppressions)) {
    result.suppressed.push_back({std::move(f), "comment: " + reason});
  }
  if (plan.baseline) {
    std::vector<check::Finding> fresh;
    for (auto& f : result.findings) {
      if (plan.baseline->count(f.fingerprint) != 0) {
        result.suppressed.push_back({std::move(f), "baseline"});
      } else {
        fresh.push_back(std::move(f));
      }
    }
    result.findings = std::move(fresh);
  }
  if (plan.format->timeline) {
    std::set<std::string> subjects;
    for (const auto& f : result.findings) {
      if (!f.subject.empty()) subjects.insert(f.subject);
    }
    try {
      result.timeline = timeline(subjects);
    } catch (const std::runtime_error& e) {
      diags.error({}, "{}", e.what());
    }
  }

  const std::size_t undated = result.documents.undated();
  if (undated > 0 && !o.quiet) {
    const std::string who = result.documents.size() == 1
                                ? std::string("the document has")
                                : fmt::format("{} of {} documents have", undated, result.documents.size());
    diags.note({}, "{} no publication date, so relative dates (\"on Monday\") are not resolved; give "
               "dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD", who);
  }
  for (const auto& d : diags.all()) {
    if (d.unread != base::Unread::no) result.unread.push_back(d);
  }
  std::FILE* out = open_output(o.output, diags);
  if (out != nullptr) {
    if (o.output != "-") progress.stage("writing " + o.output);  // on a terminal, the report is what shows
    result.color = use_color(o.color, out);
    result.output_path = o.output == "-" ? std::string() : o.output;
    try {
      plan.format->make()->write(result, out);
    } catch (const std::runtime_error& e) {
      diags.error({}, "{}", e.what());  // the documents' temporary file could not be read back
    }
    close_output(out, o.output, diags);
    progress.finish();
  }
  // The report is written either way; strict makes an unread input fail the run.
  if ((o.strict || project.strict) && !result.unread.empty() && !diags.has_errors()) {
    diags.error({}, "{}: {}; the report lists them", o.strict ? "--strict" : "strict: true in " + project.path,
                report::unread_summary(result.unread));
  }
  print_diagnostics(diags);
  if (diags.has_errors()) return kExitError;
  const std::string fail_on = !o.fail_on.empty() ? o.fail_on : !project.fail_on.empty() ? project.fail_on : "error";
  return fails(result.findings, fail_on) ? kExitFindings : kExitClean;
}

}  // namespace concord::app
