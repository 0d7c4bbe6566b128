// Word-level helpers shared by the normalizers in claim/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace concord::claim {

struct Word {
  std::string text;   // as written, without surrounding punctuation; ’ straightened to '
  std::string lower;  // lowercase
  std::size_t offset; // in the string given to split_words
};

// Splits on spaces; strips commas, periods and quotes at word edges (but keeps
// "No." as "no", "U.S." as "u.s", "Ryong-hae" whole).
std::vector<Word> split_words(std::string_view s);

// The text of s's words (as split_words gives it), joined by single spaces.
std::string join_words(std::string_view s);

// True if the word starts with an uppercase letter (ASCII or not).
bool is_capitalized(const std::string& w);

// "Korea's" -> "Korea" and true; otherwise the word and false.
std::string strip_possessive(const std::string& w, bool* had = nullptr);

// True if a and b are the same text but for ASCII case and runs of white
// space ("Choe  Ryong hae" and "Choe Ryong Hae").
bool same_text(std::string_view a, std::string_view b);

}  // namespace concord::claim
