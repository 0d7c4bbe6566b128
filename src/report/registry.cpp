// The one list of output formats.
#include "report/report.h"

namespace concord::report {

const std::vector<Format>& formats() {
  static const std::vector<Format> kFormats{
      {"text", "compiler-style messages with the quoted words of each side", make_text_writer},
      {"json", "one JSON object (schema concord/findings/v1, docs/findings.schema.json)", make_json_writer},
  };
  return kFormats;
}

const Format* find_format(std::string_view name) {
  for (const auto& f : formats()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace concord::report
