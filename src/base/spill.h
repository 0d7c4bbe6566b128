// A temporary file of records, written then read back in order: where a
// run keeps what would otherwise grow with the archive (app/partition.h,
// report::DocumentList).
//
//   base::Spill s;                 // throws if $TMPDIR cannot take a file
//   s.write(record);               // any bytes
//   s.for_each([](const std::string& r) { ... });
//
// The file goes to $TMPDIR (or /tmp) and is deleted as it is created, so
// nothing is left behind, even after kill -9.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace concord::base {

// The framing of a file of records (here and base::RecordWriter): a 4-byte
// little-endian length, then the bytes. write_record is false when the
// file cannot take them; read_record says whether a record was read, the
// file ended, or it was cut short inside a record.
bool write_record(std::FILE* file, std::string_view record);
enum class RecordRead { record, end, cut_short };
RecordRead read_record(std::FILE* file, std::string& record);

// Throws std::runtime_error naming the directory when the file cannot be
// created or written (a full disk).
class Spill {
 public:
  Spill();
  ~Spill();
  Spill(const Spill&) = delete;
  Spill& operator=(const Spill&) = delete;

  void write(std::string_view record);
  std::size_t bytes() const { return bytes_; }
  // Reads every record in order; call after the last write. Const: reading
  // moves the file's position, not what it holds.
  template <typename F>
  void for_each(F&& f) const {
    rewind();
    std::string record;
    while (next(record)) f(record);
  }

 private:
  void rewind() const;
  bool next(std::string& record) const;
  std::FILE* file_ = nullptr;
  std::string dir_;
  std::size_t bytes_ = 0;
};

}  // namespace concord::base
