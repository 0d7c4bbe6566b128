#include "base/hash.h"

#include <fmt/format.h>

namespace concord::base {

std::string hex64(std::uint64_t h) { return fmt::format("{:016x}", h); }

}  // namespace concord::base
