#include "ingest/markdown.h"

#include <fmt/format.h>

#include <string_view>

#include "ingest/markdown_prose.h"

namespace concord::ingest {

namespace {

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

}  // namespace

MarkdownParts blank_markdown(std::string& t, const std::string& path, base::Diagnostics& diags) {
  MarkdownParts parts;
  std::size_t body = 0;  // where the Markdown after the front matter starts
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
    body = fm->end < t.size() ? fm->end + 1 : t.size();
  } else if (t.rfind("---", 0) == 0 && trim(std::string_view(t).substr(0, line_end(t, 0))) == "---" &&
             t.find(':') < line_end(t, line_end(t, 0) + 1)) {
    diags.error({path, 1, 1},
                "front matter is not closed; add a line '---' after the last key (the file is read "
                "as if it had none)");
  }
  blank_markdown_body(t, body, path, diags, parts);
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
