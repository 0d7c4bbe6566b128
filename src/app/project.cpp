#include "app/project.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/yaml.h"
#include "rules/loader.h"

namespace concord::app {

namespace fs = std::filesystem;

std::string bundled_rules_dir() {
  if (const char* env = std::getenv("CONCORD_RULES_DIR"); env != nullptr && *env != '\0') return env;
  // An installed concord: <prefix>/bin/concord and <prefix>/share/concord/rules.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "concord" / "rules";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return CONCORD_SOURCE_RULES_DIR;  // a build from a checkout
}

std::string rule_cache_dir() {
  auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v == nullptr ? "" : v;
  };
  if (const std::string dir = env("CONCORD_CACHE_DIR"); !dir.empty()) return dir == "none" ? "" : dir;
  // The XDG base directory spec: a relative path is to be ignored.
  if (const std::string xdg = env("XDG_CACHE_HOME"); fs::path(xdg).is_absolute()) return xdg + "/concord";
  if (const std::string home = env("HOME"); !home.empty()) return home + "/.cache/concord";
  return "";
}

Project find_project(base::Diagnostics& diags) {
  Project p;
  std::error_code ec;
  fs::path file;
  if (const char* env = std::getenv("CONCORD_PROJECT"); env != nullptr && *env != '\0') {
    if (std::string(env) == "none") return p;
    file = env;
  } else {
    for (fs::path dir = fs::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
      if (fs::is_regular_file(dir / ".concord.yaml", ec)) {
        file = dir / ".concord.yaml";
        break;
      }
      if (dir == dir.root_path()) break;
    }
  }
  if (file.empty()) return p;
  p.path = base::display_path(file.string());
  std::ifstream in(file);
  std::ostringstream s;
  s << in.rdbuf();
  auto root = base::parse_yaml(s.str(), p.path, diags);
  if (!root || root->is_null()) return p;
  if (!root->is_map()) {
    diags.error(root->where, "a project file holds keys such as 'rules:' and 'against:', not {}",
                base::yaml_kind_name(*root));
    return p;
  }
  const fs::path base = file.parent_path();
  auto list = [&](const base::YamlNode& v, std::vector<std::string>& into) {
    auto one = [&](const base::YamlNode& item) {
      if (!item.is_scalar()) {
        diags.error(item.where, "expected a folder name");
        return;
      }
      const fs::path path = fs::path(item.scalar).is_absolute() ? fs::path(item.scalar) : base / item.scalar;
      into.push_back(base::display_path(path.lexically_normal().string()));
    };
    if (v.is_sequence()) {
      for (const auto& item : v.items) one(item);
    } else {
      one(v);
    }
  };
  for (const auto& [k, v] : root->entries) {
    if (k.scalar == "rules") {
      list(v, p.rules);
    } else if (k.scalar == "against") {
      list(v, p.against);
    } else if (k.scalar == "fail_on") {
      if (!v.is_scalar() || (v.scalar != "error" && v.scalar != "warning" && v.scalar != "info" && v.scalar != "never")) {
        diags.error(v.where, "fail_on must be error, warning, info or never");
      } else {
        p.fail_on = v.scalar;
      }
    } else if (k.scalar == "default_rules" || k.scalar == "strict") {
      if (!v.is_scalar() || (v.scalar != "true" && v.scalar != "false" && v.scalar != "yes" && v.scalar != "no")) {
        diags.error(v.where, "{} must be true or false", k.scalar);
      } else {
        (k.scalar == "strict" ? p.strict : p.default_rules) = v.scalar == "true" || v.scalar == "yes";
      }
    } else {
      const std::string guess = rules::closest(k.scalar, {"rules", "against", "fail_on", "default_rules", "strict"});
      diags.error(k.where, "unknown key '{}' in the project file{}", k.scalar,
                  guess.empty() ? "; the keys are rules, against, fail_on, default_rules, strict"
                                : fmt::format("; did you mean '{}'?", guess));
    }
  }
  return p;
}

ReadPacks read_packs(const RuleOptions& options, base::Diagnostics& diags) {
  ReadPacks read;
  std::vector<std::string> dirs;
  if (options.default_rules) {
    const std::string bundled = bundled_rules_dir();
    std::error_code ec;
    if (!fs::is_directory(bundled, ec)) {
      diags.error({bundled}, "concord's bundled rules are not here; set CONCORD_RULES_DIR to the rules/ folder");
      read.ok = false;
      return read;
    }
    for (auto& d : rules::pack_dirs(bundled)) dirs.push_back(base::display_path(d));
  }
  for (const auto& d : options.dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) {
      diags.error({d}, "rule folder not found; check the path given to --rules");
      read.ok = false;
      return read;
    }
    auto packs = rules::pack_dirs(d);
    if (packs.empty()) {
      diags.error({d}, "no .yaml rule files in this folder");
      read.ok = false;
      return read;
    }
    for (auto& p : packs) dirs.push_back(base::display_path(p));
  }
  // A pack named twice (by the project file and by --rules) is loaded once.
  std::vector<std::string> unique;
  std::vector<std::string> keys;
  for (const auto& d : dirs) {
    std::error_code ec;
    const std::string key = fs::weakly_canonical(d, ec).string();
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    keys.push_back(key);
    unique.push_back(d);
  }
  for (const auto& d : unique) {
    auto pack = rules::load_pack(d, diags, rules::OnError::skip_entry, rule_cache_dir());
    if (!pack) {
      read.ok = false;
      continue;
    }
    if (pack->errors > 0) read.ok = false;
    read.packs.push_back(std::move(*pack));
  }
  return read;
}

std::unique_ptr<rules::RuleSet> compile_packs(ReadPacks read, base::Diagnostics& diags) {
  // A pack with mistakes is compiled all the same, to report the mistakes
  // only the compiler sees (patterns, names used across packs); it builds
  // no rule set (Pack::errors).
  if (!read.ok && read.packs.empty()) return nullptr;
  auto rules = rules::RuleSet::compile(std::move(read.packs), diags, {.cache_dir = rule_cache_dir()});
  if (!read.ok) return nullptr;
  return rules;
}

std::unique_ptr<rules::RuleSet> load_rules(const RuleOptions& options, base::Diagnostics& diags) {
  return compile_packs(read_packs(options, diags), diags);
}

RuleOptions rule_options(const Project& project, const std::vector<std::string>& rule_dirs, bool default_rules) {
  RuleOptions ro;
  ro.default_rules = default_rules && project.default_rules;
  ro.dirs = project.rules;
  ro.dirs.insert(ro.dirs.end(), rule_dirs.begin(), rule_dirs.end());
  return ro;
}

}  // namespace concord::app
