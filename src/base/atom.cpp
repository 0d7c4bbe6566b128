#include "base/atom.h"

#include <array>
#include <mutex>
#include <unordered_set>

namespace concord::base {

namespace {

// Sharded so that workers interning at once seldom wait for each other.
// Node-based sets: an interned string never moves.
struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
struct Shard {
  std::mutex mu;
  std::unordered_set<std::string, Hash, std::equal_to<>> strings;
};
constexpr std::size_t kShards = 16;

std::array<Shard, kShards>& shards() {
  static auto* s = new std::array<Shard, kShards>();  // never destroyed: atoms may outlive statics
  return *s;
}

}  // namespace

const std::string& SharedString::str() const {
  static const std::string* empty = new std::string();
  return p_ ? *p_ : *empty;
}

const std::string& Atom::empty_string() {
  static const std::string* empty = new std::string();
  return *empty;
}

const std::string& Atom::intern(std::string_view s) {
  if (s.empty()) return empty_string();
  const std::size_t h = Hash()(s);
  Shard& shard = shards()[(h >> 7) % kShards];  // not the bits the set's buckets use
  std::lock_guard lock(shard.mu);
  auto it = shard.strings.find(s);
  if (it == shard.strings.end()) it = shard.strings.emplace(s).first;
  return *it;
}

}  // namespace concord::base
