// A document as concord reads it: analysis text plus everything needed to
// cite any span of it back to the file the user gave.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/atom.h"
#include "base/date.h"
#include "ingest/source_map.h"

namespace concord::ingest {

enum class Format { text, markdown, html, jsonl };

// Where the publication date came from; "inferred" dates are less certain.
enum class DateSource { front_matter, manifest, jsonl, flag, inferred, unknown };

const char* format_name(Format f);
const char* date_source_name(DateSource s);  // "front-matter", "manifest", ...

// A half-open byte range [begin, end) in a document's text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Why a stretch of text is not read for claims; `explain` prints these.
enum class Exclusion {
  markup,      // front matter, code blocks, HTML comments, script/style
  furniture,   // menus, headline lists, licensing boxes, <nav>/<aside>
  duplicate,   // a paragraph already read earlier in the same document
  untrusted,   // mis-decoded text (mojibake)
};
const char* exclusion_name(Exclusion e);

struct Excluded {
  Span span;
  Exclusion why;
  std::string detail;
};

// A comment in the source (Markdown or HTML `<!-- ... -->`), kept for
// directives such as `concord-ignore`.
struct SourceComment {
  std::size_t raw_begin = 0;  // byte offsets of the whole comment in the original
  std::size_t raw_end = 0;
  std::string body;           // between <!-- and -->, trimmed
};

struct Metadata {
  std::string title;
  std::string outlet;
  std::string url;
  std::optional<base::Date> date;
  DateSource date_source = DateSource::unknown;
  std::string date_basis;  // e.g. "'Posted on : 2014-11-15' at line 3"
};

// Invariant: text is valid UTF-8 and map.text_size() == text.size().
struct Document {
  std::string path;   // as the user named it; for JSONL records, the archive
  std::string id;     // unique in a run: the path, or "archive.jsonl#<id>"
  Format format = Format::text;
  std::string raw;    // original bytes (a JSONL record: its line); empty when equal to text
  int first_line = 1; // line number of raw's first byte in the file
  std::string text;   // what rules read
  SourceMap map;      // text offsets -> raw offsets
  Metadata meta;
  std::vector<Excluded> excluded;  // known before segmentation (markup, <nav>...)
  std::vector<SourceComment> comments;
  std::vector<std::string> notes;  // decoding notes, shown by explain

  const std::string& original() const { return raw.empty() ? text : raw; }
};

// A span of a document as a reader finds it: file, line, column, words.
struct Citation {
  // Shared by every citation into one document.
  base::SharedString path;      // as the user named it
  base::SharedString document;  // Document::id
  std::size_t byte_begin = 0, byte_end = 0;  // in the original file (a JSONL record: its line)
  Position start;        // 1-based line and column (code points) of the first character
  Position end;          // line and column just past the last character
  std::string quote;     // the words, whitespace collapsed
};

// Resolves spans of one document to file positions and quotes.
// REQUIRES: doc outlives the Citer.
class Citer {
 public:
  explicit Citer(const Document& doc);
  Position start(std::size_t text_offset) const;
  Position end(std::size_t text_offset) const;  // just past the character before text_offset

  // Cites span; the quote is the text of span with whitespace collapsed.
  Citation cite(Span span) const;

 private:
  const Document& doc_;
  LineIndex lines_;
  base::SharedString path_, id_;  // one copy for all the document's citations
};

}  // namespace concord::ingest
