// Files in concord's cache folder (app::rule_cache_dir), which only save
// time: each is written whole under a temporary name and renamed into
// place, so runs in parallel never read half of one, and sealed with a
// hash of its bytes, so a damaged or cut-short file reads as missing.
//
//   std::string bytes(header);
//   put_number(bytes, facts.size(), 4);
//   write_cache_file(path, bytes);               // false, quietly, if it cannot
//   if (auto got = read_cache_file(path, header)) {
//     ByteReader r(*got);                        // the bytes after the header
//     ... r.number(4) ...; if (!r.ok() || !r.done()) ...;
//   }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace concord::base {

// Writes bytes and their seal to path, creating its folder. Returns false
// if it could not, leaving no temporary file behind.
bool write_cache_file(const std::string& path, std::string_view bytes);

// The bytes write_cache_file wrote after `header`, when the file is there,
// starts with header and its seal matches; otherwise nullopt.
std::optional<std::string> read_cache_file(const std::string& path, std::string_view header);

// Integers little-endian in `bytes` bytes; strings a 32-bit length and the bytes.
void put_number(std::string& out, std::uint64_t v, int bytes);
void put_text(std::string& out, std::string_view s);

// Reads what put_number and put_text wrote. After a read past the end,
// ok() is false and every read returns 0 or "".
class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  std::uint64_t number(int bytes);
  std::string text();
  bool ok() const { return ok_; }
  bool done() const { return data_.empty(); }

 private:
  std::uint64_t fail();
  std::string_view data_;
  bool ok_ = true;
};

}  // namespace concord::base
