// Numbers, quantities, ages and ordinals as claims hold them.
//
//   claim::normalize_number("24 million")            // 24000000
//   claim::normalize_quantity("$11-billion")         // 1.1e10 USD (money)
//   claim::normalize_quantity("34-mile")             // 54.72 km (length)
//   claim::normalize_quantity("about 10 percent")    // 10 % in [9.5, 10.5], approximate
//   claim::normalize_ordinal("third")                // 3
//   claim::normalize_age("the 33-year-old")          // 33
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/atom.h"

namespace concord::claim {

// A number with a unit, converted to the unit's canonical form.
// Invariant: low <= value <= high.
struct Quantity {
  double value = 0;
  double low = 0;            // the range the words allow: "more than 10" -> (10, inf);
  double high = 0;           // "about 10" -> a few percent either side; exact -> the
                             // rounding range of the digits given ("2.5" -> [2.45, 2.55])
  base::Atom unit;           // canonical: "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "KRW",
                             // "km", "m", "kg", "t", "%", "day", "year", "person", "" (a bare count)
  base::Atom dimension;      // "money", "length", "mass", "percent", "duration", "count"
  bool approximate = false;  // "about", "nearly", "more than", "some"

  // "11000000000 USD", "54.72 km", "10 % (approx.)": stable, for tests and reports.
  std::string to_string() const;
};

// A number in digits or words: "1,200", "3.4", "eleven", "twenty-four",
// "24 million", "1.5 trillion", "a dozen". nullopt if not a number.
std::optional<double> normalize_number(std::string_view words);

// A quantity: money ("$25 billion", "$11-billion", "25 billion dollars",
// "€3m", "R$5"), lengths ("34-mile", "54 km", "2 1/2 miles"; a speed such
// as "54 km/h" is none), masses ("12 million tonnes"), percentages ("10
// percent", "10%"), durations ("two-day", "weeklong", "three weeks"),
// counts ("24 million people", "11 countries", "330M users").
// Approximation words widen the range. nullopt if not a quantity, or
// nonsense ("$-5 billion").
std::optional<Quantity> normalize_quantity(std::string_view words);

// "third" -> 3, "90th" -> 90, "21st" -> 21. nullopt for "0th", words that are
// not ordinals.
std::optional<int> normalize_ordinal(std::string_view words);

// An age in years from "32", "the 33-year-old", "aged 32", "32 years old",
// "32 years of age".
// nullopt outside 0..130.
std::optional<int> normalize_age(std::string_view words);

// True if a and b can describe the same amount: same dimension, and after
// unit conversion either their ranges overlap (by more than an edge: "11"
// and "12" do not) or their values are within the relative tolerance of each
// other. Different currencies, or counts of different things, cannot be
// compared and agree: a checker must not cry wolf.
bool quantities_agree(const Quantity& a, const Quantity& b, double tolerance);

}  // namespace concord::claim
