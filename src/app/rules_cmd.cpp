#include "app/rules_cmd.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "app/common.h"
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

std::unique_ptr<rules::RuleSet> load(const RulesOptions& o, base::Diagnostics& diags, Project& project,
                                     std::vector<std::string>& targets) {
  project = find_project(diags);
  RuleOptions ro;
  ro.default_rules = o.default_rules && project.default_rules;
  ro.dirs = o.dirs.empty() ? project.rules : o.dirs;
  targets = target_dirs(o, project);
  if (targets.empty()) {
    for (auto& p : rules::pack_dirs(bundled_rules_dir())) targets.push_back(base::display_path(p));
    ro.default_rules = true;
  }
  return load_rules(ro, diags);
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
  return read_claims(*doc, layout, rules, false, extractor).claims;
}

}  // namespace

int run_rules_lint(const RulesOptions& o) {
  base::Diagnostics diags;
  Project project;
  std::vector<std::string> targets;
  auto rules = load(o, diags, project, targets);
  if (rules) {
    for (const auto& x : rules->extractors()) {
      const bool mine = std::any_of(rules->packs().begin(), rules->packs().end(), [&](const rules::Pack& p) {
        return in_targets(p, targets) && std::any_of(p.extractors.begin(), p.extractors.end(),
                                                     [&](const rules::Extractor& e) { return e.id == x.id; });
      });
      if (mine && x.examples.empty()) {
        diags.warning(x.where, "extractor '{}' has no examples; add some so `concord rules test` can check it",
                      x.id);
      }
    }
  }
  print_diagnostics(diags);
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
  Project project;
  std::vector<std::string> targets;
  auto rules = load(o, diags, project, targets);
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

int run_rules_test(const RulesOptions& o) {
  base::Diagnostics diags;
  Project project;
  std::vector<std::string> targets;
  auto rules = load(o, diags, project, targets);
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
