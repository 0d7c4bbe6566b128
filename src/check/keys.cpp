#include "check/keys.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/utf8.h"
#include "claim/thing.h"

namespace concord::check {

namespace {

// ASCII letters for U+0100..U+017F (Latin Extended-A), one per code point;
// the two ligatures there are spelled out in fold_diacritics.
constexpr std::string_view kExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kExtendedA.size() == 0x80);

// ASCII for U+00C0..U+00FF (Latin-1 letters); '*' where a code point is kept
// (the signs x and /) or spelled with two letters.
constexpr std::string_view kLatin1 = "AAAAAA*CEEEEIIIIDNOOOOO*OUUUUY**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
static_assert(kLatin1.size() == 0x40);

}  // namespace

std::string fold_diacritics(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    const std::size_t begin = i;
    const char32_t cp = base::utf8::decode(s, i);
    if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != '*') {
      out += kLatin1[cp - 0xC0];
    } else if (cp >= 0x100 && cp <= 0x17F) {
      if (cp == 0x132 || cp == 0x133) out += cp == 0x132 ? "IJ" : "ij";
      else if (cp == 0x152 || cp == 0x153) out += cp == 0x152 ? "OE" : "oe";
      else out += kExtendedA[cp - 0x100];
    } else if (cp == 0xC6 || cp == 0xE6) {
      out += cp == 0xC6 ? "AE" : "ae";
    } else if (cp == 0xDE || cp == 0xFE) {
      out += cp == 0xDE ? "TH" : "th";
    } else if (cp == 0xDF) {
      out += "ss";
    } else if (cp >= 0x218 && cp <= 0x21B) {  // Romanian S and T with comma below
      out += "SsTt"[cp - 0x218];
    } else {
      out.append(s.substr(begin, i - begin));
    }
  }
  return out;
}

std::string fold_key(std::string_view s) {
  std::string key = fold_diacritics(s);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string entity_key(const graph::ClaimGraph& g, const claim::Value& v) { return fold_key(g.entity(v)); }

std::string fact_owner(std::string_view fact_key) { return fold_key(fact_key.substr(0, fact_key.find('\x1f'))); }

bool owned(const graph::ClaimGraph& g, const claim::Claim& c) {
  if (const claim::Value* s = c.get("subject"); s != nullptr) {
    if (std::string key = entity_key(g, *s); !key.empty()) return g.owns(key);
  }
  const auto a = anchors(g, c);
  return g.owns(a.empty() ? std::string() : a.front());
}

std::vector<std::string> anchors(const graph::ClaimGraph& g, const claim::Claim& c) {
  std::vector<std::string> out;
  const rules::Predicate* p = g.rules().predicate(c.predicate);
  for (const auto& f : c.fields) {
    std::string k = entity_key(g, f.value);
    if (k.empty() && p != nullptr && std::find(p->key.begin(), p->key.end(), f.name) != p->key.end()) {
      k = fold_key(f.value.key());
    }
    if (!k.empty()) out.push_back(std::move(k));
    if (f.value.title) out.push_back(f.value.title->office_key());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string fact_group_key(const graph::ClaimGraph& g, const claim::Claim& c, const rules::Predicate& p) {
  if (g.fact_key(c).empty()) return {};  // a key field missing or unresolved
  std::vector<std::string> parts;
  for (const auto& field : p.key) {
    const claim::Value* v = c.get(field);
    std::string k = entity_key(g, *v);
    parts.push_back(k.empty() ? v->key() : std::move(k));
  }
  if (p.symmetric && parts.size() >= 2 && parts[1] < parts[0]) std::swap(parts[0], parts[1]);
  std::string key;
  for (const auto& part : parts) key += part + "\x1f";
  return key;
}

std::vector<std::vector<graph::ClaimId>> fact_groups(const graph::ClaimGraph& g, const std::string& predicate) {
  std::vector<std::vector<graph::ClaimId>> out;
  const rules::Predicate* p = g.rules().predicate(predicate);
  if (p == nullptr) return out;
  std::map<std::string, std::vector<graph::ClaimId>> by_key;
  for (graph::ClaimId id : g.by_predicate(predicate)) {
    std::string key = fact_group_key(g, g.claim(id), *p);
    if (key.empty() || !g.owns(fact_owner(key))) continue;
    by_key[std::move(key)].push_back(id);
  }
  for (auto& [key, ids] : by_key) {
    if (ids.size() > 1) out.push_back(std::move(ids));
  }
  return out;
}

namespace {

// The content words of a phrase in the order written (each word reduced as
// normalize_thing reduces it).
std::vector<std::string> words_in_order(std::string_view text, const rules::Gazetteer& gazetteer) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t e = std::min(text.find(' ', b), text.size());
    if (e > b) {
      for (auto& w : claim::normalize_thing(text.substr(b, e - b), gazetteer).words) out.push_back(std::move(w));
    }
    b = e + 1;
  }
  return out;
}

}  // namespace

bool same_named_thing(const claim::Value& a, const claim::Value& b, const rules::Gazetteer& gazetteer) {
  const bool a_small = a.thing->words.size() <= b.thing->words.size();
  const claim::Value& small = a_small ? a : b;
  const claim::Value& large = a_small ? b : a;
  const auto& sw = small.thing->words;  // sorted and unique
  const auto& lw = large.thing->words;
  if (sw.size() < 2 || !std::includes(lw.begin(), lw.end(), sw.begin(), sw.end())) return false;
  if (sw == lw) return true;
  // Contained: in the order written too. "The agreement to build a hospital
  // in Krestuholm" is not "the Krestuholm Port Authority signed an agreement
  // to build a hospital in Thovik".
  const std::vector<std::string> s = words_in_order(small.text, gazetteer);
  const std::vector<std::string> l = words_in_order(large.text, gazetteer);
  std::size_t i = 0;
  for (std::size_t j = 0; i < s.size() && j < l.size(); ++j) {
    if (s[i] == l[j]) ++i;
  }
  return i == s.size();
}

}  // namespace concord::check
