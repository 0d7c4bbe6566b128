#include "app/diff.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>

namespace concord::app {

namespace fs = std::filesystem;

std::string changed_key(const std::string& path) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(path, ec), ec).string();
}

ChangedLines parse_unified_diff(const std::string& diff, const std::string& root) {
  ChangedLines out;
  std::istringstream in(diff);
  std::string line;
  std::string file;
  int next = 0;  // line number in the new file of the next ' ' or '+' line
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("+++ ", 0) == 0) {
      std::string p = line.substr(4);
      if (const auto tab = p.find('\t'); tab != std::string::npos) p.resize(tab);
      if (p == "/dev/null") {
        file.clear();
        continue;
      }
      if (p.rfind("b/", 0) == 0) p = p.substr(2);
      file = changed_key((fs::path(root) / p).string());
      continue;
    }
    if (line.rfind("@@", 0) == 0) {
      // @@ -a,b +c,d @@; a start that is no number an int holds is none.
      next = 0;
      if (const auto plus = line.find('+'); plus != std::string::npos) {
        std::from_chars(line.data() + plus + 1, line.data() + line.size(), next);
      }
      continue;
    }
    // Past the largest int is past any real file: stop counting, not overflow.
    if (file.empty() || next <= 0 || next == std::numeric_limits<int>::max() || line.rfind("---", 0) == 0) continue;
    if (line.empty() || line[0] == ' ') {
      ++next;
    } else if (line[0] == '+') {
      out[file].insert(next++);
    }  // '-' lines are not in the new file; '\' is "No newline at end of file"
  }
  return out;
}

namespace {

std::optional<std::string> run(const std::string& command, base::Diagnostics& diags, const std::string& what) {
  std::FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) {
    diags.error({}, "{}: could not run git", what);
    return std::nullopt;
  }
  std::string out;
  std::array<char, 65536> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int status = pclose(p);
  if (status != 0) {
    diags.error({}, "{}: `{}` failed; is this a git repository, and does the ref exist?", what, command);
    return std::nullopt;
  }
  return out;
}

std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::optional<ChangedLines> git_changed_lines(const std::string& ref, base::Diagnostics& diags) {
  const std::string what = "--git-diff " + ref;
  auto top = run("git rev-parse --show-toplevel 2>/dev/null", diags, what);
  if (!top) return std::nullopt;
  while (!top->empty() && (top->back() == '\n' || top->back() == '\r')) top->pop_back();
  auto diff = run("git diff -U0 --no-color " + quoted(ref) + " 2>/dev/null", diags, what);
  if (!diff) return std::nullopt;
  return parse_unified_diff(*diff, *top);
}

std::optional<ChangedLines> diff_file_changed_lines(const std::string& path, base::Diagnostics& diags) {
  std::stringstream s;
  if (path == "-") {
    s << std::cin.rdbuf();
  } else {
    std::ifstream in(path);
    if (!in) {
      diags.error({path}, "cannot read the diff given to --changed-lines");
      return std::nullopt;
    }
    s << in.rdbuf();
  }
  std::error_code ec;
  return parse_unified_diff(s.str(), fs::current_path(ec).string());
}

}  // namespace concord::app
