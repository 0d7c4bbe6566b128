#include "ingest/markdown_source.h"

#include <algorithm>

namespace concord::ingest {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// What a backslash escapes: ASCII punctuation, as in CommonMark.
bool is_punct(char c) { return c >= '!' && c <= '~' && !is_alpha(c) && !is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t utf8_length(char lead) {
  const auto c = static_cast<unsigned char>(lead);
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// The length of the character reference (&amp; &#8212; &#x2014;) v starts
// with, or 0.
std::size_t entity_length(std::string_view v) {
  std::size_t k = 1;
  if (k < v.size() && v[k] == '#') {
    ++k;
    const bool hex = k < v.size() && (v[k] == 'x' || v[k] == 'X');
    if (hex) ++k;
    const std::size_t digits = k;
    while (k < v.size() && k - digits < (hex ? 6u : 7u) && (hex ? is_hex(v[k]) : is_digit(v[k]))) ++k;
    if (k == digits) return 0;
  } else {
    if (k >= v.size() || !is_alpha(v[k])) return 0;
    while (k < v.size() && k < 33 && (is_alpha(v[k]) || is_digit(v[k]))) ++k;
  }
  return k < v.size() && v[k] == ';' ? k + 1 : 0;
}

// Whether s starts with prefix, ASCII case folded.
bool starts_folded(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if ((s[i] | 0x20) != (prefix[i] | 0x20)) return false;
  }
  return true;
}

bool contains_folded(std::string_view s, std::string_view part) {
  for (std::size_t i = 0; i + part.size() <= s.size(); ++i) {
    if (starts_folded(s.substr(i), part)) return true;
  }
  return false;
}

// Whether a line starting at i of t can start a piece: at column 0, not
// blank, and not able to carry the block before it on.
bool can_start_piece(std::string_view t, std::size_t i) {
  const char c = t[i];
  if (is_space(c) || c == '=' || c == '|') return false;
  if (c != '-') return true;
  for (; i < t.size() && t[i] != '\n' && t[i] != '\r'; ++i) {
    if (t[i] != '-' && t[i] != ' ' && t[i] != '\t') return true;  // a list item, not an underline
  }
  return false;
}

// A byte the inline parser stops at, most often to make a node of it.
bool is_inline_special(char c) {
  return c == '\n' || c == '\r' || c == '\\' || c == '`' || c == '&' || c == '_' || c == '*' || c == '[' ||
         c == ']' || c == '<' || c == '!';
}

// Whether a word, or emphasis of one, starts at i: a line's tail from
// there is a paragraph, not a list item or a heading.
bool starts_word(std::string_view t, std::size_t i) {
  if (is_alpha(t[i])) return true;
  return (t[i] == '*' || t[i] == '_') && i + 1 < t.size() && is_alpha(t[i + 1]);
}

}  // namespace

MarkdownLines::MarkdownLines(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (text[i] == '\n' || text[i] == '\r') starts_.push_back(i + 1);
  }
}

std::size_t MarkdownLines::end(int n) const {
  if (n == count()) return text_.size();
  std::size_t e = starts_[static_cast<std::size_t>(n)] - 1;
  if (text_[e] == '\n' && e > begin(n) && text_[e - 1] == '\r') --e;
  return e;
}

bool spelled_at(std::string_view s, std::size_t at, std::size_t limit, std::string_view text, Spelling how,
                Spelled& out) {
  out.runs.clear();
  limit = std::min(limit, s.size());
  if (at + text.size() <= limit && s.compare(at, text.size(), text) == 0) {
    out.runs.emplace_back(at, at + text.size());
    out.end = at + text.size();
    return true;
  }
  if (how == Spelling::raw) return false;
  std::size_t i = 0, j = at, run = at;
  auto cut = [&](std::size_t to) {
    if (to > run) out.runs.emplace_back(run, to);
  };
  while (i < text.size()) {
    if (j >= limit) return false;
    const char c = s[j];
    // An escape's backslash is syntax and the character it escapes text;
    // in a code span only a table cell's "\|" is one.
    const char next = j + 1 < limit ? s[j + 1] : '\0';
    const bool escapable = how == Spelling::text ? is_punct(next) : how == Spelling::code && next == '|';
    if (c == '\\' && escapable && text[i] == next) {
      cut(j);
      run = j + 1;
      j += 2;
      ++i;
      continue;
    }
    if (how == Spelling::text && c == '&') {
      const std::size_t e = entity_length(s.substr(j, limit - j));
      if (e > 0 && text.compare(i, e, s.substr(j, e)) != 0) {  // decoded, kept as written
        // To one character, or to two (&ngE;) if what follows fits only that.
        std::size_t k = std::min(text.size(), i + utf8_length(text[i]));
        if (k < text.size() && (j + e == limit || text[k] != s[j + e])) {
          const std::size_t two = std::min(text.size(), k + utf8_length(text[k]));
          if (two == text.size() || (j + e < limit && text[two] == s[j + e])) k = two;
        }
        i = k;
        j += e;
        continue;
      }
    }
    if (how == Spelling::code && (c == '\n' || c == '\r') && text[i] == ' ') {
      cut(j);
      j += c == '\r' && j + 1 < limit && s[j + 1] == '\n' ? 2 : 1;
      // The next line's indentation and quote markers, unless the code goes on with a '>'.
      const bool gt_next = i + 1 < text.size() && text[i + 1] == '>';
      while (j < limit && (s[j] == ' ' || s[j] == '\t' || (s[j] == '>' && !gt_next))) ++j;
      run = j;
      ++i;
      continue;
    }
    if (c != text[i]) return false;
    ++i;
    ++j;
  }
  cut(j);
  out.end = j;
  return true;
}

HtmlBlock html_block_kind(std::string_view html) {
  while (!html.empty() && (html.front() == ' ' || html.front() == '\t')) html.remove_prefix(1);
  if (html.substr(0, 4) == "<!--") return HtmlBlock::comment;
  if (html.substr(0, 2) == "<?") return HtmlBlock::instruction;
  if (html.substr(0, 9) == "<![CDATA[") return HtmlBlock::cdata;
  if (html.size() > 2 && html.substr(0, 2) == "<!" && is_alpha(html[2])) return HtmlBlock::declaration;
  for (std::string_view tag : {"<script", "<style", "<pre", "<textarea"}) {
    const char after = html.size() > tag.size() ? html[tag.size()] : '\n';
    if (starts_folded(html, tag) && (after == '>' || is_space(after))) return HtmlBlock::raw_text;
  }
  return HtmlBlock::other;
}

bool has_end_marker(std::string_view line, HtmlBlock kind) {
  switch (kind) {
    case HtmlBlock::raw_text:
      return contains_folded(line, "</script>") || contains_folded(line, "</style>") ||
             contains_folded(line, "</pre>") || contains_folded(line, "</textarea>");
    case HtmlBlock::comment: return line.find("-->") != std::string_view::npos;
    case HtmlBlock::instruction: return line.find("?>") != std::string_view::npos;
    case HtmlBlock::declaration: return line.find('>') != std::string_view::npos;
    case HtmlBlock::cdata: return line.find("]]>") != std::string_view::npos;
    case HtmlBlock::other: return true;
  }
  return true;
}

std::vector<HtmlMarkup> html_markup(std::string_view s, std::size_t b, std::size_t e) {
  std::vector<HtmlMarkup> out;
  s = s.substr(0, e);
  std::size_t gt = 0;  // the first '>' at or after where it was last looked for
  bool gt_known = false;
  for (std::size_t i = b; i < e; ++i) {
    if (s[i] != '<') continue;
    if (s.substr(i, 4) == "<!--") {
      const std::size_t close = s.find("-->", i + 4);
      const std::size_t end = close == std::string_view::npos ? e : close + 3;
      out.push_back({i, end, true, close != std::string_view::npos});
      i = end - 1;
      continue;
    }
    const char next = i + 1 < e ? s[i + 1] : '\0';
    if (!is_alpha(next) && next != '/' && next != '!' && next != '?') continue;
    if (!gt_known || gt <= i) {
      gt = std::min(s.find('>', i + 1), e);
      gt_known = true;
    }
    if (gt >= e) continue;
    out.push_back({i, gt + 1, false, true});
    i = gt;
  }
  return out;
}

bool closes_fence(std::string_view line, char fence, std::size_t length) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  std::size_t run = i;
  while (run < line.size() && line[run] == fence) ++run;
  if (run - i < std::max<std::size_t>(length, 3)) return false;
  return line.find_first_not_of(" \t", run) == std::string_view::npos;
}

std::size_t piece_end(std::string_view t, std::size_t from, std::size_t slack) {
  constexpr std::size_t none = std::string_view::npos;
  std::size_t line_cut = none, word_cut = none;
  std::size_t special = 0;    // bytes cmark-gfm makes a node of, from `from` on
  bool blank_before = false;  // the line before i is blank
  bool blank = false;         // the line i is in is, so far (not known at first: not)
  for (std::size_t i = std::max<std::size_t>(from, 1); i < t.size(); ++i) {
    if (t[i - 1] == '\n' || (t[i - 1] == '\r' && t[i] != '\n')) {
      blank_before = blank;
      blank = true;
      if (can_start_piece(t, i)) {
        if (blank_before) return i;
        line_cut = std::min(line_cut, i);
      }
    } else if (word_cut == none && t[i - 1] == ' ' && starts_word(t, i)) {
      word_cut = i;
    }
    if (!is_space(t[i])) blank = false;
    if (is_inline_special(t[i])) ++special;
    if (i - from < slack) continue;
    if (std::min(line_cut, word_cut) != none) break;
    // No line break and no word: markup, not prose. Cut anywhere (not in
    // a character) once it is dense enough to cost memory.
    if (special * 8 > i - from && (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) return i;
  }
  if (line_cut != none) return line_cut;
  return word_cut != none ? word_cut : t.size();
}

}  // namespace concord::ingest
