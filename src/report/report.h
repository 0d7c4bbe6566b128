// What `concord check` reports, and the writers for each output format.
//
// Every format is written from the same Report by a small writer; adding a
// format is one new file and one line in registry.cpp.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diag.h"
#include "check/check.h"
#include "check/finding.h"
#include "ingest/document.h"

namespace concord::base {
class Spill;
}  // namespace concord::base

namespace concord::report {

struct DocumentInfo {
  std::string path;
  std::string id;
  std::optional<base::Date> date;
  ingest::DateSource date_source = ingest::DateSource::unknown;
  bool draft = false;  // named as a PATH of `check --against`
  std::size_t sentences = 0;
  std::size_t claims = 0;
  std::size_t bytes = 0;
};

// One dated claim on an entity's timeline (the HTML report draws these for
// the entities that findings are about).
struct TimelineEntry {
  std::string entity;     // display name
  std::string date;       // normalized: "2014-11-17", "2014-11", "2013"
  std::int64_t first_day = 0;  // for sorting
  std::string what;       // "arrive: Moscow", "meet: Sergey Lavrov"
  rules::Modality modality = rules::Modality::asserted;
  ingest::Citation citation;
  bool draft = false;
};

// The documents a run read, in input order. A batch report over an archive
// reads millions: past the first few thousand they go to a temporary file
// (base::Spill) and are read back as the report is written, so memory does
// not grow with the archive.
class DocumentList {
 public:
  explicit DocumentList(std::size_t held = 4096);
  ~DocumentList();
  DocumentList(DocumentList&&) noexcept;
  DocumentList& operator=(DocumentList&&) noexcept;

  // Throws std::runtime_error when the temporary file cannot be written.
  void push_back(const DocumentInfo& d);

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::size_t drafts() const { return drafts_; }
  std::size_t undated() const { return undated_; }
  std::size_t bytes() const { return bytes_; }

  // Every document, in the order pushed. Throws std::runtime_error when the
  // temporary file cannot be read back.
  void for_each(const std::function<void(const DocumentInfo&)>& f) const;

 private:
  std::size_t held_limit_;
  std::vector<DocumentInfo> held_;
  std::unique_ptr<base::Spill> spill_;  // once past held_limit_: every document
  std::size_t size_ = 0, drafts_ = 0, undated_ = 0, bytes_ = 0;
};

// Inputs named by unread diagnostics (distinct paths): not read at all, and
// read only in part.
struct UnreadCount {
  std::size_t whole = 0;
  std::size_t part = 0;
};
UnreadCount count_unread(const std::vector<base::Diagnostic>& unread);

// "2 inputs not read, 1 read in part"; "" when every input was read.
std::string unread_summary(const std::vector<base::Diagnostic>& unread);

// "not-read" or "read-in-part", as the JSON and SARIF reports write it.
const char* unread_status(base::Unread u);

// A finding that was not reported, and why.
struct Suppressed {
  check::Finding finding;
  std::string reason;     // "baseline", or the comment's reason
};

struct Report {
  DocumentList documents;
  std::vector<check::Finding> findings;  // sorted, merged, filtered
  std::vector<const check::CheckInfo*> checks;  // every check that ran, registry order
  std::string rules_fingerprint;
  std::vector<Suppressed> suppressed;    // by the baseline or inline comments
  std::vector<TimelineEntry> timeline;   // sorted by entity, then date
  // Inputs not read or read only in part (diagnostics with `unread` set),
  // in the order reported: every format lists them and counts them in its
  // summary, so a clean report never hides a story it did not read.
  std::vector<base::Diagnostic> unread;

  // How the report is being written.
  bool color = false;        // ANSI colours (text, on a terminal without NO_COLOR)
  std::string output_path;   // --output FILE, or "" for stdout (links are made relative to it)
};

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void write(const Report& report, std::FILE* out) = 0;
};

struct Format {
  std::string name;         // --format NAME
  std::string description;  // for --help and docs
  std::function<std::unique_ptr<Writer>()> make;
  bool timeline = false;    // writes Report::timeline: only then is it gathered (a pass over every claim)
};

// Every output format. Defined in registry.cpp.
const std::vector<Format>& formats();
const Format* find_format(std::string_view name);

// Factories, one per writer file.
std::unique_ptr<Writer> make_text_writer();
std::unique_ptr<Writer> make_json_writer();
std::unique_ptr<Writer> make_html_writer();
std::unique_ptr<Writer> make_sarif_writer();
std::unique_ptr<Writer> make_github_writer();
std::unique_ptr<Writer> make_markdown_writer();
std::unique_ptr<Writer> make_gitlab_writer();

}  // namespace concord::report
