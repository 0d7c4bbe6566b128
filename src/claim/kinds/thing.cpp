// Things named by noun phrases ("Pier No. 3 at Rajin Port"), held as their
// content words (claim/thing.h). Two things differ unless one's words
// contain the other's or they share most of them.
#include "claim/date_value.h"
#include "claim/kinds/kinds.h"
#include "claim/thing.h"

namespace concord::claim::kinds {

namespace {

// The words of a thing without what a template's slot swallowed past the
// noun phrase: a clause after ", and" or ";", and a time at the end ("rail
// link between Khasan and Rason last year"), which is the claim's time, not
// part of the thing's name.
std::string_view noun_phrase(std::string_view words) {
  for (std::string_view stop : {", and ", "; ", ", which ", ", who "}) {
    if (auto at = words.find(stop); at != std::string_view::npos && at > 0) words = words.substr(0, at);
  }
  // Any date parses against some document date: whether it is one matters
  // here, not which day it is.
  static const DateContext kAnyDay{base::Date{2000, 1, 1}, Tense::unknown};
  std::size_t cut = words.size();
  std::size_t spaces = 0;
  for (std::size_t i = words.size(); i-- > 0 && spaces < 4;) {
    if (words[i] != ' ') continue;
    ++spaces;
    if (normalize_date(words.substr(i + 1), kAnyDay)) cut = i;
  }
  return cut > 0 ? words.substr(0, cut) : words;
}

class Thing final : public ValueKind {
 public:
  const char* name() const override { return "thing"; }

  void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const override {
    if (const std::string_view np = noun_phrase(words); np.size() < words.size()) {
      words = np;
      if (v.text.size() > np.size() && v.text.compare(0, np.size(), np) == 0) v.text.resize(np.size());
    }
    v.thing = normalize_thing(words, cx.gazetteer);
    v.resolved = !v.thing->words.empty();
    // "Pier No. 3 at Rajin Port was" reads better without its verb.
    for (const char* aux : {" was", " were", " is", " are", " has been", " had been", " have been"}) {
      const std::string_view a(aux);
      if (v.text.size() > a.size() && v.text.compare(v.text.size() - a.size(), a.size(), a) == 0) {
        v.text.resize(v.text.size() - a.size());
        break;
      }
    }
  }

  bool differ(const Value& a, const Value& b, const CompareContext&) const override {
    return a.thing && b.thing && !same_thing(*a.thing, *b.thing);
  }

  std::string to_string(const Value& v) const override { return v.thing ? v.thing->to_string() : v.text; }

  // The content words, even of a thing that has none (unresolved: key "").
  std::string key(const Value& v) const override { return v.thing ? v.thing->to_string() : v.to_string(); }

  bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const override {
    if (!v.thing) return ValueKind::matches_expected(v, expected, gazetteer);
    const ThingValue t = normalize_thing(expected, gazetteer);
    return t.words == v.thing->words || same_thing(t, *v.thing);
  }
};

}  // namespace

const ValueKind& thing() {
  static const Thing kind;
  return kind;
}

}  // namespace concord::claim::kinds
