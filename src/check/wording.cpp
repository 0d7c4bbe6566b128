#include "check/wording.h"

#include <algorithm>

#include "base/utf8.h"
#include "text/layout.h"

namespace concord::check {

using extract::Passage;
using extract::PassageWord;
using extract::WordKind;

std::vector<std::uint32_t> content_of(const Passage& p) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < p.words.size(); ++i) {
    if (p.words[i].kind != WordKind::stop) out.push_back(i);
  }
  return out;
}

bool spelling_variant(const std::string& a, const std::string& b) {
  if (a.starts_with(b) || b.starts_with(a)) return true;
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[m] <= (std::min(n, m) <= 5 ? 1u : 2u);
}


std::vector<std::string> keys_of(const Passage& p, const std::vector<std::uint32_t>& seg, WordKind k) {
  std::vector<std::string> out;
  for (std::uint32_t i : seg) {
    if (p.words[i].kind == k) out.push_back(p.words[i].key);
  }
  return out;
}

std::vector<std::string> cues(const Passage& p, std::uint32_t from, std::uint32_t to) {
  std::vector<std::string> out;
  for (std::uint32_t i = from; i < to && i < p.words.size(); ++i) {
    if (p.words[i].kind == WordKind::cue) out.push_back(p.words[i].key);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<claim::Quantity> quantity_of(std::string_view text, const Passage& p, std::uint32_t first,
                                           std::uint32_t last) {
  const std::size_t begin = p.words[first].span.begin;
  if (last + 1 < p.words.size()) {
    if (auto q = claim::normalize_quantity(text.substr(begin, p.words[last + 1].span.end - begin));
        q && q->dimension != "count")
      return q;
  }
  return claim::normalize_quantity(text.substr(begin, p.words[last].span.end - begin));
}

Side passage_side(const ingest::Document& doc, const ingest::Citer& citer, const Passage& p, std::uint32_t first,
             std::uint32_t last, bool draft) {
  const ingest::Span words{p.words[first].span.begin, p.words[last - 1].span.end};
  Side s;
  s.citation = citer.cite(words);
  s.value = s.citation.quote;
  s.rule = "reused-wording";
  s.document = doc.id;
  s.draft = draft;
  s.sentence = base::utf8::collapse_spaces(std::string_view(doc.text).substr(p.span.begin, p.span.size()));
  s.highlight_begin = text::collapsed_offset(doc.text, p.span, words.begin);
  s.highlight_end = s.highlight_begin + base::utf8::count_code_points(s.citation.quote);
  std::string keys;
  for (const PassageWord& w : p.words) {
    if (w.kind != WordKind::stop) keys += w.key + " ";
  }
  s.identity = doc.id + "|reused|" + keys + "|" + s.value;
  return s;
}

}  // namespace concord::check
