#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[]) {
  // No test reads or writes the user's pattern cache (app::rule_cache_dir);
  // the cache's own tests give it folders of their own.
  setenv("CONCORD_CACHE_DIR", "none", 1);
  return Catch::Session().run(argc, argv);
}
