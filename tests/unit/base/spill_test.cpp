#include <catch2/catch.hpp>

#include <dirent.h>
#include <stdlib.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "base/spill.h"

using namespace concord::base;

namespace {

// Sets an environment variable for one scope.
struct ScopedEnv {
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (had_) {
      setenv(name_, old_.c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  const char* name_;
  std::string old_;
  bool had_ = false;
};

std::size_t entries(const std::string& dir) {
  std::size_t n = 0;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = readdir(d)) n += std::string(e->d_name) != "." && std::string(e->d_name) != ".." ? 1 : 0;
  closedir(d);
  return n;
}

}  // namespace

TEST_CASE("base/spill: records come back in order, byte for byte, as often as read") {
  char dir[] = "/tmp/concord-spill-test-XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  {
    ScopedEnv tmp("TMPDIR", dir);
    Spill s;
    CHECK(entries(dir) == 0);  // unlinked at once: nothing left behind, even after kill -9
    std::vector<std::string> written = {"", "one", std::string("nul\0byte", 8), std::string(100000, 'x')};
    for (const auto& w : written) s.write(w);
    CHECK(s.bytes() == 4 * 4 + 3 + 8 + 100000);
    for (int pass = 0; pass < 2; ++pass) {
      std::vector<std::string> read;
      s.for_each([&](const std::string& r) { read.push_back(r); });
      CHECK(read == written);
    }
  }
  rmdir(dir);
}

TEST_CASE("base/spill: a missing TMPDIR is an error that names it and says what to do") {
  ScopedEnv tmp("TMPDIR", "/nonexistent/concord-spill");
  try {
    Spill s;
    FAIL("no error");
  } catch (const std::runtime_error& e) {
    CHECK_THAT(e.what(), Catch::Contains("/nonexistent/concord-spill") && Catch::Contains("set TMPDIR"));
  }
}
