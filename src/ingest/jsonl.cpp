#include "ingest/jsonl.h"

#include <cctype>
#include <cstdlib>
#include <set>
#include <string>

#include <fmt/format.h>

#include "base/utf8.h"

namespace concord::ingest {

namespace {

// A hand-written scanner rather than a JSON library: we need the byte offset
// of every character of "text" for citations, which libraries do not keep.
class Scanner {
 public:
  Scanner(std::string_view s, const std::string& path, int line_no, base::Diagnostics& diags)
      : s_(s), path_(path), line_no_(line_no), diags_(diags) {}

  std::optional<JsonlRecord> record();

 private:
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  bool fail(std::string_view what) {
    if (!failed_) {
      const auto col = static_cast<int>(base::utf8::count_code_points(s_.substr(0, i_))) + 1;
      diags_.error({path_, line_no_, col},
                   "{}; each line of a JSONL archive must be one JSON object such as "
                   "{{\"id\": \"a1\", \"text\": \"...\"}}",
                   what);
    }
    failed_ = true;
    return false;
  }
  bool string(std::string* out, SourceMap* map);
  bool skip_value();
  bool scalar_as_text(std::string* out);
  bool hex4(unsigned& v);

  std::string_view s_;
  std::size_t i_ = 0;
  const std::string& path_;
  int line_no_;
  base::Diagnostics& diags_;
  bool failed_ = false;
};

bool Scanner::hex4(unsigned& v) {
  if (i_ + 4 > s_.size()) return false;
  v = 0;
  for (int k = 0; k < 4; ++k) {
    const char c = s_[i_ + k];
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    v = v * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
  }
  i_ += 4;
  return true;
}

// Reads a JSON string at i_ (which is at '"').
bool Scanner::string(std::string* out, SourceMap* map) {
  ++i_;
  while (i_ < s_.size()) {
    const char c = s_[i_];
    if (c == '"') {
      ++i_;
      return true;
    }
    const std::size_t at = i_;
    if (c != '\\') {
      std::size_t run = i_ + 1;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\') ++run;
      if (out) out->append(s_.substr(i_, run - i_));
      if (map) map->add(run - i_, at, run - i_);
      i_ = run;
      continue;
    }
    if (++i_ >= s_.size()) break;
    const char e = s_[i_++];
    std::string piece;
    switch (e) {
      case '"': piece = "\""; break;
      case '\\': piece = "\\"; break;
      case '/': piece = "/"; break;
      case 'b': piece = "\b"; break;
      case 'f': piece = "\f"; break;
      case 'n': piece = "\n"; break;
      case 'r': piece = "\r"; break;
      case 't': piece = "\t"; break;
      case 'u': {
        unsigned cp = 0;
        if (!hex4(cp)) return fail("invalid \\u escape in a string");
        if (cp >= 0xD800 && cp <= 0xDBFF && i_ + 6 <= s_.size() && s_[i_] == '\\' && s_[i_ + 1] == 'u') {
          const std::size_t save = i_;
          i_ += 2;
          unsigned lo = 0;
          if (hex4(lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else {
            i_ = save;
          }
        }
        base::utf8::append(piece, cp);
        break;
      }
      default:
        --i_;
        return fail(fmt::format("invalid escape '\\{}' in a string", e));
    }
    if (out) out->append(piece);
    if (map) map->add(piece.size(), at, i_ - at);
  }
  return fail("a string is not closed with '\"'");
}

// Skips any value without recursion (arrays and objects nest to any depth).
bool Scanner::skip_value() {
  int depth = 0;
  do {
    space();
    if (i_ >= s_.size()) return fail("the line ends inside a value");
    const char c = s_[i_];
    if (c == '"') {
      if (!string(nullptr, nullptr)) return false;
    } else if (c == '{' || c == '[') {
      ++depth;
      ++i_;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return fail("unexpected bracket");
      --depth;
      ++i_;
    } else if (c == ',' || c == ':') {
      if (depth == 0) return fail("expected a value");
      ++i_;
    } else {
      const std::size_t start = i_;
      while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' ||
                                s_[i_] == '+' || s_[i_] == '.'))
        ++i_;
      if (i_ == start) return fail(fmt::format("unexpected character '{}'", c));
    }
  } while (depth > 0);
  return true;
}

// A string, or a number/bool written without quotes ("id": 17).
bool Scanner::scalar_as_text(std::string* out) {
  space();
  if (i_ < s_.size() && s_[i_] == '"') return string(out, nullptr);
  const std::size_t start = i_;
  if (!skip_value()) return false;
  std::string_view v = s_.substr(start, i_ - start);
  if (!v.empty() && (v[0] == '{' || v[0] == '[')) return fail("expected text or a number, not an object or list");
  if (v == "null") v = {};
  out->assign(v);
  return true;
}

std::optional<JsonlRecord> Scanner::record() {
  JsonlRecord r;
  bool has_id = false;
  bool has_text = false;
  space();
  if (i_ >= s_.size() || s_[i_] != '{') {
    fail("expected '{' at the start of the line");
    return std::nullopt;
  }
  ++i_;
  space();
  if (i_ < s_.size() && s_[i_] == '}') {
    ++i_;
  } else {
    std::set<std::string> seen;  // the fields read, of those concord reads
    for (;;) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') {
        fail("expected a key in double quotes");
        return std::nullopt;
      }
      std::string key;
      const std::size_t key_at = i_;
      if (!string(&key, nullptr)) return std::nullopt;
      // A field given twice is a broken record, not two values to join.
      if ((key == "text" || key == "id" || key == "date" || key == "title" || key == "outlet" || key == "url") &&
          !seen.insert(key).second) {
        i_ = key_at;
        fail(fmt::format("\"{}\" appears twice in the record; keep one", key));
        return std::nullopt;
      }
      space();
      if (i_ >= s_.size() || s_[i_] != ':') {
        fail("expected ':' after a key");
        return std::nullopt;
      }
      ++i_;
      space();
      bool ok = true;
      if (key == "text") {
        if (i_ >= s_.size() || s_[i_] != '"') {
          fail("\"text\" must be a string");
          return std::nullopt;
        }
        r.text.clear();
        r.text_map = SourceMap();
        ok = string(&r.text, &r.text_map);
        has_text = true;
      } else if (key == "id") {
        ok = scalar_as_text(&r.id);
        has_id = !r.id.empty();
      } else if (key == "date") {
        r.date_column = static_cast<int>(base::utf8::count_code_points(s_.substr(0, i_))) + 1;
        ok = scalar_as_text(&r.date);
      } else if (key == "title") {
        ok = scalar_as_text(&r.title);
      } else if (key == "outlet") {
        ok = scalar_as_text(&r.outlet);
      } else if (key == "url") {
        ok = scalar_as_text(&r.url);
      } else {
        ok = skip_value();
      }
      if (!ok) return std::nullopt;
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        break;
      }
      fail("expected ',' or '}' after a value");
      return std::nullopt;
    }
  }
  space();
  if (i_ < s_.size()) {
    fail("unexpected text after the object");
    return std::nullopt;
  }
  if (!has_text) {
    i_ = 0;
    fail("the record has no \"text\"");
    return std::nullopt;
  }
  if (!has_id) {
    r.id = fmt::format("line{}", line_no_);
    diags_.warning({path_, line_no_, 1}, "the record has no \"id\"; it is read as '{}'. Give every "
                   "record an id so findings can name it", r.id);
  }
  return r;
}

}  // namespace

std::optional<JsonlRecord> parse_jsonl_line(std::string_view line, const std::string& path,
                                            int line_no, base::Diagnostics& diags) {
  return Scanner(line, path, line_no, diags).record();
}

}  // namespace concord::ingest
