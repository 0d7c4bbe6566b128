// The result of `concord check` and its writers.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "ingest/document.h"

namespace concord::report {

struct DocumentInfo {
  std::string path;
  std::string id;
  std::optional<base::Date> date;
  ingest::DateSource date_source = ingest::DateSource::unknown;
  bool draft = false;  // named as a path to check (not only an --against archive)
  std::size_t sentences = 0;
  std::size_t bytes = 0;
};

struct CheckReport {
  std::vector<DocumentInfo> documents;
};

enum class CheckFormat { text, json };

void write_check_report(const CheckReport& report, CheckFormat format, std::FILE* out);

}  // namespace concord::report
