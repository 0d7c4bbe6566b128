#include "ingest/document.h"

#include "base/utf8.h"

namespace concord::ingest {

const char* format_name(Format f) {
  switch (f) {
    case Format::text: return "text";
    case Format::markdown: return "markdown";
    case Format::html: return "html";
    case Format::jsonl: return "jsonl";
  }
  return "?";
}

const char* date_source_name(DateSource s) {
  switch (s) {
    case DateSource::front_matter: return "front-matter";
    case DateSource::manifest: return "manifest";
    case DateSource::jsonl: return "jsonl";
    case DateSource::flag: return "flag";
    case DateSource::inferred: return "inferred";
    case DateSource::unknown: return "unknown";
  }
  return "unknown";
}

const char* exclusion_name(Exclusion e) {
  switch (e) {
    case Exclusion::markup: return "markup";
    case Exclusion::furniture: return "furniture";
    case Exclusion::duplicate: return "duplicate";
    case Exclusion::untrusted: return "untrusted";
  }
  return "?";
}

Citer::Citer(const Document& doc)
    : doc_(doc), lines_(doc.original(), doc.first_line), path_(doc.path), id_(doc.id) {}

Position Citer::start(std::size_t off) const {
  return lines_.position(doc_.map.to_raw(off, Bias::begin));
}

Position Citer::end(std::size_t off) const {
  return lines_.position(doc_.map.to_raw(off, Bias::end));
}

Citation Citer::cite(Span span) const {
  Citation c;
  c.path = path_;
  c.document = id_;
  c.byte_begin = doc_.map.to_raw(span.begin, Bias::begin);
  c.byte_end = doc_.map.to_raw(span.end, Bias::end);
  c.start = lines_.position(c.byte_begin);
  c.end = lines_.position(c.byte_end);
  c.quote = base::utf8::collapse_spaces(std::string_view(doc_.text).substr(span.begin, span.size()));
  return c;
}

}  // namespace concord::ingest
