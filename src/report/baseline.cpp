#include "report/baseline.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace concord::report {

bool write_baseline(const std::string& path, const std::vector<check::Finding>& findings, base::Diagnostics& diags) {
  nlohmann::ordered_json j;
  j["schema"] = "concord/baseline/v1";
  j["findings"] = nlohmann::ordered_json::array();
  for (const auto& f : findings) {
    j["findings"].push_back({{"fingerprint", f.fingerprint}, {"check", f.check}, {"message", f.message}});
  }
  std::ofstream out(path);
  if (!out) {
    diags.error({path}, "cannot write the baseline; check the folder exists and is writable");
    return false;
  }
  out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  return static_cast<bool>(out);
}

std::optional<std::set<std::string>> read_baseline(const std::string& path, base::Diagnostics& diags) {
  std::ifstream in(path);
  if (!in) {
    diags.error({path}, "cannot read the baseline; write one with `concord baseline write {}`", path);
    return std::nullopt;
  }
  std::stringstream s;
  s << in.rdbuf();
  try {
    const auto j = nlohmann::json::parse(s.str());
    if (!j.contains("schema") || j["schema"] != "concord/baseline/v1" || !j.contains("findings")) {
      diags.error({path}, "not a concord baseline (schema concord/baseline/v1); write one with `concord baseline write`");
      return std::nullopt;
    }
    std::set<std::string> out;
    for (const auto& f : j["findings"]) out.insert(f.at("fingerprint").get<std::string>());
    return out;
  } catch (const nlohmann::json::exception& e) {
    diags.error({path}, "the baseline is not valid JSON: {}", e.what());
    return std::nullopt;
  }
}

}  // namespace concord::report
