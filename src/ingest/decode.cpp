#include "ingest/decode.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/utf8.h"

namespace concord::ingest {

namespace u8 = base::utf8;

namespace {

// 1-based line of byte offset i in s.
int line_of(std::string_view s, std::size_t i) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(i), '\n'));
}

std::string decode_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (b << 8 | a) : (a << 8 | b);
  };
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
    }
    u8::append(out, cp);  // lone surrogates become U+FFFD
  }
  return out;
}

bool looks_binary(std::string_view s, std::string& why) {
  if (auto nul = s.find('\0'); nul != std::string_view::npos) {
    why = fmt::format("it contains NUL bytes (first at byte {})", nul);
    return true;
  }
  // Control characters other than tab, newlines, form feed and escape are
  // rare in text; many of them in the first 64 KiB means a binary format.
  const std::size_t n = std::min<std::size_t>(s.size(), 65536);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) ++controls;
  }
  if (n > 0 && controls * 20 > n) {
    why = fmt::format("{} of its first {} bytes are control characters", controls, n);
    return true;
  }
  return false;
}

// C1 controls never appear in real text, and Latin-1 symbols such as ³ ¹ ¬
// rarely appear two at a time: both are signs of a legacy encoding read twice.
bool is_latin1_symbol(char32_t cp) { return cp >= 0x80 && cp <= 0xBF; }

bool is_suspect(char32_t cp) { return (cp >= 0x80 && cp <= 0xFF) || u8::to_cp1252(cp) >= 0x80; }

// Two-byte UTF-8 characters that double encoding commonly leaves behind:
// the Latin letters of European languages (and Romanian ș ț), modifier
// letters, combining accents, Greek, Cyrillic, Armenian, Hebrew, Arabic.
// The rest (Latin Extended-B, IPA, Syriac, Thaana, N'Ko) are rarer in news
// than the Latin-1 pair that spells them as typed: "É€" is C9 80 (U+0240),
// "ß…" is DF 85 (U+07C5).
bool likely_two_byte(char32_t cp) {
  return cp < 0x180 || (cp >= 0x218 && cp <= 0x21B) || (cp >= 0x2B0 && cp < 0x700);
}

// True if the run, encoded back to Windows-1252, contains the UTF-8 of a
// likely character ("â€™" -> E2 80 99 -> ’). Three- and four-byte sequences
// are too improbable by chance to doubt; two-byte ones must be likely.
bool reencodes_to_utf8(const std::u32string& run) {
  std::string bytes;
  for (char32_t cp : run) {
    const int b = u8::to_cp1252(cp);
    bytes += static_cast<char>(b < 0 ? '?' : b);
  }
  for (std::size_t i = 0; i < bytes.size();) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    const std::size_t before = i;
    const char32_t cp = u8::decode(bytes, i);
    if (b < 0xC2 || cp == u8::kInvalid || i - before < 2) continue;
    if (i - before > 2 || likely_two_byte(cp)) return true;
  }
  return false;
}

bool is_mojibake(const std::u32string& run) {
  if (run.size() < 2) return false;
  const auto symbols = std::count_if(run.begin(), run.end(), is_latin1_symbol);
  const bool c1 = std::any_of(run.begin(), run.end(), [](char32_t c) { return c >= 0x80 && c <= 0x9F; });
  const bool latin1 = std::any_of(run.begin(), run.end(), [](char32_t c) { return c >= 0xA0 && c <= 0xFF; });
  if (!latin1 && !c1) return false;  // only curly quotes and dashes: normal typography
  return c1 || reencodes_to_utf8(run) || (run.size() >= 3 && symbols >= 1);
}

}  // namespace

std::vector<Mojibake> find_mojibake(std::string_view text) {
  std::vector<Mojibake> out;
  std::size_t i = 0;
  std::u32string run;
  std::size_t run_start = 0;
  auto flush = [&](std::size_t run_end) {
    if (is_mojibake(run)) {
      std::size_t ls = run_start == 0 ? std::string_view::npos : text.rfind('\n', run_start - 1);
      ls = ls == std::string_view::npos ? 0 : ls + 1;
      std::size_t le = text.find('\n', run_end);
      if (le == std::string_view::npos) le = text.size();
      if (out.empty() || out.back().line.end < ls) {
        out.push_back({{ls, le}, run_start, std::string(text.substr(run_start, run_end - run_start))});
      }
    }
    run.clear();
  };
  while (i < text.size()) {
    const std::size_t at = i;
    const char32_t cp = u8::decode(text, i);
    if (cp != u8::kInvalid && is_suspect(cp)) {
      if (run.empty()) run_start = at;
      run += cp;
    } else if (!run.empty()) {
      flush(at);
    }
  }
  if (!run.empty()) flush(text.size());
  return out;
}

Decoded decode(std::string bytes) {
  Decoded d;
  const std::string_view b(bytes);
  const bool le = b.size() >= 2 && b[0] == '\xFF' && b[1] == '\xFE';
  const bool be = b.size() >= 2 && b[0] == '\xFE' && b[1] == '\xFF';
  if (le || be) {
    // Lines and code-point columns are the same in the transcoded text, so
    // cite that; byte offsets are internal.
    d.text = decode_utf16(b, le);
    d.notes.push_back(fmt::format("read as UTF-16 ({}-endian, from its byte-order mark)", le ? "little" : "big"));
    d.map = SourceMap::identity(d.text.size());
  } else if (looks_binary(b, d.why_binary)) {
    d.binary = true;
    return d;
  } else {
    std::size_t start = 0;
    if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
    if (u8::is_valid(b.substr(start))) {
      if (start == 0) {
        d.text = std::move(bytes);
      } else {
        d.text = bytes.substr(start);
        d.raw = std::move(bytes);
      }
      d.map = SourceMap::identity(d.text.size(), start);
    } else {
      // Keep every valid UTF-8 sequence; read each invalid byte as Windows-1252.
      std::size_t i = start;
      std::size_t invalid = 0;
      std::size_t first_bad = 0;
      d.text.reserve(b.size() + b.size() / 8);
      while (i < b.size()) {
        const std::size_t at = i;
        const char32_t cp = u8::decode(b, i);
        if (cp == u8::kInvalid) {
          if (invalid++ == 0) first_bad = at;
          const std::size_t before = d.text.size();
          u8::append(d.text, u8::from_cp1252(static_cast<unsigned char>(b[at])));
          d.map.add(d.text.size() - before, at, 1);
        } else {
          d.text.append(b.substr(at, i - at));
          d.map.add(i - at, at, i - at);
        }
      }
      d.notes.push_back(fmt::format(
          "not valid UTF-8: {} byte{} read as Windows-1252 (first at line {}); save the file as UTF-8 to be sure",
          invalid, invalid == 1 ? "" : "s", line_of(b, first_bad)));
      d.raw = std::move(bytes);
    }
  }
  return d;
}

}  // namespace concord::ingest
