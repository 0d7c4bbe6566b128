#include "ingest/markdown.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace concord::ingest {

namespace {

bool is_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

void blank(std::string& t, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < t.size(); ++i) {
    if (t[i] != '\n') t[i] = ' ';
  }
}

// Returns the end of the line starting at b (the offset of its '\n', or size).
std::size_t line_end(const std::string& t, std::size_t b) {
  const std::size_t e = t.find('\n', b);
  return e == std::string::npos ? t.size() : e;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool is_fence(std::string_view line, char& ch) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (line.substr(i, 3) == "```" || line.substr(i, 3) == "~~~") {
    ch = line[i];
    return true;
  }
  return false;
}

bool is_rule_line(std::string_view line) {
  line = trim(line);
  if (line.size() < 3) return false;
  const char c = line[0];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  for (char x : line) {
    if (x != c && x != ' ') return false;
  }
  return true;
}

bool is_table_separator(std::string_view line) {
  line = trim(line);
  if (line.find('-') == std::string_view::npos || line.find('|') == std::string_view::npos)
    return false;
  for (char x : line) {
    if (x != '|' && x != '-' && x != ':' && x != ' ') return false;
  }
  return true;
}

std::optional<Span> find_front_matter(const std::string& t) {
  if (t.rfind("---", 0) != 0 || trim(std::string_view(t).substr(0, line_end(t, 0))) != "---")
    return std::nullopt;
  std::size_t b = line_end(t, 0);
  while (b < t.size()) {
    const std::size_t line = b + 1;
    const std::size_t e = line_end(t, line);
    const std::string_view s = trim(std::string_view(t).substr(line, e - line));
    if (s == "---" || s == "...") return Span{0, e};
    b = e;
  }
  return std::nullopt;
}

// Where the next c is on a line, at or after i (e: none before the line's
// end e), for searches from ever later places i. Each resumes where the
// last ended, so a line of many '<' and no '>' is scanned once, not once
// per '<'; a c blanked since is searched past.
class NextOf {
 public:
  explicit NextOf(char c) : c_(c) {}
  std::size_t find(const std::string& t, std::size_t i, std::size_t e) {
    if (at_ < i || (at_ < e && t[at_] != c_)) at_ = std::min(t.find(c_, i), e);
    return at_;
  }

 private:
  char c_;
  std::size_t at_ = 0;  // the last answer; at first 0, which the test above searches past unless it is c
};

// Blanks inline syntax on one line: emphasis, links, images, code spans, tags.
void blank_inline(std::string& t, std::size_t b, std::size_t e) {
  // One per search, so that each is asked at ever later places.
  NextOf next_gt('>'), next_bracket(']'), next_ref(']'), next_paren(')');
  for (std::size_t i = b; i < e; ++i) {
    const char c = t[i];
    const char prev = i > b ? t[i - 1] : ' ';
    if (c == '\\' && i + 1 < e && is_punct(t[i + 1])) {
      t[i++] = ' ';
      continue;
    }
    if (c == '`') {
      t[i] = ' ';
      continue;
    }
    if (c == '*' || c == '_' || c == '~') {
      std::size_t r = i;
      while (r < e && t[r] == c) ++r;
      const char next = r < e ? t[r] : ' ';
      const bool left = !is_blank(next) && (is_blank(prev) || is_punct(prev));
      const bool right = !is_blank(prev) && (is_blank(next) || is_punct(next));
      const bool intraword = std::isalnum(static_cast<unsigned char>(prev)) &&
                             std::isalnum(static_cast<unsigned char>(next));
      if ((left || right) && !(c == '_' && intraword) && (c != '~' || r - i >= 2)) blank(t, i, r);
      i = r - 1;
      continue;
    }
    if (c == '<') {  // <https://...>, <span class=x>, </b>
      const std::size_t close = next_gt.find(t, i, e);
      if (close < e && close > i + 1 &&
          (std::isalpha(static_cast<unsigned char>(t[i + 1])) || t[i + 1] == '/')) {
        blank(t, i, close + 1);
        i = close;
      }
      continue;
    }
    if (c == '[' || (c == '!' && i + 1 < e && t[i + 1] == '[')) {
      const bool image = c == '!';
      const std::size_t open = image ? i + 1 : i;
      const std::size_t close = next_bracket.find(t, open, e);
      if (close >= e) continue;
      std::size_t tail_end = close + 1;
      if (close + 1 < e && t[close + 1] == '(') {
        const std::size_t paren = next_paren.find(t, close, e);
        if (paren >= e) continue;
        tail_end = paren + 1;
      } else if (close + 1 < e && t[close + 1] == '[') {
        const std::size_t ref = next_ref.find(t, close + 1, e);
        if (ref >= e) continue;
        tail_end = ref + 1;
      }
      if (image) {
        blank(t, i, tail_end);  // alt text is not prose
      } else {
        blank(t, i, i + 1);
        blank(t, close, tail_end);
      }
      i = image ? tail_end - 1 : i;
      continue;
    }
    if (c == '|') t[i] = ' ';
  }
}

// Blanks block syntax at the start of a line; returns where the content begins.
std::size_t blank_line_start(std::string& t, std::size_t b, std::size_t e) {
  std::size_t i = b;
  for (;;) {
    while (i < e && (t[i] == ' ' || t[i] == '\t')) ++i;
    if (i < e && t[i] == '>') {  // blockquote
      t[i++] = ' ';
      continue;
    }
    break;
  }
  if (i < e && t[i] == '#') {  // ATX heading
    std::size_t r = i;
    while (r < e && t[r] == '#') ++r;
    if (r - i <= 6 && (r == e || t[r] == ' ')) {
      blank(t, i, r);
      std::size_t end = e;  // closing hashes
      while (end > r && (t[end - 1] == ' ' || t[end - 1] == '\r')) --end;
      std::size_t h = end;
      while (h > r && t[h - 1] == '#') --h;
      if (h < end && h > r && t[h - 1] == ' ') blank(t, h, end);
      return r;
    }
  }
  if (i + 1 < e && (t[i] == '-' || t[i] == '*' || t[i] == '+') && t[i + 1] == ' ') {
    t[i] = ' ';
    return i + 1;
  }
  std::size_t d = i;
  while (d < e && std::isdigit(static_cast<unsigned char>(t[d])) && d - i < 9) ++d;
  if (d > i && d + 1 < e && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
    blank(t, i, d + 1);
    return d + 1;
  }
  return i;
}

}  // namespace

MarkdownParts blank_markdown(std::string& t, const std::string& path, base::Diagnostics& diags) {
  MarkdownParts parts;
  if (auto fm = find_front_matter(t)) {
    const std::size_t body_start = line_end(t, 0) + 1;
    const std::size_t close_line = t.rfind('\n', fm->end - 1);
    const std::size_t yaml_end = close_line == std::string::npos ? body_start : close_line + 1;
    const std::string yaml_text =
        yaml_end > body_start ? t.substr(body_start, yaml_end - body_start) : std::string();
    parts.yaml = base::parse_yaml(yaml_text, path, diags, 1);
    parts.front_matter = fm;
    parts.markup.push_back({*fm, Exclusion::markup, "front matter"});
    blank(t, fm->begin, fm->end);
  } else if (t.rfind("---", 0) == 0 && trim(std::string_view(t).substr(0, line_end(t, 0))) == "---" &&
             t.find(':') < line_end(t, line_end(t, 0) + 1)) {
    diags.error({path, 1, 1},
                "front matter is not closed; add a line '---' after the last key (the file is read "
                "as if it had none)");
  }
  // HTML comments, which may span lines.
  for (std::size_t at = t.find("<!--"); at != std::string::npos; at = t.find("<!--", at)) {
    const std::size_t close = t.find("-->", at + 4);
    const std::size_t body_end = close == std::string::npos ? t.size() : close;
    const std::size_t end = close == std::string::npos ? t.size() : close + 3;
    if (close == std::string::npos) {
      const int line = 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<long>(at), '\n'));
      diags.unread(base::Unread::part, base::Severity::warning, {path, line, 0},
                   "HTML comment is not closed with '-->'; the rest of the file is not read");
    }
    const std::string body(trim(std::string_view(t).substr(at + 4, body_end - at - 4)));
    parts.comments.push_back({{at, end}, body});
    parts.markup.push_back({{at, end}, Exclusion::markup, "HTML comment"});
    blank(t, at, end);
    at = end;
  }
  bool in_code = false;
  char fence = 0;
  std::size_t code_from = 0;
  for (std::size_t b = 0; b < t.size();) {
    const std::size_t e = line_end(t, b);
    const std::string_view line(t.data() + b, e - b);
    char ch = 0;
    if (is_fence(line, ch) && (!in_code || ch == fence)) {
      if (!in_code) {
        in_code = true;
        fence = ch;
        code_from = b;
      } else {
        in_code = false;
        parts.markup.push_back({{code_from, e}, Exclusion::markup, "code block"});
      }
      blank(t, b, e);
    } else if (in_code) {
      blank(t, b, e);
    } else if (is_rule_line(line) || is_table_separator(line)) {
      blank(t, b, e);
    } else if (trim(line).size() > 1 && trim(line)[0] == '[' &&
               trim(line).find("]:") != std::string_view::npos) {
      blank(t, b, e);  // [ref]: https://example.com
    } else {
      const std::size_t content = blank_line_start(t, b, e);
      blank_inline(t, content, e);
    }
    b = e + 1;
  }
  if (in_code) parts.markup.push_back({{code_from, t.size()}, Exclusion::markup, "code block"});
  return parts;
}

void read_front_matter(const base::YamlNode& yaml, Metadata& meta, base::Diagnostics& diags) {
  if (yaml.is_null()) return;
  if (!yaml.is_map()) {
    diags.error(yaml.where, "front matter must be keys and values (title: ..., date: ...), not {}",
                base::yaml_kind_name(yaml));
    return;
  }
  auto text = [&](const char* key, std::string& into) {
    const base::YamlNode* v = yaml.find(key);
    if (v == nullptr || v->is_null()) return;
    if (!v->is_scalar()) {
      diags.error(v->where, "front matter '{}' must be text, not {}", key, base::yaml_kind_name(*v));
      return;
    }
    into = v->scalar;
  };
  text("title", meta.title);
  text("outlet", meta.outlet);
  text("url", meta.url);
  if (const base::YamlNode* v = yaml.find("date"); v != nullptr && !v->is_null()) {
    std::optional<base::Date> d;
    if (v->is_scalar()) d = base::parse_date(v->scalar);
    if (!d) {
      diags.error(v->where,
                  "front matter 'date' is not a date: '{}'; write it as YYYY-MM-DD, e.g. 2014-11-17",
                  v->is_scalar() ? v->scalar : base::yaml_kind_name(*v));
      return;
    }
    meta.date = d;
    meta.date_source = DateSource::front_matter;
    meta.date_basis = fmt::format("line {}", v->where.line);
  }
}

}  // namespace concord::ingest
