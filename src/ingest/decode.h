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

// A line that looks double-encoded: UTF-8 or a legacy encoding read as
// Latin-1/Windows-1252 and encoded again ("â€™" for ’, "³Ô¹Ï" for Chinese).
struct Mojibake {
  Span line;            // the whole line, without its newline
  std::size_t at = 0;   // where the first suspect characters start
  std::string sample;   // those characters
};

// Returns the lines of text that look double-encoded, in order. Valid UTF-8
// is double-encoded only where that reading is the likely one: a run of
// Latin-1 characters and symbols that encodes back to the UTF-8 of a common
// character, or C1 controls, or a run of Latin-1 symbols typed text seldom
// holds. "É€" or "groß…" as written are text: read back as UTF-8 they would
// spell rare characters (U+0240, N'Ko).
std::vector<Mojibake> find_mojibake(std::string_view text);

}  // namespace concord::ingest
