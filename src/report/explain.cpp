#include "report/explain.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "base/utf8.h"

namespace concord::report {

namespace {

using nlohmann::ordered_json;

std::string date_line(const ingest::Metadata& m) {
  if (!m.date) return "unknown (relative dates such as \"on Monday\" will not be resolved)";
  return fmt::format("{} ({}, {})", base::to_iso(*m.date), ingest::date_source_name(m.date_source),
                     m.date_basis);
}

std::string shorten(std::string s, std::size_t max_cps) {
  if (base::utf8::count_code_points(s) <= max_cps) return s;
  std::size_t i = 0;
  for (std::size_t n = 0; n < max_cps && i < s.size(); ++n) base::utf8::decode(s, i);
  s.resize(i);
  return s + "…";
}

std::string range(const ingest::Citation& c) {
  return fmt::format("{}:{}-{}:{}", c.start.line, c.start.column, c.end.line, c.end.column);
}

std::string position(const ingest::Citation& c) { return fmt::format("{}:{}", c.start.line, c.start.column); }

bool within(ingest::Span inner, ingest::Span outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

std::string modality_line(const claim::Claim& c) {
  std::string s = rules::modality_name(c.modality);
  if (!c.cue.empty() && c.modality != rules::Modality::asserted) s += fmt::format(" (\"{}\")", c.cue);
  if (!c.speaker.empty()) s += fmt::format(", said by {}", c.speaker);
  if (!c.attribution.empty()) s += fmt::format(", credited to {}", c.attribution);
  if (!c.repeated.empty()) s += fmt::format(", one more time (\"{}\"): compared with no other time", c.repeated);
  return s;
}

// The comparisons made for claim c, if any.
const check::Compared* compared_for(const Reading& r, const claim::Claim& c) {
  for (const check::Compared* x : r.compared) {
    const ingest::Citation& a = x->draft->evidence.citation;
    const ingest::Citation& b = c.evidence.citation;
    if (x->draft->predicate == c.predicate && a.start == b.start && a.end == b.end) return x;
  }
  return nullptr;
}

std::string place_of(const claim::Claim& c) {
  const ingest::Citation& x = c.evidence.citation;
  return fmt::format("{}:{}:{}", x.path, x.start.line, x.start.column);
}

std::string field_note(const claim::Value& v) {
  if (v.entity) return fmt::format("\"{}\", {}", v.text, claim::resolution_name(v.entity->via));
  return fmt::format("\"{}\"", v.text);
}

class TextWriter final : public ExplainWriter {
 public:
  explicit TextWriter(std::FILE* out) : out_(out) {}

  void finding(const check::Finding& f) override {
    fmt::print(out_, "finding {} ({}, {})\n  {}\n", f.fingerprint, f.check, check::severity_name(f.severity),
               f.message);
    for (const auto& s : f.sides) {
      fmt::print(out_, "  {} {}:{}:{}  \"{}\"\n", s.draft ? "draft: " : "source:", s.citation.path,
                 s.citation.start.line, s.citation.start.column, shorten(s.citation.quote, 90));
    }
    for (const auto& n : f.notes) fmt::print(out_, "  note: {}\n", n);
    ++count_;
  }

  void document(const Reading& r) override {
    const ingest::Document& doc = r.doc;
    const ingest::Citer cite(doc);
    if (count_++ > 0) fmt::print(out_, "\n");
    fmt::print(out_, "{}\n", doc.id);
    fmt::print(out_, "  format:  {}\n", ingest::format_name(doc.format));
    fmt::print(out_, "  date:    {}\n", date_line(doc.meta));
    if (!doc.meta.title.empty()) fmt::print(out_, "  title:   {}\n", doc.meta.title);
    if (!doc.meta.outlet.empty()) fmt::print(out_, "  outlet:  {}\n", doc.meta.outlet);
    for (const auto& n : doc.notes) fmt::print(out_, "  note:    {}\n", n);
    if (!r.layout.excluded.empty()) {
      fmt::print(out_, "  not read ({}):\n", r.layout.excluded.size());
      for (const auto& e : r.layout.excluded) {
        const ingest::Citation c = cite.cite(e.span);
        fmt::print(out_, "    {:<13} {:<9}  {:<22}  \"{}\"\n", range(c), ingest::exclusion_name(e.why), e.detail,
                   shorten(c.quote, 48));
      }
    }
    fmt::print(out_, "  sentences ({}), claims ({}):\n", r.layout.sentences.size(), r.found.claims.size());
    for (const auto& s : r.layout.sentences) {
      if (r.claims_only && std::none_of(r.found.claims.begin(), r.found.claims.end(),
                                        [&](const claim::Claim& cl) { return within(cl.span, s.span); }))
        continue;
      const ingest::Citation c = cite.cite(s.span);
      fmt::print(out_, "    {:<8} {}\n", position(c), c.quote);
      for (const auto& cl : r.found.claims) {
        if (!within(cl.span, s.span)) continue;
        fmt::print(out_, "             claim {}  [{}]  {}\n", cl.predicate, cl.rule, modality_line(cl));
        for (const auto& f : cl.fields) {
          fmt::print(out_, "               {:<12} {:<28} {}\n", f.name + ":", f.value.to_string(), field_note(f.value));
        }
        fmt::print(out_, "               matched {}  \"{}\"\n", range(cl.evidence.citation),
                   shorten(cl.evidence.citation.quote, 90));
        if (const check::Compared* x = compared_for(r, cl); x != nullptr) against(*x);
      }
      std::string mentions;
      for (const auto& m : r.found.mentions) {
        if (!within(m.value.span, s.span)) continue;
        mentions += fmt::format("{}{} \"{}\" = {}", mentions.empty() ? "" : "; ", m.vocab, m.value.text,
                                m.value.to_string());
      }
      if (!mentions.empty()) fmt::print(out_, "             mentions: {}\n", mentions);
    }
    std::fflush(out_);
  }

  void finish() override {}

 private:
  void against(const check::Compared& x) {
    if (x.against.empty()) {
      fmt::print(out_, "               against: no claim of this kind about this fact or subject in the archive{}\n",
                 x.others_about.empty() ? ""
                                        : fmt::format("; its claims of this kind are about {}",
                                                      fmt::join(x.others_about, ", ")));
      return;
    }
    for (const check::Verdict& v : x.against) {
      fmt::print(out_, "               against {}  \"{}\"\n                 {}\n", place_of(*v.other),
                 shorten(v.other->evidence.quote(), 70), v.verdict);
    }
    if (x.more > 0) fmt::print(out_, "               against {} more claims, not shown\n", x.more);
  }

  std::FILE* out_;
  int count_ = 0;
};

ordered_json citation_json(const ingest::Citation& c) {
  return {{"line", c.start.line},       {"column", c.start.column}, {"end_line", c.end.line},
          {"end_column", c.end.column}, {"byte_begin", c.byte_begin}, {"byte_end", c.byte_end},
          {"quote", c.quote}};
}

ordered_json value_json(const claim::Value& v) {
  ordered_json j{{"type", rules::value_type_name(v.type)}, {"text", v.text}, {"value", v.to_string()},
                 {"resolved", v.resolved}};
  if (v.entity) {
    j["entity"] = {{"id", v.entity->id}, {"name", v.entity->name}, {"via", claim::resolution_name(v.entity->via)}};
  }
  if (v.date) {
    j["date"] = {{"first", base::to_iso(base::from_days(v.date->first))},
                 {"last", base::to_iso(base::from_days(v.date->last))},
                 {"granularity", claim::granularity_name(v.date->granularity)},
                 {"approximate", v.date->approximate}};
  }
  if (v.quantity) {
    j["quantity"] = {{"value", v.quantity->value}, {"low", v.quantity->low}, {"high", v.quantity->high},
                     {"unit", v.quantity->unit}, {"dimension", v.quantity->dimension}};
  }
  return j;
}

// One JSON object; documents are written as they come, so memory stays flat.
class JsonWriter final : public ExplainWriter {
 public:
  explicit JsonWriter(std::FILE* out) : out_(out) { fmt::print(out_, "{{\"schema\": \"concord/explain/v1\""); }

  void finding(const check::Finding& f) override {
    ordered_json j{{"fingerprint", f.fingerprint}, {"check", f.check},
                   {"severity", check::severity_name(f.severity)}, {"message", f.message}, {"notes", f.notes}};
    fmt::print(out_, ", \"finding\": {}", j.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
  }

  void document(const Reading& r) override {
    const ingest::Document& doc = r.doc;
    const ingest::Citer cite(doc);
    ordered_json d;
    d["path"] = doc.path;
    d["id"] = doc.id;
    d["format"] = ingest::format_name(doc.format);
    d["date"] = doc.meta.date ? ordered_json(base::to_iso(*doc.meta.date)) : ordered_json(nullptr);
    d["date_source"] = ingest::date_source_name(doc.meta.date_source);
    d["date_basis"] = doc.meta.date_basis;
    d["title"] = doc.meta.title;
    d["outlet"] = doc.meta.outlet;
    d["notes"] = doc.notes;
    d["excluded"] = ordered_json::array();
    for (const auto& e : r.layout.excluded) {
      ordered_json x = citation_json(cite.cite(e.span));
      x["reason"] = ingest::exclusion_name(e.why);
      x["detail"] = e.detail;
      d["excluded"].push_back(std::move(x));
    }
    d["sentences"] = ordered_json::array();
    for (const auto& s : r.layout.sentences) d["sentences"].push_back(citation_json(cite.cite(s.span)));
    d["mentions"] = ordered_json::array();
    for (const auto& m : r.found.mentions) {
      ordered_json x = value_json(m.value);
      x["vocabulary"] = m.vocab;
      x["citation"] = citation_json(m.citation);
      d["mentions"].push_back(std::move(x));
    }
    d["claims"] = ordered_json::array();
    for (const auto& c : r.found.claims) {
      ordered_json x{{"predicate", c.predicate}, {"rule", c.rule}, {"modality", rules::modality_name(c.modality)},
                     {"cue", c.cue}, {"speaker", c.speaker}, {"attribution", c.attribution}};
      x["fields"] = ordered_json::object();
      for (const auto& f : c.fields) {
        ordered_json v = value_json(f.value);
        v["citation"] = citation_json(cite.cite(f.value.span));
        x["fields"][f.name] = std::move(v);
      }
      x["citation"] = citation_json(c.evidence.citation);
      x["sentence"] = c.evidence.sentence;
      if (const check::Compared* k = compared_for(r, c); k != nullptr) {
        x["against"] = ordered_json::array();
        for (const check::Verdict& v : k->against) {
          x["against"].push_back({{"path", v.other->evidence.citation.path},
                                  {"line", v.other->evidence.citation.start.line},
                                  {"column", v.other->evidence.citation.start.column},
                                  {"quote", v.other->evidence.quote()},
                                  {"verdict", v.verdict},
                                  {"fingerprint", v.fingerprint}});
        }
        x["against_more"] = k->more;
        x["others_about"] = k->others_about;
      }
      d["claims"].push_back(std::move(x));
    }
    fmt::print(out_, "{}\n  {}", count_++ > 0 ? "," : ", \"documents\": [",
               d.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
    std::fflush(out_);
  }

  void finish() override { fmt::print(out_, "{}\n]}}\n", count_ == 0 ? ", \"documents\": [" : ""); }

 private:
  std::FILE* out_;
  int count_ = 0;
};

}  // namespace

std::unique_ptr<ExplainWriter> make_explain_writer(ExplainFormat format, std::FILE* out) {
  if (format == ExplainFormat::json) return std::make_unique<JsonWriter>(out);
  return std::make_unique<TextWriter>(out);
}

}  // namespace concord::report
