#include "ingest/markdown_prose.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>

#include "ingest/markdown_defuse.h"
#include "ingest/markdown_source.h"

namespace concord::ingest {

namespace {

// cmark-gfm's tree takes some 200 bytes a node, and dense markup makes a
// node of every byte or two (a 3 MB line of '<' took 600 MB); a body longer
// than this is parsed in pieces of about this size, one at a time.
constexpr std::size_t kPieceBytes = std::size_t{512} << 10;
// Searches for nodes not found where they claim to be may read this many
// bytes per byte of the piece, and a constant: far more than any real file
// needs, and linear in any input.
constexpr std::size_t kSearchPerByte = 16;
constexpr std::size_t kSearchBase = std::size_t{1} << 16;

constexpr std::size_t npos = std::string_view::npos;

std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view literal_of(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s == nullptr ? std::string_view() : std::string_view(s);
}

// Whether a link's text is its URL, as in an autolink (<https://...>,
// <name@example.org>) and in [x.org](x.org).
bool text_is_url(cmark_node* link) {
  cmark_node* text = cmark_node_first_child(link);
  if (text == nullptr || cmark_node_next(text) != nullptr || cmark_node_get_type(text) != CMARK_NODE_TEXT) {
    return false;
  }
  const char* u = cmark_node_get_url(link);
  const std::string_view url = u == nullptr ? std::string_view() : std::string_view(u);
  const std::string_view lit = literal_of(text);
  return url == lit || (url.substr(0, 7) == "mailto:" && url.substr(7) == lit);
}

// cmark-gfm's table extension, registered once for all threads. The inline
// extensions (strikethrough, autolink) are left out: each parse switches
// their characters on and off in a table all parsers share, a race when
// files are read on several threads (and Debian's autolink extension has
// an out-of-bounds read, CVE-2023-22485).
cmark_syntax_extension* table_extension() {
  static cmark_syntax_extension* const table = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return cmark_find_syntax_extension("table");
  }();
  return table;
}

struct FreeParser {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct FreeNode {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct FreeIter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// Line numbers of a text's offsets, asked in increasing order.
class LineCounter {
 public:
  explicit LineCounter(const std::string& t) : t_(t) {}
  int at(std::size_t offset) {
    if (offset < to_) {
      to_ = 0;
      line_ = 1;
    }
    line_ += static_cast<int>(
        std::count(t_.begin() + static_cast<long>(to_), t_.begin() + static_cast<long>(offset), '\n'));
    to_ = offset;
    return line_;
  }

 private:
  const std::string& t_;  // its newlines never change
  std::size_t to_ = 0;
  int line_ = 1;
};

// Reads one piece of a body, [begin, end) of t: parse() parses it, walk()
// restores its prose into a text that starts blank. Offsets are within the
// piece unless said otherwise.
class ProseReader {
 public:
  ProseReader(std::string& t, std::size_t begin, std::size_t end, const std::string& path,
              base::Diagnostics& diags, MarkdownParts& parts, LineCounter& file_lines)
      : t_(t),
        base_(begin),
        path_(path),
        diags_(diags),
        parts_(parts),
        file_lines_(file_lines),
        orig_(std::string_view(t).substr(begin, end - begin)),
        src_(defuse_markdown(orig_)),
        lines_(src_.text),
        budget_(kSearchBase + kSearchPerByte * orig_.size()) {}

  // Parses the piece; returns false if it ends inside a fenced code block
  // or an HTML block that only its end marker ends (cut too soon).
  bool parse() {
    parser_.reset(cmark_parser_new(CMARK_OPT_SOURCEPOS));
    cmark_parser_attach_syntax_extension(parser_.get(), table_extension());
    cmark_parser_feed(parser_.get(), src_.text.data(), src_.text.size());
    doc_.reset(cmark_parser_finish(parser_.get()));
    cmark_node* last = cmark_node_last_child(doc_.get());
    return last == nullptr || ends_closed(last);
  }

  void walk() {
    blank(0, orig_.size());
    const std::unique_ptr<cmark_iter, FreeIter> it(cmark_iter_new(doc_.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it.get());
      if (ev == CMARK_EVENT_ENTER) {
        enter(n);
      } else {
        leave(n);
      }
    }
    for (std::size_t i : src_.image_openers) blank(i, i + 1);
  }

 private:
  // A paragraph, heading or table cell whose inline nodes are being placed.
  struct Leaf {
    int first_line = 0;      // 0: its positions are not known
    int start_column = 0;    // 1-based, of its first byte
    std::size_t limit = 0;   // none of its text is at or past this
    std::size_t cursor = 0;  // the nodes placed so far end here
  };

  void enter(cmark_node* n) {
    const cmark_node_type type = cmark_node_get_type(n);
    switch (type) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING: start_leaf(n, false, false); break;
      case CMARK_NODE_CODE_BLOCK: code_block(n); break;
      case CMARK_NODE_HTML_BLOCK: html_block(n); break;
      case CMARK_NODE_TEXT: place(n, Spelling::text); break;
      case CMARK_NODE_CODE: place(n, Spelling::code); break;
      case CMARK_NODE_HTML_INLINE: html_inline(n); break;
      case CMARK_NODE_IMAGE: ++hidden_; break;  // alt text is not shown, as in HTML
      default:  // the table extension's node types are not in its installed headers; their names are
        table_part(n, cmark_node_get_type_string(n));
        break;
    }
  }

  void leave(cmark_node* n) {
    if (cmark_node_get_type(n) == CMARK_NODE_IMAGE) --hidden_;
  }

  // Whether top-level block n, the piece's last, is closed: a fenced code
  // block by a fence on a later line, an HTML block of <script>, <!--, <?,
  // <!X or CDATA by its end marker on its last line.
  bool ends_closed(cmark_node* n) const {
    const auto [first, last] = line_range(n);
    if (first == 0) return true;
    if (cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK) {
      int length = 0, offset = 0;
      char fence = 0;
      if (cmark_node_get_fenced(n, &length, &offset, &fence) == 0) return true;
      const std::size_t b = lines_.begin(last);
      const std::string_view line = std::string_view(src_.text).substr(b, lines_.end(last) - b);
      return last > first && closes_fence(line, fence, static_cast<std::size_t>(std::max(length, 0)));
    }
    if (cmark_node_get_type(n) != CMARK_NODE_HTML_BLOCK) return true;
    std::string_view html = literal_of(n);
    if (!html.empty() && html.back() == '\n') html.remove_suffix(1);
    const std::size_t nl = html.rfind('\n');
    return has_end_marker(nl == npos ? html : html.substr(nl + 1), html_block_kind(html));
  }

  // The lines a block spans. cmark-gfm ends some blocks at column 0 of the
  // line after them. {0, 0} if it claims lines the piece does not have.
  std::pair<int, int> line_range(cmark_node* n) const {
    const int first = cmark_node_get_start_line(n);
    if (!lines_.has(first)) return {0, 0};
    const int last = cmark_node_get_end_line(n) - (cmark_node_get_end_column(n) == 0 ? 1 : 0);
    return {first, std::clamp(last, first, lines_.count())};
  }

  // A table that starts on a paragraph's last line is cut from it: the
  // lines before become a paragraph without positions, and the header
  // row's positions are those of the old paragraph. Both are then placed
  // by order alone, after what was placed before.
  void table_part(cmark_node* n, std::string_view type) {
    if (type == "table") {
      cmark_node* before = cmark_node_previous(n);
      header_by_order_ = before != nullptr && cmark_node_get_type(before) == CMARK_NODE_PARAGRAPH &&
                         cmark_node_get_start_line(before) < 1;
    } else if (type == "table_cell") {
      cmark_node* row = cmark_node_parent(n);
      const bool header = row != nullptr && cmark_node_previous(row) == nullptr;
      start_leaf(n, true, header && header_by_order_);
    }
  }

  void start_leaf(cmark_node* n, bool cell, bool by_order) {
    in_leaf_ = true;
    const auto [first, last] = line_range(n);
    if (first == 0 || by_order) {
      leaf_ = {0, 1, orig_.size(), placed_to_};
      return;
    }
    leaf_.first_line = first;
    leaf_.start_column = std::max(1, cmark_node_get_start_column(n));
    leaf_.cursor = std::min(lines_.begin(first) + static_cast<std::size_t>(leaf_.start_column - 1), lines_.end(first));
    leaf_.limit = lines_.end(last);
    const int end_column = cmark_node_get_end_column(n);
    if (cell && last == first && end_column >= leaf_.start_column) {  // a cell ends at its pipe
      leaf_.limit = std::min(leaf_.limit, lines_.begin(first) + static_cast<std::size_t>(end_column));
    }
  }

  // Where node n says its text starts. On its block's first line that is
  // exact. After it cmark-gfm counts from where it kept the line: past the
  // container markers and, unless the line is a lazy continuation, past
  // the indentation as well; both are tried. Returns how many it filled.
  int claimed(cmark_node* n, std::size_t (&at)[2]) {
    const int line = cmark_node_get_start_line(n);
    const int column = cmark_node_get_start_column(n);
    if (leaf_.first_line == 0 || !lines_.has(line) || column < 1) return 0;
    if (line == leaf_.first_line) {
      at[0] = lines_.begin(line) + static_cast<std::size_t>(column - 1);
      return 1;
    }
    if (column < leaf_.start_column) return 0;
    const auto d = static_cast<std::size_t>(column - leaf_.start_column);
    at[0] = content_start(line) + d;
    at[1] = lines_.begin(line) + d;
    return 2;
  }

  // Line n past its quote markers and indentation (the last answer is kept:
  // a line's nodes come one after another).
  std::size_t content_start(int n) {
    if (n != content_line_) {
      const std::string_view s = src_.text;
      std::size_t p = lines_.begin(n);
      const std::size_t e = lines_.end(n);
      while (p < e && (s[p] == ' ' || s[p] == '\t' || s[p] == '>')) ++p;
      content_line_ = n;
      content_at_ = p;
    }
    return content_at_;
  }

  // Finds text in the current leaf, where n claims it is or else by
  // searching on from the cursor, into spelled_.
  bool locate(cmark_node* n, std::string_view text, Spelling how) {
    std::size_t at[2];
    const int k = claimed(n, at);
    for (int i = 0; i < k; ++i) {
      const bool ahead = at[i] >= leaf_.cursor && at[i] < leaf_.limit;
      if (ahead && spelled_at(src_.text, at[i], leaf_.limit, text, how, spelled_)) return true;
    }
    const std::string_view s = src_.text;
    for (std::size_t p = leaf_.cursor; p < leaf_.limit && budget_ > 0; ++p) {
      --budget_;
      if (s[p] != text[0] && (how != Spelling::text || (s[p] != '\\' && s[p] != '&'))) continue;
      budget_ -= std::min(budget_, text.size());
      if (spelled_at(s, p, leaf_.limit, text, how, spelled_)) return true;
    }
    return false;
  }

  void place(cmark_node* n, Spelling how) {
    const std::string_view text = literal_of(n);
    if (!in_leaf_ || text.empty() || !locate(n, text, how)) return;
    advance(spelled_.end);
    if (hidden_ > 0 || spelled_.runs.empty() || in_autolink(n)) return;
    for (const auto& [b, e] : spelled_.runs) {
      restore(b, e);
      if (how == Spelling::text) blank_tildes(b, e);
    }
    if (how == Spelling::text && text.find("<!--") != npos) {
      const std::size_t from = spelled_.runs.front().first;
      const std::size_t at = std::string_view(orig_).substr(0, spelled_.end).find("<!--", from);
      diags_.warning({path_, file_line(at == npos ? from : at), 0},
                     "'<!--' is not closed with '-->' in its paragraph, so it is read as text, not as a comment");
    }
  }

  // An autolink (<https://...>, <name@example.org>) is an address, not
  // prose: a link whose text is its URL, written after a '<'. (The link
  // node's own position is off; its text's is not.)
  bool in_autolink(cmark_node* text) const {
    cmark_node* link = cmark_node_parent(text);
    const std::size_t at = spelled_.runs.front().first;
    return link != nullptr && cmark_node_get_type(link) == CMARK_NODE_LINK && text_is_url(link) && at > 0 &&
           src_.text[at - 1] == '<';
  }

  void html_inline(cmark_node* n) {
    const std::string_view html = literal_of(n);
    if (!in_leaf_ || html.empty()) return;
    if (html.substr(0, 4) != "<!--") {
      if (locate(n, html, Spelling::raw)) advance(spelled_.end);  // a tag: blank already
      return;
    }
    // A comment: found by its "<!--" (its lines past the first are kept
    // without their indentation), ended by the first "-->".
    const std::string_view s = std::string_view(src_.text).substr(0, leaf_.limit);
    std::size_t at[2];
    const int k = claimed(n, at);
    std::size_t open = npos;
    for (int i = 0; i < k && open == npos; ++i) {
      if (at[i] >= leaf_.cursor && at[i] < s.size() && s.substr(at[i], 4) == "<!--") open = at[i];
    }
    if (open == npos && leaf_.cursor < leaf_.limit) {
      open = s.find("<!--", leaf_.cursor);
      budget_ -= std::min(budget_, (open == npos ? leaf_.limit : open) - leaf_.cursor);
    }
    if (open == npos) return;
    const std::size_t close = s.find("-->", open + 4);
    const std::size_t end = close == npos ? std::min(open + html.size(), leaf_.limit) : close + 3;
    comment(open, end, true);
    advance(end);
  }

  void code_block(cmark_node* n) {
    const auto [first, last] = line_range(n);
    if (first > 0) exclude(lines_.begin(first), lines_.end(last), "code block");
  }

  void advance(std::size_t to) {
    leaf_.cursor = to;
    placed_to_ = std::max(placed_to_, to);
  }

  // An HTML block. Of one that shows text (a <div>, a <p>, a comment), the
  // text between tags is prose, as a browser shows it. cmark-gfm keeps each
  // of its lines from where the block's containers end, each the tail of
  // its line in the source.
  void html_block(cmark_node* n) {
    const std::string_view html = literal_of(n);
    const int first = cmark_node_get_start_line(n);
    if (!lines_.has(first) || html.empty()) return;
    const auto kept_lines = static_cast<int>(std::count(html.begin(), html.end(), '\n'));
    const int last = std::clamp(first + std::max(kept_lines, 1) - 1, first, lines_.count());
    const HtmlBlock kind = html_block_kind(html);
    if (kind != HtmlBlock::comment && kind != HtmlBlock::other) {
      exclude(lines_.begin(first), lines_.end(last), "HTML block");
      return;
    }
    const std::string_view s = src_.text;
    std::size_t from = 0;
    std::size_t start = npos;
    for (int line = first; line <= last && from < html.size(); ++line) {
      std::size_t nl = html.find('\n', from);
      if (nl == npos) nl = html.size();
      const std::string_view kept = html.substr(from, nl - from);
      const std::size_t end = lines_.end(line);
      if (kept.size() <= end - lines_.begin(line) && s.substr(end - kept.size(), kept.size()) == kept) {
        restore(end - kept.size(), end);
        start = std::min(start, end - kept.size());
      }
      from = nl + 1;
    }
    for (const HtmlMarkup& m : html_markup(orig_, start == npos ? lines_.begin(first) : start, lines_.end(last))) {
      if (m.comment) {
        comment(m.begin, m.end, m.closed);
      } else {
        blank(m.begin, m.end);
      }
    }
    placed_to_ = std::max(placed_to_, lines_.end(last));
  }

  void comment(std::size_t b, std::size_t e, bool closed) {
    const std::size_t body_end = closed ? e - 3 : e;
    const std::string_view body = std::string_view(orig_).substr(b + 4, body_end > b + 4 ? body_end - b - 4 : 0);
    parts_.comments.push_back({{base_ + b, base_ + e}, std::string(trim(body))});
    exclude(b, e, "HTML comment");
    blank(b, e);
    if (closed) return;
    const int line = file_line(b);
    if (base_ + orig_.size() == t_.size() && trim(std::string_view(orig_).substr(e)).empty()) {
      diags_.unread(base::Unread::part, base::Severity::warning, {path_, line, 0},
                    "HTML comment is not closed with '-->'; the rest of the file is not read");
    } else {
      diags_.unread(base::Unread::part, base::Severity::warning, {path_, line, 0},
                    "HTML comment is not closed with '-->'; the lines up to line {} are not read", file_line(e));
    }
  }

  void exclude(std::size_t b, std::size_t e, const char* why) {
    parts_.markup.push_back({{base_ + b, base_ + e}, Exclusion::markup, why});
    placed_to_ = std::max(placed_to_, e);
  }

  void blank(std::size_t b, std::size_t e) {
    for (std::size_t i = base_ + b; i < base_ + e; ++i) {
      if (t_[i] != '\n' && t_[i] != '\r') t_[i] = ' ';
    }
  }

  void restore(std::size_t b, std::size_t e) { t_.replace(base_ + b, e - b, orig_, b, e - b); }

  // Strikethrough markers (~~), which cmark-gfm reads as text here.
  void blank_tildes(std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e;) {
      std::size_t r = i;
      while (r < e && orig_[r] == '~') ++r;
      if (r - i >= 2) blank(i, r);
      i = r == i ? i + 1 : r;
    }
  }

  int file_line(std::size_t at) { return file_lines_.at(base_ + at); }

  std::string& t_;
  const std::size_t base_;  // where the piece starts in t_
  const std::string& path_;
  base::Diagnostics& diags_;
  MarkdownParts& parts_;
  LineCounter& file_lines_;
  const std::string orig_;     // the piece as in the file
  const DefusedMarkdown src_;  // the piece as cmark-gfm reads it
  const MarkdownLines lines_;  // of src_.text
  std::size_t budget_;         // bytes searches may still read
  std::unique_ptr<cmark_parser, FreeParser> parser_;
  std::unique_ptr<cmark_node, FreeNode> doc_;
  Leaf leaf_;
  bool in_leaf_ = false;
  std::size_t placed_to_ = 0;     // the furthest end of anything placed
  bool header_by_order_ = false;  // the current table's header row has no positions
  int hidden_ = 0;  // inside an image: nodes are placed, not restored
  Spelled spelled_;
  int content_line_ = 0;
  std::size_t content_at_ = 0;
};

}  // namespace

void blank_markdown_body(std::string& t, std::size_t body, const std::string& path, base::Diagnostics& diags,
                         MarkdownParts& parts) {
  LineCounter lines(t);
  for (std::size_t begin = body; begin < t.size();) {
    // A piece cut where a fenced code block or a <script>, <!--, ... block
    // is still open is parsed again, twice as long: linear still.
    for (std::size_t want = kPieceBytes;; want *= 2) {
      const std::size_t end = want >= t.size() - begin ? t.size() : piece_end(t, begin + want, kPieceBytes / 4);
      ProseReader piece(t, begin, end, path, diags, parts, lines);
      if (piece.parse() || end == t.size()) {
        piece.walk();
        begin = end;
        break;
      }
    }
  }
}

}  // namespace concord::ingest
