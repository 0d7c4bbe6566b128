#include "claim/value_kind.h"

#include "base/utf8.h"
#include "claim/words.h"

namespace concord::claim {

std::string ValueKind::to_string(const Value& v) const { return v.text; }

std::string ValueKind::key(const Value& v) const { return v.to_string(); }

std::string ValueKind::show(const Value& v) const { return v.text; }

bool ValueKind::matches_expected(const Value& v, std::string_view expected, const rules::Gazetteer&) const {
  return same_text(v.text, expected);
}

Value normalize_value(rules::ValueType type, ingest::Span span, const NormalizeContext& cx) {
  Value v;
  v.type = type;
  v.span = span;
  const std::string_view words = cx.text.substr(span.begin, span.size());
  v.text = base::utf8::collapse_spaces(words);
  value_kind(type).normalize(words, cx, v);
  return v;
}

}  // namespace concord::claim
