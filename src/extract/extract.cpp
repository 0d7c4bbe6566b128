#include "extract/extract.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <unordered_set>

namespace concord::extract {

namespace {

// Equal for claims of one extractor with the same fields at the same places
// (two of its patterns matched the same words).
std::string slots_key(const RawClaim& c) {
  std::string k = std::to_string(c.extractor);
  for (const Slot& s : c.slots) {
    k += '\0';
    k += s.field;
    k += '\0';
    k += std::to_string(s.span.begin);
    k += ':';
    k += std::to_string(s.span.end);
  }
  return k;
}

}  // namespace

namespace {

// Of mentions that overlap, keeps the longest (the first on a tie).
std::vector<Mention> longest_of(std::vector<Mention> all) {
  std::stable_sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    return a.span.size() != b.span.size() ? a.span.size() > b.span.size() : a.span.begin < b.span.begin;
  });
  std::vector<Mention> kept;
  // The non-empty spans kept, begin -> end. They do not overlap, so the only
  // one that can overlap [b, e) is the last to begin before e. (An empty
  // span kept overlaps nothing that comes after it: only empty spans do.)
  std::map<std::size_t, std::size_t> taken;
  for (auto& m : all) {
    auto after = taken.lower_bound(m.span.end);
    const bool overlaps = after != taken.begin() && m.span.begin < std::prev(after)->second;
    if (overlaps) continue;
    if (!m.span.empty()) taken.emplace(m.span.begin, m.span.end);
    kept.push_back(std::move(m));
  }
  return kept;
}

}  // namespace

std::vector<Mention> longest(std::vector<Mention> all) {
  // Names are another layer: "On Friday, Bushnell" as a name must not hide
  // the date "Friday". Persons compete only with persons.
  std::vector<Mention> people;
  std::vector<Mention> others;
  for (auto& m : all) (m.type == rules::ValueType::person ? people : others).push_back(std::move(m));
  std::vector<Mention> kept = longest_of(std::move(others));
  for (auto& m : longest_of(std::move(people))) kept.push_back(std::move(m));
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  return kept;
}

Extraction extract(const ingest::Document& doc, const text::Layout& layout, const rules::RuleSet& rules,
                   const rules::MatchScope& scope) {
  Extraction out;
  std::unordered_set<std::string> seen;  // slots_key of each claim kept
  std::vector<rules::Match> matches;
  std::vector<Mention> mentions;
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const ingest::Span s = layout.sentences[si].span;
    matches.clear();
    rules.match(doc.text, {s.begin, s.end}, matches, scope);
    for (const rules::Match& m : matches) {
      if (m.extractor < 0) {
        mentions.push_back({m.mention, m.mention_type, {m.span.begin, m.span.end}, si});
        continue;
      }
      RawClaim c;
      c.extractor = m.extractor;
      c.pattern = m.pattern;
      c.sentence = si;
      c.span = {m.span.begin, m.span.end};
      for (const rules::FieldMatch& f : m.fields) {
        if (f.field == "aside") continue;
        c.slots.push_back({f.field, {f.span.begin, f.span.end}, rules.field_type(m.extractor, f), f.vocab});
      }
      const rules::Extractor& x = rules.extractors()[static_cast<std::size_t>(m.extractor)];
      c.modality = read_modality(doc.text, s, m, rules.modality(), rules.gazetteer());
      if (x.modality) {
        c.modality.modality = *x.modality;
        c.modality.cue = "the rule";
      }
      if (seen.insert(slots_key(c)).second) out.claims.push_back(std::move(c));
    }
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  out.mentions = std::move(mentions);
  return out;
}

}  // namespace concord::extract
