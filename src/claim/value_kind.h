// Value kinds: what a field's type means to concord, in one place per kind.
//
// A kind normalizes words into a Value, compares two values, shows a value
// to an editor, keys it for grouping and says whether an example's expected
// text describes it. Each kind is one file in claim/kinds/; one table
// (claim/kinds/registry.cpp) gives each rules::ValueType its kind. A kind
// may serve several types whose values compare with each other: quantity
// serves number and quantity, integer serves age and ordinal, entity serves
// entity, person, place and organization.
//
//   const claim::ValueKind& k = claim::value_kind(rules::ValueType::date);  // "date"
//   claim::Value v = claim::normalize_value(rules::ValueType::date, span, cx);
//   v.to_string();  // "2014-11-17"            (Value's members go through the table)
//   v.show();       // "Monday (2014-11-17)"
//   claim::values_differ(a, b, {.tolerance = 0.05});  // compare.h
//
// Adding a value kind: a class in claim/kinds/NAME.cpp with a factory
// declared in claim/kinds/kinds.h, one row in claim/kinds/registry.cpp, and
// the type's enum value and name in rules/model (ValueType, kValueTypes).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "claim/claim.h"
#include "claim/date_value.h"
#include "ingest/document.h"
#include "rules/gazetteer.h"
#include "rules/model.h"

namespace concord::claim {

class EntityResolver;

// Where a value's words were written, for the kinds that read around them.
struct NormalizeContext {
  std::string_view text;                         // the document's text; a value's span is into it
  const EntityResolver& resolver;                // the document's names (entity kinds)
  const rules::Gazetteer& gazetteer;             // countries, demonyms, offices (titles, things)
  std::optional<base::Date> document_date = {};  // for relative dates; nullopt = unknown
  Tense tense = Tense::unknown;                  // "met on Monday" looks back, "will meet" forward
  std::size_t sentence_begin = 0;                // where the value's sentence starts (pronouns)
};

// What comparing two values needs from outside claim/.
struct CompareContext {
  double tolerance = 0.0;  // relative tolerance for numbers (rules::Predicate::tolerance: 0.05 = 5%)
  // Who an entity is once entities are merged across stories. Merging is
  // graph/'s job and claim/ comes before graph/ in the pipeline, so check/
  // passes its identity in (graph::entity_key) rather than the entity kind
  // reaching for the graph. Unset: the entity's id (EntityRef::id).
  std::function<std::string(const Value&)> entity_identity = {};
};

// One kind of value. Kinds are stateless; value_kind() hands out one shared
// instance of each. The defaults treat a value as its words.
// Not copyable: the table hands out references to the one instance.
class ValueKind {
 public:
  ValueKind() = default;
  ValueKind(const ValueKind&) = delete;
  ValueKind& operator=(const ValueKind&) = delete;
  virtual ~ValueKind() = default;

  // "date", "quantity", "entity", ...: the kind's name (not a type's).
  virtual const char* name() const = 0;

  // Fills the kind's member of v from words, and v.resolved; may tidy
  // v.text. REQUIRES: v.type is one this kind serves; v.span and v.text
  // (words with white space collapsed) are set; words is cx.text at v.span.
  virtual void normalize(std::string_view words, const NormalizeContext& cx, Value& v) const = 0;

  // True if a and b cannot both be true of one fact.
  // REQUIRES: a and b are of this kind, and resolved unless compares_unresolved().
  virtual bool differ(const Value& a, const Value& b, const CompareContext& cx) const = 0;

  // True if differ() can tell something from words normalize() could not
  // resolve: a date's bare weekday still names a day of the week.
  virtual bool compares_unresolved() const { return false; }

  // The normalized value as text (Value::to_string). REQUIRES: v.resolved.
  virtual std::string to_string(const Value& v) const;

  // A key for grouping: equal keys mean the same value (Value::key).
  // Default: v.to_string().
  virtual std::string key(const Value& v) const;

  // What the value looks like to an editor in a finding (Value::show).
  // Default: the words as written.
  virtual std::string show(const Value& v) const;

  // True if an example's expected value, as an editor writes it, describes
  // v (claim::matches_expected asks after the text of v.to_string() itself
  // failed to match). Default: the same words as v.text, ignoring case and
  // spacing.
  virtual bool matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer& gazetteer) const;
};

// The kind of values of type t. Every ValueType has one (kinds/registry.cpp).
const ValueKind& value_kind(rules::ValueType t);

// The same, or nullptr for a type added to rules::ValueType without its row
// in the table (claim/value_kind_test catches that).
const ValueKind* find_value_kind(rules::ValueType t);

// A value of type `type` for the words at span of cx.text: the words as
// written (white space collapsed) and what value_kind(type) makes of them.
Value normalize_value(rules::ValueType type, ingest::Span span, const NormalizeContext& cx);

}  // namespace concord::claim
