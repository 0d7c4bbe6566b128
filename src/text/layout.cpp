// Lines, page furniture and repeated paragraphs; then sentences of what is left.
#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "base/utf8.h"
#include "text/layout.h"

namespace concord::text {

namespace {

namespace u8 = base::utf8;
using ingest::Excluded;
using ingest::Exclusion;

// Lines of furniture come in runs: three or more list-like lines in a row
// (blank lines between them allowed) are a menu or a headline list.
constexpr int kMinFurnitureRun = 3;
// Repeats shorter than this many words are left alone (a refrain, a name).
constexpr int kMinRepeatWords = 3;

struct Line {
  Span span;     // content, without '\r'
  bool blank = true;
  bool excluded = false;  // entirely inside an exclusion found earlier
};

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

std::string_view trim(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t k = i;
    if (!u8::is_space(u8::decode(s, k))) break;
    i = k;
  }
  s.remove_prefix(i);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  // A trailing no-break space (C2 A0), common in scraped pages.
  while (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
         static_cast<unsigned char>(s.back()) == 0xA0)
    s.remove_suffix(2);
  return s;
}

bool starts_with_bullet(std::string_view s) {
  for (std::string_view b : {"\u2022", "\u00B7", "\u25AA", "\u25E6", "\u2013", "\u2014", "- ", "* ", "> "}) {
    if (s.substr(0, b.size()) == b) return true;
  }
  return false;
}

// The last character that is not a closing quote or bracket.
char32_t final_char(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0) {
    const std::size_t b = u8::floor_boundary(s, e - 1);
    std::size_t k = b;
    const char32_t c = u8::decode(s, k);
    if (c != '"' && c != '\'' && c != ')' && c != ']' && c != 0x201D && c != 0x2019) return c;
    e = b;
  }
  return 0;
}

double title_case_ratio(std::string_view s) {
  int words = 0;
  int caps = 0;
  bool at_word = true;
  std::size_t word_len = 0;
  bool cap = false;
  auto end_word = [&] {
    if (word_len > 3) {  // ignore "of", "to", "the"
      ++words;
      if (cap) ++caps;
    }
    word_len = 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t k = i;
    const char32_t c = u8::decode(s, k);
    if (u8::is_space(c)) {
      end_word();
      at_word = true;
    } else {
      if (at_word) cap = c < 0x80 ? (std::isupper(static_cast<int>(c)) != 0 || std::isdigit(static_cast<int>(c)) != 0) : true;
      at_word = false;
      ++word_len;
    }
    i = k;
  }
  end_word();
  return words == 0 ? 1.0 : static_cast<double>(caps) / words;
}

// A line that reads like a menu entry, a label, or a headline in a list:
// short and unpunctuated, bulleted, or in Title Case. A line that ends like a
// sentence is prose unless it is a two- or three-word label.
bool is_list_like(std::string_view content) {
  const std::string_view s = trim(content);
  if (s.empty()) return false;
  const int words = word_count(s);
  const char32_t last = final_char(s);
  if (last == '.' || last == '!' || last == 0x2026) return words <= 3;
  const bool headline = starts_with_bullet(s) || title_case_ratio(s) >= 0.75;
  if (last == '?') return headline || words <= 3;
  return words <= 12 || headline;
}

std::vector<Line> split_lines(const std::string& t, const std::vector<Excluded>& known) {
  std::vector<Line> lines;
  std::size_t b = 0;
  std::size_t k = 0;  // index into known, which is sorted
  while (b <= t.size()) {
    std::size_t e = t.find('\n', b);
    if (e == std::string::npos) e = t.size();
    Line line;
    std::size_t ce = e;
    if (ce > b && t[ce - 1] == '\r') --ce;
    line.span = {b, ce};
    const std::string_view content = trim(std::string_view(t).substr(b, ce - b));
    line.blank = content.empty();
    if (!line.blank) {
      const std::size_t cb = static_cast<std::size_t>(content.data() - t.data());
      const std::size_t cend = cb + content.size();
      while (k < known.size() && known[k].span.end <= cb) ++k;
      for (std::size_t j = k; j < known.size() && known[j].span.begin < cend; ++j) {
        if (known[j].span.begin <= cb && known[j].span.end >= cend) line.excluded = true;
      }
    }
    lines.push_back(line);
    if (e == t.size()) break;
    b = e + 1;
  }
  return lines;
}

bool only_space(std::string_view t, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    if (!std::isspace(static_cast<unsigned char>(t[i]))) return false;
  }
  return true;
}

// Sorts exclusions and merges overlapping ones, and neighbours of one kind
// separated only by blank space (a menu is one region, not twenty lines).
// Joins lines that were wrapped (a hard-wrapped Markdown paragraph) so that
// each element is one logical line: a paragraph, a headline, a menu entry.
std::vector<Line> join_wrapped(std::vector<Line> lines, std::string_view t) {
  std::vector<Line> out;
  for (const Line& l : lines) {
    if (!out.empty()) {
      Line& prev = out.back();
      if (!prev.blank && !prev.excluded && !l.blank && !l.excluded &&
          wraps_onto_next_line(t.substr(prev.span.begin, prev.span.size()),
                               t.substr(l.span.begin, l.span.size()))) {
        prev.span.end = l.span.end;
        continue;
      }
    }
    out.push_back(l);
  }
  return out;
}

bool is_copyright(std::string_view s) {
  s = trim(s);
  return s.substr(0, 2) == "\u00A9" || s.substr(0, 9) == "Copyright" || s.substr(0, 4) == "(c) " ||
         s.substr(0, 4) == "(C) ";
}

void merge_into(std::vector<Excluded>& all, std::string_view t) {
  std::sort(all.begin(), all.end(), [](const Excluded& a, const Excluded& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<Excluded> out;
  for (auto& e : all) {
    if (e.span.empty()) continue;
    if (!out.empty() && e.span.begin < out.back().span.end) {
      out.back().span.end = std::max(out.back().span.end, e.span.end);
      continue;
    }
    if (!out.empty() && out.back().why == e.why && out.back().detail == e.detail &&
        only_space(t, out.back().span.end, e.span.begin)) {
      out.back().span.end = e.span.end;
      continue;
    }
    out.push_back(std::move(e));
  }
  all = std::move(out);
}

}  // namespace

Layout analyze(const ingest::Document& doc, Repeats repeats) {
  const std::string& t = doc.text;
  Layout layout;
  std::vector<Excluded> excluded = doc.excluded;
  merge_into(excluded, t);
  std::vector<Line> lines = split_lines(t, excluded);

  // Repeated lines: the first is read, later exact copies are not. Done on
  // the lines as written, before wrapped lines are joined, so a repeated
  // headline cannot hide by joining the paragraph after it.
  std::unordered_map<std::string, std::size_t> first_seen;
  std::optional<ingest::Citer> cite;  // built on the first repeat only
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.blank || l.excluded || repeats == Repeats::keep) continue;
    const std::string key = u8::collapse_spaces(std::string_view(t).substr(l.span.begin, l.span.size()));
    if (word_count(key) < kMinRepeatWords) continue;
    auto [it, fresh] = first_seen.emplace(key, i);
    if (!fresh) {
      if (!cite) cite.emplace(doc);
      const int first = cite->start(lines[it->second].span.begin).line;
      excluded.push_back({l.span, Exclusion::duplicate, fmt::format("repeats line {}", first)});
      l.excluded = true;
    }
  }

  lines = join_wrapped(std::move(lines), t);

  // Runs of list-like lines are furniture.
  std::vector<std::size_t> run;
  auto close_run = [&] {
    if (static_cast<int>(run.size()) >= kMinFurnitureRun) {
      const std::string detail = fmt::format("{} list-like lines", run.size());
      for (std::size_t idx : run) {
        excluded.push_back({lines[idx].span, Exclusion::furniture, detail});
        lines[idx].excluded = true;
      }
    }
    run.clear();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.blank || l.excluded) continue;  // blank and already-excluded lines neither break nor extend a run
    const std::string_view content = std::string_view(t).substr(l.span.begin, l.span.size());
    if (is_copyright(content)) {
      excluded.push_back({l.span, Exclusion::furniture, "copyright line"});
      l.excluded = true;
      continue;
    }
    if (is_list_like(content)) {
      run.push_back(i);
    } else {
      close_run();
    }
  }
  close_run();
  merge_into(excluded, t);

  // Paragraphs: maximal stretches of readable, non-blank lines; within a line,
  // text outside exclusions (an inline comment, say) is still read.
  std::size_t x = 0;
  auto sentences_in = [&](std::size_t b, std::size_t e) {
    while (b < e) {
      while (x < excluded.size() && excluded[x].span.end <= b) ++x;
      std::size_t stop = e;
      if (x < excluded.size() && excluded[x].span.begin < e) stop = std::max(b, excluded[x].span.begin);
      if (stop > b) {
        auto s = split_sentences(t, {b, stop});
        layout.sentences.insert(layout.sentences.end(), s.begin(), s.end());
      }
      if (x < excluded.size() && excluded[x].span.begin < e) {
        b = excluded[x].span.end;
      } else {
        b = e;
      }
    }
  };
  std::size_t para_begin = std::string::npos;
  std::size_t para_end = 0;
  for (const Line& l : lines) {
    if (l.blank || l.excluded) {
      if (para_begin != std::string::npos) sentences_in(para_begin, para_end);
      para_begin = std::string::npos;
      continue;
    }
    if (para_begin == std::string::npos) para_begin = l.span.begin;
    para_end = l.span.end;
  }
  if (para_begin != std::string::npos) sentences_in(para_begin, para_end);
  layout.excluded = std::move(excluded);
  return layout;
}

std::size_t collapsed_offset(std::string_view text, Span sentence, std::size_t offset) {
  const std::string prefix = base::utf8::collapse_spaces(text.substr(sentence.begin, offset - sentence.begin));
  const bool space = offset > sentence.begin && offset < text.size() &&
                     std::isspace(static_cast<unsigned char>(text[offset - 1]));
  return base::utf8::count_code_points(prefix) + (space && !prefix.empty() ? 1 : 0);
}

}  // namespace concord::text
