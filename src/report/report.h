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
#include "check/check.h"
#include "check/finding.h"
#include "ingest/document.h"

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

struct Report {
  std::vector<DocumentInfo> documents;
  std::vector<check::Finding> findings;  // sorted, merged, filtered
  std::vector<const check::CheckInfo*> checks;  // every check that ran, registry order
  std::string rules_fingerprint;
  std::size_t suppressed = 0;  // by baseline or inline comments
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
};

// Every output format. Defined in registry.cpp.
const std::vector<Format>& formats();
const Format* find_format(std::string_view name);

// Factories, one per writer file.
std::unique_ptr<Writer> make_text_writer();
std::unique_ptr<Writer> make_json_writer();

}  // namespace concord::report
