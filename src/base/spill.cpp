#include "base/spill.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace concord::base {

bool write_record(std::FILE* file, std::string_view record) {
  const auto n = static_cast<std::uint32_t>(record.size());
  const unsigned char len[4] = {static_cast<unsigned char>(n), static_cast<unsigned char>(n >> 8),
                                static_cast<unsigned char>(n >> 16), static_cast<unsigned char>(n >> 24)};
  return std::fwrite(len, 1, 4, file) == 4 && std::fwrite(record.data(), 1, record.size(), file) == record.size();
}

RecordRead read_record(std::FILE* file, std::string& record) {
  unsigned char len[4];
  const std::size_t got = std::fread(len, 1, 4, file);
  if (got == 0 && std::feof(file)) return RecordRead::end;
  const std::uint32_t n = len[0] | (len[1] << 8) | (len[2] << 16) | (static_cast<std::uint32_t>(len[3]) << 24);
  record.resize(n);
  if (got != 4 || std::fread(record.data(), 1, n, file) != n) return RecordRead::cut_short;
  return RecordRead::record;
}

Spill::Spill() {
  const char* tmp = std::getenv("TMPDIR");
  dir_ = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  std::string path = dir_ + "/concord-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    throw std::runtime_error(fmt::format("cannot create a temporary file in {}: {}; set TMPDIR to a writable directory",
                                         dir_, std::strerror(errno)));
  }
  unlink(path.c_str());  // gone when closed, whatever ends the run
  file_ = fdopen(fd, "w+b");
  if (file_ == nullptr) {
    close(fd);
    throw std::runtime_error(fmt::format("cannot open a temporary file in {}: {}", dir_, std::strerror(errno)));
  }
}

Spill::~Spill() {
  if (file_ != nullptr) std::fclose(file_);
}

void Spill::write(std::string_view record) {
  if (!write_record(file_, record)) {
    throw std::runtime_error(fmt::format("cannot write a temporary file in {}: {}; is the disk full? Set TMPDIR to a "
                                         "directory with more space (about three times the archive's size)",
                                         dir_, std::strerror(errno)));
  }
  bytes_ += 4 + record.size();
}

void Spill::rewind() const {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) {
    throw std::runtime_error(fmt::format("cannot read back a temporary file in {}: {}", dir_, std::strerror(errno)));
  }
}

bool Spill::next(std::string& record) const {
  const RecordRead r = read_record(file_, record);
  if (r == RecordRead::cut_short) {
    throw std::runtime_error(fmt::format("a temporary file in {} was cut short while read back", dir_));
  }
  return r == RecordRead::record;
}

}  // namespace concord::base
