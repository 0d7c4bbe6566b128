// Where each byte of a document's analysis text came from in the original file.
//
// Every later stage works on Document::text; a citation maps its span back
// through the SourceMap to raw bytes, then through a LineIndex to line and
// column, so a finding points at the exact words in the file the user has.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::ingest {

enum class Bias { begin, end };

// Maps offsets in a text to offsets in the raw bytes it was made from.
// Invariant: segments are contiguous in text space. In raw space they are
// non-decreasing, except where HTML's tree builder moved text: such text
// starts a paragraph of its own (ingest/html.cpp), so no sentence spans a
// step back.
class SourceMap {
 public:
  // Text and raw are the same bytes, raw starting at raw_offset.
  static SourceMap identity(std::size_t length, std::size_t raw_offset = 0);

  // Appends a segment: the next text_len bytes of text came from
  // raw[raw_begin, raw_begin + raw_len). Equal lengths map byte for byte;
  // otherwise (an entity, a transcoded character, inserted text) the segment
  // maps as a whole. Adjacent byte-for-byte segments are merged.
  void add(std::size_t text_len, std::size_t raw_begin, std::size_t raw_len);

  // Returns the raw offset for a text offset. Inside a segment that does not
  // map byte for byte, Bias::begin gives its raw start and Bias::end its raw end.
  std::size_t to_raw(std::size_t text_offset, Bias bias) const;

  // Returns the map text -> raw given this (text -> mid) and inner (mid -> raw).
  SourceMap then(const SourceMap& inner) const;

  std::size_t text_size() const;
  std::size_t segment_count() const { return segs_.size(); }

 private:
  struct Seg {
    std::size_t text, raw, text_len, raw_len;
  };
  std::vector<Seg> segs_;
};

struct Position {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in code points
  friend bool operator==(const Position&, const Position&) = default;
};

// Line and column of byte offsets in raw bytes (UTF-8; an invalid byte counts
// as one column, as it is one Windows-1252 character).
class LineIndex {
 public:
  // first_line is the line number of raw[0] (not 1 for a JSONL record).
  explicit LineIndex(std::string_view raw, int first_line = 1);

  Position position(std::size_t raw_offset) const;

 private:
  std::string_view raw_;
  int first_line_;
  std::vector<std::size_t> line_starts_;
  // Code points before each 4 KiB block, so a column on a 50 MB line costs
  // at most one block's scan.
  std::vector<std::size_t> block_starts_;
  std::vector<std::uint64_t> block_cps_;
  std::uint64_t cps_before(std::size_t offset) const;
};

}  // namespace concord::ingest
