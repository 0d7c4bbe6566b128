#include "ingest/folder.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <system_error>

#include "ingest/manifest.h"
#include "ingest/reader.h"

namespace concord::ingest {

namespace fs = std::filesystem;

namespace {

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Something below a folder that is not read.
struct Unlisted {
  fs::path rel;
  base::Unread what = base::Unread::whole;
  std::string message;
};

// A listing under way: the folders listed so far (by canonical path), and
// what could not be read, reported once the walk is done.
struct Walk {
  explicit Walk(std::string root) : root(std::move(root)) {}

  // Lists the folder at rel (below root) and every folder below it, except
  // those reached through links, which go to `links`.
  void tree(fs::path rel, base::Diagnostics& diags) {
    std::vector<fs::path> todo{std::move(rel)};
    while (!todo.empty()) {
      const fs::path at = std::move(todo.back());
      todo.pop_back();
      const fs::path folder = at.empty() ? fs::path(root) : fs::path(root) / at;
      std::error_code ec;
      if (!listed.insert(fs::weakly_canonical(folder, ec)).second) continue;
      fs::directory_iterator it(folder, ec);
      if (ec && at.empty()) {
        diags.unread(base::Unread::whole, base::Severity::error, {root},
                     "cannot open this folder ({}); make it readable by this user", ec.message());
        return;
      }
      if (ec) {
        unlisted.push_back({at, base::Unread::whole,
                            fmt::format("cannot open this folder ({}), so nothing in it is read; make it readable "
                                        "by this user, or move it out of the archive", ec.message())});
        continue;
      }
      if (at.empty()) out.opened = true;
      for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entry(*it, at, todo);
      if (ec) {
        unlisted.push_back({at, base::Unread::part,
                            fmt::format("could not list this folder to its end ({}); some files in it may not be "
                                        "read", ec.message())});
      }
    }
  }

  // Sorts one entry of the folder at rel: a file to read, a folder to list,
  // a file of another format, or something that cannot be read.
  void entry(const fs::directory_entry& e, const fs::path& rel, std::vector<fs::path>& todo) {
    const fs::path name = e.path().filename();
    if (is_hidden(name)) return;
    const fs::path child = rel / name;
    std::error_code ec;
    const bool link = e.is_symlink(ec);
    const fs::file_status st = e.status(ec);  // through a link
    if (ec) {
      unlisted.push_back({child, base::Unread::whole,
                          link ? dead_link(e.path()) + "; fix the link or remove it"
                               : fmt::format("cannot be read ({}); check it", ec.message())});
    } else if (fs::is_directory(st)) {
      (link ? links : todo).push_back(child);
    } else if (name == kManifestName) {
      // metadata, read with the folder's stories
    } else if (!format_for_path(name.string())) {
      if (out.other++ == 0 || child < out.first_other) out.first_other = child;
    } else if (fs::is_regular_file(st)) {
      out.files.push_back(child);
    } else {
      unlisted.push_back({child, base::Unread::whole,
                          fmt::format("{}, not a file; put the story in a regular file", kind_of(st.type()))});
    }
  }

  std::string root;                // as the user named it
  FolderListing out;
  std::vector<Unlisted> unlisted;
  std::set<fs::path> listed;       // canonical paths of folders listed
  std::vector<fs::path> links;     // links to folders, listed after the tree
};

}  // namespace

const char* kind_of(fs::file_type t) {
  switch (t) {
    case fs::file_type::fifo: return "a named pipe";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block:
    case fs::file_type::character: return "a device";
    default: return "a special file";
  }
}

std::string dead_link(const fs::path& link) {
  std::error_code ec;
  const fs::path target = fs::read_symlink(link, ec);
  (void)fs::status(link, ec);  // only ec: why the link cannot be followed
  if (ec && ec != std::errc::no_such_file_or_directory) {
    return fmt::format("a link to '{}' that cannot be followed ({})", target.string(), ec.message());
  }
  return fmt::format("a link to '{}', which does not exist", target.string());
}

std::string join(const std::string& dir, const fs::path& rel) {
  if (dir.empty() || dir == ".") return rel.generic_string();
  if (dir.back() == '/') return dir + rel.generic_string();
  return dir + "/" + rel.generic_string();
}

FolderListing list_folder(const std::string& dir, base::Diagnostics& diags) {
  Walk walk(dir);
  walk.tree({}, diags);
  // Linked folders after the tree, so a folder reached both ways is listed
  // under its own name; in path order, links found on the way included.
  for (std::size_t i = 0; i < walk.links.size(); ++i) {
    std::sort(walk.links.begin() + static_cast<long>(i), walk.links.end());
    walk.tree(walk.links[i], diags);
  }
  std::sort(walk.out.files.begin(), walk.out.files.end());
  std::stable_sort(walk.unlisted.begin(), walk.unlisted.end(),
                   [](const Unlisted& a, const Unlisted& b) { return a.rel < b.rel; });
  for (const Unlisted& u : walk.unlisted) {
    diags.unread(u.what, base::Severity::warning, {join(dir, u.rel)}, "{}", u.message);
  }
  return std::move(walk.out);
}

}  // namespace concord::ingest
