#include "ingest/manifest.h"

#include <algorithm>
#include <array>

#include "base/yaml.h"

namespace concord::ingest {

Manifest parse_manifest(const std::string& text, const std::string& path, base::Diagnostics& diags) {
  Manifest out;
  auto root = base::parse_yaml(text, path, diags);
  if (!root || root->is_null()) return out;
  if (!root->is_sequence()) {
    diags.error(root->where, "{} must be a list of entries ('- file: NAME'), not {}", kManifestName,
                base::yaml_kind_name(*root));
    return out;
  }
  static constexpr std::array<const char*, 6> kKeys{"file", "title", "outlet", "url", "date", "date_basis"};
  for (const auto& item : root->items) {
    if (!item.is_map()) {
      diags.error(item.where, "each entry must be keys and values starting with 'file:'");
      continue;
    }
    ManifestEntry e;
    e.line = item.where.line;
    std::string file;
    for (const auto& [k, v] : item.entries) {
      const std::string& key = k.scalar;
      if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
        diags.warning(k.where, "unknown key '{}' in {} (known: file, title, outlet, url, date, date_basis)",
                      key, kManifestName);
        continue;
      }
      if (!v.is_scalar()) {
        if (!v.is_null()) diags.error(v.where, "'{}' must be text, not {}", key, base::yaml_kind_name(v));
        continue;
      }
      if (key == "file") file = v.scalar;
      if (key == "title") e.title = v.scalar;
      if (key == "outlet") e.outlet = v.scalar;
      if (key == "url") e.url = v.scalar;
      if (key == "date_basis") e.date_basis = v.scalar;
      if (key == "date") {
        e.date = base::parse_date(v.scalar);
        if (!e.date) {
          diags.error(v.where, "'date' is not a date: '{}'; write it as YYYY-MM-DD", v.scalar);
        }
      }
    }
    if (file.empty()) {
      diags.error(item.where, "entry has no 'file:'; name the file it describes");
      continue;
    }
    if (out.count(file) != 0) {
      diags.warning(item.where, "'{}' is listed again (first at line {}); the later entry is used", file,
                    out[file].line);
    }
    out[file] = std::move(e);
  }
  return out;
}

}  // namespace concord::ingest
