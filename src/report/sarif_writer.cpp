// --format sarif: SARIF 2.1.0, as GitHub code scanning reads it. The draft's
// side is the result's location; the other sides are relatedLocations;
// partialFingerprints come from the claims, not line numbers; columns are
// code points, so columnKind says so.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <cctype>

#include "report/report.h"

namespace concord::report {

namespace {

using nlohmann::ordered_json;

const char* level(check::Severity s) {
  switch (s) {
    case check::Severity::error: return "error";
    case check::Severity::warning: return "warning";
    case check::Severity::info: return "note";
  }
  return "warning";
}

// A relative URI reference for a path: '/' kept, anything unusual escaped.
std::string uri(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

// "Value conflict" -> "ValueConflict": SARIF's rule name is an identifier.
std::string pascal(const std::string& id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '-') {
      up = true;
      continue;
    }
    out += up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    up = false;
  }
  return out;
}

// A path the user gave relative to the checkout is relative to %SRCROOT%,
// which is how code scanning places it; an absolute one is a file: URI.
ordered_json artifact(const std::string& path) {
  return !path.empty() && path[0] == '/' ? ordered_json{{"uri", "file://" + uri(path)}}
                                         : ordered_json{{"uri", uri(path)}, {"uriBaseId", "%SRCROOT%"}};
}

// An input not read, or read in part: a notification of the run, not a
// result, since it is about concord's reading and not about the text.
ordered_json notification(const base::Diagnostic& d) {
  ordered_json physical{{"artifactLocation", artifact(d.where.path)}};
  if (d.where.line > 0) {
    physical["region"] = {{"startLine", d.where.line}};
    if (d.where.column > 0) physical["region"]["startColumn"] = d.where.column;
  }
  return {{"level", d.severity == base::Severity::error ? "error" : "warning"},
          {"message", {{"text", d.message}}},
          {"locations", ordered_json::array({{{"physicalLocation", std::move(physical)}}})},
          {"descriptor", {{"id", "not-read"}}},
          {"properties", {{"status", unread_status(d.unread)}}}};
}

ordered_json location(const check::Side& s) {
  ordered_json region{{"startLine", std::max(1, s.citation.start.line)},
                      {"startColumn", std::max(1, s.citation.start.column)}};
  if (s.citation.end.line >= s.citation.start.line && s.citation.end.line > 0) {
    region["endLine"] = s.citation.end.line;
    region["endColumn"] = std::max(1, s.citation.end.column);
  }
  region["snippet"] = {{"text", s.citation.quote}};
  return {{"physicalLocation", {{"artifactLocation", artifact(s.citation.path)}, {"region", region}}}};
}

class SarifWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    ordered_json rules = ordered_json::array();
    std::map<std::string, int> rule_index;
    for (const check::CheckInfo* c : r.checks) {
      rule_index[c->id] = static_cast<int>(rules.size());
      rules.push_back({{"id", c->id},
                       {"name", pascal(c->id)},
                       {"shortDescription", {{"text", c->title}}},
                       {"fullDescription", {{"text", c->help}}},
                       {"help", {{"text", c->help}, {"markdown", fmt::format("**{}**\n\n{}", c->title, c->help)}}},
                       {"defaultConfiguration", {{"level", level(c->default_severity)}}},
                       {"properties", {{"tags", {"consistency", "news"}}}}});
    }
    ordered_json results = ordered_json::array();
    for (const check::Finding& f : r.findings) {
      ordered_json related = ordered_json::array();
      for (std::size_t k = 1; k < f.sides.size(); ++k) {
        ordered_json loc = location(f.sides[k]);
        loc["id"] = static_cast<int>(k);
        const std::string who = f.sides[k].rule == "gazetteer" ? "the gazetteer" : "this source";
        loc["message"] = {{"text", fmt::format("{} says {}", who, f.sides[k].value)}};
        related.push_back(std::move(loc));
      }
      ordered_json result{{"ruleId", f.check},
                          {"level", level(f.severity)},
                          {"message", {{"text", f.message}}},
                          {"locations", ordered_json::array({location(f.sides.front())})}};
      if (auto it = rule_index.find(f.check); it != rule_index.end()) result["ruleIndex"] = it->second;
      if (!related.empty()) result["relatedLocations"] = std::move(related);
      result["partialFingerprints"] = {{"concordFinding/v1", f.fingerprint}};
      result["properties"] = {{"subject", f.subject}, {"predicate", f.predicate}, {"fact", f.fact}};
      results.push_back(std::move(result));
    }
    ordered_json invocation{{"executionSuccessful", true}};
    if (!r.unread.empty()) {
      ordered_json notes = ordered_json::array();
      for (const auto& d : r.unread) notes.push_back(notification(d));
      invocation["toolExecutionNotifications"] = std::move(notes);
    }
    ordered_json run{{"tool",
                      {{"driver",
                        {{"name", "concord"},
                         {"version", CONCORD_VERSION},
                         {"semanticVersion", CONCORD_VERSION},
                         {"informationUri", "https://example.org/concord"},
                         {"rules", std::move(rules)}}}}},
                     {"columnKind", "unicodeCodePoints"},
                     {"results", std::move(results)},
                     {"invocations", ordered_json::array({std::move(invocation)})}};
    run["properties"] = {{"rules", r.rules_fingerprint}, {"suppressed", r.suppressed.size()}};
    ordered_json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                     {"version", "2.1.0"},
                     {"runs", ordered_json::array({std::move(run)})}};
    fmt::print(out, "{}\n", doc.dump(2, ' ', false, ordered_json::error_handler_t::replace));
  }
};

}  // namespace

std::unique_ptr<Writer> make_sarif_writer() { return std::make_unique<SarifWriter>(); }

}  // namespace concord::report
