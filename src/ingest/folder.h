// The files below a folder the user named, and what cannot be read there.
//
//   base::Diagnostics diags;
//   ingest::FolderListing l = ingest::list_folder("archive/", diags);
//   for (const auto& rel : l.files) read(ingest::join("archive/", rel));
//
// Nothing is skipped in silence: a folder that will not open, a link to
// nothing or a named pipe is a diagnostic marked base::Unread (issue 16).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diag.h"

namespace concord::ingest {

struct FolderListing {
  bool opened = false;                        // the folder itself could be listed
  std::vector<std::filesystem::path> files;   // relative to it, sorted; extensions concord reads
  std::size_t other = 0;                      // files with other extensions, not read
  std::filesystem::path first_other;          // the first of those in path order
};

// Lists the files below folder `dir`, skipping hidden entries and
// sources.yaml. Links are followed, to folders too: the folder's own tree
// first, then each linked folder not already listed, so a folder reached
// twice (a link back up the tree) is listed once, under its own name. What
// cannot be read is reported to diags in path order (the order of entries
// on disk is not stable): the folder itself not opening is an error, a
// folder below it, a link to nothing or a named pipe a warning.
FolderListing list_folder(const std::string& dir, base::Diagnostics& diags);

// "a link to 'gone.txt', which does not exist", for a link that leads nowhere.
std::string dead_link(const std::filesystem::path& link);

// "a named pipe", "a socket", "a device": what a path that is neither file
// nor folder is.
const char* kind_of(std::filesystem::file_type t);

// Joins a folder as the user wrote it with a path below it ("seeds/" + "a.txt").
std::string join(const std::string& dir, const std::filesystem::path& rel);

}  // namespace concord::ingest
