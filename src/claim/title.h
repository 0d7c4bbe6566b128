// Titles and roles: "North Korea's first vice foreign minister",
// "Russian President", "a secretary of the ruling Workers' Party of Korea".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "claim/claim.h"
#include "rules/gazetteer.h"

namespace concord::claim {

// Parses a title. Returns nullopt if the words hold no office word.
// Countries are canonicalized through the gazetteer ("North Korean",
// "North Korea's", "DPRK" -> "North Korea").
std::optional<TitleValue> normalize_title(std::string_view words, const rules::Gazetteer& gazetteer);

// The canonical country for a name or demonym ("Russian" -> "Russia"), or "".
std::string country_of(std::string_view word, const rules::Gazetteer& gazetteer);

// True if an office word that is also an adjective ("General", "Premier")
// ends `title` and stands before a one-word `name`: "General Motors" and
// "English Premier League" are organizations, not a general called Motors.
// "General David Petraeus" and "Attorney General Holder" are titles.
bool adjective_office_before_name(std::string_view title, std::string_view name);

// True if the lowercase word is part of a title (an office, rank or
// portfolio word: "minister", "deputy", "foreign", "president").
bool is_title_word(std::string_view lower);

// Two titles a person cannot hold at once: the same kind of office in the
// same country (or organization) at different ranks or portfolios.
// Returns a short reason ("first vice foreign minister vs foreign minister"),
// or "" if they can both be true.
std::string titles_conflict(const TitleValue& a, const TitleValue& b);

}  // namespace concord::claim
