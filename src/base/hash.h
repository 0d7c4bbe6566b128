// A stable 64-bit hash (FNV-1a) for fingerprints and content keys: the same
// bytes give the same hex string on every machine and in every release.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace concord::base {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;

// Continues a hash over more bytes: fnv1a(b, fnv1a(a)) == fnv1a(a + b).
constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = kFnvOffset) {
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

// 16 lowercase hex digits.
std::string hex64(std::uint64_t h);

inline std::string fnv1a_hex(std::string_view bytes) { return hex64(fnv1a(bytes)); }

}  // namespace concord::base
