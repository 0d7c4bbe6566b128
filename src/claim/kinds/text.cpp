// Text: the words as written, lowercased; two texts differ unless equal.
#include <cctype>

#include "claim/kinds/kinds.h"

namespace concord::claim::kinds {

namespace {

class Text final : public ValueKind {
 public:
  const char* name() const override { return "text"; }

  void normalize(std::string_view, const NormalizeContext&, Value& v) const override {
    for (char& c : v.text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }

  bool differ(const Value& a, const Value& b, const CompareContext&) const override { return a.text != b.text; }
};

}  // namespace

const ValueKind& text() {
  static const Text kind;
  return kind;
}

}  // namespace concord::claim::kinds
