// How sure a sentence is of what a rule matched.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace concord::extract {

namespace {

struct Tok {
  std::string lower;
  std::size_t begin, end;
};

bool word_byte(unsigned char c) { return std::isalnum(c) || c == '\'' || c >= 0x80; }

// Does text hold s at i? Tests the first byte before comparing: this runs
// for every byte of a sentence.
bool holds_at(std::string_view text, std::size_t i, std::string_view s) {
  return i < text.size() && text[i] == s[0] && text.compare(i, s.size(), s) == 0;
}

// Words of text[b, e), lowercased, with ’ as '.
std::vector<Tok> tokenize(std::string_view text, std::size_t b, std::size_t e) {
  std::vector<Tok> out;
  std::size_t i = b;
  while (i < e) {
    // Curly quotes are punctuation at word edges, apostrophes inside words.
    const bool curly_open =
        holds_at(text, i, "\u201C") || holds_at(text, i, "\u201D") || holds_at(text, i, "\u2018");
    if (curly_open || !word_byte(static_cast<unsigned char>(text[i]))) {
      i += curly_open ? 3 : 1;
      continue;
    }
    const std::size_t start = i;
    std::string w;
    while (i < e) {
      if (holds_at(text, i, "\u2019")) {
        w += '\'';
        i += 3;
        continue;
      }
      if (holds_at(text, i, "\u201C") || holds_at(text, i, "\u201D")) break;
      const auto c = static_cast<unsigned char>(text[i]);
      if (!word_byte(c)) break;
      w += static_cast<char>(std::tolower(c));
      ++i;
    }
    while (!w.empty() && w.back() == '\'') w.pop_back();
    if (!w.empty()) out.push_back({w, start, i});
  }
  return out;
}

// Does cue (words separated by spaces, in any case) occur at toks[i...]?
// Sets *words to its number of words. Compares in place: cues are tried at
// every word of every match.
bool cue_at(const std::vector<Tok>& toks, std::size_t i, std::string_view cue, std::size_t* words) {
  std::size_t k = 0;
  std::size_t p = 0;
  for (;;) {
    while (p < cue.size() && cue[p] == ' ') ++p;
    if (p == cue.size()) break;
    std::size_t e = cue.find(' ', p);
    if (e == std::string_view::npos) e = cue.size();
    if (i + k >= toks.size()) return false;
    const std::string& w = toks[i + k].lower;
    if (w.size() != e - p) return false;
    for (std::size_t j = 0; j < w.size(); ++j) {
      if (w[j] != static_cast<char>(std::tolower(static_cast<unsigned char>(cue[p + j])))) return false;
    }
    ++k;
    p = e;
  }
  *words = k;
  return k > 0;
}

// The first cue (longest wins at a position) that occurs in toks.
std::string find_cue(const std::vector<Tok>& toks, const std::vector<std::string>& cues) {
  std::string best;
  std::size_t best_at = toks.size();
  std::size_t best_len = 0;
  for (const auto& cue : cues) {
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::size_t len = 0;
      if (cue_at(toks, i, cue, &len) && (i < best_at || (i == best_at && len > best_len))) {
        best = cue;
        best_at = i;
        best_len = len;
      }
    }
  }
  return best;
}

// Verbs that institutions report with; what follows is the outlet's report.
constexpr std::array<std::string_view, 8> kReportVerbs{"reported", "reports", "announced", "announces",
                                                        "confirmed", "confirms", "published", "quoted"};

// True if the speaker `who` is an institution: it has a word or phrase of
// the packs' `institutions` ("agency", "Reuters"), or the whole of it is an
// organization in the gazetteer.
bool is_org(const std::vector<Tok>& who, const std::vector<std::string>& institutions,
            const rules::Gazetteer& gazetteer, std::string_view text) {
  if (who.empty()) return false;
  for (std::size_t i = 0; i < who.size(); ++i) {
    std::size_t len = 0;
    for (const std::string& w : institutions) {
      if (cue_at(who, i, w, &len)) return true;
    }
  }
  const std::string phrase(text.substr(who.front().begin, who.back().end - who.front().begin));
  if (const rules::Entity* e = gazetteer.find(phrase)) return e->kind == rules::EntityKind::organization;
  return false;
}

// The words of toks as one line: a speaker broken over two lines of the
// source ("the\nforeign ministry") is shown and compared as written once.
std::string phrase_of(const std::vector<Tok>& toks, std::string_view text) {
  if (toks.empty()) return {};
  std::string out;
  bool space = false;
  for (std::size_t i = toks.front().begin; i < toks.back().end; ++i) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i];
  }
  return out;
}

bool inside(const Tok& t, const std::vector<ingest::Span>& holes) {
  for (const auto& h : holes) {
    if (t.begin >= h.begin && t.end <= h.end) return true;
  }
  return false;
}

// Is offset inside a quotation in text[sentence.begin, offset)?
bool in_quotes(std::string_view text, std::size_t from, std::size_t offset) {
  int straight = 0;
  int curly = 0;
  for (std::size_t i = from; i < offset; ++i) {
    if (text[i] == '"') ++straight;
    if (holds_at(text, i, "\u201C")) ++curly;
    if (holds_at(text, i, "\u201D")) --curly;
  }
  return straight % 2 == 1 || curly > 0;
}

// True if words before or after a reporting verb can name who spoke:
// "Ryabkov", "the Russian president", "he". Not a clause ("he was
// pleased", "Zainabieh and Koohi has been") or a connective ("as we").
bool speaker_like(const std::vector<Tok>& who) {
  static constexpr std::array<std::string_view, 12> kClauseWords{
      "is", "was", "were", "are", "has", "have", "had", "been", "be", "being", "would", "will"};
  static constexpr std::array<std::string_view, 10> kConnectives{
      "as", "that", "which", "if", "when", "while", "because", "so", "than", "what"};
  if (std::find(kConnectives.begin(), kConnectives.end(), who.front().lower) != kConnectives.end()) return false;
  for (const Tok& t : who) {
    if (std::find(kClauseWords.begin(), kClauseWords.end(), t.lower) != kClauseWords.end()) return false;
  }
  return true;
}

// True for a negation that is not itself a verb of denial: "not", "never",
// "no longer", "didn't", "cannot".
bool particle(std::string_view cue) {
  return cue == "not" || cue == "never" || cue == "no longer" || cue == "cannot" ||
         (cue.size() > 3 && cue.substr(cue.size() - 3) == "n't");
}

// True if the sentence is a question: its last mark (before closing quotes
// and brackets) is "?".
bool asks(std::string_view text, ingest::Span sentence) {
  std::size_t e = std::min(sentence.end, text.size());
  while (e > sentence.begin) {
    const char c = text[e - 1];
    if (std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\'' || c == ')' || c == ']') {
      --e;
    } else if (e - sentence.begin >= 3 && (holds_at(text, e - 3, "\u201D") || holds_at(text, e - 3, "\u2019"))) {
      e -= 3;
    } else {
      return c == '?';
    }
  }
  return false;
}

// The index in `before` of a negation that frames what follows "that"
// ("denied that", "it is not true that", "never said that"), or
// before.size(). The "that" must come after the negation and be the last
// "that" before the match.
std::size_t denial_frame(const std::vector<Tok>& before, const std::vector<std::string>& negated) {
  std::size_t that = before.size();
  for (std::size_t k = before.size(); k-- > 0;) {
    if (before[k].lower == "that") {
      that = k;
      break;
    }
  }
  if (that == before.size()) return before.size();
  for (std::size_t k = that; k-- > 0;) {
    for (const std::string& cue : negated) {
      std::size_t len = 0;
      if (cue_at(before, k, cue, &len) && k + len <= that) return k;
    }
  }
  return before.size();
}

}  // namespace

ModalityReading read_modality(std::string_view text, ingest::Span sentence, const rules::Match& m,
                              const rules::ModalityCues& cues, const rules::Gazetteer& gazetteer) {
  ModalityReading r;
  std::vector<ingest::Span> holes;
  for (const auto& f : m.fields) holes.push_back({f.span.begin, f.span.end});
  const std::vector<Tok> matched = tokenize(text, m.span.begin, m.span.end);
  std::vector<Tok> scope;
  for (const Tok& t : matched) {
    if (!inside(t, holes)) scope.push_back(t);
  }
  // Words before the match in its clause: "it is likely that", "DeTrani said".
  std::size_t clause = sentence.begin;
  for (std::size_t i = sentence.begin; i < m.span.begin; ++i) {
    if (text[i] == ';' || text[i] == ':') clause = i + 1;
  }
  std::vector<Tok> before = tokenize(text, clause, m.span.begin);
  if (before.size() > 8) before.erase(before.begin(), before.end() - 8);
  std::vector<Tok> after = tokenize(text, m.span.end, sentence.end);

  std::vector<Tok> near = before;
  std::vector<Tok> denier;  // who denies, in a denial frame
  // "If Choe arrived …": a capital at the start of a sentence can be read
  // into a name slot; its first word still frames the claim.
  if (before.empty() && clause == sentence.begin && !matched.empty() && inside(matched.front(), holes))
    near.push_back(matched.front());
  near.insert(near.end(), scope.begin(), scope.end());
  const std::size_t denial = denial_frame(before, cues.negated);
  if (asks(text, sentence)) {
    // "Did Choe arrive on Nov. 19?": a question asserts nothing.
    r.modality = rules::Modality::hedged;
    r.cue = "question";
  } else if (denial < before.size()) {
    // "Officials denied that Choe arrived …": the claim is what someone
    // denies, in their words, not what the story asserts. "It is not clear
    // that …", "did not confirm that …": the story does not know.
    r.cue = before[denial].lower + (before[denial + 1].lower == "that" ? " that" : " … that");
    if (particle(before[denial].lower)) {
      r.modality = rules::Modality::hedged;
    } else {
      r.modality = rules::Modality::negated;
      std::size_t b = denial;
      while (b > 0 && denial - b < 6 &&
             text.substr(before[b - 1].end, before[b].begin - before[b - 1].end).find(',') == std::string_view::npos)
        --b;
      denier.assign(before.begin() + static_cast<long>(b), before.begin() + static_cast<long>(denial));
      if (denier.empty()) r.speaker = "a denial";
    }
  } else if (auto cue = find_cue(near, cues.hedged); !cue.empty()) {
    r.modality = rules::Modality::hedged;
    r.cue = cue;
  } else if (auto plan = find_cue(near, cues.planned); !plan.empty()) {
    r.modality = rules::Modality::planned;
    r.cue = plan;
  } else if (auto neg = find_cue(scope, cues.negated); !neg.empty()) {
    // Negation only inside the match: "Although Kim did not attend, Choe met
    // Putin" must not turn Choe's meeting into a denial.
    r.modality = rules::Modality::negated;
    r.cue = neg;
  }

  // "met Brandt again", "for her second visit": one more time, in or near
  // the match ("second-largest" is no such word). Five words after it: in
  // "Vale, who travelled with her, is likely to visit Halvik again" the
  // travel is not what happens again.
  constexpr std::size_t kRepeatReach = 5;
  std::vector<Tok> clause_words;
  auto add_word = [&](const Tok& t) {
    if (t.end >= text.size() || text[t.end] != '-') clause_words.push_back(t);
  };
  std::for_each(near.begin(), near.end(), add_word);
  std::for_each(after.begin(), after.begin() + static_cast<long>(std::min(after.size(), kRepeatReach)), add_word);
  r.repeated = find_cue(clause_words, cues.repeated);

  // Attribution: a reporting verb before the match, or at the end of the sentence.
  const auto& verbs = cues.reporting_verbs;
  auto is_verb = [&](const Tok& t) {
    return std::find(verbs.begin(), verbs.end(), t.lower) != verbs.end() ||
           std::find(kReportVerbs.begin(), kReportVerbs.end(), t.lower) != kReportVerbs.end();
  };
  std::vector<Tok> who;
  bool institutional = false;
  for (std::size_t k = before.size(); k > 0; --k) {
    if (!is_verb(before[k - 1])) continue;
    institutional = std::find(kReportVerbs.begin(), kReportVerbs.end(), before[k - 1].lower) != kReportVerbs.end();
    // "According to Ryabkov, ...": the speaker follows "to", up to a comma.
    if (before[k - 1].lower == "according" && k < before.size() && before[k].lower == "to") {
      for (std::size_t j = k + 1; j < before.size() && who.size() < 6; ++j) {
        if (j > k + 1 &&
            text.substr(before[j - 1].end, before[j].begin - before[j - 1].end).find(',') != std::string_view::npos)
          break;
        who.push_back(before[j]);
      }
      if (!who.empty()) break;
      continue;
    }
    // The speaker: the words before the verb back to a comma.
    std::size_t b = k - 1;
    while (b > 0 && b + 6 > k && text.substr(before[b - 1].end, before[b].begin - before[b - 1].end).find(',') ==
                                     std::string_view::npos)
      --b;
    who.assign(before.begin() + static_cast<long>(b), before.begin() + static_cast<long>(k - 1));
    break;
  }
  if (who.empty()) {
    // "…, Tass said." / "…, said Jannuzi." / "…, the Korean Central News Agency reported on Nov. 14."
    for (std::size_t k = 0; k < after.size(); ++k) {
      if (!is_verb(after[k])) continue;
      // The attribution is its own clause, after a comma (or a closing quote).
      std::size_t clause_start = after.size();
      for (std::size_t j = k + 1; j-- > 0;) {
        const std::size_t from = j == 0 ? m.span.end : after[j - 1].end;
        const std::string_view gap = text.substr(from, after[j].begin - from);
        if (gap.find(',') != std::string_view::npos || gap.find('"') != std::string_view::npos ||
            gap.find("\u201D") != std::string_view::npos) {
          clause_start = j;
          break;
        }
      }
      if (clause_start == after.size()) break;  // the claim's own verb, not an attribution
      institutional = std::find(kReportVerbs.begin(), kReportVerbs.end(), after[k].lower) != kReportVerbs.end();
      // An attribution closes the sentence: "…, Tass said (on Monday)." or
      // "…, said the Russian president." In "Brandt, 61, said the port would
      // handle 24 million tonnes", "said" is the sentence's own verb.
      constexpr std::size_t kMaxSpeakerWords = 6;
      constexpr std::size_t kMaxWordsAfterVerb = 4;
      if (clause_start == k ? after.size() - k - 1 > kMaxSpeakerWords + 1
                            : after.size() - k - 1 > kMaxWordsAfterVerb)
        break;
      if (clause_start == k) {
        // "said Jannuzi", "said the Russian president", "according to
        // Ryabkov": up to the next comma.
        const std::size_t first = k + 1 + (after[k].lower == "according" && k + 1 < after.size() &&
                                           after[k + 1].lower == "to" ? 1 : 0);
        std::size_t j = first;
        for (; j < after.size() && who.size() < 6; ++j) {
          if (j > first && text.substr(after[j - 1].end, after[j].begin - after[j - 1].end).find(',') !=
                               std::string_view::npos)
            break;
          who.push_back(after[j]);
        }
        // A speaker ends at a comma or the sentence's end; words running on
        // ("…, 55, said the blaze began in an engine room") are what was said.
        if (j < after.size() && text.substr(after[j - 1].end, after[j].begin - after[j - 1].end).find(',') ==
                                    std::string_view::npos)
          who.clear();
      } else {
        who.assign(after.begin() + static_cast<long>(clause_start), after.begin() + static_cast<long>(k));
      }
      break;
    }
  }
  const bool quoted = in_quotes(text, sentence.begin, m.span.begin);
  if (who.empty() && !denier.empty()) {
    // A denial is always someone's word, reported: never the story's own
    // assertion, so it is compared as speech.
    r.speaker = phrase_of(denier, text);
    denier.clear();
  }
  if (!who.empty() && !speaker_like(who)) who.clear();
  if (!who.empty()) {
    if (institutional || is_org(who, cues.institutions, gazetteer, text)) {
      r.attribution = phrase_of(who, text);
    } else {
      r.speaker = phrase_of(who, text);
    }
  }
  if ((quoted || !r.speaker.empty()) && r.modality == rules::Modality::asserted) {
    r.modality = rules::Modality::reported;
    if (r.cue.empty()) r.cue = quoted ? "quotation" : "said";
  }
  if (quoted && r.speaker.empty()) r.speaker = r.attribution.empty() ? "a quoted source" : r.attribution;
  return r;
}

}  // namespace concord::extract
