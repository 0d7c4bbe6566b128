#include "rules/pattern_cache.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "base/hash.h"

namespace concord::rules {

namespace {

namespace fs = std::filesystem;

// Changes when the layout below does, or what a fact means (RE2's options
// in rule_set.cpp): files of another version are not read.
constexpr std::string_view kMagic = "concord pattern cache 1\n";

// Integers are little-endian, strings a 32-bit length and the bytes; the
// file ends with the FNV-1a hash of everything before it.
void put(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}
void put(std::string& out, std::string_view s) {
  put(out, s.size(), 4);
  out += s;
}

// Reads what put() wrote; after a read past the end, ok() is false.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::uint64_t number(int bytes) {
    if (data_.size() < static_cast<std::size_t>(bytes)) return fail();
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(data_[i])} << (8 * i);
    data_.remove_prefix(static_cast<std::size_t>(bytes));
    return v;
  }
  std::string text() {
    const std::uint64_t n = number(4);
    if (!ok_ || data_.size() < n) return fail(), std::string();
    std::string s(data_.substr(0, n));
    data_.remove_prefix(n);
    return s;
  }
  bool ok() const { return ok_; }
  bool done() const { return data_.empty(); }

 private:
  std::uint64_t fail() {
    ok_ = false;
    data_ = {};
    return 0;
  }
  std::string_view data_;
  bool ok_ = true;
};

std::uint64_t key_of(std::string_view pattern) { return base::fnv1a(pattern); }

}  // namespace

PatternCache PatternCache::open(std::string dir, std::string fingerprint) {
  PatternCache cache;
  cache.dir_ = std::move(dir);
  cache.fingerprint_ = std::move(fingerprint);
  if (cache.dir_.empty()) return cache;
  std::ifstream in(cache.path(), std::ios::binary);
  const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::string head = std::string(kMagic) + cache.fingerprint_ + "\n";
  if (data.size() < head.size() + 8 || !data.starts_with(head)) return cache;
  const std::string_view body = std::string_view(data).substr(0, data.size() - 8);
  Reader seal(std::string_view(data).substr(body.size()));
  if (seal.number(8) != base::fnv1a(body)) return cache;  // damaged or cut short

  Reader r(body.substr(head.size()));
  std::map<std::pair<char, std::uint64_t>, PatternFacts> facts;
  for (std::uint64_t n = r.number(4); r.ok() && n > 0; --n) {
    const char kind = static_cast<char>(r.number(1));
    const std::uint64_t key = r.number(8);
    PatternFacts f;
    for (std::uint64_t g = r.number(4); r.ok() && g > 0; --g) {
      std::string name = r.text();
      f.groups.emplace_back(std::move(name), static_cast<int>(r.number(4)));
    }
    for (std::uint64_t a = r.number(4); r.ok() && a > 0; --a) f.atoms.push_back(r.text());
    facts[{kind, key}] = std::move(f);
  }
  if (r.ok() && r.done()) cache.facts_ = std::move(facts);
  return cache;
}

std::string PatternCache::path() const {
  return dir_.empty() ? std::string() : (fs::path(dir_) / ("rules-" + fingerprint_)).string();
}

const PatternFacts* PatternCache::find(PatternKind kind, std::string_view pattern) const {
  auto it = facts_.find({static_cast<char>(kind), key_of(pattern)});
  return it == facts_.end() ? nullptr : &it->second;
}

void PatternCache::add(PatternKind kind, std::string_view pattern, PatternFacts facts) {
  facts_[{static_cast<char>(kind), key_of(pattern)}] = std::move(facts);
  changed_ = true;
}

bool PatternCache::save() const {
  if (dir_.empty()) return false;
  std::string out = std::string(kMagic) + fingerprint_ + "\n";
  put(out, facts_.size(), 4);
  for (const auto& [key, f] : facts_) {
    put(out, static_cast<unsigned char>(key.first), 1);
    put(out, key.second, 8);
    put(out, f.groups.size(), 4);
    for (const auto& [name, index] : f.groups) {
      put(out, name);
      put(out, static_cast<std::uint32_t>(index), 4);
    }
    put(out, f.atoms.size(), 4);
    for (const auto& a : f.atoms) put(out, a);
  }
  put(out, base::fnv1a(out), 8);

  std::error_code ec;
  fs::create_directories(dir_, ec);
  std::string temp = path() + ".XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return false;
  bool ok = true;
  for (std::size_t at = 0; ok && at < out.size();) {
    const ssize_t n = ::write(fd, out.data() + at, out.size() - at);
    ok = n > 0;
    if (ok) at += static_cast<std::size_t>(n);
  }
  ok = ::close(fd) == 0 && ok;
  ok = ok && std::rename(temp.c_str(), path().c_str()) == 0;
  if (!ok) ::unlink(temp.c_str());
  return ok;
}

}  // namespace concord::rules
