// What every libFuzzer harness shares (tests/fuzz/<surface>.cpp).
//
// A harness feeds bytes to one of concord's readers. A mistake in the
// input is a diagnostic, and an I/O failure concord throws as a
// std::runtime_error is reported by the top-level catch: both are normal
// outcomes. Anything else is a bug libFuzzer reports: a crash, a sanitizer
// report, any other exception escaping (yaml-cpp's, std::out_of_range), a
// hang or running out of memory.
#pragma once

#include <cxxabi.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <typeinfo>

namespace concord::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A folder of this process's own under $TMPDIR, removed at exit: the only
// place a harness writes.
inline const std::filesystem::path& temp_dir() {
  static const std::filesystem::path dir = [] {
    std::string tmpl = (std::filesystem::temp_directory_path() / "concord-fuzz-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) std::abort();
    std::atexit([] { std::error_code ec; std::filesystem::remove_all(temp_dir(), ec); });
    return std::filesystem::path(tmpl);
  }();
  return dir;
}

// Writes contents to name in temp_dir() and returns its path.
inline std::string temp_file(const std::string& name, std::string_view contents) {
  const std::filesystem::path p = temp_dir() / name;
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (!out) std::abort();
  return p.string();
}

// True if e is std::runtime_error itself or a type of concord's own
// (index's SqliteError): a library's subclass (yaml-cpp's) is not.
inline bool concords_own(const std::runtime_error& e) {
  if (typeid(e) == typeid(std::runtime_error)) return true;
  int status = 0;
  char* name = abi::__cxa_demangle(typeid(e).name(), nullptr, nullptr, &status);
  const bool own = status == 0 && std::string_view(name).rfind("concord::", 0) == 0;
  std::free(name);
  return own;
}

// Runs f; a std::runtime_error thrown by concord itself is a normal outcome:
// the commands catch it and report it as an error naming the file.
template <typename F>
void run(F&& f) {
  try {
    f();
  } catch (const std::runtime_error& e) {
    if (!concords_own(e)) throw;
  }
}

}  // namespace concord::fuzz

// Stops the run with a message when a harness's own check fails.
#define FUZZ_CHECK(cond)                                                   \
  do {                                                                     \
    if (!(cond)) {                                                         \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                        \
    }                                                                      \
  } while (0)
