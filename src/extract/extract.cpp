#include "extract/extract.h"

#include <algorithm>

namespace concord::extract {

namespace {

bool same_slots(const RawClaim& a, const RawClaim& b) {
  if (a.extractor != b.extractor || a.slots.size() != b.slots.size()) return false;
  for (std::size_t k = 0; k < a.slots.size(); ++k) {
    if (a.slots[k].field != b.slots[k].field || !(a.slots[k].span == b.slots[k].span)) return false;
  }
  return true;
}

}  // namespace

namespace {

// Of mentions that overlap, keeps the longest (the first on a tie).
std::vector<Mention> longest_of(std::vector<Mention> all) {
  std::stable_sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    return a.span.size() != b.span.size() ? a.span.size() > b.span.size() : a.span.begin < b.span.begin;
  });
  std::vector<Mention> kept;
  for (auto& m : all) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Mention& k) {
      return m.span.begin < k.span.end && k.span.begin < m.span.end;
    });
    if (!overlaps) kept.push_back(std::move(m));
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
                   std::optional<int> only_extractor) {
  Extraction out;
  std::vector<rules::Match> matches;
  std::vector<Mention> mentions;
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const ingest::Span s = layout.sentences[si].span;
    matches.clear();
    rules.match(doc.text, {s.begin, s.end}, matches);
    for (const rules::Match& m : matches) {
      if (m.extractor < 0) {
        mentions.push_back({m.mention, m.mention_type, {m.span.begin, m.span.end}, si});
        continue;
      }
      if (only_extractor && m.extractor != *only_extractor) continue;
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
      const bool dup = std::any_of(out.claims.begin(), out.claims.end(),
                                   [&](const RawClaim& o) { return same_slots(o, c); });
      if (!dup) out.claims.push_back(std::move(c));
    }
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  out.mentions = std::move(mentions);
  return out;
}

}  // namespace concord::extract
