// Reading a file: its name and bytes -> documents (ingest/reader.h).
//
// Input: a file name on the first line, the file's bytes after it
// ("story.md\n---\ntitle: x\n---\nText."). The name's extension picks the
// format as on the command line; a name concord does not know is sniffed as
// stdin is. A .jsonl file is written to a temporary folder and read as an
// archive. Covers decoding (encodings, binary detection, mojibake), HTML,
// Markdown with front matter and JSONL, and checks each document's
// invariant: valid UTF-8 text whose source map covers it, citing into the
// original bytes, each sentence forwards.
#include <optional>
#include <string>

#include "base/diag.h"
#include "base/utf8.h"
#include "fuzz.h"
#include "ingest/document.h"
#include "ingest/reader.h"
#include "text/layout.h"

using namespace concord;

namespace {

void check_document(const ingest::Document& doc) {
  FUZZ_CHECK(base::utf8::is_valid(doc.text));
  FUZZ_CHECK(doc.map.text_size() == doc.text.size());
  const std::size_t raw_size = doc.original().size();
  for (std::size_t at : {std::size_t{0}, doc.text.size() / 2, doc.text.size()}) {
    FUZZ_CHECK(doc.map.to_raw(at, ingest::Bias::begin) <= raw_size);
    FUZZ_CHECK(doc.map.to_raw(at, ingest::Bias::end) <= raw_size);
  }
  for (const auto& e : doc.excluded) FUZZ_CHECK(e.span.begin <= e.span.end && e.span.end <= doc.text.size());
  for (const auto& c : doc.comments) FUZZ_CHECK(c.raw_begin <= c.raw_end && c.raw_end <= raw_size);
  const ingest::Citer citer(doc);
  // The whole text may cite backwards (HTML text follows gumbo's tree, which
  // moves some text); a sentence, which is all a finding quotes, may not.
  const ingest::Citation whole = citer.cite({0, doc.text.size()});
  FUZZ_CHECK(whole.byte_begin <= raw_size && whole.byte_end <= raw_size);
  for (const text::Sentence& s : text::analyze(doc).sentences) {
    const ingest::Citation c = citer.cite(s.span);
    FUZZ_CHECK(c.byte_begin <= c.byte_end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::bytes(data, size);
  const std::size_t nl = input.find('\n');
  if (nl == std::string_view::npos || nl > 64) return 0;
  const std::string name(input.substr(0, nl));
  if (name.find('\0') != std::string::npos) return 0;
  const std::string_view bytes = input.substr(nl + 1);

  fuzz::run([&] {
    base::Diagnostics diags;
    const std::optional<ingest::Format> format = ingest::format_for_path(name);
    if (format == ingest::Format::jsonl) {
      ingest::Source source;
      source.path = fuzz::temp_file("archive.jsonl", bytes);
      source.format = ingest::Format::jsonl;
      ingest::load_source(source, {}, diags, [](ingest::Document&& doc) { check_document(doc); });
      return;
    }
    const ingest::Format f = format.value_or(ingest::sniff_format(bytes));
    if (f == ingest::Format::jsonl) return;  // stdin refuses JSONL
    auto doc = ingest::make_document(name, std::string(bytes), f, {}, std::nullopt, diags);
    if (doc) check_document(*doc);
  });
  return 0;
}
