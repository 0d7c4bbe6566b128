#include "base/cache_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "base/hash.h"

namespace concord::base {

namespace fs = std::filesystem;

void put_number(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

void put_text(std::string& out, std::string_view s) {
  put_number(out, s.size(), 4);
  out += s;
}

std::uint64_t ByteReader::number(int bytes) {
  if (data_.size() < static_cast<std::size_t>(bytes)) return fail();
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(data_[i])} << (8 * i);
  data_.remove_prefix(static_cast<std::size_t>(bytes));
  return v;
}

std::string ByteReader::text() {
  const std::uint64_t n = number(4);
  if (!ok_ || data_.size() < n) return fail(), std::string();
  std::string s(data_.substr(0, n));
  data_.remove_prefix(n);
  return s;
}

std::uint64_t ByteReader::fail() {
  ok_ = false;
  data_ = {};
  return 0;
}

bool write_cache_file(const std::string& path, std::string_view bytes) {
  std::string out(bytes);
  put_number(out, fnv1a(out), 8);
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::string temp = path + ".XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return false;
  bool ok = true;
  for (std::size_t at = 0; ok && at < out.size();) {
    const ssize_t n = ::write(fd, out.data() + at, out.size() - at);
    ok = n > 0;
    if (ok) at += static_cast<std::size_t>(n);
  }
  ok = ::close(fd) == 0 && ok;
  ok = ok && std::rename(temp.c_str(), path.c_str()) == 0;
  if (!ok) ::unlink(temp.c_str());
  return ok;
}

std::optional<std::string> read_cache_file(const std::string& path, std::string_view header) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (data.size() < header.size() + 8 || !data.starts_with(header)) return std::nullopt;
  const std::string_view body = std::string_view(data).substr(0, data.size() - 8);
  ByteReader seal(std::string_view(data).substr(body.size()));
  if (seal.number(8) != fnv1a(body)) return std::nullopt;  // damaged or cut short
  data.resize(body.size());
  return data.substr(header.size());
}

}  // namespace concord::base
