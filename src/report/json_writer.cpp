// --format json: the concord/findings/v1 contract (docs/output.md,
// docs/findings.schema.json).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

#include "report/report.h"

namespace concord::report {

namespace {

using nlohmann::ordered_json;

ordered_json citation(const ingest::Citation& c) {
  return {{"path", c.path},           {"line", c.start.line},         {"column", c.start.column},
          {"end_line", c.end.line},   {"end_column", c.end.column},   {"quote", c.quote}};
}

// j as dump(2) writes it, nested `depth` levels deep in the report. JSON
// strings escape their newlines, so every newline in a dump is layout.
std::string nested(const ordered_json& j, int depth) {
  const std::string text = j.dump(2, ' ', false, ordered_json::error_handler_t::replace);
  const std::string margin(static_cast<std::size_t>(2 * depth), ' ');
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out += margin;
  }
  return out;
}

// One element of a top-level array.
void element(std::FILE* out, const ordered_json& j, bool first) {
  fmt::print(out, "{}\n    {}", first ? "" : ",", nested(j, 2));
}

// s as a JSON string, as dump() writes it: as it is when it needs no
// escaping (nearly every path and id), else by the library.
std::string quoted(const std::string& s) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f && c != '"' && c != '\\';
  });
  if (plain) return '"' + s + '"';
  return ordered_json(s).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// One document of the list, as element() writes it, without building a
// JSON tree: a batch report lists every document, and the tree cost 30,000
// instructions a document.
void document(std::FILE* out, const DocumentInfo& d, bool first) {
  fmt::print(out,
             "{}\n    {{\n      \"path\": {},\n      \"id\": {},\n      \"date\": {},\n      \"date_source\": {},"
             "\n      \"draft\": {},\n      \"claims\": {}\n    }}",
             first ? "" : ",", quoted(d.path), quoted(d.id), d.date ? quoted(base::to_iso(*d.date)) : "null",
             quoted(ingest::date_source_name(d.date_source)), d.draft ? "true" : "false", d.claims);
}

// Streams the report element by element: a batch report over an archive
// lists every document, and building it as one JSON tree would take many
// times the memory of the claims themselves.
class JsonWriter final : public Writer {
 public:
  void write(const Report& r, std::FILE* out) override {
    const ordered_json tool = {{"name", "concord"}, {"version", CONCORD_VERSION}, {"rules", r.rules_fingerprint}};
    fmt::print(out, "{{\n  \"schema\": \"concord/findings/v1\",\n  \"tool\": {},\n  \"documents\": [",
               nested(tool, 1));
    bool first = true;
    r.documents.for_each([&](const DocumentInfo& d) { document(out, d, std::exchange(first, false)); });
    std::fputs(r.documents.empty() ? "],\n  \"findings\": [" : "\n  ],\n  \"findings\": [", out);
    std::size_t counts[3] = {0, 0, 0};
    first = true;
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
      element(out,
              {{"fingerprint", f.fingerprint},
               {"check", f.check},
               {"severity", check::severity_name(f.severity)},
               {"message", f.message},
               {"subject", f.subject},
               {"predicate", f.predicate},
               {"fact", f.fact},
               {"claims", std::move(claims)},
               {"notes", f.notes}},
              std::exchange(first, false));
    }
    fmt::print(out, "{}],\n  \"skipped\": [", r.findings.empty() ? "" : "\n  ");
    first = true;
    for (const auto& d : r.unread) {
      auto known = [](int n) { return n > 0 ? ordered_json(n) : ordered_json(nullptr); };
      element(out,
              {{"path", d.where.path},
               {"line", known(d.where.line)},
               {"column", known(d.where.column)},
               {"severity", base::severity_name(d.severity)},
               {"status", unread_status(d.unread)},
               {"message", d.message}},
              std::exchange(first, false));
    }
    const UnreadCount unread = count_unread(r.unread);
    const ordered_json summary = {{"documents", r.documents.size()},
                                  {"errors", counts[2]},
                                  {"warnings", counts[1]},
                                  {"infos", counts[0]},
                                  {"suppressed", r.suppressed.size()},
                                  {"not_read", unread.whole},
                                  {"read_in_part", unread.part}};
    fmt::print(out, "{}],\n  \"summary\": {}\n}}\n", r.unread.empty() ? "" : "\n  ", nested(summary, 1));
  }
};

}  // namespace

std::unique_ptr<Writer> make_json_writer() { return std::make_unique<JsonWriter>(); }

}  // namespace concord::report
