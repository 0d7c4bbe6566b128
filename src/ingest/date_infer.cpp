#include "ingest/date_infer.h"

#include <array>
#include <cctype>

namespace concord::ingest {

namespace {

constexpr std::array<const char*, 9> kLabels{
    "date created", "first published", "published on", "posted on", "published",
    "posted",       "created on",      "created",      "date"};

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[k])) != prefix[k]) return false;
  }
  return true;
}

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// After a label: optional spaces, an optional ':' , then the date on the same
// line, or alone on the next non-empty line.
std::optional<InferredDate> date_after(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  const bool colon = i < text.size() && text[i] == ':';
  if (colon) ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
  if (i < text.size() && text[i] == '\n' && colon) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  }
  const std::size_t eol = text.find('\n', i);
  const std::string_view line = text.substr(i, eol == std::string_view::npos ? text.size() - i : eol - i);
  std::size_t used = 0;
  auto d = base::parse_date_prefix(line, &used);
  if (!d) return std::nullopt;
  return InferredDate{*d, i, "", std::string(line.substr(0, used))};
}

// A label counts only at the start of a line or after a separator, as in
// "By Jane Doe | Published: ...": in running prose "created on" is a claim.
bool at_field_start(std::string_view text, std::size_t i) {
  while (i > 0) {
    const char c = text[i - 1];
    if (c == '\n') return true;
    if (c == ' ' || c == '\t' || c == '\r') {
      --i;
      continue;
    }
    if (c == '|' || c == '-' || c == '/' || c == '(') return true;
    // "·", "•", "–", "—" end in these UTF-8 bytes.
    const auto u = static_cast<unsigned char>(c);
    return u == 0xB7 || u == 0xA2 || u == 0x93 || u == 0x94;
  }
  return true;
}

}  // namespace

std::optional<InferredDate> infer_date(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && is_word(text[i - 1])) continue;
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (c != 'd' && c != 'f' && c != 'p' && c != 'c') continue;
    if (!at_field_start(text, i)) continue;
    for (const char* label : kLabels) {
      const std::string_view l(label);
      if (!starts_with_ci(text.substr(i), l)) continue;
      const std::size_t end = i + l.size();
      if (end < text.size() && is_word(text[end])) continue;
      if (auto d = date_after(text, end)) {
        d->label = std::string(text.substr(i, l.size()));
        return d;
      }
    }
  }
  return std::nullopt;
}

}  // namespace concord::ingest
