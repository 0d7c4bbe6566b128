// Turns a file's bytes into valid UTF-8 text that maps back to those bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace concord::ingest {

struct Decoded {
  bool binary = false;        // not text: the caller skips the file with a warning
  std::string why_binary;     // e.g. "it contains NUL bytes (first at byte 1234)"
  std::string text;           // valid UTF-8
  std::string raw;            // bytes that citations point into; empty = same as text
  SourceMap map;              // text -> raw
  std::vector<std::string> notes;
};

// Decodes a file's bytes: UTF-8 (BOM skipped) as is; UTF-16 with a BOM
// transcoded; bytes that are not valid UTF-8 read as Windows-1252; NUL bytes
// or mostly control characters mean binary. Never fails on any input.
Decoded decode(std::string bytes);

// Returns the spans of lines in text that look double-encoded (UTF-8 read as
// Latin-1/Windows-1252 and encoded again, e.g. "â€™" or "³Ô¹Ï"), with notes.
std::vector<Excluded> find_mojibake(std::string_view text, std::vector<std::string>& notes);

}  // namespace concord::ingest
