#include "report/check_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace concord::report {

namespace {

void write_text(const CheckReport& r, std::FILE* out) {
  std::size_t bytes = 0;
  for (const auto& d : r.documents) bytes += d.bytes;
  const std::size_t n = r.documents.size();
  fmt::print(out, "checked {} document{} ({:.1f} KB): no findings\n", n, n == 1 ? "" : "s", bytes / 1024.0);
}

void write_json(const CheckReport& r, std::FILE* out) {
  nlohmann::ordered_json j;
  j["schema"] = "concord/findings/v1";
  j["documents"] = nlohmann::ordered_json::array();
  for (const auto& d : r.documents) {
    j["documents"].push_back({{"path", d.path},
                              {"id", d.id},
                              {"date", d.date ? nlohmann::ordered_json(base::to_iso(*d.date))
                                              : nlohmann::ordered_json(nullptr)},
                              {"date_source", ingest::date_source_name(d.date_source)}});
  }
  j["findings"] = nlohmann::ordered_json::array();
  fmt::print(out, "{}\n", j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

}  // namespace

void write_check_report(const CheckReport& report, CheckFormat format, std::FILE* out) {
  if (format == CheckFormat::json) {
    write_json(report, out);
  } else {
    write_text(report, out);
  }
  std::fflush(out);
}

}  // namespace concord::report
