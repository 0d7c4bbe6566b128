// A rule pack: YAML text -> loaded pack -> compiled rule set -> matches
// (rules/loader.h, rules/rule_set.h, rules/template.h).
//
// Input: one rule file, read as the only file of a pack, every mistake
// reported and reading going on (as `concord rules lint` does). A pack that
// compiles is matched against its own examples and a fixed story sentence,
// and linted for idle keys.
#include <string>
#include <utility>
#include <vector>

#include "base/diag.h"
#include "fuzz.h"
#include "rules/loader.h"
#include "rules/model.h"
#include "rules/rule_set.h"

using namespace concord;

namespace {

void match(const rules::RuleSet& set, std::string_view text) {
  std::vector<rules::Match> found;
  set.match(text, {0, text.size()}, found);
  for (const auto& m : found) {
    FUZZ_CHECK(m.span.begin <= m.span.end && m.span.end <= text.size());
    for (const auto& f : m.fields) FUZZ_CHECK(f.span.begin <= f.span.end && f.span.end <= text.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(fuzz::bytes(data, size));
  fuzz::run([&] {
    base::Diagnostics diags;
    auto pack = rules::load_pack_from("fuzz", {{"fuzz/rules.yaml", text}}, diags, rules::OnError::skip_entry);
    if (!pack) return;
    rules::idle_keys(*pack, {*pack});
    auto set = rules::RuleSet::compile({*pack}, diags);
    if (!set) return;
    for (const auto& e : set->extractors()) {
      for (const auto& example : e.examples) match(*set, example.text);
    }
    match(*set, "On 14 March 2014 Foreign Minister Ri Su-yong met John Kerry in Geneva, officials said.");
  });
  return 0;
}
