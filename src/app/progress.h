// A one-line progress report on stderr for long runs: documents done, MB
// read, MB/s and the time left. Silent unless stderr is a terminal.
//
//   app::Progress progress(!quiet);
//   progress.expect(total_bytes);
//   progress.add(doc_bytes);   // per document, from one thread
//   progress.stage("checking: age");  // after reading: what is being done now
//   progress.finish();         // erases the line
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace concord::app {

class Progress {
 public:
  // Draws only when wanted and stderr is a terminal (or CONCORD_PROGRESS=always, for tests).
  explicit Progress(bool wanted);
  ~Progress() { finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void expect(std::uint64_t bytes) { total_ += bytes; }
  void add(std::size_t bytes);
  // Reading is over; says what the run does now, and how long since reading ended.
  void stage(const std::string& what);
  void finish();

 private:
  void draw(bool force);

  using Clock = std::chrono::steady_clock;
  bool on_ = false;
  bool drawn_ = false;
  std::uint64_t total_ = 0, done_ = 0, documents_ = 0;
  std::string stage_;  // after reading: what is being done
  Clock::time_point stage_start_;  // when the first stage began
  Clock::time_point start_ = Clock::now(), last_ = start_;
};

}  // namespace concord::app
