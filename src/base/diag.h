// Diagnostics: user-facing problems as values, never exceptions.
//
//   base::Diagnostics diags;
//   diags.error({path, line, col}, "invalid pattern: {}", re.error());
//   if (diags.has_errors()) ...
//
// Printed as `concord: error: PATH:LINE:COL: message`; a message says what went
// wrong and what to do about it.
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

namespace concord::base {

enum class Severity { note, warning, error };

// Whether a diagnostic means input the user gave was not read, or read only
// in part (a broken link in an archive, a JSONL line skipped). Reports list
// and count these, so a clean report never hides an unread story, and
// `check --strict` fails on them.
enum class Unread { no, whole, part };

// Where a problem is. line/column are 1-based; 0 means "not known".
struct Location {
  std::string path;
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string message;
  Unread unread = Unread::no;
};

// Collects diagnostics in the order they were reported.
class Diagnostics {
 public:
  template <typename... Args>
  void error(Location where, fmt::format_string<Args...> f, Args&&... args) {
    add(Severity::error, std::move(where), fmt::format(f, std::forward<Args>(args)...));
  }
  template <typename... Args>
  void warning(Location where, fmt::format_string<Args...> f, Args&&... args) {
    add(Severity::warning, std::move(where), fmt::format(f, std::forward<Args>(args)...));
  }
  // Input not read (Unread::whole) or read in part, as a warning or an error.
  template <typename... Args>
  void unread(Unread what, Severity severity, Location where, fmt::format_string<Args...> f, Args&&... args) {
    add({severity, std::move(where), fmt::format(f, std::forward<Args>(args)...), what});
  }
  template <typename... Args>
  void note(Location where, fmt::format_string<Args...> f, Args&&... args) {
    add(Severity::note, std::move(where), fmt::format(f, std::forward<Args>(args)...));
  }

  void add(Severity severity, Location where, std::string message);
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& all() const { return items_; }
  bool empty() const { return items_.empty(); }
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  // Diagnostics about input not read or read in part.
  int unread_count() const { return unread_; }

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
  int unread_ = 0;
};

const char* severity_name(Severity s);

// Returns "PATH:LINE:COL" (omitting unknown parts), or "" when path is empty.
std::string format_location(const Location& where);

// Returns "concord: error: PATH:LINE:COL: message".
std::string format_diagnostic(const Diagnostic& d);

// A path for messages and reports: relative to the working directory when
// below it, else as given.
std::string display_path(const std::string& path);

}  // namespace concord::base
