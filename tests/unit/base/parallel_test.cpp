#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/parallel.h"

using namespace concord::base;

TEST_CASE("parallel_for calls f once for each index, on several threads", "[parallel]") {
  for (int threads : {1, 2, 5}) {
    std::vector<std::atomic<int>> calls(1000);
    std::mutex m;
    std::set<std::thread::id> ran_on;
    parallel_for(calls.size(), threads, [&](std::size_t i) {
      ++calls[i];
      std::lock_guard<std::mutex> lock(m);
      ran_on.insert(std::this_thread::get_id());
    });
    for (const auto& c : calls) REQUIRE(c == 1);
    if (threads == 1) REQUIRE(ran_on == std::set<std::thread::id>{std::this_thread::get_id()});
    REQUIRE(ran_on.size() <= static_cast<std::size_t>(threads));
  }
}

TEST_CASE("parallel_for rethrows the first failure by index, after every index is done", "[parallel]") {
  std::atomic<int> done{0};
  auto run = [&] {
    parallel_for(50, 3, [&](std::size_t i) {
      ++done;
      if (i == 7) throw std::runtime_error("seven");
      if (i == 30) throw std::runtime_error("thirty");
    });
  };
  REQUIRE_THROWS_WITH(run(), "seven");
  REQUIRE(done == 50);
}

TEST_CASE("parallel_for with nothing to do calls nothing", "[parallel]") {
  int calls = 0;
  parallel_for(0, 4, [&](std::size_t) { ++calls; });
  REQUIRE(calls == 0);
}
