#include "rules/template.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace concord::rules {

namespace {

// Up to ten words of anything, as few as possible.
constexpr const char* kGap = R"((?:\s+\S+){0,10}?)";
// An aside after a name: ", a close aide,", ", left, a special envoy," (two
// appositives share their middle comma; a quotation may close after the
// last: ", known as 'Deep Throat,'"), " (North)" or " - who is lower in
// rank - ". Captured as aside__N so modality cues inside it are ignored.
// Unbounded repeats, not {1,120}: RE2 unrolls counted repeats, which made
// every template ten times larger; commas and brackets bound an aside anyway.
constexpr const char* kAside = R"(\s*(?:,[^,;:]+?){1,2},['"’”]?|\s*\([^()]*\)|\s+[-–—]\s[^-–—]+?\s[-–—])";

// A parsed element of a template.
struct Element {
  enum class Kind { word, punct, slot, vocab, gap, group } kind = Kind::word;
  std::string text;                           // word, punct, slot field, vocab name
  std::string type;                           // slot type
  std::vector<std::vector<Element>> choices;  // group
  bool optional = false;                      // group written with [ ]
  std::size_t offset = 0;                     // in the template, for messages
};

class Parser {
 public:
  Parser(const std::string& t, const base::Location& where, base::Diagnostics& diags)
      : t_(t), where_(where), diags_(diags) {}

  std::optional<std::vector<Element>> parse_all() {
    auto seq = sequence('\0');
    if (!seq) return std::nullopt;
    if (i_ < t_.size()) return fail(i_, fmt::format("unexpected '{}'", t_[i_]));
    return seq;
  }

 private:
  std::nullopt_t fail(std::size_t at, const std::string& what) {
    base::Location loc = where_;
    if (loc.column > 0) loc.column += static_cast<int>(at);
    diags_.error(loc, "in template: {}", what);
    failed_ = true;
    return std::nullopt;
  }

  // Parses elements until `close` (or `|` inside a group) or the end.
  std::optional<std::vector<Element>> sequence(char close) {
    std::vector<Element> out;
    while (i_ < t_.size()) {
      const char c = t_[i_];
      if (c == ' ' || c == '\t' || c == '\n') {
        ++i_;
        continue;
      }
      if ((close != '\0' && c == close) || (close != '\0' && c == '|')) return out;
      // A stray '}' too: the word below would stop at it before its first character.
      if (c == ')' || c == ']' || c == '}') return fail(i_, fmt::format("'{}' without a matching opening bracket", c));
      if (c == '|') return fail(i_, "'|' outside ( ) or [ ]; write choices as (a|b)");
      const std::size_t at = i_;
      if (c == '{') {
        const std::size_t end = t_.find('}', i_);
        if (end == std::string::npos || t_.find('{', i_ + 1) < end) return fail(i_, "'{' is not closed with '}'");
        const std::string inside = t_.substr(i_ + 1, end - i_ - 1);
        i_ = end + 1;
        Element e;
        e.offset = at;
        const std::size_t colon = inside.find(':');
        if (colon == std::string::npos) {
          e.kind = Element::Kind::vocab;
          e.text = inside;
        } else {
          e.kind = Element::Kind::slot;
          e.text = inside.substr(0, colon);
          e.type = inside.substr(colon + 1);
          if (e.text.empty() || !std::all_of(e.text.begin(), e.text.end(), [](char x) {
                return std::islower(static_cast<unsigned char>(x)) || x == '_' || std::isdigit(static_cast<unsigned char>(x));
              }))
            return fail(at, fmt::format("field name '{}' must be lowercase, as in {{subject:PERSON}}", e.text));
        }
        out.push_back(std::move(e));
        continue;
      }
      if (c == '(' || c == '[') {
        const char closing = c == '(' ? ')' : ']';
        // Each bracket is a level of recursion here and when the pattern is
        // built: a hostile pack must not overflow the stack.
        if (depth_ == kMaxDepth) {
          return fail(at, fmt::format("brackets nested more than {} deep; split the template into several", kMaxDepth));
        }
        ++i_;
        Element g;
        g.kind = Element::Kind::group;
        g.optional = c == '[';
        g.offset = at;
        for (;;) {
          ++depth_;
          auto alt = sequence(closing);
          --depth_;
          if (!alt) return std::nullopt;
          if (alt->empty()) return fail(i_, "an empty choice; remove the extra '|'");
          g.choices.push_back(std::move(*alt));
          if (i_ >= t_.size()) return fail(at, fmt::format("'{}' is not closed with '{}'", c, closing));
          if (t_[i_++] == closing) break;
        }
        out.push_back(std::move(g));
        continue;
      }
      if (t_.compare(i_, 3, "...") == 0) {
        i_ += 3;
        out.push_back({Element::Kind::gap, "", "", {}, false, at});
        continue;
      }
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '?' || c == '!') {
        ++i_;
        out.push_back({Element::Kind::punct, std::string(1, c), "", {}, false, at});
        continue;
      }
      // A word: up to a space or a special character.
      std::size_t e = i_;
      while (e < t_.size() && std::string_view(" \t\n{}()[]|,;:\"?!").find(t_[e]) == std::string_view::npos &&
             t_.compare(e, 3, "...") != 0) {
        if (t_[e] == '.' && (e + 1 == t_.size() || t_[e + 1] == ' ')) break;  // a final period
        ++e;
      }
      out.push_back({Element::Kind::word, t_.substr(i_, e - i_), "", {}, false, at});
      i_ = e;
    }
    if (close != '\0') return out;  // the caller reports the missing bracket
    return out;
  }

  static constexpr int kMaxDepth = 16;

  const std::string& t_;
  base::Location where_;
  base::Diagnostics& diags_;
  std::size_t i_ = 0;
  int depth_ = 0;
  bool failed_ = false;
};

// A literal word: case-insensitive, ' = ’, hyphen = hyphen, space or nothing.
std::string word_pattern(const std::string& w) {
  std::string out = "(?i:";
  std::size_t i = 0;
  while (i < w.size()) {
    const char c = w[i];
    if (c == '\'') {
      out += "['\u2019]";
      ++i;
    } else if (w.compare(i, 3, "\u2019") == 0) {
      out += "['\u2019]";
      i += 3;
    } else if (c == '-') {
      out += "[-\u2010\u2011\\s]?";
      ++i;
    } else {
      std::size_t e = i;
      while (e < w.size() && w[e] != '\'' && w[e] != '-' && w.compare(e, 3, "\u2019") != 0) ++e;
      out += RE2::QuoteMeta(w.substr(i, e - i));
      i = e;
    }
  }
  return out + ")";
}

// What every match holds just before a word that does not attach
// (required_of()): Emitter::sequence() puts spaces before it (none after a
// quote), or a word boundary when it comes first. Not \b alone: a word may
// begin with a letter RE2 folds to ASCII but does not count as a word
// character ("\u017Faid" for "said"). Change it with sequence().
constexpr const char* kBeforeWord = R"((?:\b|[\s"]))";

// A word that attaches to the one before: "'s" in "{subject:PLACE}['s]".
bool attaches(const Element& e) {
  if (e.kind == Element::Kind::word) return e.text.rfind("'", 0) == 0 || e.text.rfind("\u2019", 0) == 0;
  if (e.kind != Element::Kind::group) return false;
  return std::all_of(e.choices.begin(), e.choices.end(),
                     [](const std::vector<Element>& c) { return !c.empty() && attaches(c.front()); });
}

class Emitter {
 public:
  Emitter(const std::vector<std::string>& entity_types, CompiledTemplate& out)
      : entity_types_(entity_types), out_(out) {}

  // Returns the pattern for a sequence of elements.
  std::string sequence(const std::vector<Element>& seq) {
    std::string s;
    for (std::size_t k = 0; k < seq.size(); ++k) {
      const Element& e = seq[k];
      const std::string body = element(e);
      std::string slack;  // stays outside an optional group
      std::string space;  // goes inside it
      if (k > 0) {
        const Element& prev = seq[k - 1];
        // After a name: up to two asides, perhaps a lone comma ("Kim Jong Il,
        // died"), and auxiliaries before a verb ("is likely to meet").
        if (is_name_slot(prev)) {
          slack += "(?P<aside__" + std::to_string(++asides_) + ">(?:" + kAside + "){1,2})?";
          if (!starts_with_punct(e) || e.optional) slack += "(?:\\s*,)?";
          if (e.kind == Element::Kind::word || e.kind == Element::Kind::group) slack += auxiliary_pattern();
        }
        if (starts_with_punct(e) || attaches(e)) {
          space = R"(\s*)";
        } else if (!starts_with_gap(e)) {  // a gap brings its own spaces
          space = prev.kind == Element::Kind::punct && prev.text == "\"" ? R"(\s*)" : R"(\s+)";
        }
      } else if (e.kind == Element::Kind::word) {
        space = R"(\b)";
      }
      s += slack;
      if (e.kind == Element::Kind::group && e.optional) {
        s += "(?:" + space + body + ")?";
      } else {
        s += space + body;
      }
      if (e.kind == Element::Kind::word && (k + 1 == seq.size())) s += R"(\b)";
    }
    return s;
  }

 private:
  // Does the element begin with punctuation (", who")?
  static bool starts_with_punct(const Element& e) {
    if (e.kind == Element::Kind::punct) return true;
    if (e.kind != Element::Kind::group) return false;
    return std::all_of(e.choices.begin(), e.choices.end(),
                       [](const std::vector<Element>& c) { return !c.empty() && starts_with_punct(c.front()); });
  }

  static bool starts_with_gap(const Element& e) {
    if (e.kind == Element::Kind::gap) return true;
    if (e.kind != Element::Kind::group) return false;
    return std::all_of(e.choices.begin(), e.choices.end(),
                       [](const std::vector<Element>& c) { return !c.empty() && starts_with_gap(c.front()); });
  }

  bool is_name_slot(const Element& e) const {
    return e.kind == Element::Kind::slot &&
           std::find(entity_types_.begin(), entity_types_.end(), e.type) != entity_types_.end();
  }

  std::string element(const Element& e) {
    switch (e.kind) {
      case Element::Kind::word: return word_pattern(e.text);
      case Element::Kind::punct: return RE2::QuoteMeta(e.text);
      case Element::Kind::vocab: return "{" + e.text + "}";
      case Element::Kind::gap: return kGap;
      case Element::Kind::slot: {
        std::string group = e.text;
        for (int n = 2; used_.count(group) != 0; ++n) group = e.text + "__" + std::to_string(n);
        used_.insert(group);
        out_.slots.push_back({e.text, group, e.type});
        return "(?P<" + group + ">{" + e.type + "})";
      }
      case Element::Kind::group: {
        std::string s = "(?:";
        for (std::size_t c = 0; c < e.choices.size(); ++c) {
          if (c > 0) s += "|";
          s += sequence(e.choices[c]);
        }
        return s + ")";
      }
    }
    return "";
  }

  const std::vector<std::string>& entity_types_;
  CompiledTemplate& out_;
  std::set<std::string> used_;
  int asides_ = 0;
};

// What every match of seq contains (see CompiledTemplate::required): its
// words and slots, outside optional groups, and of a choice group one item
// from each choice.
std::vector<std::vector<std::string>> required_of(const std::vector<Element>& seq) {
  std::vector<std::vector<std::string>> out;
  for (const Element& e : seq) {
    switch (e.kind) {
      case Element::Kind::word:
        // "on" is not in "Jonas".
        out.push_back({(attaches(e) ? "" : kBeforeWord) + word_pattern(e.text)});
        break;
      case Element::Kind::slot:
      case Element::Kind::vocab: out.push_back({"{" + (e.kind == Element::Kind::slot ? e.type : e.text) + "}"}); break;
      case Element::Kind::group: {
        if (e.optional) break;
        // "(met|held talks with)": a match holds "met", or "held" and
        // "talks" and "with"; so it holds "met" or "talks". Of each choice,
        // take the item least likely to be in any sentence: its longest
        // word (a slot's type may match nearly anything).
        auto rarity = [](const std::vector<std::string>& items) {
          std::size_t r = std::string::npos;
          for (const auto& p : items) r = std::min(r, p.front() == '{' ? std::size_t{0} : p.size());
          return r;
        };
        std::vector<std::string> any;
        for (const auto& choice : e.choices) {
          const auto inner = required_of(choice);
          if (inner.empty()) {
            any.clear();
            break;
          }
          const auto best = std::max_element(inner.begin(), inner.end(),
                                             [&](const auto& a, const auto& b) { return rarity(a) < rarity(b); });
          any.insert(any.end(), best->begin(), best->end());
        }
        if (!any.empty()) out.push_back(std::move(any));
        break;
      }
      case Element::Kind::punct:
      case Element::Kind::gap: break;
    }
  }
  return out;
}

}  // namespace

const std::string& auxiliary_pattern() {
  static const std::string kAux =
      R"((?:\s+(?i:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|may|might|must|)"
      R"(can|could|did|does|do|not|never|also|then|later|soon|reportedly|allegedly|apparently|likely|)"
      R"(unlikely|expected|scheduled|set|due|planning|plans|planned|hoping|hopes|to|still|already|)"
      R"(finally|first|again|once|just|only|recently|earlier|previously|formally|officially|briefly|)"
      R"(personally|probably|possibly|eventually|subsequently|immediately|quickly|directly|yet|going|)"
      R"(about|widely|cannot|(?:did|does|do|was|were|is|are|has|have|had|would|could|wo|ca)n['’]t)\b)*)";
  return kAux;
}

std::optional<CompiledTemplate> compile_template(const std::string& text, const base::Location& where,
                                                 const std::vector<std::string>& entity_types,
                                                 base::Diagnostics& diags) {
  Parser parser(text, where, diags);
  auto elements = parser.parse_all();
  if (!elements) return std::nullopt;
  if (elements->empty()) {
    diags.error(where, "the template is empty; write the words to match, or remove it");
    return std::nullopt;
  }
  CompiledTemplate out;
  Emitter emitter(entity_types, out);
  out.pattern = emitter.sequence(*elements);
  out.required = required_of(*elements);
  // A slot at the start must begin a word: "20 summits" is not in "G-20 summit".
  // RE2 has no look-behind, so the character before is matched; match()
  // trims it off again.
  if (elements->front().kind != Element::Kind::word) {
    out.pattern = "(?:^|[\\s\"\u201C\u2018(\\[,;:\u2013\u2014])" + out.pattern;
  }
  return out;
}

}  // namespace concord::rules
