// The files `check` reads besides documents: a baseline
// (report/baseline.h, `--baseline FILE`) and a unified diff
// (app/diff.h, `--changed-lines FILE`).
//
// Input: the text of either; both readers get it. The baseline is written
// to a temporary folder; the diff's paths are resolved against that folder.
#include <string>

#include "app/diff.h"
#include "base/diag.h"
#include "fuzz.h"
#include "report/baseline.h"

using namespace concord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::bytes(data, size);
  fuzz::run([&] {
    base::Diagnostics diags;
    report::read_baseline(fuzz::temp_file("baseline.json", text), diags);
  });
  fuzz::run([&] {
    const app::ChangedLines changed = app::parse_unified_diff(std::string(text), fuzz::temp_dir().string());
    for (const auto& [file, lines] : changed) {
      for (int line : lines) FUZZ_CHECK(line > 0);
    }
  });
  return 0;
}
