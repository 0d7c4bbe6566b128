#include "base/utf8.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace concord::base::utf8 {

char32_t decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++i;
    return kInvalid;
  }
  if (i + len > s.size()) {
    ++i;
    return kInvalid;
  }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kInvalid;
  }
  i += len;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII, which is most of any news text.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (decode(s, i) == kInvalid) return false;
  }
  return true;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else {
      decode(s, i);
    }
    ++n;
  }
  return n;
}

namespace {
// Windows-1252 bytes 0x80..0x9F; the rest of the upper half equals Latin-1.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
}  // namespace

char32_t from_cp1252(unsigned char b) {
  if (b >= 0x80 && b <= 0x9F) return kCp1252High[b - 0x80];
  return b;
}

int to_cp1252(char32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  for (int k = 0; k < 32; ++k) {
    if (kCp1252High[k] == cp) return 0x80 + k;
  }
  return -1;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || cp == 0x202F;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t cp = decode(s, i);
    if (cp != kInvalid && is_space(cp)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::size_t floor_boundary(std::string_view s, std::size_t i) {
  if (i >= s.size()) return s.size();
  std::size_t k = i;
  // At most three continuation bytes precede a lead byte.
  while (k > 0 && i - k < 3 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80 ? i : k;
}

std::string code_points(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t i = 0, n = 0;
  for (; n < begin && i < s.size(); ++n) decode(s, i);
  const std::size_t from = i;
  for (; n < end && i < s.size(); ++n) decode(s, i);
  return std::string(s.substr(from, i - from));
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

namespace {

// Letters utf8proc keeps after stripping marks (and case folding), because
// Unicode gives them no decomposition: "Søren", "Łukasz", "Đorđe", "Aydın"
// and "Æsir" are spelled without them by house styles that drop accents.
struct Spelled {
  char32_t cp;
  std::string_view spelled;
};
constexpr Spelled kUndecomposed[] = {
    {0x00C6, "AE"}, {0x00D0, "D"},  {0x00D8, "O"},  {0x00DE, "TH"}, {0x00DF, "ss"}, {0x00E6, "ae"}, {0x00F0, "d"},
    {0x00F8, "o"},  {0x00FE, "th"}, {0x0110, "D"},  {0x0111, "d"},  {0x0126, "H"},  {0x0127, "h"},  {0x0131, "i"},
    {0x0132, "IJ"}, {0x0133, "ij"}, {0x0138, "k"},  {0x013F, "L"},  {0x0140, "l"},  {0x0141, "L"},  {0x0142, "l"},
    {0x014A, "N"},  {0x014B, "n"},  {0x0152, "OE"}, {0x0153, "oe"}, {0x0166, "T"},  {0x0167, "t"},
};

std::string spell_undecomposed(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const char32_t cp = decode(text, i);
    const auto* hit = std::find_if(std::begin(kUndecomposed), std::end(kUndecomposed),
                                   [cp](const Spelled& u) { return u.cp == cp; });
    if (hit != std::end(kUndecomposed)) out += hit->spelled;
    else out.append(text.substr(begin, i - begin));
  }
  return out;
}

// utf8proc_map with options, then the undecomposed letters spelled; invalid
// bytes dropped.
std::string mapped(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                              &out, static_cast<utf8proc_option_t>(options | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_STABLE));
  if (n < 0) {  // invalid UTF-8: map what can be decoded
    std::string valid;
    for (std::size_t i = 0; i < s.size();) {
      const char32_t cp = decode(s, i);
      if (cp != kInvalid) append(valid, cp);
    }
    return valid.size() == s.size() ? std::string() : mapped(valid, options);
  }
  std::string result = spell_undecomposed(std::string_view(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)));
  std::free(out);
  return result;
}

}  // namespace

std::string fold(std::string_view s) {
  // ASCII needs no tables: most of what is folded is plain English.
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
  return mapped(s, UTF8PROC_CASEFOLD);
}

std::string strip_accents(std::string_view s) { return is_ascii(s) ? std::string(s) : mapped(s, 0); }

}  // namespace concord::base::utf8
