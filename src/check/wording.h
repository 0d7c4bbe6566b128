// The words of two passages, compared: reused-wording's tools, shared by
// DraftPassages (which aligns a draft's sentences with an archive's) and
// ReusedWording (which turns the differences into findings).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "claim/quantity.h"
#include "extract/passage.h"
#include "ingest/document.h"

namespace concord::check {

// The kinds a difference is reported for, most telling first.
inline constexpr extract::WordKind kCompared[] = {extract::WordKind::year,    extract::WordKind::month,
                                                  extract::WordKind::weekday, extract::WordKind::number,
                                                  extract::WordKind::ordinal, extract::WordKind::title,
                                                  extract::WordKind::name};

// The words of a passage that take part in aligning: all but function words.
std::vector<std::uint32_t> content_of(const extract::Passage& p);

// "Choe" and "Choi", "Zoe" and "Zoë": spellings of one name, which the
// name-variant check reports, not a different person.
bool spelling_variant(const std::string& a, const std::string& b);

// The keys of the words of kind k among seg (word indexes of p).
std::vector<std::string> keys_of(const extract::Passage& p, const std::vector<std::uint32_t>& seg, extract::WordKind k);

// The negation, hedge, condition and approximation words of p in [from, to), sorted.
std::vector<std::string> cues(const extract::Passage& p, std::uint32_t from, std::uint32_t to);

// The amount words [first, last] of a passage say, with the word after
// them when that makes one ("55-kilometre", "34 miles").
std::optional<claim::Quantity> quantity_of(std::string_view text, const extract::Passage& p, std::uint32_t first,
                                           std::uint32_t last);

// A side citing words [first, last) of a passage of doc.
// REQUIRES: citer cites doc.
Side passage_side(const ingest::Document& doc, const ingest::Citer& citer, const extract::Passage& p,
                  std::uint32_t first, std::uint32_t last, bool draft);

}  // namespace concord::check
