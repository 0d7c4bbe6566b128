#include "ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>

#include <fmt/format.h>

#include "base/utf8.h"

namespace concord::ingest {

namespace {

// gumbo frees its tree recursively, which a page of 100,000 nested <div>s
// turns into a stack overflow. Track its allocations and free them ourselves.
struct Arena {
  std::unordered_set<void*> live;
  ~Arena() {
    for (void* p : live) std::free(p);
  }
};

void* arena_alloc(void* userdata, size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();  // gumbo cannot handle allocation failure
  static_cast<Arena*>(userdata)->live.insert(p);
  return p;
}

void arena_free(void* userdata, void* p) {
  if (p == nullptr) return;
  if (static_cast<Arena*>(userdata)->live.erase(p) > 0) std::free(p);
}

bool is_one_of(GumboTag tag, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool is_hidden(GumboTag tag) {
  return is_one_of(tag, {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
                         GUMBO_TAG_HEAD, GUMBO_TAG_SVG, GUMBO_TAG_MATH, GUMBO_TAG_IFRAME,
                         GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_CANVAS, GUMBO_TAG_SELECT,
                         GUMBO_TAG_OPTION, GUMBO_TAG_TEXTAREA, GUMBO_TAG_BUTTON, GUMBO_TAG_AUDIO,
                         GUMBO_TAG_VIDEO});
}

bool is_block(GumboTag tag) {
  return is_one_of(
      tag, {GUMBO_TAG_P,       GUMBO_TAG_DIV,        GUMBO_TAG_H1,      GUMBO_TAG_H2,
            GUMBO_TAG_H3,      GUMBO_TAG_H4,         GUMBO_TAG_H5,      GUMBO_TAG_H6,
            GUMBO_TAG_LI,      GUMBO_TAG_UL,         GUMBO_TAG_OL,      GUMBO_TAG_DL,
            GUMBO_TAG_DT,      GUMBO_TAG_DD,         GUMBO_TAG_TABLE,   GUMBO_TAG_TR,
            GUMBO_TAG_TD,      GUMBO_TAG_TH,         GUMBO_TAG_CAPTION, GUMBO_TAG_SECTION,
            GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,       GUMBO_TAG_HEADER,  GUMBO_TAG_FOOTER,
            GUMBO_TAG_NAV,     GUMBO_TAG_ASIDE,      GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION,
            GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_PRE,     GUMBO_TAG_ADDRESS, GUMBO_TAG_HR,
            GUMBO_TAG_BR,      GUMBO_TAG_FORM,       GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND,
            GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,    GUMBO_TAG_BODY,    GUMBO_TAG_TITLE});
}

const char* attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Site chrome by tag, ARIA role, or a class/id word that names it.
bool is_furniture(const GumboNode* n, bool inside_article) {
  const GumboTag tag = n->v.element.tag;
  if (is_one_of(tag, {GUMBO_TAG_NAV, GUMBO_TAG_ASIDE, GUMBO_TAG_FORM})) return true;
  if (!inside_article && is_one_of(tag, {GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER})) return true;
  if (const char* role = attr(n, "role")) {
    const std::string r = lower(role);
    if (r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" ||
        r == "menu" || r == "menubar" || r == "search")
      return true;
  }
  static constexpr std::array<const char*, 14> kWords{
      "nav",    "navbar",  "menu",    "breadcrumb", "breadcrumbs", "related", "share",
      "social", "sidebar", "comments", "advert",    "promo",       "newsletter", "cookie"};
  for (const char* name : {"class", "id"}) {
    const char* v = attr(n, name);
    if (v == nullptr) continue;
    std::string word;
    const std::string s = lower(v) + " ";
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word += c;
        continue;
      }
      for (const char* w : kWords) {
        if (word == w) return true;
      }
      word.clear();
    }
  }
  return false;
}

std::string fmt_meta(std::string_view key, std::string_view value) {
  return fmt::format("{} \"{}\" in the page's markup", key, value);
}

// "<nav>", "<div class=\"related\">": how explain names a furniture element.
std::string fmt_tag(const GumboNode* n) {
  std::string s = fmt::format("<{}", gumbo_normalized_tagname(n->v.element.tag));
  for (const char* name : {"role", "class", "id"}) {
    if (const char* v = attr(n, name)) {
      s += fmt::format(" {}=\"{}\"", name, v);
      break;
    }
  }
  return s + ">";
}

class Extractor {
 public:
  explicit Extractor(HtmlText& out) : out_(out) {}

  void run(const GumboNode* root);

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    std::size_t furniture_from = std::string::npos;
    bool article = false;
  };

  void text_node(const GumboNode* n, bool pre);
  void line_break(std::size_t html_offset);
  void read_head(const GumboNode* head);
  void read_meta(const GumboNode* n);
  void read_json_ld(const GumboNode* script);

  HtmlText& out_;
  int pre_depth_ = 0;
  std::size_t raw_end_ = 0;  // the furthest byte of the file any text has come from
};

void Extractor::line_break(std::size_t html_offset) {
  if (out_.text.empty() || out_.text.back() == '\n') return;
  out_.text += '\n';
  out_.map.add(1, html_offset, 0);
}

// Appends a text node, mapping each decoded character to the bytes that
// spelled it: "&amp;" maps to five bytes, a plain letter to itself.
void Extractor::text_node(const GumboNode* n, bool pre) {
  const std::string_view dec(n->v.text.text);
  const std::string_view raw(n->v.text.original_text.data, n->v.text.original_text.length);
  const std::size_t base = n->v.text.start_pos.offset;
  // The tree builder moves some text (stray text in a table goes before the
  // table, text after </body> into it): text from earlier in the file than
  // what came before starts a line, so no sentence, and no citation, runs
  // backwards through the file.
  if (base < raw_end_ && !out_.text.empty()) {
    line_break(base);
    if (out_.text.size() < 2 || out_.text[out_.text.size() - 2] != '\n') {
      out_.text += '\n';  // a blank line: even a wrapped line stops there
      out_.map.add(1, base, 0);
    }
  }
  raw_end_ = std::max(raw_end_, base + raw.size());
  std::size_t i = 0;
  std::size_t j = 0;
  auto emit = [&](std::size_t dec_len, std::size_t raw_at, std::size_t raw_len) {
    const std::string_view piece = dec.substr(j, dec_len);
    if (!base::utf8::is_valid(piece)) {
      // gumbo spells a numeric reference past U+10FFFF ("&#3655555...;") as
      // a lone lead byte; the page shows a replacement character there.
      const std::size_t before = out_.text.size();
      for (std::size_t k = 0; k < piece.size();) {
        const std::size_t from = k;
        if (base::utf8::decode(piece, k) == base::utf8::kInvalid)
          base::utf8::append(out_.text, U'\uFFFD');
        else
          out_.text.append(piece.substr(from, k - from));
      }
      out_.map.add(out_.text.size() - before, base + raw_at, raw_len);
      j += dec_len;
      return;
    }
    for (std::size_t k = 0; k < dec_len; ++k) {
      char c = dec[j + k];
      // Outside <pre>, a newline in the source is a space on the page.
      if (!pre && (c == '\n' || c == '\r' || c == '\t' || c == '\f')) c = ' ';
      out_.text += c;
    }
    out_.map.add(dec_len, base + raw_at, raw_len);
    j += dec_len;
  };
  while (j < dec.size()) {
    if (i < raw.size() && raw[i] == '&') {
      // The whole run, however long: a reference cut short ("&#3655...5;")
      // would put the rest of the text out of step with its bytes. Runs
      // from two ampersands never overlap, so this stays linear.
      std::size_t k = i + 1;
      while (k < raw.size() &&
             (std::isalnum(static_cast<unsigned char>(raw[k])) || raw[k] == '#'))
        ++k;
      if (k < raw.size() && raw[k] == ';') ++k;
      const std::size_t len = k - i;
      if (len > 1 && dec.substr(j, len) != raw.substr(i, len)) {
        // A decoded reference: one code point, two for a few named ones.
        std::size_t e = j;
        base::utf8::decode(dec, e);
        // The next reference ("&nbsp;&mdash;") or a CR read as LF is no
        // second code point.
        if (e < dec.size() && k < raw.size() && dec[e] != raw[k] && raw[k] != '&' && raw[k] != '\r')
          base::utf8::decode(dec, e);
        emit(e - j, i, len);
        i = k;
        continue;
      }
    }
    if (i < raw.size() && raw[i] == '\r' && dec[j] == '\n') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;  // CR LF -> LF
      emit(1, i, 1);
      ++i;
      continue;
    }
    if (i < raw.size() && raw[i] == dec[j]) {
      emit(1, i, 1);
      ++i;
      continue;
    }
    // Out of step (a replaced NUL, say): map one code point to one raw
    // character and carry on.
    std::size_t e = j;
    base::utf8::decode(dec, e);
    std::size_t r = std::min(i, raw.size());
    std::size_t r_end = r < raw.size() ? r + 1 : r;
    if (r < raw.size()) {
      std::size_t t = r;
      base::utf8::decode(raw, t);
      r_end = t;
    }
    emit(e - j, r, r_end - r);
    i = r_end;
  }
}

void Extractor::read_meta(const GumboNode* n) {
  const char* content = attr(n, "content");
  if (content == nullptr) return;
  std::string key;
  if (const char* p = attr(n, "property")) key = lower(p);
  if (key.empty()) {
    if (const char* p = attr(n, "name")) key = lower(p);
  }
  if (key.empty()) {
    if (const char* p = attr(n, "itemprop")) key = lower(p);
  }
  if (key == "og:title" && out_.title.empty()) out_.title = content;
  if (key == "og:site_name") out_.outlet = content;
  if (key == "og:url" && out_.url.empty()) out_.url = content;
  static constexpr std::array<const char*, 8> kDateKeys{
      "article:published_time", "datepublished", "date",    "pubdate",
      "publishdate",            "dc.date.issued", "dc.date", "parsely-pub-date"};
  if (out_.date) return;
  for (const char* k : kDateKeys) {
    if (key != k) continue;
    const std::string v(content);
    if (auto d = base::parse_date(v.substr(0, 10))) {
      out_.date = d;
      out_.date_basis = fmt_meta(key, v);
    }
  }
}

// schema.org NewsArticle metadata: {"datePublished": "2014-11-17T..."}.
void Extractor::read_json_ld(const GumboNode* script) {
  const char* type = attr(script, "type");
  if (type == nullptr || lower(type) != "application/ld+json") return;
  if (script->v.element.children.length == 0) return;
  const auto* t = static_cast<const GumboNode*>(script->v.element.children.data[0]);
  if (t->type != GUMBO_NODE_TEXT) return;
  const std::string_view json(t->v.text.text);
  const std::size_t key = json.find("\"datePublished\"");
  if (key == std::string_view::npos) return;
  const std::size_t open = json.find('"', json.find(':', key));
  if (open == std::string_view::npos) return;
  const std::string value(json.substr(open + 1, 10));
  if (auto d = base::parse_date(value)) {
    out_.date = d;
    out_.date_basis = fmt_meta("script ld+json datePublished", value);
  }
}

void Extractor::read_head(const GumboNode* head) {
  for (unsigned k = 0; k < head->v.element.children.length; ++k) {
    const auto* c = static_cast<const GumboNode*>(head->v.element.children.data[k]);
    if (c->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = c->v.element.tag;
    if (tag == GUMBO_TAG_TITLE && c->v.element.children.length > 0) {
      const auto* t = static_cast<const GumboNode*>(c->v.element.children.data[0]);
      if (t->type == GUMBO_NODE_TEXT) out_.title = base::utf8::collapse_spaces(t->v.text.text);
    } else if (tag == GUMBO_TAG_META) {
      read_meta(c);
    } else if (tag == GUMBO_TAG_LINK) {
      const char* rel = attr(c, "rel");
      const char* href = attr(c, "href");
      if (rel != nullptr && href != nullptr && lower(rel) == "canonical") out_.url = href;
    }
  }
}

void Extractor::run(const GumboNode* root) {
  std::vector<Frame> stack;
  stack.push_back({root});
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    const GumboVector& children = n->v.element.children;
    if (f.next < children.length) {
      const auto* c = static_cast<const GumboNode*>(children.data[f.next++]);
      const bool in_article = f.article;
      switch (c->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
          text_node(c, pre_depth_ > 0);
          break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
          const GumboTag tag = c->v.element.tag;
          if (tag == GUMBO_TAG_HEAD) {
            read_head(c);
            break;
          }
          if (tag == GUMBO_TAG_META) {
            read_meta(c);
            break;
          }
          if (tag == GUMBO_TAG_TIME && !out_.date) {
            const char* dt = attr(c, "datetime");
            const char* prop = attr(c, "itemprop");
            if (dt != nullptr && (attr(c, "pubdate") != nullptr ||
                                  (prop != nullptr && lower(prop) == "datepublished"))) {
              if (auto d = base::parse_date(std::string(dt).substr(0, 10))) {
                out_.date = d;
                out_.date_basis = fmt_meta("time pubdate", dt);
              }
            }
          }
          if (tag == GUMBO_TAG_SCRIPT && !out_.date) read_json_ld(c);
          if (is_hidden(tag)) break;
          const std::size_t at = c->v.element.start_pos.offset;
          if (is_block(tag)) line_break(at);
          Frame child{c};
          child.article = in_article || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
          if (is_furniture(c, in_article)) child.furniture_from = out_.text.size();
          if (tag == GUMBO_TAG_PRE) ++pre_depth_;
          stack.push_back(child);
          break;
        }
        case GUMBO_NODE_COMMENT: {
          const std::size_t at = c->v.text.start_pos.offset;
          std::string body = base::utf8::collapse_spaces(c->v.text.text);
          out_.comments.push_back({at, at + c->v.text.original_text.length, std::move(body)});
          break;
        }
        default:
          break;
      }
      continue;
    }
    // Leaving n.
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_PRE) --pre_depth_;
      if (is_block(tag)) line_break(n->v.element.end_pos.offset);
      if (f.furniture_from != std::string::npos && f.furniture_from < out_.text.size()) {
        out_.furniture.push_back({{f.furniture_from, out_.text.size()},
                                  Exclusion::furniture,
                                  fmt_tag(n)});
      }
    }
    stack.pop_back();
  }
}

// The HTML5 tree builder scans the stack of open elements for most tags, so
// its cost grows with depth times length: 100,000 nested <div>s take half a
// minute. Real pages nest a few dozen deep. And it checks each attribute
// against the tag's others: 40,000 on one tag take 17 seconds. Real tags
// have a handful. Estimate both cheaply first.
constexpr int kMaxParsedDepth = 4096;
constexpr std::size_t kMaxParsedAttributes = 1000;

struct Markup {
  int depth = 0;               // the deepest nesting
  std::size_t attributes = 0;  // the most attributes ('=' signs) on one tag
};

Markup estimate_markup(std::string_view html) {
  static constexpr std::array<std::string_view, 14> kVoid{
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr"};
  Markup m;
  int depth = 0;
  // The next '>' at or after a place; places only grow, so it is looked for
  // once per '>' however many '<' come before it (npos: there is none).
  std::size_t gt = 0;
  std::size_t counted_to = 0;  // attributes were counted up to here
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (i + 1 >= html.size()) break;
    if (html[i + 1] == '/') {
      depth = std::max(0, depth - 1);
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(html[i + 1]))) continue;
    std::size_t e = i + 1;
    while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e]))) ++e;
    const std::string name = lower(html.substr(i + 1, e - i - 1));
    if (gt != std::string_view::npos && gt < e) gt = html.find('>', e);
    const std::size_t close = gt;
    if (close != std::string_view::npos && e >= counted_to) {  // a tag inside another's is not counted again
      m.attributes = std::max<std::size_t>(m.attributes, static_cast<std::size_t>(std::count(
                                                             html.begin() + static_cast<long>(e),
                                                             html.begin() + static_cast<long>(close), '=')));
      counted_to = close;
    }
    const bool self_closing = close != std::string_view::npos && close > 0 && html[close - 1] == '/';
    if (self_closing || std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end()) continue;
    m.depth = std::max(m.depth, ++depth);
  }
  return m;
}

// Pathological markup: keep the text between tags, byte for byte.
HtmlText strip_tags(std::string_view html, std::string note) {
  HtmlText out;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    const std::size_t stop = lt == std::string_view::npos ? html.size() : lt;
    if (stop > i) {
      out.text.append(html.substr(i, stop - i));
      out.map.add(stop - i, i, stop - i);
    }
    if (lt == std::string_view::npos) break;
    const std::size_t gt = html.find('>', lt);
    const std::size_t end = gt == std::string_view::npos ? html.size() : gt + 1;
    if (!out.text.empty() && out.text.back() != ' ') {
      out.text += ' ';
      out.map.add(1, lt, end - lt);
    }
    i = end;
  }
  out.note = std::move(note) + "; read with tags stripped instead of the HTML parser";
  return out;
}

}  // namespace

HtmlText extract_html(std::string_view html) {
  const Markup markup = estimate_markup(html);
  if (markup.depth > kMaxParsedDepth) {
    return strip_tags(html, fmt::format("markup nested about {} elements deep", markup.depth));
  }
  if (markup.attributes > kMaxParsedAttributes) {
    return strip_tags(html, fmt::format("a tag with about {} attributes", markup.attributes));
  }
  HtmlText out;
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = arena_alloc;
  options.deallocator = arena_free;
  options.userdata = &arena;
  options.max_errors = 0;  // we do not report HTML errors; do not collect them
  GumboOutput* parsed = gumbo_parse_with_options(&options, html.data(), html.size());
  Extractor(out).run(parsed->root);
  // Not gumbo_destroy_output: the arena frees everything without recursion.
  // Merge furniture spans that nest (a <nav> inside an <aside>).
  std::sort(out.furniture.begin(), out.furniture.end(),
            [](const Excluded& a, const Excluded& b) { return a.span.begin < b.span.begin; });
  std::vector<Excluded> merged;
  for (auto& e : out.furniture) {
    if (!merged.empty() && e.span.begin < merged.back().span.end) {
      merged.back().span.end = std::max(merged.back().span.end, e.span.end);
    } else {
      merged.push_back(std::move(e));
    }
  }
  out.furniture = std::move(merged);
  return out;
}

}  // namespace concord::ingest
