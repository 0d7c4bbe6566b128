#include "app/rules_cmd.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "app/common.h"
#include "app/pipeline.h"
#include "app/project.h"
#include "claim/compare.h"
#include "ingest/reader.h"
#include "rules/loader.h"
#include "text/layout.h"

namespace concord::app {

namespace fs = std::filesystem;

namespace {

// The packs the user asked about: theirs, or else the bundled ones.
std::vector<std::string> target_dirs(const RulesOptions& o, const Project& project) {
  std::vector<std::string> dirs;
  const std::vector<std::string>& asked = o.dirs.empty() ? project.rules : o.dirs;
  for (const auto& d : asked) {
    for (auto& p : rules::pack_dirs(d)) dirs.push_back(base::display_path(p));
  }
  return dirs;
}

// The packs to load, and in targets those the user asked about.
RuleOptions options_for(const RulesOptions& o, base::Diagnostics& diags, std::vector<std::string>& targets) {
  const Project project = find_project(diags);
  RuleOptions ro;
  ro.default_rules = o.default_rules && project.default_rules;
  ro.dirs = o.dirs.empty() ? project.rules : o.dirs;
  targets = target_dirs(o, project);
  if (targets.empty()) {
    for (auto& p : rules::pack_dirs(bundled_rules_dir())) targets.push_back(base::display_path(p));
    ro.default_rules = true;
  }
  return ro;
}

std::unique_ptr<rules::RuleSet> load(const RulesOptions& o, base::Diagnostics& diags,
                                     std::vector<std::string>& targets) {
  return load_rules(options_for(o, diags, targets), diags);
}

bool in_targets(const rules::Pack& p, const std::vector<std::string>& targets) {
  return std::find(targets.begin(), targets.end(), p.dir) != targets.end();
}

std::string describe(const claim::Claim& c) {
  std::string s = c.predicate;
  for (const auto& f : c.fields) s += fmt::format(" {}={}", f.name, f.value.to_string());
  return s + fmt::format(" modality={}", rules::modality_name(c.modality));
}

std::string describe(const std::map<std::string, std::string>& expected) {
  std::string s;
  for (const auto& [k, v] : expected) s += fmt::format("{}{}={}", s.empty() ? "" : " ", k, v);
  return s;
}

bool matches(const claim::Claim& c, const std::map<std::string, std::string>& expected,
             const rules::Gazetteer& gazetteer) {
  for (const auto& [field, value] : expected) {
    if (field == "modality") {
      if (value != rules::modality_name(c.modality)) return false;
      continue;
    }
    const claim::Value* v = c.get(field);
    if (v == nullptr || !claim::matches_expected(*v, value, gazetteer)) return false;
  }
  return true;
}

// Runs one example through the whole pipeline, as a one-paragraph document.
std::vector<claim::Claim> claims_of(const rules::Example& e, int extractor, const rules::RuleSet& rules) {
  base::Diagnostics ignored;
  ingest::ReadOptions read;
  auto doc = ingest::make_document("example.txt", e.text, ingest::Format::text, read, std::nullopt, ignored);
  if (!doc) return {};
  if (e.date) {
    doc->meta.date = e.date;
    doc->meta.date_source = ingest::DateSource::flag;
  }
  const text::Layout layout = text::analyze(*doc);
  return read_claims(*doc, layout, rules, false, {extractor, claim::kClaimsScope.mention_types}).claims;
}

// Diagnostics in the order of the files and lines they point at: a pack's
// mistakes read top to bottom, whichever stage found them. A note stays
// after the error on its line.
base::Diagnostics by_position(const base::Diagnostics& diags) {
  std::vector<base::Diagnostic> all = diags.all();
  std::stable_sort(all.begin(), all.end(), [](const base::Diagnostic& a, const base::Diagnostic& b) {
    return std::tie(a.where.path, a.where.line) < std::tie(b.where.path, b.where.line);
  });
  base::Diagnostics out;
  for (auto& d : all) out.add(d.severity, std::move(d.where), std::move(d.message));
  return out;
}

}  // namespace

int run_rules_lint(const RulesOptions& o) {
  base::Diagnostics diags;
  std::vector<std::string> targets;
  const RuleOptions ro = options_for(o, diags, targets);
  // Every pack is read whole and compiled even after a mistake, so that one
  // run reports every mistake the loader and the compiler can find.
  ReadPacks read = read_packs(ro, diags);
  for (const rules::Pack& p : read.packs) {
    if (!in_targets(p, targets)) continue;
    for (const rules::IdleKey& idle : rules::idle_keys(p, read.packs)) diags.warning(idle.where, "{}", idle.message);
    for (const rules::Extractor& x : p.extractors) {
      if (x.examples.empty()) {
        diags.warning(x.where, "extractor '{}' has no examples; add some so `concord rules test` can check it",
                      x.id);
      }
    }
  }
  auto rules = compile_packs(std::move(read), diags);
  print_diagnostics(by_position(diags));
  if (!rules) return kExitError;
  for (const rules::Pack& p : rules->packs()) {
    if (!in_targets(p, targets)) continue;
    fmt::print("{}: ok ({} extractors, {} predicates, {} vocabulary entries, {} entities)\n", p.dir,
               p.extractors.size(), p.predicates.size(), p.vocabulary.size(), p.entities.size());
  }
  return kExitClean;
}

int run_rules_patterns(const RulesOptions& o) {
  base::Diagnostics diags;
  std::vector<std::string> targets;
  auto rules = load(o, diags, targets);
  print_diagnostics(diags);
  if (!rules) return kExitError;
  for (int x = 0; x < static_cast<int>(rules->extractors().size()); ++x) {
    const rules::Extractor& e = rules->extractors()[static_cast<std::size_t>(x)];
    for (int p = 0; p < static_cast<int>(e.patterns.size()); ++p) {
      fmt::print("{}\t{}\n", e.id, rules->expanded_pattern(x, p));
    }
  }
  return kExitClean;
}

int run_rules_profile(const RulesOptions& o) {
  base::Diagnostics diags;
  std::vector<std::string> targets;
  auto rules = load(o, diags, targets);
  if (!rules) {
    print_diagnostics(diags);
    return kExitError;
  }
  rules->start_profile();
  // One thread: each program's time is then its own, not a share of a
  // machine other threads were using too.
  PipelineOptions po;
  po.jobs = 1;
  std::uint64_t bytes = 0;
  const std::size_t documents = Pipeline(*rules, po).run(o.on, {}, diags, [&](Analyzed&& a) {
    bytes += a.doc.info.bytes;
  });
  print_diagnostics(diags);
  if (diags.has_errors()) return kExitError;
  rules::MatchCost cost = rules->cost();
  std::vector<rules::ProgramCost> used;  // programs that ran, or compiled to be asked
  for (auto& p : cost.programs) {
    if (p.runs != 0 || p.compile_seconds != 0) used.push_back(std::move(p));
  }
  std::stable_sort(used.begin(), used.end(), [](const auto& a, const auto& b) {
    return a.seconds + a.compile_seconds > b.seconds + b.compile_seconds;
  });
  const double total = std::max(cost.seconds, 1e-9);
  fmt::print("{} document{}, {:.1f} MB, {} sentence{}; the rules took {:.2f} s, {:.2f} s of it deciding which rules "
             "may match each sentence\n\n",
             documents, documents == 1 ? "" : "s", static_cast<double>(bytes) / (1 << 20), cost.sentences,
             cost.sentences == 1 ? "" : "s", cost.seconds, cost.filter_seconds);
  fmt::print("{:<36} {:>7} {:>9} {:>9} {:>9} {:>10}\n", "rule (pattern)", "share", "ran-on", "matched", "ms",
             "ms-compile");
  const std::size_t shown = o.top == 0 ? used.size() : std::min(o.top, used.size());
  for (std::size_t i = 0; i < shown; ++i) {
    const rules::ProgramCost& p = used[i];
    const std::string name = p.extractor < 0
                                 ? "mention {" + p.mention + "}"
                                 : fmt::format("{} ({})", rules->extractors()[static_cast<std::size_t>(p.extractor)].id,
                                               p.pattern + 1);
    fmt::print("{:<36} {:>6.1f}% {:>9} {:>9} {:>9.1f} {:>10.1f}\n", name,
               100 * (p.seconds + p.compile_seconds) / total, p.runs, p.matched, p.seconds * 1e3,
               p.compile_seconds * 1e3);
  }
  if (shown < used.size()) fmt::print("... {} more; --top 0 lists them all\n", used.size() - shown);
  return kExitClean;
}

int run_rules_test(const RulesOptions& o) {
  base::Diagnostics diags;
  std::vector<std::string> targets;
  auto rules = load(o, diags, targets);
  print_diagnostics(diags);
  if (!rules) return kExitError;
  int passed = 0;
  int failed = 0;
  int tested_rules = 0;
  std::optional<int> only;
  if (!o.rule.empty()) {
    only = rules->extractor_index(o.rule);
    if (!only) {
      fmt::print(stderr, "concord: error: --rule '{}': no such rule\n", o.rule);
      return kExitError;
    }
  }
  for (const rules::Pack& p : rules->packs()) {
    if (!in_targets(p, targets)) continue;
    for (const rules::Extractor& x : p.extractors) {
      const int index = *rules->extractor_index(x.id);
      if (only && index != *only) continue;
      ++tested_rules;
      for (std::size_t k = 0; k < x.examples.size(); ++k) {
        const rules::Example& e = x.examples[k];
        const auto actual = claims_of(e, index, *rules);
        std::vector<std::string> problems;
        if (e.expect_none) {
          for (const auto& c : actual) problems.push_back("unexpected: " + describe(c));
        } else if (e.expect.empty()) {
          if (actual.empty()) problems.push_back("expected at least one claim, got none");
        } else {
          for (const auto& want : e.expect) {
            const bool found = std::any_of(actual.begin(), actual.end(),
                                           [&](const claim::Claim& c) { return matches(c, want, rules->gazetteer()); });
            if (!found) problems.push_back("missing:    " + describe(want));
          }
        }
        const std::string where = base::format_location(e.where);
        if (problems.empty()) {
          ++passed;
          if (o.verbose) fmt::print("PASS  {}  {}\n", x.id, where);
          continue;
        }
        ++failed;
        fmt::print("FAIL  {}  {}\n      text:   {}\n", x.id, where, e.text);
        for (const auto& pr : problems) fmt::print("      {}\n", pr);
        if (!e.expect_none) {
          for (const auto& c : actual) fmt::print("      actual:     {}\n", describe(c));
          if (actual.empty()) fmt::print("      actual:     (no claims)\n");
        }
      }
    }
  }
  fmt::print("{} passed, {} failed ({} examples in {} rules)\n", passed, failed, passed + failed, tested_rules);
  return failed > 0 ? kExitFindings : kExitClean;
}

}  // namespace concord::app
