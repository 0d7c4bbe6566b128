// Runs the whole pipeline on small stories written in a test, with the
// bundled rule packs, and returns what `concord check` would report.
//
//   test::Run run;
//   run.archive("a.txt", "2014-11-18", "Choe arrived in Moscow on Monday.");
//   run.draft("d.md", "2014-11-20", "Choe arrived in Moscow on Wednesday.");
//   auto findings = run.check();            // drafts-only scope when a draft was added
//   CHECK(test::count(findings, "value-conflict", check::Severity::error) == 1);
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "app/common.h"
#include "app/partition.h"
#include "app/pipeline.h"
#include "app/project.h"
#include "check/run.h"
#include "graph/claim_graph.h"
#include "ingest/document.h"
#include "text/layout.h"

namespace concord::test {

// The bundled rule packs, compiled once for all tests.
inline const rules::RuleSet& bundled_rules() {
  static std::unique_ptr<rules::RuleSet> rules = [] {
    base::Diagnostics diags;
    app::RuleOptions o;
    auto r = app::load_rules(o, diags);
    if (!r) {
      for (const auto& d : diags.all()) std::fprintf(stderr, "%s\n", base::format_diagnostic(d).c_str());
      std::abort();
    }
    return r;
  }();
  return *rules;
}

// The claims of a dated plain-text story as extraction gives them (entities
// not yet merged across stories), as the index stores them.
inline std::vector<claim::Claim> claims_of(const std::string& path, const std::string& date,
                                           const std::string& text) {
  base::Diagnostics diags;
  auto doc = ingest::make_document(path, text, ingest::Format::text, {}, std::nullopt, diags);
  doc->meta.date = base::parse_date(date);
  doc->meta.date_source = ingest::DateSource::flag;
  return app::analyze(*doc, bundled_rules(), false).doc.claims;
}

class Run {
 public:
  // A story of the archive (date "" for unknown), as plain text; `source`
  // says where its date came from (inferred from the page: weaker findings).
  void archive(const std::string& path, const std::string& date, const std::string& text,
               ingest::DateSource source = ingest::DateSource::flag) {
    add(path, date, text, false, source);
  }
  // A draft being checked against the archive.
  void draft(const std::string& path, const std::string& date, const std::string& text,
             ingest::DateSource source = ingest::DateSource::flag) {
    add(path, date, text, true, source);
  }

  // Runs every check; drafts-only scope if any draft was added. Checks the
  // run whole and in parts (app/partition.h), and fails the test unless
  // every way reports the same.
  std::vector<check::Finding> check() {
    std::vector<check::Finding> whole = check_in(1);
    for (std::size_t parts : {2, 5}) {
      INFO("the run checked in " << parts << " parts");
      CHECK(describe(check_in(parts)) == describe(whole));
    }
    return whole;
  }

 private:
  std::vector<check::Finding> check_in(std::size_t parts) {
    app::PartitionedRun run(bundled_rules(), {.parts = parts});
    std::vector<check::Finding> per_doc;
    for (auto& d : docs_) {
      app::Analyzed a = app::analyze(d.doc, bundled_rules(), d.draft);
      for (auto& f : a.doc.findings) per_doc.push_back(std::move(f));
      run.add(std::move(a.doc));
    }
    check::Findings found(any_draft_ ? check::Scope::drafts : check::Scope::all);
    run.check(found);
    return check::finish(found, std::move(per_doc));
  }

  // Everything a report shows of the findings, one line per side and note.
  static std::string describe(const std::vector<check::Finding>& fs) {
    std::string out;
    for (const auto& f : fs) {
      out += f.check + " " + check::severity_name(f.severity) + " " + f.fingerprint + " " + f.subject + " | " +
             f.fact + " | " + f.message + "\n";
      for (const auto& s : f.sides) {
        out += "  " + s.citation.path + ":" + std::to_string(s.citation.start.line) + ":" +
               std::to_string(s.citation.start.column) + " " + s.value + " | " + s.citation.quote + "\n";
      }
      for (const auto& n : f.notes) out += "  note: " + n + "\n";
    }
    return out;
  }

  struct Doc {
    ingest::Document doc;
    bool draft;
  };
  void add(const std::string& path, const std::string& date, const std::string& text, bool draft,
           ingest::DateSource source) {
    base::Diagnostics diags;
    auto doc = ingest::make_document(path, text, ingest::Format::text, {}, std::nullopt, diags);
    if (!date.empty()) {
      doc->meta.date = base::parse_date(date);
      doc->meta.date_source = source;
    }
    docs_.push_back({std::move(*doc), draft});
    any_draft_ = any_draft_ || draft;
  }
  std::vector<Doc> docs_;
  bool any_draft_ = false;
};

// How many findings of a check at a severity.
inline int count(const std::vector<check::Finding>& fs, const std::string& check, check::Severity s) {
  int n = 0;
  for (const auto& f : fs) n += f.check == check && f.severity == s ? 1 : 0;
  return n;
}

// How many findings at a severity, any check.
inline int count(const std::vector<check::Finding>& fs, check::Severity s) {
  int n = 0;
  for (const auto& f : fs) n += f.severity == s ? 1 : 0;
  return n;
}

// The findings of one check, in report order.
inline std::vector<check::Finding> only(const std::vector<check::Finding>& fs, const std::string& check) {
  std::vector<check::Finding> out;
  for (const auto& f : fs) {
    if (f.check == check) out.push_back(f);
  }
  return out;
}

// True if `text` contains `part`.
inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace concord::test
