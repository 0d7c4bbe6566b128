#include "base/yaml.h"

#include <yaml-cpp/yaml.h>

#include <set>
#include <string>
#include <variant>
#include <vector>

#include "base/cache_file.h"

namespace concord::base {

namespace {

Location at(const YAML::Mark& mark, const std::string& path, int line_offset) {
  if (mark.line < 0) return {path, 0, 0};
  return {path, mark.line + 1 + line_offset, mark.column + 1};
}

// How many values convert() may still make. Aliases (*name) share nodes
// in yaml-cpp but are copied here, so a few hundred bytes of nested
// aliases ("billion laughs") would expand without end; no file needs more
// values than a small multiple of its bytes.
struct Budget {
  std::size_t left;
};
struct TooLarge {};

std::size_t budget_for(std::string_view text) { return 16 * text.size() + 10000; }

YamlNode convert(const YAML::Node& node, const std::string& path, int line_offset, Budget& budget) {
  if (budget.left == 0) throw TooLarge{};
  --budget.left;
  YamlNode out;
  out.where = at(node.Mark(), path, line_offset);
  switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
      out.kind = YamlNode::Kind::null;
      break;
    case YAML::NodeType::Scalar:
      out.kind = YamlNode::Kind::scalar;
      out.scalar = node.Scalar();
      out.quoted = node.Tag() == "!";
      break;
    case YAML::NodeType::Sequence:
      out.kind = YamlNode::Kind::sequence;
      for (const auto& item : node) out.items.push_back(convert(item, path, line_offset, budget));
      break;
    case YAML::NodeType::Map:
      out.kind = YamlNode::Kind::map;
      for (const auto& kv : node) {
        out.entries.push_back({convert(kv.first, path, line_offset, budget),
                               convert(kv.second, path, line_offset, budget)});
      }
      break;
  }
  return out;
}

// Why text did not parse: yaml-cpp's message and where it points.
struct SyntaxError {
  std::string message;
  YAML::Mark mark;
  bool yaml = true;  // false: another exception, with no position
};

std::variant<YAML::Node, SyntaxError> load(const std::string& text) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return SyntaxError{e.msg, e.mark, true};
  } catch (const std::exception& e) {
    return SyntaxError{e.what(), YAML::Mark::null_mark(), false};
  }
}

void report(const SyntaxError& e, const std::string& path, int line_offset, Diagnostics& diags) {
  if (e.yaml) {
    diags.error(at(e.mark, path, line_offset), "invalid YAML: {}; fix the syntax at this position", e.message);
  } else {
    diags.error({path}, "could not read YAML: {}", e.message);
  }
}

// A line whose indentation holds a tab, and the tab's 0-based column.
struct TabLine {
  std::size_t line;
  std::size_t column;
};

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  for (std::size_t nl; (nl = text.find('\n', begin)) != std::string_view::npos; begin = nl + 1) {
    lines.emplace_back(text.substr(begin, nl - begin));
  }
  lines.emplace_back(text.substr(begin));
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string s;
  for (std::size_t i = 0; i < lines.size(); ++i) s += (i == 0 ? "" : "\n") + lines[i];
  return s;
}

// Where a line's content starts, or npos for a blank line.
std::size_t content_start(std::string_view line) { return line.find_first_not_of(" \t\r"); }

// The column of the first key after any "- " markers: where a map item's
// keys line up ("  - id: x" gives 4).
std::size_t key_column(std::string_view line) {
  std::size_t i = content_start(line);
  while (i != std::string_view::npos && i + 1 < line.size() && line[i] == '-' &&
         (line[i + 1] == ' ' || line[i + 1] == '\t')) {
    i = line.find_first_not_of(" \t", i + 1);
  }
  return i == std::string_view::npos ? line.size() : i;
}

// The line without a trailing comment and spaces (a rough cut: a " #"
// inside quotes is taken for a comment).
std::string_view code_of(std::string_view line) {
  if (const std::size_t hash = line.find(" #"); hash != std::string_view::npos) line = line.substr(0, hash);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// True if the line opens a block scalar: `key: |`, `- >-`, `description: |2`.
bool opens_block_scalar(std::string_view line) {
  std::string_view code = code_of(line);
  for (int k = 0; k < 2 && !code.empty() && std::string_view("+-123456789").find(code.back()) != std::string_view::npos;
       ++k) {
    code.remove_suffix(1);
  }
  if (code.empty() || (code.back() != '|' && code.back() != '>')) return false;
  code.remove_suffix(1);
  while (!code.empty() && (code.back() == ' ' || code.back() == '\t')) code.remove_suffix(1);
  return code.empty() || code.back() == ':' || code.back() == '-';
}

// Every line with a tab in its indentation (or right after a sequence's
// "-"), except inside a block scalar, where a tab past the indentation is
// text.
std::vector<TabLine> tab_indents(const std::vector<std::string>& lines) {
  std::vector<TabLine> out;
  bool in_block = false;
  std::size_t block_parent = 0;                  // the key column of the block's header
  std::size_t block_indent = std::string::npos;  // spaces before its first line; npos: none seen yet
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::size_t start = content_start(line);
    if (in_block) {
      if (start == std::string_view::npos) continue;
      if (start > block_parent) {
        const std::size_t spaces = line.find_first_not_of(' ');
        if (block_indent == std::string::npos) {
          if (line[spaces] == '\t') out.push_back({i, spaces});
          block_indent = spaces;
        } else if (spaces < block_indent && line[spaces] == '\t') {
          out.push_back({i, spaces});
        }
        continue;
      }
      in_block = false;
    }
    const std::size_t end = start == std::string_view::npos ? line.size() : start;
    if (const std::size_t tab = line.substr(0, end).find('\t'); tab != std::string_view::npos) {
      out.push_back({i, tab});
    } else if (start != std::string_view::npos && line.compare(start, 2, "-\t") == 0) {
      out.push_back({i, start + 1});
    }
    if (start != std::string_view::npos && line[start] != '#' && opens_block_scalar(line)) {
      in_block = true;
      block_parent = key_column(line);
      block_indent = std::string::npos;
    }
  }
  return out;
}

// The line with tabs after a "-" made spaces.
std::string dash_tabs_to_spaces(std::string line) {
  std::size_t i = content_start(line);
  while (i != std::string::npos && i + 1 < line.size() && line[i] == '-' && (line[i + 1] == ' ' || line[i + 1] == '\t')) {
    for (std::size_t k = i + 1; k < line.size() && (line[k] == ' ' || line[k] == '\t'); ++k) line[k] = ' ';
    i = line.find_first_not_of(' ', i + 1);
  }
  return line;
}

// How to read a tab in indentation: as many spaces as line up the line
// with its neighbours (0), or as tab stops every `width` columns.
std::vector<std::string> respace(std::vector<std::string> lines, const std::vector<TabLine>& tabs, int width) {
  for (const TabLine& t : tabs) {
    std::string& line = lines[t.line];
    const std::size_t start = content_start(line);
    if (start == std::string::npos) {
      line.clear();
      continue;
    }
    const std::string rest = dash_tabs_to_spaces(line.substr(start));
    if (rest[0] == '#') {
      line = rest;
      continue;
    }
    std::size_t indent = 0;
    if (width > 0) {
      for (std::size_t k = 0; k < start; ++k) indent = line[k] == '\t' ? (indent / width + 1) * width : indent + 1;
    } else {
      // Like the line above: a sibling of its key, or a child if it ends
      // in ':'; an item "- " lines up with the item before it.
      std::size_t above = t.line;
      while (above-- > 0) {
        const std::size_t s = content_start(lines[above]);
        if (s != std::string::npos && lines[above][s] != '#') break;
      }
      if (above < t.line) {
        const std::string_view prev = lines[above];
        const bool opens = !code_of(prev).empty() && code_of(prev).back() == ':';
        indent = key_column(prev) + (opens ? 2 : 0);
        if (rest.compare(0, 2, "- ") == 0 && !opens) {
          for (std::size_t k = above + 1; k-- > 0;) {
            const std::size_t s = content_start(lines[k]);
            if (s != std::string::npos && lines[k].compare(s, 2, "- ") == 0) {
              indent = s;
              break;
            }
          }
        }
      }
    }
    line = std::string(indent, ' ') + rest;
  }
  return lines;
}

// After text failed to parse: reports each tab in indentation and reads
// the text with them as spaces. Returns the document if that parses.
// Reports the next syntax error, unless it is on a line of a tab (then
// probably a wrong guess of what the tab stood for).
std::optional<YAML::Node> read_past_tabs(const std::vector<std::string>& lines, const std::vector<TabLine>& tabs,
                                         const std::string& path, int line_offset, Diagnostics& diags) {
  constexpr std::size_t kShown = 5;
  for (std::size_t i = 0; i < tabs.size() && i < kShown; ++i) {
    diags.error({path, static_cast<int>(tabs[i].line) + 1 + line_offset, static_cast<int>(tabs[i].column) + 1},
                "a tab is used for indentation; YAML needs spaces (replace the tab with spaces)");
  }
  if (tabs.size() > kShown) {
    diags.note({path, static_cast<int>(tabs[kShown].line) + 1 + line_offset},
               "{} more lines are indented with tabs, the last at line {}; replace every tab in the indentation "
               "with spaces",
               tabs.size() - kShown, tabs.back().line + 1 + static_cast<std::size_t>(line_offset));
  }
  // A file indented with tabs throughout reads best with tab stops; one
  // tab among spaces stands for its neighbours' indentation.
  bool spaces_too = false;
  for (const std::string& line : lines) {
    if (!line.empty() && line[0] == ' ' && content_start(line) != std::string::npos &&
        line.substr(0, content_start(line)).find('\t') == std::string::npos)
      spaces_too = true;
  }
  const std::vector<int> widths = spaces_too ? std::vector<int>{0, 4, 2, 8} : std::vector<int>{4, 8, 2, 0};
  std::optional<SyntaxError> first;
  for (int width : widths) {
    auto loaded = load(join_lines(respace(lines, tabs, width)));
    if (auto* root = std::get_if<YAML::Node>(&loaded)) return *root;
    if (!first) first = std::get<SyntaxError>(loaded);
  }
  std::set<std::size_t> tab_lines;
  for (const TabLine& t : tabs) tab_lines.insert(t.line);
  if (first->mark.line < 0 || tab_lines.count(static_cast<std::size_t>(first->mark.line)) == 0) {
    report(*first, path, line_offset, diags);
  }
  return std::nullopt;
}

}  // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
  if (kind != Kind::map) return nullptr;
  for (const auto& [k, v] : entries) {
    if (k.is_scalar() && k.scalar == key) return &v;
  }
  return nullptr;
}

namespace {

// convert() of the whole document, or an error when aliases blow it up.
std::optional<YamlNode> convert_all(const YAML::Node& root, std::string_view text, const std::string& path,
                                    int line_offset, Diagnostics& diags) {
  Budget budget{budget_for(text)};
  try {
    return convert(root, path, line_offset, budget);
  } catch (const TooLarge&) {
    diags.error({path, line_offset + 1, 1},
                "its aliases (*name) expand to more than {} values, far more than its {} bytes can hold written "
                "out; write the values out instead of nesting aliases",
                budget_for(text), text.size());
    return std::nullopt;
  }
}

}  // namespace

std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& path,
                                   Diagnostics& diags, int line_offset, TabIndent tabs) {
  auto loaded = load(std::string(text));
  if (auto* root = std::get_if<YAML::Node>(&loaded)) return convert_all(*root, text, path, line_offset, diags);
  // yaml-cpp's messages for a tab in indentation do not say "tab" or point
  // at it; look for one before repeating them.
  const std::vector<std::string> lines = split_lines(text);
  const std::vector<TabLine> found = tab_indents(lines);
  if (found.empty()) {
    report(std::get<SyntaxError>(loaded), path, line_offset, diags);
    return std::nullopt;
  }
  auto root = read_past_tabs(lines, found, path, line_offset, diags);
  if (!root || tabs == TabIndent::fail) return std::nullopt;
  return convert_all(*root, text, path, line_offset, diags);
}

namespace {

void encode(const YamlNode& n, std::string& out) {
  put_number(out, static_cast<std::uint64_t>(n.kind), 1);
  put_number(out, n.quoted ? 1 : 0, 1);
  put_text(out, n.scalar);
  put_number(out, static_cast<std::uint32_t>(n.where.line), 4);
  put_number(out, static_cast<std::uint32_t>(n.where.column), 4);
  put_number(out, n.items.size(), 4);
  for (const auto& item : n.items) encode(item, out);
  put_number(out, n.entries.size(), 4);
  for (const auto& [key, value] : n.entries) {
    encode(key, out);
    encode(value, out);
  }
}

// Deeper than any rule file; a bound on the recursion all the same.
constexpr int kMaxDecodeDepth = 1000;

bool decode(ByteReader& r, const std::string& path, int depth, YamlNode& n) {
  const std::uint64_t kind = r.number(1);
  if (kind > static_cast<std::uint64_t>(YamlNode::Kind::map) || depth > kMaxDecodeDepth) return false;
  n.kind = static_cast<YamlNode::Kind>(kind);
  n.quoted = r.number(1) != 0;
  n.scalar = r.text();
  n.where = {path, static_cast<int>(r.number(4)), static_cast<int>(r.number(4))};
  for (std::uint64_t i = r.number(4); r.ok() && i > 0; --i) {
    if (!decode(r, path, depth + 1, n.items.emplace_back())) return false;
  }
  for (std::uint64_t i = r.number(4); r.ok() && i > 0; --i) {
    YamlEntry& e = n.entries.emplace_back();
    if (!decode(r, path, depth + 1, e.first) || !decode(r, path, depth + 1, e.second)) return false;
  }
  return r.ok();
}

}  // namespace

std::string encode_yaml(const YamlNode& root) {
  std::string out;
  encode(root, out);
  return out;
}

std::optional<YamlNode> decode_yaml(std::string_view bytes, const std::string& path) {
  ByteReader r(bytes);
  YamlNode root;
  if (!decode(r, path, 0, root) || !r.done()) return std::nullopt;
  return root;
}

const char* yaml_kind_name(const YamlNode& n) {
  switch (n.kind) {
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "text";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a map";
  }
  return "?";
}

}  // namespace concord::base
