#include "app/progress.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace concord::app {

namespace {

std::string clock_time(double seconds) {
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                   : fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(bool wanted) {
  const char* force = std::getenv("CONCORD_PROGRESS");
  on_ = wanted && ((force != nullptr && std::string(force) == "always") || isatty(STDERR_FILENO) != 0);
}

void Progress::add(std::size_t bytes) {
  if (!on_) return;
  done_ += bytes;
  ++documents_;
  draw(documents_ == 1);  // at once, so even a short run shows it was there
}

void Progress::stage(const std::string& what) {
  if (!on_) return;
  const bool fresh = stage_.empty();
  if (fresh) stage_start_ = Clock::now();
  stage_ = what;
  draw(fresh);
}

void Progress::draw(bool force) {
  const auto now = Clock::now();
  // A few redraws a second: enough to see it move, cheap on slow terminals.
  if (!force && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(done_) / 1e6;
  const double rate = secs > 0 ? mb / secs : 0;
  std::string line = fmt::format("  {} documents, {:.1f}", documents_, mb);
  if (!stage_.empty()) {  // no time left to promise: how long since reading ended
    line += fmt::format(" MB read; {} ({})", stage_,
                        clock_time(std::chrono::duration<double>(now - stage_start_).count()));
  } else if (total_ > done_) {
    line += fmt::format(" of {:.1f} MB, {:.1f} MB/s", static_cast<double>(total_) / 1e6, rate);
    if (rate > 0) line += ", about " + clock_time((static_cast<double>(total_ - done_) / 1e6) / rate) + " left";
  } else {
    line += fmt::format(" MB, {:.1f} MB/s", rate);
  }
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace concord::app
