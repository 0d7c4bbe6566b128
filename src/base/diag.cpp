#include "base/diag.h"

#include <filesystem>

namespace concord::base {

void Diagnostics::add(Severity severity, Location where, std::string message) {
  add({severity, std::move(where), std::move(message)});
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) ++errors_;
  if (d.unread != Unread::no) ++unread_;
  items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string format_location(const Location& where) {
  if (where.path.empty()) return {};
  if (where.line <= 0) return where.path;
  if (where.column <= 0) return fmt::format("{}:{}", where.path, where.line);
  return fmt::format("{}:{}:{}", where.path, where.line, where.column);
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string loc = format_location(d.where);
  if (loc.empty()) return fmt::format("concord: {}: {}", severity_name(d.severity), d.message);
  return fmt::format("concord: {}: {}: {}", severity_name(d.severity), loc, d.message);
}

std::string display_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return path;
  const fs::path abs = fs::absolute(path, ec).lexically_normal();
  fs::path rel = abs.lexically_relative(cwd);
  if (rel.empty() || *rel.begin() == "..") {
    // The working directory comes back with symlinks resolved; the path
    // may have been named through one (macOS's /tmp, a linked checkout).
    const fs::path real = fs::weakly_canonical(abs, ec);
    if (!ec) rel = real.lexically_relative(cwd);
  }
  if (rel.empty() || *rel.begin() == "..") return path;
  return rel.generic_string();
}

}  // namespace concord::base
