#include "ingest/source_map.h"

#include <algorithm>

#include "base/utf8.h"

namespace concord::ingest {

SourceMap SourceMap::identity(std::size_t length, std::size_t raw_offset) {
  SourceMap m;
  m.add(length, raw_offset, length);
  return m;
}

void SourceMap::add(std::size_t text_len, std::size_t raw_begin, std::size_t raw_len) {
  if (text_len == 0 && raw_len == 0) return;
  const std::size_t text = text_size();
  if (!segs_.empty()) {
    Seg& last = segs_.back();
    if (text_len == raw_len && last.text_len == last.raw_len &&
        last.raw + last.raw_len == raw_begin) {
      last.text_len += text_len;
      last.raw_len += raw_len;
      return;
    }
  }
  if (text_len == 0) return;  // raw bytes that produced no text need no entry
  segs_.push_back({text, raw_begin, text_len, raw_len});
}

std::size_t SourceMap::text_size() const {
  return segs_.empty() ? 0 : segs_.back().text + segs_.back().text_len;
}

std::size_t SourceMap::to_raw(std::size_t off, Bias bias) const {
  if (segs_.empty()) return 0;
  auto it = std::upper_bound(segs_.begin(), segs_.end(), off,
                             [](std::size_t o, const Seg& s) { return o < s.text; });
  if (it == segs_.begin()) return segs_.front().raw;
  const Seg& s = *std::prev(it);
  // An end at a segment's start is the end of the segment before: what
  // comes next may start earlier in the file (HTML text the parser moved).
  if (bias == Bias::end && off == s.text && std::prev(it) != segs_.begin()) {
    const Seg& before = *std::prev(it, 2);
    if (before.raw + before.raw_len > s.raw) return before.raw + before.raw_len;
  }
  if (off >= s.text + s.text_len) return s.raw + s.raw_len;  // past the end
  if (s.text_len == s.raw_len) return s.raw + (off - s.text);
  if (off == s.text) return s.raw;
  return bias == Bias::begin ? s.raw : s.raw + s.raw_len;
}

SourceMap SourceMap::then(const SourceMap& inner) const {
  SourceMap out;
  for (const Seg& s : segs_) {
    if (s.text_len != s.raw_len) {
      const std::size_t b = inner.to_raw(s.raw, Bias::begin);
      const std::size_t e = inner.to_raw(s.raw + s.raw_len, Bias::end);
      out.add(s.text_len, b, e >= b ? e - b : 0);
      continue;
    }
    // A byte-for-byte segment keeps the precision of each inner segment it covers.
    const std::size_t mid_end = s.raw + s.text_len;
    std::size_t mid = s.raw;
    auto it = std::upper_bound(inner.segs_.begin(), inner.segs_.end(), mid,
                               [](std::size_t o, const Seg& x) { return o < x.text; });
    if (it != inner.segs_.begin()) --it;
    while (mid < mid_end) {
      if (it == inner.segs_.end()) {  // beyond the inner text: map to its end
        const std::size_t r = inner.to_raw(mid, Bias::end);
        out.add(mid_end - mid, r, 0);
        break;
      }
      const Seg& in = *it;
      const std::size_t piece_end = std::min(mid_end, in.text + in.text_len);
      if (piece_end <= mid) {
        ++it;
        continue;
      }
      if (in.text_len == in.raw_len) {
        out.add(piece_end - mid, in.raw + (mid - in.text), piece_end - mid);
      } else {
        const std::size_t b = mid == in.text ? in.raw : in.raw + in.raw_len;
        const std::size_t e = in.raw + in.raw_len;
        out.add(piece_end - mid, mid == in.text ? b : e, mid == in.text ? e - b : 0);
      }
      mid = piece_end;
      ++it;
    }
  }
  return out;
}

namespace {
constexpr std::size_t kBlock = 4096;
}

LineIndex::LineIndex(std::string_view raw, int first_line) : raw_(raw), first_line_(first_line) {
  line_starts_.push_back(0);
  std::uint64_t count = 0;
  std::size_t next_block = 0;
  std::size_t i = 0;
  while (i < raw.size()) {
    // Record, for each block, the first code point starting at or after it.
    while (next_block <= i) {
      block_starts_.push_back(i);
      block_cps_.push_back(count);
      next_block += kBlock;
    }
    const char c = raw[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      ++i;
      if (c == '\n') line_starts_.push_back(i);
    } else {
      base::utf8::decode(raw, i);
    }
    ++count;
  }
}

std::uint64_t LineIndex::cps_before(std::size_t offset) const {
  if (block_starts_.empty()) return 0;
  std::size_t k = std::min(offset / kBlock, block_starts_.size() - 1);
  while (k > 0 && block_starts_[k] > offset) --k;
  std::size_t i = block_starts_[k];
  std::uint64_t n = block_cps_[k];
  while (i < offset) {
    if (static_cast<unsigned char>(raw_[i]) < 0x80) {
      ++i;
    } else {
      base::utf8::decode(raw_, i);
    }
    ++n;
  }
  return n;
}

Position LineIndex::position(std::size_t off) const {
  off = std::min(off, raw_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // 1-based
  const std::size_t start = line_starts_[line - 1];
  const std::uint64_t col = cps_before(off) - cps_before(start);
  return {static_cast<int>(line) - 1 + first_line_, static_cast<int>(col) + 1};
}

}  // namespace concord::ingest
