// sources.yaml: per-file metadata for the documents in one folder.
//
//   - file: 001_ec7bb5bb060c0059.txt
//     outlet: The Hankyoreh
//     date: 2014-11-15
//     date_basis: "'Posted on : 2014-11-15 16:12 KST' on the page"
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/date.h"
#include "base/diag.h"

namespace concord::ingest {

struct ManifestEntry {
  std::string title, outlet, url, date_basis;
  std::optional<base::Date> date;
  int line = 0;  // where the entry is, for messages
};

// File name (relative to the manifest's folder) -> entry.
using Manifest = std::map<std::string, ManifestEntry>;

inline constexpr const char* kManifestName = "sources.yaml";

// Parses a manifest's text. Problems are reported against path; entries that
// could be read are kept.
Manifest parse_manifest(const std::string& text, const std::string& path, base::Diagnostics& diags);

}  // namespace concord::ingest
