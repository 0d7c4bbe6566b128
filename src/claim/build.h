// From matches to claims: names resolved to entities, values normalized.
//
//   auto x = extract::extract(doc, layout, rules);
//   claim::DocumentClaims dc = claim::build_claims(doc, layout, x, rules, /*in_draft=*/true);
#pragma once

#include <vector>

#include "claim/claim.h"
#include "extract/extract.h"
#include "ingest/document.h"
#include "rules/rule_set.h"
#include "text/layout.h"

namespace concord::claim {

// A mention (a date, an amount, a name) with its normalized value, for explain.
struct MentionValue {
  std::string vocab;
  Value value;
  ingest::Citation citation;
};

struct DocumentClaims {
  std::vector<Claim> claims;           // in text order; duplicates of one fact merged
  std::vector<MentionValue> mentions;  // longest of overlapping mentions, in text order
};

// What build_claims reads: every extractor's matches, and the mentions of
// names (whom a surname or "he" means) and dates (when a claim happened;
// the weekday check). Amounts, numbers and ordinals found alone only
// `explain` prints, so a check skips them.
inline constexpr rules::MatchScope kClaimsScope{
    .only_extractor = std::nullopt,
    .mention_types = rules::MatchScope::bit(rules::ValueType::person) | rules::MatchScope::bit(rules::ValueType::date)};

DocumentClaims build_claims(const ingest::Document& doc, const text::Layout& layout,
                            const extract::Extraction& extraction, const rules::RuleSet& rules, bool in_draft);

}  // namespace concord::claim
