// Running f(0) ... f(n - 1) on a few threads, each taking the next index
// not yet taken, the calling thread among them.
//
//   base::parallel_for(claims.size(), threads, [&](std::size_t i) { resolve(claims[i]); });
//
// f must be safe to call from several threads at once. An exception from
// f is rethrown here (the first, by index) once every thread has stopped.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace concord::base {

template <typename F>
void parallel_for(std::size_t n, int threads, F&& f) {
  if (threads <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failed(n);
  auto work = [&] {
    for (std::size_t i; (i = next++) < n;) {
      try {
        f(i);
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (int t = 1; t < threads && static_cast<std::size_t>(t) < n; ++t) helpers.emplace_back(work);
    work();
  }
  for (const auto& e : failed) {
    if (e) std::rethrow_exception(e);
  }
}

}  // namespace concord::base
