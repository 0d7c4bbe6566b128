// Markdown source as cmark-gfm counts it, for placing what it parsed back
// on the bytes that spell it. Plain string functions; no parser here.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace concord::ingest {

// Lines as cmark-gfm numbers them, from 1, each ended by "\n", "\r" or
// "\r\n". The text must outlive the Lines.
class MarkdownLines {
 public:
  explicit MarkdownLines(std::string_view text);
  int count() const { return static_cast<int>(starts_.size()); }
  bool has(int n) const { return n >= 1 && n <= count(); }
  // Where line n begins, and where its line ending begins. REQUIRES: has(n).
  std::size_t begin(int n) const { return starts_[static_cast<std::size_t>(n) - 1]; }
  std::size_t end(int n) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// How a node's text may differ from the bytes that spell it.
enum class Spelling {
  text,  // backslash escapes and character references (&amp;) were decoded
  code,  // a code span: a line break reads as a space, a table cell's "\|" as "|"
  raw,   // inline HTML: as written
};

// The bytes that spell a node's text: half-open ranges of the source, in
// order, and where the spelling ends.
struct Spelled {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t end = 0;
};

// Whether source spells text from offset `at`, ending by `limit`. If so,
// fills out: each escape's backslash and each line break of a code span
// (with the next line's indentation and '>' markers) are left out of its
// runs; a character reference stays in, as written. O(text size).
// REQUIRES: !text.empty().
bool spelled_at(std::string_view source, std::size_t at, std::size_t limit, std::string_view text, Spelling how,
                Spelled& out);

// CommonMark's kinds of HTML block: the first five end only at their end
// marker, however many blank lines come first; `other` at a blank line.
enum class HtmlBlock { raw_text, comment, instruction, declaration, cdata, other };

// The kind of an HTML block, from its first line (<script>, <!--, <?, ...).
HtmlBlock html_block_kind(std::string_view html);

// Whether line holds the end marker of an HTML block of that kind.
bool has_end_marker(std::string_view line, HtmlBlock kind);

// A tag or comment in an HTML block's source.
struct HtmlMarkup {
  std::size_t begin = 0, end = 0;
  bool comment = false;
  bool closed = true;  // a comment's "-->" came before the block's end
};

// The tags and comments in [b, e) of s, in order: what a browser does not
// show of an HTML block. A '<' with no '>' after it is text; a comment not
// closed runs to e. Linear: each search for a '>' starts past the last.
std::vector<HtmlMarkup> html_markup(std::string_view s, std::size_t b, std::size_t e);

// Whether line closes a fenced code block opened with `length` of `fence`.
bool closes_fence(std::string_view line, char fence, std::size_t length);

// Where a piece of t that should reach `from` (> 0) may end, for parsing t
// piece by piece: before a line that follows a blank line, which starts a
// new block whatever came before; failing one within `slack` bytes, before
// any line at column 0 that cannot carry the block before it on (not an
// underline of '=' or '-', not a table row starting with '|'); failing
// that (a line of hundreds of kilobytes), before a word; failing that, in
// a stretch dense with markup, anywhere. A fenced code block or an HTML
// block of the first five kinds may still be open there: the caller
// checks. Otherwise what crosses a cut is read as two: a paragraph as two
// paragraphs, a table's later rows as text, a reference link whose
// definition is in the other piece as text in brackets. Returns t.size()
// if nothing qualifies.
std::size_t piece_end(std::string_view t, std::size_t from, std::size_t slack);

}  // namespace concord::ingest
