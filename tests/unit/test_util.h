// Helpers shared by the unit tests.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "base/diag.h"
#include "ingest/reader.h"

namespace concord::test {

inline std::filesystem::path shared_dir() { return CONCORD_SHARED_DIR; }
inline bool have_shared() { return std::filesystem::is_directory(shared_dir() / "seeds"); }

// What write(FILE*) writes, read back from a temporary file.
template <typename Write>
std::string written(Write&& write) {
  std::FILE* f = std::tmpfile();
  if (f == nullptr) throw std::runtime_error("cannot create a temporary file");
  write(f);
  std::rewind(f);
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  std::fclose(f);
  return out;
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Builds a document from text as `concord` would read a file of that format.
inline ingest::Document doc_from(std::string bytes, ingest::Format format = ingest::Format::text,
                                 const std::string& path = "test.txt") {
  base::Diagnostics diags;
  auto d = ingest::make_document(path, std::move(bytes), format, {}, std::nullopt, diags);
  return d ? std::move(*d) : ingest::Document{};
}

// The text a span of a document covers.
inline std::string text_of(const ingest::Document& doc, ingest::Span s) {
  return doc.text.substr(s.begin, s.size());
}

}  // namespace concord::test
