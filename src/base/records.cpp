#include "base/records.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "base/spill.h"

namespace concord::base {

RecordWriter::RecordWriter(std::string path)
    : path_(std::move(path)), tmp_(fmt::format("{}.tmp-{}", path_, getpid())) {
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (file_ == nullptr) {
    throw std::runtime_error(fmt::format("cannot write {}: {}", tmp_, std::strerror(errno)));
  }
}

RecordWriter::~RecordWriter() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  std::remove(tmp_.c_str());
}

void RecordWriter::write(std::string_view record) {
  if (!write_record(file_, record)) {
    throw std::runtime_error(fmt::format("cannot write {}: {}; is the disk full?", tmp_, std::strerror(errno)));
  }
}

void RecordWriter::commit() {
  // Synced before the rename, so a name that exists holds every byte.
  const bool ok = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
  const int err = errno;
  std::fclose(file_);
  file_ = nullptr;
  if (!ok || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    const std::string why = std::strerror(ok ? errno : err);
    std::remove(tmp_.c_str());
    throw std::runtime_error(fmt::format("cannot write {}: {}", path_, why));
  }
}

void read_records(const std::string& path, const std::function<void(std::string&)>& f) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw std::runtime_error(fmt::format("cannot read {}: {}", path, std::strerror(errno)));
  std::string record;
  for (;;) {
    const RecordRead r = read_record(file.get(), record);
    if (r == RecordRead::end) return;
    if (r == RecordRead::cut_short) {
      throw std::runtime_error(fmt::format("{} is cut short (written by a task that did not finish?)", path));
    }
    f(record);
  }
}

}  // namespace concord::base
