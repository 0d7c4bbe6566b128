#include "app/common.h"

#include <cerrno>
#include <cstring>

namespace concord::app {

std::vector<ingest::DateOverride> parse_date_flags(const std::vector<std::string>& flags,
                                                   base::Diagnostics& diags) {
  std::vector<ingest::DateOverride> out;
  for (const std::string& f : flags) {
    const std::size_t eq = f.rfind('=');
    std::optional<base::Date> d;
    if (eq != std::string::npos && eq > 0) d = base::parse_date(f.substr(eq + 1));
    if (!d) {
      diags.error({}, "--date '{}': expected PATH=YYYY-MM-DD, e.g. --date draft.md=2014-11-18", f);
      continue;
    }
    out.push_back({f.substr(0, eq), *d});
  }
  return out;
}

void print_diagnostics(const base::Diagnostics& diags, std::FILE* out) {
  for (const auto& d : diags.all()) {
    const std::string line = base::format_diagnostic(d);
    std::fprintf(out, "%s\n", line.c_str());
  }
  std::fflush(out);
}

std::size_t read_all(const std::vector<std::string>& paths, const ingest::ReadOptions& options,
                     base::Diagnostics& diags, const std::function<void(ingest::Document&&)>& sink) {
  std::size_t n = 0;
  for (const auto& source : ingest::list_sources(paths, options, diags)) {
    n += ingest::load_source(source, options, diags, sink);
  }
  return n;
}

claim::DocumentClaims read_claims(const ingest::Document& doc, const text::Layout& layout,
                                  const rules::RuleSet& rules, bool in_draft, const rules::MatchScope& scope) {
  const extract::Extraction x = extract::extract(doc, layout, rules, scope);
  return claim::build_claims(doc, layout, x, rules, in_draft);
}

std::FILE* open_output(const std::string& path, base::Diagnostics& diags) {
  if (path.empty() || path == "-") return stdout;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    diags.error({path}, "cannot write: {}; check the folder exists and is writable", std::strerror(errno));
  }
  return f;
}

void report_not_written(const std::string& path, const std::string& why, base::Diagnostics& diags) {
  const std::string where = path.empty() || path == "-" ? std::string("standard output") : path;
  diags.error({where}, "the report could not be written whole: {}; check the disk has space", why);
}

bool close_output(std::FILE* out, const std::string& path, base::Diagnostics& diags) {
  int err = 0;
  if (std::fflush(out) != 0 || std::ferror(out) != 0) err = errno != 0 ? errno : EIO;
  if (out != stdout && std::fclose(out) != 0 && err == 0) err = errno != 0 ? errno : EIO;
  if (err != 0) report_not_written(path, std::strerror(err), diags);
  return err == 0;
}

}  // namespace concord::app
