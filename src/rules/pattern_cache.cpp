#include "rules/pattern_cache.h"

#include <filesystem>
#include <functional>

#include "base/cache_file.h"

namespace concord::rules {

namespace {

// Changes when the layout below does, or what a fact means (RE2's options
// in rule_set.cpp): files of another version are not read.
constexpr std::string_view kMagic = "concord pattern cache 2\n";

// Keys are only ever compared with keys this code made (kMagic), so they need
// not be stable across releases as fingerprints must: the standard library's
// hash reads 8 bytes a step where FNV-1a reads one, and start-up hashes every
// expanded pattern, a megabyte (3 ms of each run).
std::uint64_t key_of(std::string_view pattern) { return std::hash<std::string_view>{}(pattern); }

}  // namespace

PatternCache PatternCache::open(std::string dir, std::string fingerprint) {
  PatternCache cache;
  cache.dir_ = std::move(dir);
  cache.fingerprint_ = std::move(fingerprint);
  if (cache.dir_.empty()) return cache;
  const auto bytes = base::read_cache_file(cache.path(), std::string(kMagic) + cache.fingerprint_ + "\n");
  if (!bytes) return cache;
  base::ByteReader r(*bytes);
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
  return dir_.empty() ? std::string() : (std::filesystem::path(dir_) / ("rules-" + fingerprint_)).string();
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
  base::put_number(out, facts_.size(), 4);
  for (const auto& [key, f] : facts_) {
    base::put_number(out, static_cast<unsigned char>(key.first), 1);
    base::put_number(out, key.second, 8);
    base::put_number(out, f.groups.size(), 4);
    for (const auto& [name, index] : f.groups) {
      base::put_text(out, name);
      base::put_number(out, static_cast<std::uint32_t>(index), 4);
    }
    base::put_number(out, f.atoms.size(), 4);
    for (const auto& a : f.atoms) base::put_text(out, a);
  }
  return base::write_cache_file(path(), out);
}

}  // namespace concord::rules
