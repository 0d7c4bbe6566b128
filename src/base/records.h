// A file of records with a fixed name, written whole or not at all: what a
// stage of a distributed run leaves for the next (app/stage.h).
//
//   base::RecordWriter w("work/shard-3.docs");   // writes work/shard-3.docs.tmp-PID
//   w.write(record);
//   w.commit();                                  // renames it to work/shard-3.docs
//   base::read_records("work/shard-3.docs", [](const std::string& r) { ... });
//
// A writer that is not committed removes its temporary file, and a task run
// twice writes the same bytes to the same name, so a retried or repeated
// task is harmless. Records are framed as base::Spill's
// (base::write_record).
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace concord::base {

// Throws std::runtime_error naming the file when it cannot be written.
class RecordWriter {
 public:
  explicit RecordWriter(std::string path);
  ~RecordWriter();  // removes the temporary file unless committed
  RecordWriter(const RecordWriter&) = delete;  // owns an open file
  RecordWriter& operator=(const RecordWriter&) = delete;

  void write(std::string_view record);
  // Flushes, syncs and renames the file to its name.
  void commit();

 private:
  std::string path_, tmp_;
  std::FILE* file_ = nullptr;
};

// Calls f on each record of the file at path, in order. Throws
// std::runtime_error naming the file when it is missing or cut short.
void read_records(const std::string& path, const std::function<void(std::string&)>& f);

}  // namespace concord::base
