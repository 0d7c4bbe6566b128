#include "ingest/markdown_defuse.h"

#include <algorithm>
#include <cctype>

namespace concord::ingest {

namespace {

// Each raw-HTML opener that never closes costs one scan to the end of its
// paragraph; this many per stretch keep a paragraph's cost linear.
constexpr std::size_t kMaxHtmlOpeners = 64;
// Links formed after image openers cost (image openers) x (links); allowed
// up to this many times the stretch's length. A stretch needs about two
// thousand images before it comes near.
constexpr std::size_t kImageWorkPerByte = 64;

// Stands in for what cmark-gfm must not see as syntax: punctuation it gives
// no meaning to, as '<' and '!' are punctuation.
constexpr char kPlain = '%';
// Stands in for NUL: neither space nor punctuation, as U+FFFD is to cmark-gfm.
constexpr char kNul = '\x1A';

// `<?`, `<!` and a letter, `<![CDATA[`: raw HTML whose scan runs to its
// closer, or to the end of the paragraph. (A comment's scan stops at the
// next "--", so comments are left alone.)
bool is_html_opener(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size() || s[i] != '<') return false;
  if (s[i + 1] == '?') return true;
  if (s[i + 1] != '!' || i + 2 >= s.size()) return false;
  return std::isalpha(static_cast<unsigned char>(s[i + 2])) != 0 || s.substr(i + 2, 7) == "[CDATA[";
}

bool is_image_opener(std::string_view s, std::size_t i) {
  return s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[';
}

// Defuses [b, e) of s, a stretch between blank lines.
void defuse_stretch(std::string& s, std::size_t b, std::size_t e, std::vector<std::size_t>& images) {
  const std::string_view v(s.data(), e);
  std::size_t html = 0, image = 0, closers = 0;
  for (std::size_t i = b; i < e; ++i) {
    if (is_html_opener(v, i)) ++html;
    if (is_image_opener(v, i)) ++image;
    if (s[i] == ']') ++closers;
  }
  const bool html_over = html > kMaxHtmlOpeners;
  const bool images_over = image * closers > kImageWorkPerByte * (e - b);
  if (!html_over && !images_over) return;
  for (std::size_t i = b; i < e; ++i) {
    if (html_over && is_html_opener(v, i)) {
      s[i] = kPlain;
    } else if (images_over && is_image_opener(v, i)) {
      s[i] = kPlain;
      images.push_back(i);
    }
  }
}

}  // namespace

DefusedMarkdown defuse_markdown(std::string_view body) {
  DefusedMarkdown out;
  out.text.assign(body);
  std::string& s = out.text;
  std::replace(s.begin(), s.end(), '\0', kNul);
  // Stretches end at lines of spaces and tabs only, with lines ended as
  // cmark-gfm ends them: "\n", "\r" or "\r\n".
  std::size_t stretch = 0;
  std::size_t line = 0;
  while (line < s.size()) {
    std::size_t end = line;
    bool blank = true;
    while (end < s.size() && s[end] != '\n' && s[end] != '\r') {
      if (s[end] != ' ' && s[end] != '\t') blank = false;
      ++end;
    }
    std::size_t next = end + 1;
    if (end + 1 < s.size() && s[end] == '\r' && s[end + 1] == '\n') ++next;
    if (blank) {
      defuse_stretch(s, stretch, line, out.image_openers);
      stretch = std::min(next, s.size());
    }
    line = next;
  }
  if (stretch < s.size()) defuse_stretch(s, stretch, s.size(), out.image_openers);
  return out;
}

}  // namespace concord::ingest
