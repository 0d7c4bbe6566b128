// bench/score-numbers' helper for ages. AGE is not a mention vocabulary: in
// concord an age is only read where a template ("{subject:NAME_PERSON},
// {value:AGE},") gives the context. To score the vocabulary and its
// normalizer on their own, this lists every match of AGE in a text, as the
// rules in RULES_DIR compile it, with what claim::normalize_age makes of it.
//
// Not part of the build: bench/score-numbers compiles it against
// libconcord_engine.a.
//
//   score_age RULES_DIR < records
//
// stdin: records separated by NUL bytes, each "m<text>" (match AGE in the
// text) or "n<text>" (normalize the whole text as an age). stdout: for "m",
// one line per match "<record>\tmatch\t<byte begin>\t<byte end>\t<age or ->";
// for "n", "<record>\tnorm\t<age or ->". Byte offsets are into the text.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "base/diag.h"
#include "claim/quantity.h"
#include "rules/loader.h"
#include "rules/rule_set.h"

namespace {

using namespace concord;

std::string age_or_dash(std::string_view words) {
  const auto age = claim::normalize_age(words);
  return age ? std::to_string(*age) : "-";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: score_age RULES_DIR < records\n");
    return 2;
  }
  base::Diagnostics diags;
  auto core = rules::load_pack(std::string(argv[1]) + "/core", diags);
  if (!core) {
    std::fprintf(stderr, "score_age: cannot load %s/core\n", argv[1]);
    return 2;
  }
  rules::Pack probe;
  probe.name = "scoreage";
  probe.vocabulary.push_back({"SCORE_AGE", "{AGE}", rules::ValueType::age, true, {}});
  auto set = rules::RuleSet::compile({std::move(*core), std::move(probe)}, diags);
  if (!set) {
    std::fprintf(stderr, "score_age: the rules do not compile\n");
    return 2;
  }
  const std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::size_t record = 0;
  std::vector<rules::Match> found;
  for (std::size_t b = 0; b < all.size(); ++record) {
    std::size_t e = all.find('\0', b);
    if (e == std::string::npos) e = all.size();
    const std::string_view rec(all.data() + b, e - b);
    b = e + 1;
    if (rec.empty()) continue;
    const std::string_view text = rec.substr(1);
    if (rec[0] == 'n') {
      std::printf("%zu\tnorm\t%s\n", record, age_or_dash(text).c_str());
      continue;
    }
    found.clear();
    set->match(text, {0, text.size()}, found);
    for (const auto& m : found) {
      if (m.extractor >= 0 || m.mention != "SCORE_AGE") continue;
      const std::string_view words = text.substr(m.span.begin, m.span.end - m.span.begin);
      std::printf("%zu\tmatch\t%zu\t%zu\t%s\n", record, m.span.begin, m.span.end, age_or_dash(words).c_str());
    }
  }
  return 0;
}
