#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <exception>
#include <iostream>
#include <string>

#include "app/check.h"
#include "app/common.h"
#include "app/explain.h"
#include "app/index_cmd.h"
#include "app/rules_cmd.h"
#include "app/stage.h"
#include "report/report.h"

namespace concord::cli {

namespace {

constexpr const char* kDescription =
    "concord finds where news stories contradict each other (dates, titles, numbers, ages, "
    "meetings, trips) and cites the words on each side.";

constexpr const char* kFooter =
    "Examples:\n"
    "  concord check draft.md --against archive/   does the draft contradict the archive?\n"
    "  concord check archive/                      every contradiction within an archive\n"
    "  concord explain story.txt                   what concord reads in a story, and why\n"
    "  concord index archive/ --db archive.db      extract the archive's claims once (updates what changed)\n"
    "  concord check draft.md --db archive.db      the draft against that index\n"
    "\n"
    "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or input error.\n"
    "Documentation: docs/cli.md";

void add_read_options(CLI::App* cmd, std::vector<std::string>& dates, std::string& stdin_name) {
  cmd->add_option("--date", dates,
                  "Publication date of a document, PATH=YYYY-MM-DD (repeatable); overrides front "
                  "matter, manifests and the page")
      ->type_name("PATH=DATE");
  cmd->add_option("--stdin-filename", stdin_name,
                  "Name to cite for text read from '-'; its extension picks the format")
      ->type_name("NAME");
}

// The options of `concord check`, which `concord stage` takes too.
void add_check_options(CLI::App* cmd, app::CheckOptions& o, bool& no_defaults) {
  cmd->add_option("--against", o.against,
                  "Archive to check against: only findings that involve PATHS are reported")
      ->type_name("ARCHIVE");
  std::vector<std::string> format_names;
  for (const auto& f : report::formats()) format_names.push_back(f.name);
  cmd->add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(format_names))
      ->capture_default_str();
  cmd->add_option("--fail-on", o.fail_on,
                  "Exit 1 when a finding is at least this severe (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  cmd->add_option("--rules", o.rule_dirs, "Also load the rule packs in DIR (repeatable)")
      ->type_name("DIR");
  cmd->add_flag("--no-default-rules", no_defaults, "Do not load concord's bundled rule packs");
  cmd->add_option("-o,--output", o.output, "Write the report to FILE instead of stdout")
      ->type_name("FILE");
  cmd->add_flag("-q,--quiet", o.quiet, "Print nothing but findings and errors");
  cmd->add_flag("--strict", o.strict,
                "Exit 2 when an input is not read, or read only in part (for CI); the report is still written");
  cmd->add_option("--color", o.color, "Colour the text report: auto (on a terminal, unless NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("--baseline", o.baseline,
                  "Do not report findings recorded in FILE (see `concord baseline write`)")
      ->type_name("FILE");
  cmd->add_option("--changed-lines", o.changed_lines,
                  "Report only findings on lines a unified diff adds or changes (- for stdin)")
      ->type_name("DIFF");
  cmd->add_option("--git-diff", o.git_diff,
                  "Report only findings on lines changed since git REF (git diff -U0 REF)")
      ->type_name("REF");
  cmd->add_option("--db", o.db,
                  "Check PATHS against a claim index (see `concord index`); without PATHS, report on the whole index")
      ->type_name("FILE");
  cmd->add_option("-j,--jobs", o.jobs, "Read and extract on N threads (default: one per core); output is the same for any N")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N");
  cmd->add_option("--work-mem", o.work_mem_mb,
                  "Memory for claims while checking, in MB (default: a quarter of the machine's); a larger "
                  "archive is checked in parts through temporary files in $TMPDIR. Output is the same for any value")
      ->check(CLI::PositiveNumber)
      ->type_name("MB");
  add_read_options(cmd, o.dates, o.stdin_name);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(kDescription, "concord");
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("concord ") + CONCORD_VERSION);
  app.require_subcommand(1);
  app.get_formatter()->column_width(34);

  app::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check documents for contradictions");
  CLI::Option* check_paths =
      check_cmd->add_option("PATH", check.paths, "Files, folders, JSONL archives, or - for stdin")->type_name("");
  // PATH is required unless --db names an index to report on. Required, it
  // also stops a repeatable option (--against) from taking the drafts.
  bool db_given = false;
  for (int i = 1; i < argc; ++i) db_given = db_given || std::string(argv[i]).rfind("--db", 0) == 0;
  if (!db_given) check_paths->required();
  bool check_no_defaults = false;
  add_check_options(check_cmd, check, check_no_defaults);

  // `concord stage STEP --work-dir DIR ... [check's arguments]`: app/stage.h.
  app::CheckOptions staged;
  app::StageOptions stage;
  bool stage_no_defaults = false;
  CLI::App* stage_cmd = app.add_subcommand(
      "stage", "The steps of check as separate commands, for a run over many machines (docs/distributed.md)");
  stage_cmd->require_subcommand(1);
  const std::pair<const char*, const char*> steps[] = {
      {"extract", "Read and extract shard K of the inputs (--shard K --shards S)"},
      {"entities", "Merge what the S shards name into one set of entities (--shards S)"},
      {"route", "Resolve shard K's claims and split them into P parts (--shard K --shards S --parts P)"},
      {"check", "Check part J into findings (--part J --shards S --parts P)"},
      {"merge", "Merge the parts' findings and write the report as check would (--shards S --parts P)"},
  };
  std::vector<CLI::App*> stage_cmds;
  for (const auto& [name, what] : steps) {
    CLI::App* sub = stage_cmd->add_subcommand(name, what);
    sub->add_option("PATH", staged.paths, "The PATHs given to check")->required()->type_name("");
    sub->add_option("--work-dir", stage.work_dir, "The run's shared work folder")->required()->type_name("DIR");
    sub->add_option("--shard", stage.shard, "This shard, from 0")->type_name("K");
    sub->add_option("--shards", stage.shards, "Shards the inputs are read in")->type_name("S");
    sub->add_option("--part", stage.part, "This part, from 0")->type_name("J");
    sub->add_option("--parts", stage.parts, "Parts the claims are checked in")->type_name("P");
    add_check_options(sub, staged, stage_no_defaults);
    stage_cmds.push_back(sub);
  }

  app::ExplainOptions explain;
  CLI::App* explain_cmd =
      app.add_subcommand("explain", "Show what concord reads in documents: sentences, what it skips and why");
  explain_cmd->add_option("PATH", explain.paths, "Files, folders, JSONL archives, or - for stdin")
      ->required()
      ->type_name("");
  explain_cmd->add_option("-f,--format", explain.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  explain_cmd->add_option("-o,--output", explain.output, "Write to FILE instead of stdout")
      ->type_name("FILE");
  add_read_options(explain_cmd, explain.dates, explain.stdin_name);
  explain_cmd->add_option("--rule", explain.rule, "Show only the claims of this rule (e.g. core.arrived)")
      ->type_name("ID");
  explain_cmd->add_option("--against", explain.against,
                          "Also check PATHs against this archive and show, under each claim, what it was compared "
                          "with and why two claims were not compared (repeatable)")
      ->type_name("PATH");
  explain_cmd->add_option("--finding", explain.finding,
                          "Explain one finding of that check: its fingerprint (or its first 6+ characters) from a "
                          "JSON, SARIF or HTML report or a baseline")
      ->type_name("FP");
  explain_cmd->add_option("--rules", explain.rule_dirs, "Also load the rule packs in DIR (repeatable)")
      ->type_name("DIR");
  bool explain_no_defaults = false;
  explain_cmd->add_flag("--no-default-rules", explain_no_defaults, "Do not load concord's bundled rule packs");

  // `concord baseline write FILE PATH...`: the same reading as check.
  app::CheckOptions base_opts;
  CLI::App* baseline_cmd = app.add_subcommand("baseline", "Record today's findings, so only new ones are reported");
  baseline_cmd->require_subcommand(1);
  CLI::App* baseline_write = baseline_cmd->add_subcommand(
      "write", "Check PATHs and write every finding's fingerprint to FILE, for check --baseline FILE");
  baseline_write->add_option("FILE", base_opts.write_baseline, "The baseline file to write")->required()->type_name("");
  baseline_write->add_option("PATH", base_opts.paths, "Files, folders, JSONL archives")->required()->type_name("");
  baseline_write->add_option("--against", base_opts.against, "Archive to check against")->type_name("ARCHIVE");
  baseline_write->add_option("--rules", base_opts.rule_dirs, "Also load the rule packs in DIR")->type_name("DIR");
  baseline_write->add_option("-j,--jobs", base_opts.jobs, "Read and extract on N threads (default: one per core)")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N");
  baseline_write->add_option("--date", base_opts.dates, "Publication date of a document, PATH=YYYY-MM-DD")
      ->type_name("PATH=DATE");

  app::IndexOptions index_opts;
  CLI::App* index_cmd =
      app.add_subcommand("index", "Extract an archive's claims into an index file, for check --db; updates only what changed");
  index_cmd->add_option("ARCHIVE", index_opts.paths,
                        "Folders, files, JSONL archives (default: those indexed last time, else the project's against:)")
      ->type_name("");
  index_cmd->add_option("--db", index_opts.db, "The index file (SQLite), created if missing")->required()->type_name("FILE");
  index_cmd->add_option("--rules", index_opts.rule_dirs, "Also load the rule packs in DIR (repeatable)")->type_name("DIR");
  bool index_no_defaults = false;
  index_cmd->add_flag("--no-default-rules", index_no_defaults, "Do not load concord's bundled rule packs");
  index_cmd->add_option("-j,--jobs", index_opts.jobs, "Read and extract on N threads (default: one per core)")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N");
  index_cmd->add_flag("-q,--quiet", index_opts.quiet, "Print nothing but errors");
  index_cmd->add_flag("--strict", index_opts.strict, "Exit 2 when an input is not read, or read only in part");
  index_cmd->add_option("--date", index_opts.dates, "Publication date of a document, PATH=YYYY-MM-DD (repeatable)")
      ->type_name("PATH=DATE");

  app::RulesOptions rules_opts;
  CLI::App* rules_cmd = app.add_subcommand("rules", "Check and test rule packs");
  rules_cmd->require_subcommand(1);
  CLI::App* lint_cmd = rules_cmd->add_subcommand(
      "lint", "Load rule packs and report every mistake with its file:line:col");
  CLI::App* test_cmd = rules_cmd->add_subcommand("test", "Run every extractor's examples and report failures");
  CLI::App* patterns_cmd = rules_cmd->add_subcommand(
      "patterns", "Print each extractor's final RE2 pattern (templates and {NAME}s expanded), one per line");
  CLI::App* profile_cmd = rules_cmd->add_subcommand(
      "profile", "Run the rules over stories and show what each rule costs: sentences it ran on, matched, time");
  profile_cmd->add_option("--on", rules_opts.on, "Stories to run the rules on: files, folders, JSONL archives")
      ->required()
      ->type_name("PATH");
  profile_cmd->add_option("--top", rules_opts.top, "Rules listed, dearest first (0: all)")->capture_default_str();
  bool rules_no_defaults = false;
  for (CLI::App* sub : {lint_cmd, test_cmd, patterns_cmd, profile_cmd}) {
    sub->add_option("DIR", rules_opts.dirs, "Rule pack folders (default: the project's, else the bundled packs)")
        ->type_name("");
    sub->add_flag("--no-default-rules", rules_no_defaults,
                  "Do not load the bundled packs alongside (for packs that stand alone)");
  }
  test_cmd->add_option("--rule", rules_opts.rule, "Test only this rule (e.g. core.arrived)")->type_name("ID");
  test_cmd->add_flag("-v,--verbose", rules_opts.verbose, "List passing examples too");

  // CLI11 would say "A subcommand is required" for a typo; name the typo.
  if (argc > 1 && argv[1][0] != '-') {
    std::string names;
    bool known = false;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      known = known || sub->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + sub->get_name();
    }
    if (!known) {
      std::cerr << "concord: error: unknown command '" << argv[1] << "'; the commands are " << names
                << "\nRun 'concord --help' for usage.\n";
      return app::kExitError;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "concord: error: " << e.what() << "\nRun 'concord --help' for usage.\n";
    return app::kExitError;
  }

  check.default_rules = !check_no_defaults;
  staged.default_rules = !stage_no_defaults;
  explain.default_rules = !explain_no_defaults;
  index_opts.default_rules = !index_no_defaults;
  rules_opts.default_rules = !rules_no_defaults;
  try {
    if (check_cmd->parsed()) return app::run_check(check);
    for (std::size_t i = 0; i < stage_cmds.size(); ++i) {
      if (stage_cmds[i]->parsed()) {
        stage.step = static_cast<app::StageStep>(i);  // in the order of `steps`, as the enum
        return app::run_stage(staged, stage);
      }
    }
    if (explain_cmd->parsed()) return app::run_explain(explain);
    if (index_cmd->parsed()) return app::run_index(index_opts);
    if (lint_cmd->parsed()) return app::run_rules_lint(rules_opts);
    if (baseline_write->parsed()) return app::run_check(base_opts);
    if (test_cmd->parsed()) return app::run_rules_test(rules_opts);
    if (patterns_cmd->parsed()) return app::run_rules_patterns(rules_opts);
    if (profile_cmd->parsed()) return app::run_rules_profile(rules_opts);
  } catch (const std::exception& e) {
    // The one top-level catch: a bug, not a user's mistake, but still a clear message.
    std::cerr << "concord: error: internal error: " << e.what()
              << "\nPlease report this with the command you ran.\n";
    return app::kExitError;
  }
  return app::kExitError;
}

}  // namespace concord::cli
