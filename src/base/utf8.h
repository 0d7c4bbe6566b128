// UTF-8 helpers that accept any byte sequence.
//
// Invalid bytes are never fatal: decode() returns kInvalid for them and
// advances one byte, so every loop over arbitrary input terminates.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::base::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at s[i] and advances i past it. On an invalid or
// truncated sequence returns kInvalid and advances i by exactly one byte.
// REQUIRES: i < s.size().
char32_t decode(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of cp (U+FFFD for values that are not scalar values).
void append(std::string& out, char32_t cp);

// Returns true iff s is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid(std::string_view s);

// Returns the number of code points in s, counting each invalid byte as one.
std::size_t count_code_points(std::string_view s);

// The code points [begin, end) of s (clamped to its end), as UTF-8.
std::string code_points(std::string_view s, std::size_t begin, std::size_t end);

// Returns the Unicode code point for a Windows-1252 byte. The five bytes
// Windows-1252 leaves undefined map to the C1 controls, as browsers do.
char32_t from_cp1252(unsigned char b);

// Returns the Windows-1252 byte for cp, or -1 if cp has none.
int to_cp1252(char32_t cp);

// Returns s with every run of whitespace (including U+00A0) collapsed to one
// space and the ends trimmed; used for quotes and comparisons.
std::string collapse_spaces(std::string_view s);

// Returns true for ASCII whitespace and U+00A0 / U+2000..U+200B / U+3000.
bool is_space(char32_t cp);

// True if every byte of s is ASCII: the text the folds below need not map.
bool is_ascii(std::string_view s);

// Folds s for comparing words across languages and house styles: case
// folded, accents and other marks stripped, composed (utf8proc): "ÖZTÜRK"
// and "Öztürk" give "ozturk", "Şahin" gives "sahin", "ΑΘΉΝΑ" gives "αθηνα";
// the Latin letters Unicode does not decompose are spelled in ASCII
// ("Søren Łukasz" gives "soren lukasz", "Æ" gives "ae"). Invalid bytes are
// dropped.
std::string fold(std::string_view s);

// s with accents and other marks stripped, case kept, as fold spells them
// otherwise: "Tomás Øverby" gives "Tomas Overby".
std::string strip_accents(std::string_view s);

// True for a capital letter of any script ("Ö", "Ş", "Ễ", "Δ", "Д"):
// Unicode's categories Lu and Lt.
bool is_upper(char32_t cp);

// Returns the index of the first byte of the code point that contains s[i].
std::size_t floor_boundary(std::string_view s, std::size_t i);

}  // namespace concord::base::utf8
