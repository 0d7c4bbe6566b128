// Markdown as prose: front matter read, markup blanked out.
//
// The body is parsed by cmark-gfm (CommonMark with GitHub's tables); what
// counts as prose is listed in ingest/markdown_prose.h. Markup characters
// are replaced by spaces (newlines kept), so the analysis text has the same
// length as the file and maps to it byte for byte:
//
//   "Met **Kim** in [Moscow](https://x.org).\n"
//   "Met   Kim    in  Moscow                .\n"
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diag.h"
#include "base/yaml.h"
#include "ingest/document.h"

namespace concord::ingest {

// An HTML comment in a Markdown file, e.g. `<!-- concord-ignore: date -->`.
struct Comment {
  Span span;         // the whole comment, in text offsets
  std::string body;  // between <!-- and -->, trimmed
};

struct MarkdownParts {
  std::optional<Span> front_matter;  // including the --- lines
  std::optional<base::YamlNode> yaml;
  std::vector<Excluded> markup;      // front matter, code blocks, comments
  std::vector<Comment> comments;
};

// Reads front matter (reporting YAML errors against path), then blanks
// Markdown syntax in text in place. Never changes text's length; every byte
// left is the file's own. Linear in text's size.
MarkdownParts blank_markdown(std::string& text, const std::string& path, base::Diagnostics& diags);

// Fills meta from front matter keys title, date, outlet, url. Other keys are
// ignored (they belong to the site's CMS). A bad date is an error at its line.
void read_front_matter(const base::YamlNode& yaml, Metadata& meta, base::Diagnostics& diags);

}  // namespace concord::ingest
