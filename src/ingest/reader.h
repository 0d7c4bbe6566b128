// From what the user typed (files, folders, "-", JSONL archives) to Documents.
//
//   base::Diagnostics diags;
//   auto sources = ingest::list_sources({"archive/", "draft.md"}, {}, diags);
//   for (const auto& s : sources)
//     ingest::load_source(s, {}, diags, [&](ingest::Document doc) { ... });
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"
#include "ingest/document.h"
#include "ingest/manifest.h"

namespace concord::ingest {

// --date PATH=YYYY-MM-DD
struct DateOverride {
  std::string path;
  base::Date date;
};

struct ReadOptions {
  std::vector<DateOverride> dates;
  std::string stdin_name;  // how "-" is named in citations; its extension picks the format
};

// One file to read (or stdin), with what its folder's manifest says of it.
struct Source {
  std::string path;  // as the user named it, joined with folder entries
  Format format = Format::text;
  bool is_stdin = false;
  std::optional<ManifestEntry> manifest;
};

// Expands paths into sources in a stable order: arguments in order, a
// folder's files sorted (ingest/folder.h). Missing paths, empty folders,
// unreadable manifests and whatever in a folder cannot be read are reported
// to diags; a path or file not read is marked base::Unread.
std::vector<Source> list_sources(const std::vector<std::string>& paths, const ReadOptions& options,
                                 base::Diagnostics& diags);

// Which bytes of a source to read: the documents that start in [begin, end).
// A shard of a distributed run reads its part of a large JSONL archive this
// way; a file that holds one document is read whole or not at all (by
// whoever's range holds its first byte), and so is a UTF-16 JSONL file.
struct ByteRange {
  std::uint64_t begin = 0;
  std::uint64_t end = std::numeric_limits<std::uint64_t>::max();
};

// Reads one source (the documents of it that start in range) and passes
// each to sink (a JSONL archive holds many). A binary file is skipped with a warning; a bad JSONL line is
// an error and the other lines are still read; lines that look
// double-encoded are left out with a warning. Each is marked base::Unread
// (whole or part). What concerns the whole file (it cannot be opened) is
// reported by the range that holds its first byte, what concerns a line by
// the range that holds the line. Returns documents passed.
std::size_t load_source(const Source& source, const ReadOptions& options, base::Diagnostics& diags,
                        const std::function<void(Document&&)>& sink, ByteRange range = {});

// Builds a document from bytes in memory (a file's contents, stdin, a test).
// Returns nullopt for binary content (reported as a warning).
std::optional<Document> make_document(const std::string& path, std::string bytes, Format format,
                                      const ReadOptions& options,
                                      const std::optional<ManifestEntry>& manifest,
                                      base::Diagnostics& diags);

// The format for a file name's extension, or nullopt if concord does not read it.
std::optional<Format> format_for_path(const std::string& path);

// Guesses the format of unnamed content (stdin without a name).
Format sniff_format(std::string_view bytes);

}  // namespace concord::ingest
