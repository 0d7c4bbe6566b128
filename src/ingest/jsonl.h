// One JSONL archive line -> one document's fields, with a source map from the
// decoded "text" value back to the bytes of the line (escapes included).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diag.h"
#include "ingest/source_map.h"

namespace concord::ingest {

struct JsonlRecord {
  std::string id;
  std::string text;
  SourceMap text_map;  // text -> byte offsets in the line
  std::string date, title, outlet, url;
  int date_column = 0;
};

// Parses line (valid UTF-8) as one JSON object with at least "id" and "text".
// Reports errors at path:line_no:column and returns nullopt.
std::optional<JsonlRecord> parse_jsonl_line(std::string_view line, const std::string& path,
                                            int line_no, base::Diagnostics& diags);

}  // namespace concord::ingest
