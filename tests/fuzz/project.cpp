// The YAML files of a project: a folder's sources.yaml (ingest/manifest.h)
// and .concord.yaml (app/project.h).
//
// Input: the text of either file; both readers get it. The project file is
// written to a temporary folder and named by CONCORD_PROJECT, as a user
// would; the folders it names are resolved, never read.
#include <cstdlib>
#include <string>

#include "app/project.h"
#include "base/diag.h"
#include "fuzz.h"
#include "ingest/manifest.h"

using namespace concord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(fuzz::bytes(data, size));
  fuzz::run([&] {
    base::Diagnostics diags;
    const ingest::Manifest manifest = ingest::parse_manifest(text, "fuzz/sources.yaml", diags);
    for (const auto& [file, entry] : manifest) FUZZ_CHECK(entry.line >= 0);
  });
  fuzz::run([&] {
    static const std::string path = fuzz::temp_file(".concord.yaml", "");
    fuzz::temp_file(".concord.yaml", text);
    setenv("CONCORD_PROJECT", path.c_str(), 1);
    base::Diagnostics diags;
    const app::Project project = app::find_project(diags);
    app::rule_options(project, {}, true);
  });
  return 0;
}
