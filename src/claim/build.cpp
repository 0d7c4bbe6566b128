#include "claim/build.h"

#include <algorithm>
#include <unordered_set>

#include "base/utf8.h"
#include "claim/entities.h"
#include "claim/title.h"
#include "claim/value_kind.h"

namespace concord::claim {

namespace {

using rules::ValueType;

Tense tense_of(rules::Modality m, const std::string& cue) {
  if (m == rules::Modality::planned) return Tense::future;
  if (m == rules::Modality::hedged && cue != "may have" && cue != "reportedly") return Tense::future;
  return Tense::past;
}

// The value of a slot or mention, normalized by its type's kind (claim/value_kind.h).
Value normalize(const ingest::Document& doc, ingest::Span span, ValueType type, const EntityResolver& resolver,
                const rules::Gazetteer& gazetteer, Tense tense, std::size_t sentence_begin = 0) {
  const NormalizeContext cx{.text = doc.text,
                            .resolver = resolver,
                            .gazetteer = gazetteer,
                            .document_date = doc.meta.date,
                            .tense = tense,
                            .sentence_begin = sentence_begin};
  return normalize_value(type, span, cx);
}

// True if the date at `at` says when a sentence happens: it opens the
// sentence, or follows "in", "on", "during" or "at" ("In 2012, ..."), rather
// than "since", "until" or "before".
bool says_when(std::string_view text, std::size_t sentence_begin, std::size_t at) {
  std::size_t e = at;
  while (e > sentence_begin && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  if (e == sentence_begin) return true;
  std::size_t b = e;
  while (b > sentence_begin && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  std::string word(text.substr(b, e - b));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word == "in" || word == "on" || word == "during" || word == "at";
}

// True if text[b, e) is empty or only white space (and b <= e).
bool only_spaces(std::string_view text, std::size_t b, std::size_t e) {
  if (b > e) return false;
  for (std::size_t k = b; k < e; ++k) {
    if (!std::isspace(static_cast<unsigned char>(text[k]))) return false;
  }
  return true;
}

// True if text[at] starts "'s" or "’s".
bool followed_by_possessive(std::string_view text, std::size_t at) {
  return text.substr(at, 2) == "'s" || text.substr(at, 4) == "\u2019s";
}

// True if a name ends just before another capitalized word with a
// possessive: "Kim Jong" of "Kim Jong Un's envoy" is not a person.
bool cut_before_possessive(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ') return false;
  std::size_t e = at + 1;
  if (e >= text.size() || !std::isupper(static_cast<unsigned char>(text[e]))) return false;
  while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
  return followed_by_possessive(text, e);
}

// True if a title read at `at` starts inside a longer name: "ex-Port Vale
// manager Micky Adams" holds no office of "Vale", and was not its manager
// now. The word before, in the same sentence, is capitalized (after a
// hyphen: "ex-Port", "pro-Kremlin"), or is "ex-" itself.
bool title_cut_from_name(std::string_view text, std::size_t sentence_begin, std::size_t at) {
  std::size_t e = at;
  while (e > sentence_begin && text[e - 1] == ' ') --e;
  if (e == at) return at >= sentence_begin + 3 && text.substr(at - 3, 3) == "ex-";  // "ex-Vale manager"
  if (e == sentence_begin) return false;
  std::size_t b = e;
  while (b > sentence_begin && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  if (b == e) return false;
  const bool hyphenated = b > sentence_begin && text[b - 1] == '-';
  if (b == sentence_begin && !hyphenated) return false;  // "When Chinese President Xi": a sentence's first word
  return std::isupper(static_cast<unsigned char>(text[b])) != 0;
}

// True if b says everything a says (same predicate and modality, every field
// of a in b with the same value) and more: "arrived in Moscow" is subsumed
// by "arrived in Moscow on Monday" from the same sentence.
bool subsumed(const Claim& a, const Claim& b) {
  if (a.predicate != b.predicate || a.modality != b.modality || b.fields.size() <= a.fields.size()) return false;
  for (const Field& f : a.fields) {
    const Value* v = b.get(f.name);
    if (v == nullptr || v->key() != f.value.key()) return false;
  }
  return true;
}

std::string fact_key(const Claim& c) {
  std::string k = c.predicate + "|" + rules::modality_name(c.modality);
  for (const Field& f : c.fields) k += "|" + f.name + "=" + f.value.key();
  return k;
}

// The first sentence that holds span, or end(). Sentences are in text order
// and do not overlap, so those that hold it are the last to begin at or
// before it (more than one only if they touch and span is empty).
std::vector<text::Sentence>::const_iterator sentence_holding(const std::vector<text::Sentence>& sentences,
                                                             ingest::Span span) {
  auto holds = [&](const text::Sentence& s) { return s.span.begin <= span.begin && span.end <= s.span.end; };
  auto it = std::ranges::upper_bound(sentences, span.begin, {}, [](const text::Sentence& s) { return s.span.begin; });
  auto found = sentences.end();
  while (it != sentences.begin() && holds(*std::prev(it))) found = --it;
  return found;
}

}  // namespace

DocumentClaims build_claims(const ingest::Document& doc, const text::Layout& layout,
                            const extract::Extraction& x, const rules::RuleSet& rules, bool in_draft) {
  DocumentClaims out;
  const rules::Gazetteer& gazetteer = rules.gazetteer();
  EntityResolver resolver(gazetteer, doc.meta.date, doc.id);
  resolver.in_text(doc.text);
  const ingest::Citer cite(doc);

  // Pass 1: every full name, so that a bare surname can find it.
  for (const extract::Mention& m : x.mentions) {
    if (m.type != ValueType::person) continue;
    resolver.note(std::string_view(doc.text).substr(m.span.begin, m.span.size()), m.type, m.span.begin, false);
  }
  for (const extract::RawClaim& rc : x.claims) {
    for (const extract::Slot& s : rc.slots) {
      if (s.type == ValueType::person) {
        resolver.note(std::string_view(doc.text).substr(s.span.begin, s.span.size()), s.type, s.span.begin, true);
      }
    }
  }

  // Who was mentioned where, so that "he" and "she" find the person last
  // named. A possessive ("as Kim's special envoy") is not who "he" is.
  {
    struct Person {
      ingest::Span span;
      bool subject;
    };
    std::vector<Person> people;
    auto starts_sentence = [&](std::size_t at) {  // sentences are in text order
      return std::ranges::binary_search(layout.sentences, at, {}, [](const text::Sentence& s) { return s.span.begin; });
    };
    for (const extract::Mention& m : x.mentions) {
      if (m.type == ValueType::person && !followed_by_possessive(doc.text, m.span.end))
        people.push_back({m.span, starts_sentence(m.span.begin)});
    }
    for (const extract::RawClaim& rc : x.claims) {
      for (const extract::Slot& s : rc.slots) {
        if (s.type == ValueType::person) people.push_back({s.span, s.field == "subject"});
      }
    }
    std::stable_sort(people.begin(), people.end(),
                     [](const Person& a, const Person& b) { return a.span.begin < b.span.begin; });
    for (const Person& p : people) {
      resolver.mentioned(std::string_view(doc.text).substr(p.span.begin, p.span.size()), p.span.begin, p.subject);
    }
  }

  // Pass 2: claims.
  std::unordered_set<std::string> seen;
  const base::SharedString document_id = doc.id;
  std::pair<std::size_t, base::SharedString> last_sentence{SIZE_MAX, {}};  // shared by its claims
  for (const extract::RawClaim& rc : x.claims) {
    const rules::Extractor& ex = rules.extractors()[static_cast<std::size_t>(rc.extractor)];
    const rules::Predicate* pred = rules.predicate(ex.predicate);
    Claim c;
    c.predicate = ex.predicate;
    c.rule = ex.id;
    c.document = document_id;
    c.document_date = doc.meta.date;
    c.date_source = doc.meta.date_source;
    c.modality = rc.modality.modality;
    c.cue = rc.modality.cue;
    // "again" tells of one more occurrence of an event (a predicate with a
    // date field), not of a state: a title or an age in that sentence is
    // compared as usual.
    if (pred != nullptr && std::any_of(pred->fields.begin(), pred->fields.end(), [](const rules::FieldSpec& f) {
          return f.type == rules::ValueType::date;
        }))
      c.repeated = rc.modality.repeated;
    c.attribution = rc.modality.attribution;
    c.speaker = rc.modality.speaker;
    c.in_draft = in_draft;
    const Tense tense = tense_of(c.modality, c.cue);
    // Subject first, then the predicate's fields in their declared order.
    std::vector<std::string> order{"subject"};
    if (pred != nullptr) {
      for (const auto& f : pred->fields) order.push_back(f.name);
    }
    bool plausible = true;
    for (const std::string& name : order) {
      for (const extract::Slot& s : rc.slots) {
        if (s.field != name) continue;
        if (c.get(name) != nullptr) break;  // the first slot of a field wins
        const std::string_view words = std::string_view(doc.text).substr(s.span.begin, s.span.size());
        if (s.type == ValueType::person &&
            (!resolver.plausible_person(words) || cut_before_possessive(doc.text, s.span.end)))
          plausible = false;
        c.fields.push_back({name, normalize(doc, s.span, s.type, resolver, gazetteer, tense,
                                            layout.sentences[rc.sentence].span.begin)});
      }
    }
    // A title slot right before a one-word name: "Premier League" and
    // "General Motors" are organizations, not an office and its holder.
    if (const Value* subject = c.get("subject"); subject != nullptr && subject->type == ValueType::person) {
      for (const Field& f : c.fields) {
        if (f.value.type == ValueType::title && only_spaces(doc.text, f.value.span.end, subject->span.begin) &&
            adjective_office_before_name(f.value.text, subject->text))
          plausible = false;
      }
    }
    for (const Field& f : c.fields) {
      if (f.value.type == ValueType::title &&
          title_cut_from_name(doc.text, layout.sentences[rc.sentence].span.begin, f.value.span.begin))
        plausible = false;
    }
    // "After visiting Moscow" is not a person; nobody meets or accompanies themselves.
    if (!plausible) continue;
    const EntityRef* subj = c.subject();
    const Value* object = c.get("object");
    if (subj != nullptr && object != nullptr && object->entity && object->entity->id == subj->id) continue;
    const ingest::Span sentence = layout.sentences[rc.sentence].span;
    c.span = rc.span;
    c.evidence.citation = cite.cite(rc.span);
    if (last_sentence.first != rc.sentence) {
      last_sentence = {rc.sentence, base::utf8::collapse_spaces(
                                        std::string_view(doc.text).substr(sentence.begin, sentence.size()))};
    }
    c.evidence.sentence = last_sentence.second;
    c.evidence.highlight_begin = text::collapsed_offset(doc.text, sentence, rc.span.begin);
    c.evidence.highlight_end =
        c.evidence.highlight_begin + base::utf8::count_code_points(c.evidence.citation.quote);
    const std::string key = fact_key(c) + "#" + std::to_string(rc.sentence);
    if (!seen.insert(key).second) continue;
    c.fields.shrink_to_fit();  // kept until the report: no room for fields that never come
    out.claims.push_back(std::move(c));
  }

  // A claim without a time of its own takes its sentence's one date.
  for (Claim& c : out.claims) {
    if (std::any_of(c.fields.begin(), c.fields.end(), [](const Field& f) { return f.value.date.has_value(); }))
      continue;
    const auto sentence = sentence_holding(layout.sentences, c.span);
    if (sentence == layout.sentences.end()) continue;
    std::optional<DateValue> only;
    bool several = false;
    // Mentions are in text order: those in the sentence start at or after its beginning.
    auto from = std::ranges::lower_bound(x.mentions, sentence->span.begin, {},
                                         [](const extract::Mention& m) { return m.span.begin; });
    for (auto it = from; it != x.mentions.end() && it->span.begin <= sentence->span.end; ++it) {
      const extract::Mention& m = *it;
      if (m.type != ValueType::date || m.span.begin < sentence->span.begin || m.span.end > sentence->span.end) continue;
      // Only a date that says when ("In 2012," or "on Monday", not "since
      // 2006"), before or inside the claim's words, or right after them
      // ("wrote off most of North Korea's debt in 2012"): one further on
      // belongs to another clause ("..., who will return in May").
      const bool right_after = m.span.begin >= c.span.end && m.span.begin - c.span.end <= 9 &&
                               only_spaces(doc.text, c.span.end, c.span.end + 1) &&
                               doc.text.find_first_of(",;.", c.span.end) >= m.span.begin;
      if ((m.span.begin >= c.span.end && !right_after) || !says_when(doc.text, sentence->span.begin, m.span.begin))
        continue;
      auto d = normalize_date(std::string_view(doc.text).substr(m.span.begin, m.span.size()),
                              {doc.meta.date, tense_of(c.modality, c.cue)});
      if (!d) continue;
      if (only && !(*only == *d)) several = true;
      only = d;
    }
    if (only && !several) c.context_date = only;
  }

  // Drop claims that another claim of the same sentence says more fully.
  // Only claims of one sentence are compared: grouped by sentence, in order.
  std::vector<std::size_t> sentence_of;
  for (const Claim& c : out.claims) {
    // The first sentence that ends after the claim begins (or the last).
    const auto it = std::ranges::partition_point(layout.sentences, [&](const text::Sentence& s) {
      return s.span.end <= c.span.begin;
    });
    const auto si = static_cast<std::size_t>(it - layout.sentences.begin());
    sentence_of.push_back(layout.sentences.empty() ? 0 : std::min(si, layout.sentences.size() - 1));
  }
  std::vector<std::size_t> by_sentence(out.claims.size());
  for (std::size_t i = 0; i < by_sentence.size(); ++i) by_sentence[i] = i;
  std::ranges::stable_sort(by_sentence, {}, [&](std::size_t i) { return sentence_of[i]; });
  std::vector<bool> drop(out.claims.size(), false);
  for (std::size_t g = 0; g < by_sentence.size();) {
    std::size_t end = g;
    while (end < by_sentence.size() && sentence_of[by_sentence[end]] == sentence_of[by_sentence[g]]) ++end;
    for (std::size_t a = g; a < end; ++a) {
      const std::size_t i = by_sentence[a];
      for (std::size_t b = g; b < end && !drop[i]; ++b) {
        const std::size_t j = by_sentence[b];
        drop[i] = j != i && subsumed(out.claims[i], out.claims[j]);
      }
    }
    g = end;
  }
  std::vector<Claim> kept;
  for (std::size_t i = 0; i < out.claims.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(out.claims[i]));
  }
  out.claims = std::move(kept);

  for (const extract::Mention& m : extract::longest(x.mentions)) {
    if (m.type == ValueType::person || m.type == ValueType::text) continue;
    MentionValue mv;
    mv.vocab = m.vocab;
    // A mention's tense is not known: a date without a year goes to the
    // nearest year, either side of the document date.
    mv.value = normalize(doc, m.span, m.type, resolver, gazetteer, Tense::unknown);
    mv.citation = cite.cite(m.span);
    out.mentions.push_back(std::move(mv));
  }
  return out;
}

}  // namespace concord::claim
