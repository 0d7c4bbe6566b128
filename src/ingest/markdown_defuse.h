// The copy of a Markdown body that cmark-gfm parses, with the inputs that
// make Debian 12's cmark-gfm (0.29.0.gfm.6) take quadratic time defused.
//
// That version predates the upstream fixes for CVE-2023-22483 and
// CVE-2023-22486: each `<?`, `<!X` or `<![CDATA[` that never closes makes
// the inline parser rescan the rest of its paragraph, and each link formed
// after unclosed `![` openers walks back over all of them. A megabyte of
// either takes minutes. Within each stretch between blank lines (a
// paragraph cannot cross one), past a budget no story comes near, those
// openers become a plain character in the copy, so cmark-gfm reads them as
// text: a `<` as text, an `![` as a link.
//
// The copy has the same length as the body, so an offset in one is the
// same offset in the other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::ingest {

struct DefusedMarkdown {
  std::string text;                        // what cmark-gfm reads
  std::vector<std::size_t> image_openers;  // each '!' of an `![` changed: syntax, never prose
};

// Returns body with NUL bytes (which cmark-gfm would widen to U+FFFD, three
// bytes) and over-budget openers replaced byte for byte. Linear in size.
DefusedMarkdown defuse_markdown(std::string_view body);

}  // namespace concord::ingest
