// --format json: the concord/findings/v1 contract (docs/output.md,
// docs/findings.schema.json).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace concord::report {

namespace {

using nlohmann::ordered_json;

ordered_json citation(const ingest::Citation& c) {
  return {{"path", c.path},           {"line", c.start.line},         {"column", c.start.column},
          {"end_line", c.end.line},   {"end_column", c.end.column},   {"quote", c.quote}};
}

class JsonWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    ordered_json j;
    j["schema"] = "concord/findings/v1";
    j["tool"] = {{"name", "concord"}, {"version", CONCORD_VERSION}, {"rules", r.rules_fingerprint}};
    j["documents"] = ordered_json::array();
    for (const auto& d : r.documents) {
      j["documents"].push_back({{"path", d.path},
                                {"id", d.id},
                                {"date", d.date ? ordered_json(base::to_iso(*d.date)) : ordered_json(nullptr)},
                                {"date_source", ingest::date_source_name(d.date_source)},
                                {"draft", d.draft},
                                {"claims", d.claims}});
    }
    j["findings"] = ordered_json::array();
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& f : r.findings) {
      ++counts[static_cast<int>(f.severity)];
      ordered_json claims = ordered_json::array();
      for (const auto& s : f.sides) {
        ordered_json c{{"value", s.value},
                       {"modality", rules::modality_name(s.modality)},
                       {"rule", s.rule},
                       {"document", s.document},
                       {"draft", s.draft},
                       {"citation", citation(s.citation)},
                       {"sentence", s.sentence}};
        if (!s.speaker.empty()) c["speaker"] = s.speaker;
        if (!s.attribution.empty()) c["attribution"] = s.attribution;
        claims.push_back(std::move(c));
      }
      j["findings"].push_back({{"fingerprint", f.fingerprint},
                               {"check", f.check},
                               {"severity", check::severity_name(f.severity)},
                               {"message", f.message},
                               {"subject", f.subject},
                               {"predicate", f.predicate},
                               {"fact", f.fact},
                               {"claims", std::move(claims)},
                               {"notes", f.notes}});
    }
    j["summary"] = {{"documents", r.documents.size()},
                    {"errors", counts[2]},
                    {"warnings", counts[1]},
                    {"infos", counts[0]},
                    {"suppressed", r.suppressed.size()}};
    fmt::print(out, "{}\n", j.dump(2, ' ', false, ordered_json::error_handler_t::replace));
  }
};

}  // namespace

std::unique_ptr<Writer> make_json_writer() { return std::make_unique<JsonWriter>(); }

}  // namespace concord::report
