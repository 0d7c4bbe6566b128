#include "claim/words.h"

#include <cctype>

#include "base/utf8.h"

namespace concord::claim {

namespace {

bool is_edge_punct(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '[' ||
         c == ']' || c == '!' || c == '?';
}

// The next word of s at or after i, without the punctuation and quotes at
// its edges (see split_words); sets *offset to where it starts and i past
// it. Returns "" at the end of s.
std::string_view next_word(std::string_view s, std::size_t& i, std::size_t* offset) {
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const std::size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == b) break;
    std::string_view w = s.substr(b, i - b);
    std::size_t off = b;
    while (!w.empty() && is_edge_punct(w.front())) {
      w.remove_prefix(1);
      ++off;
    }
    // Curly quotes at the edges.
    while (w.size() >= 3 && (w.substr(0, 3) == "\u201C" || w.substr(0, 3) == "\u2018")) {
      w.remove_prefix(3);
      off += 3;
    }
    while (w.size() >= 3 && (w.substr(w.size() - 3) == "\u201D")) w.remove_suffix(3);
    while (!w.empty() && is_edge_punct(w.back())) w.remove_suffix(1);
    if (w.empty()) continue;
    *offset = off;
    return w;
  }
  return {};
}

// Appends w to out with ’ straightened to '.
void append_straight(std::string& out, std::string_view w) {
  for (std::size_t k = 0; k < w.size(); ++k) {
    // The first byte of ’ is rare: test it before comparing three bytes.
    if (w[k] == '\xE2' && w.compare(k, 3, "\u2019") == 0) {
      out += '\'';
      k += 2;
    } else {
      out += w[k];
    }
  }
}

}  // namespace

std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  std::size_t off = 0;
  for (std::string_view w = next_word(s, i, &off); !w.empty(); w = next_word(s, i, &off)) {
    Word& word = out.emplace_back();
    word.offset = off;
    word.text.reserve(w.size());
    append_straight(word.text, w);
    word.lower.resize(word.text.size());
    for (std::size_t k = 0; k < word.text.size(); ++k)
      word.lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word.text[k])));
  }
  return out;
}

std::string join_words(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  std::size_t off = 0;
  for (std::string_view w = next_word(s, i, &off); !w.empty(); w = next_word(s, i, &off)) {
    if (!out.empty()) out += ' ';
    append_straight(out, w);
  }
  return out;
}

bool is_capitalized(const std::string& w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return std::isupper(c) != 0 || std::isdigit(c) != 0;
  std::size_t i = 0;
  const char32_t cp = base::utf8::decode(w, i);
  // Latin-1 and Latin Extended-A capitals; other scripts count as names.
  if (cp >= 0xC0 && cp <= 0xDE) return true;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return cp >= 0x370;
}

std::string strip_possessive(const std::string& w, bool* had) {
  if (had != nullptr) *had = false;
  if (w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0 || w.compare(w.size() - 2, 2, "'S") == 0)) {
    if (had != nullptr) *had = true;
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 1 && w.back() == '\'' ) {  // "Workers'" is not a possessive of a name we need
    return w;
  }
  return w;
}

bool same_text(std::string_view a, std::string_view b) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  return lower(base::utf8::collapse_spaces(a)) == lower(base::utf8::collapse_spaces(b));
}

}  // namespace concord::claim
