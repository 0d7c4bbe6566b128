#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "ingest/date_infer.h"
#include "ingest/decode.h"
#include "ingest/folder.h"
#include "ingest/html.h"
#include "ingest/jsonl.h"
#include "ingest/markdown.h"

namespace concord::ingest {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{2} << 30;  // 2 GiB

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<std::string> read_file(const std::string& path, base::Diagnostics& diags) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    diags.unread(base::Unread::whole, base::Severity::error, {path},
                 "file is {} MB, over the 2048 MB limit; split it or convert it to JSONL", size >> 20);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.unread(base::Unread::whole, base::Severity::error, {path}, "cannot open: {}; check that the file is readable",
                 std::strerror(errno));
    return std::nullopt;
  }
  std::string bytes;
  if (!ec) bytes.reserve(size);
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    diags.unread(base::Unread::whole, base::Severity::error, {path}, "read error; check the file and the disk");
    return std::nullopt;
  }
  return bytes;
}

// Loads the manifest in folder dir (if any), once.
const Manifest* manifest_for(const fs::path& dir, const std::string& shown_dir,
                             std::map<fs::path, Manifest>& cache, base::Diagnostics& diags) {
  auto it = cache.find(dir);
  if (it == cache.end()) {
    Manifest m;
    const fs::path file = dir / kManifestName;
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) {
      const std::string shown = join(shown_dir, kManifestName);
      if (auto text = read_file(file.string(), diags)) {
        m = parse_manifest(*text, shown, diags);
        for (const auto& [name, entry] : m) {
          if (!fs::exists(dir / name, ec)) {
            diags.warning({shown, entry.line, 0}, "'{}' is listed but not in the folder; check the name",
                          name);
          }
        }
      }
    }
    it = cache.emplace(dir, std::move(m)).first;
  }
  return it->second.empty() ? nullptr : &it->second;
}

std::optional<ManifestEntry> entry_for(const Manifest* m, const std::string& name) {
  if (m == nullptr) return std::nullopt;
  auto it = m->find(name);
  if (it == m->end()) return std::nullopt;
  return it->second;
}

void apply_date_override(Document& doc, const ReadOptions& options) {
  for (const auto& o : options.dates) {
    const bool same = o.path == doc.path || fs::path(o.path).lexically_normal() == fs::path(doc.path).lexically_normal();
    if (!same) continue;
    doc.meta.date = o.date;
    doc.meta.date_source = DateSource::flag;
    doc.meta.date_basis = "--date " + o.path + "=" + base::to_iso(o.date);
  }
}

void apply_manifest(Document& doc, const ManifestEntry& m, base::Diagnostics& diags) {
  if (doc.meta.title.empty()) doc.meta.title = m.title;
  if (doc.meta.outlet.empty()) doc.meta.outlet = m.outlet;
  if (doc.meta.url.empty()) doc.meta.url = m.url;
  if (!m.date) return;
  if (doc.meta.date && *doc.meta.date != *m.date) {
    diags.warning({doc.path}, "its front matter says {} but {} says {}; using the front matter",
                  base::to_iso(*doc.meta.date), kManifestName, base::to_iso(*m.date));
    return;
  }
  if (doc.meta.date) return;
  doc.meta.date = m.date;
  doc.meta.date_source = DateSource::manifest;
  doc.meta.date_basis = m.date_basis.empty() ? fmt::format("{} line {}", kManifestName, m.line)
                                             : fmt::format("{} line {}: {}", kManifestName, m.line, m.date_basis);
}

void infer_from_text(Document& doc) {
  if (doc.meta.date) return;
  if (auto d = infer_date(doc.text)) {
    const Citer cite(doc);
    const Position p = cite.start(d->offset);
    doc.meta.date = d->date;
    doc.meta.date_source = DateSource::inferred;
    doc.meta.date_basis = fmt::format("'{}: {}' at line {}", d->label, d->value, p.line);
  }
}

// Lines that look double-encoded are not read for claims; one warning per
// document says so, at the first.
void exclude_mojibake(Document& doc, base::Diagnostics& diags) {
  const std::vector<Mojibake> found = find_mojibake(doc.text);
  if (found.empty()) return;
  for (const Mojibake& m : found) doc.excluded.push_back({m.line, Exclusion::untrusted, "double-encoded text"});
  const Position p = Citer(doc).start(found.front().at);
  const std::string what = found.size() == 1 ? std::string("line not read: its text looks")
                                             : fmt::format("{} lines not read, the first here: their text looks",
                                                           found.size());
  diags.unread(base::Unread::part, base::Severity::warning, {doc.path, p.line, p.column},
               "{} double-encoded ('{}'); re-save the source as UTF-8", what, found.front().sample);
}

void finish(Document& doc, const ReadOptions& options, const std::optional<ManifestEntry>& manifest,
            base::Diagnostics& diags) {
  exclude_mojibake(doc, diags);
  if (manifest) apply_manifest(doc, *manifest, diags);
  infer_from_text(doc);
  apply_date_override(doc, options);
}

// A JSONL file's lines, one at a time: as they are, or, when the file starts
// with a UTF-16 byte-order mark (a file saved as "Unicode" on Windows), each
// line's code units with the mark before them, for decode() to transcode.
class JsonlLines {
 public:
  explicit JsonlLines(std::istream& in) : in_(in) {
    char bom[2];
    in_.read(bom, 2);
    const std::string first(bom, static_cast<std::size_t>(in_.gcount()));
    if (first == "\xFF\xFE" || first == "\xFE\xFF") {
      bom_ = first;
    } else {
      carry_ = first;
    }
    in_.clear(in_.rdstate() & ~std::ios::failbit);  // a file shorter than two bytes
  }
  // True for UTF-16 files, whose lines are not counted in bytes here.
  bool utf16() const { return !bom_.empty(); }
  bool next(std::string& line) {
    if (bom_.empty()) {
      if (!std::getline(in_, line)) {
        if (carry_.empty()) return false;
        line = std::exchange(carry_, {});
        return true;
      }
      if (!carry_.empty()) line.insert(0, std::exchange(carry_, {}));
      return true;
    }
    const bool little = bom_[0] == '\xFF';
    line = bom_;
    char unit[2];
    bool any = false;
    while (in_.read(unit, 2)) {
      any = true;
      if ((little ? unit[0] : unit[1]) == '\n' && (little ? unit[1] : unit[0]) == '\0') break;
      line.append(unit, 2);
    }
    return any;
  }
 private:
  std::istream& in_;
  std::string bom_;    // the UTF-16 byte-order mark, when there is one
  std::string carry_;  // bytes read to look for it that belong to the first line
};

std::size_t load_jsonl(const Source& src, const ReadOptions& options, base::Diagnostics& diags,
                       const std::function<void(Document&&)>& sink, ByteRange range) {
  std::ifstream in(src.path, std::ios::binary);
  if (range.begin > 0 && !in) return 0;  // the range that holds the first byte says so
  if (!in) {
    diags.unread(base::Unread::whole, base::Severity::error, {src.path},
                 "cannot open: {}; check that the file is readable", std::strerror(errno));
    return 0;
  }
  std::map<std::string, int> seen;  // id -> first line
  std::size_t n = 0;
  int line_no = 0;
  std::string line;
  JsonlLines lines(in);
  if (lines.utf16() && range.begin > 0) return 0;  // read whole, by the range that holds its start
  if (lines.utf16()) range = {};
  std::uint64_t offset = 0;  // of the line's first byte
  while (lines.next(line)) {
    ++line_no;
    const std::uint64_t at = std::exchange(offset, offset + line.size() + 1);
    if (at >= range.end) break;
    // A line before the range is another reader's, but the ids it uses
    // still mark this range's repeats of them: parsed for its id alone.
    const bool before = at < range.begin;
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.replace(0, 3, "   ");
    Decoded d = decode(line);
    if (before) {
      base::Diagnostics ignored;
      if (d.binary) continue;
      if (auto rec = parse_jsonl_line(d.text, src.path, line_no, ignored)) seen.emplace(rec->id, line_no);
      continue;
    }
    if (d.text.find_first_not_of(" \t\r") == std::string::npos && !d.binary) continue;
    if (d.binary) {
      // JSON cannot hold a raw NUL or control byte, so the record is not
      // read: an error, as any line that is not JSON is.
      diags.unread(base::Unread::part, base::Severity::error, {src.path, line_no, 0},
                   "line not read: {}; JSON text must escape them (\\u0000) or leave them out", d.why_binary);
      continue;
    }
    base::Diagnostics parsing;
    auto rec = parse_jsonl_line(d.text, src.path, line_no, parsing);
    for (base::Diagnostic p : parsing.all()) {
      if (!rec) p.unread = base::Unread::part;  // the line is skipped
      diags.add(std::move(p));
    }
    if (!rec) continue;
    Document doc;
    doc.path = src.path;
    doc.format = Format::jsonl;
    doc.first_line = line_no;
    doc.id = src.path + "#" + rec->id;
    if (auto [it, fresh] = seen.emplace(rec->id, line_no); !fresh) {
      diags.warning({src.path, line_no, 0}, "id '{}' was already used at line {}; both records are read",
                    rec->id, it->second);
      doc.id += fmt::format("@{}", line_no);
    }
    doc.text = std::move(rec->text);
    doc.map = rec->text_map.then(d.map);
    doc.raw = d.raw.empty() ? std::move(d.text) : std::move(d.raw);
    doc.notes = std::move(d.notes);
    doc.meta.title = rec->title;
    doc.meta.outlet = rec->outlet;
    doc.meta.url = rec->url;
    if (!rec->date.empty()) {
      if (auto date = base::parse_date(rec->date)) {
        doc.meta.date = date;
        doc.meta.date_source = DateSource::jsonl;
        doc.meta.date_basis = fmt::format("\"date\" at line {}", line_no);
      } else {
        diags.error({src.path, line_no, rec->date_column},
                    "\"date\" is not a date: '{}'; write it as YYYY-MM-DD", rec->date);
      }
    }
    finish(doc, options, std::nullopt, diags);
    sink(std::move(doc));
    ++n;
  }
  if (in.bad() && offset >= range.begin) {
    diags.unread(base::Unread::part, base::Severity::error, {src.path},
                 "read error after line {}; check the file and the disk", line_no);
  }
  return n;
}

}  // namespace

std::optional<Format> format_for_path(const std::string& path) {
  const std::string ext = lower(fs::path(path).extension().string());
  if (ext == ".txt" || ext == ".text") return Format::text;
  if (ext == ".md" || ext == ".markdown" || ext == ".mdx") return Format::markdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::html;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::jsonl;
  return std::nullopt;
}

Format sniff_format(std::string_view bytes) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.remove_prefix(3);
  if (bytes.rfind("---\n", 0) == 0 || bytes.rfind("---\r\n", 0) == 0) return Format::markdown;
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && bytes[first] == '<') return Format::html;
  if (first != std::string_view::npos && bytes[first] == '{') return Format::jsonl;
  return Format::text;
}

std::optional<Document> make_document(const std::string& path, std::string bytes, Format format,
                                      const ReadOptions& options,
                                      const std::optional<ManifestEntry>& manifest,
                                      base::Diagnostics& diags) {
  Decoded d = decode(std::move(bytes));
  if (d.binary) {
    diags.unread(base::Unread::whole, base::Severity::warning, {path},
                 "skipped: {}; concord reads text, Markdown, HTML and JSONL files", d.why_binary);
    return std::nullopt;
  }
  Document doc;
  doc.path = path;
  doc.id = path;
  doc.format = format;
  doc.notes = std::move(d.notes);
  if (format == Format::html) {
    HtmlText h = extract_html(d.text);
    if (!h.note.empty()) doc.notes.push_back(h.note);
    for (const auto& c : h.comments) {
      doc.comments.push_back({d.map.to_raw(c.raw_begin, Bias::begin), d.map.to_raw(c.raw_end, Bias::end), c.body});
    }
    doc.text = std::move(h.text);
    doc.map = h.map.then(d.map);
    doc.raw = d.raw.empty() ? std::move(d.text) : std::move(d.raw);
    doc.excluded = std::move(h.furniture);
    doc.meta.title = std::move(h.title);
    doc.meta.outlet = std::move(h.outlet);
    doc.meta.url = std::move(h.url);
    if (h.date) {
      doc.meta.date = h.date;
      doc.meta.date_source = DateSource::inferred;
      doc.meta.date_basis = std::move(h.date_basis);
    }
  } else {
    doc.text = std::move(d.text);
    doc.raw = std::move(d.raw);
    doc.map = std::move(d.map);
    if (format == Format::markdown) {
      MarkdownParts md = blank_markdown(doc.text, path, diags);
      doc.excluded = std::move(md.markup);
      for (const Comment& c : md.comments) {
        doc.comments.push_back({doc.map.to_raw(c.span.begin, Bias::begin), doc.map.to_raw(c.span.end, Bias::end), c.body});
      }
      if (md.yaml) read_front_matter(*md.yaml, doc.meta, diags);
    }
  }
  finish(doc, options, manifest, diags);
  return doc;
}

std::vector<Source> list_sources(const std::vector<std::string>& paths, const ReadOptions& options,
                                 base::Diagnostics& diags) {
  std::vector<Source> out;
  std::map<fs::path, Manifest> manifests;
  for (const std::string& arg : paths) {
    if (arg == "-") {
      Source s;
      s.path = options.stdin_name.empty() ? "<stdin>" : options.stdin_name;
      s.is_stdin = true;
      out.push_back(std::move(s));
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      if (fs::is_symlink(fs::symlink_status(arg, ec))) {
        diags.unread(base::Unread::whole, base::Severity::error, {arg}, "{}; fix the link or name the file itself",
                     dead_link(arg));
      } else {
        diags.unread(base::Unread::whole, base::Severity::error, {arg}, "no such file or folder; check the path");
      }
      continue;
    }
    if (fs::is_regular_file(st)) {
      const fs::path p(arg);
      if (p.filename() == kManifestName) continue;  // metadata, not a story
      Source s;
      s.path = arg;
      s.format = format_for_path(arg).value_or(Format::text);
      const fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
      s.manifest = entry_for(manifest_for(dir, p.parent_path().generic_string(), manifests, diags),
                             p.filename().string());
      out.push_back(std::move(s));
      continue;
    }
    if (!fs::is_directory(st)) {
      diags.unread(base::Unread::whole, base::Severity::error, {arg},
                   "{}, not a file or folder; give a text, Markdown, HTML or JSONL file", kind_of(st.type()));
      continue;
    }
    const FolderListing listing = list_folder(arg, diags);
    if (!listing.opened) continue;
    if (listing.files.empty()) {
      diags.error({arg}, "no documents in this folder; concord reads .txt, .md, .html and .jsonl files");
    }
    if (listing.other > 0) {
      diags.note({arg}, "{} file{} with other extensions not read (first: {})", listing.other,
                 listing.other == 1 ? "" : "s", join(arg, listing.first_other));
    }
    for (const fs::path& rel : listing.files) {
      Source s;
      s.path = join(arg, rel);
      s.format = *format_for_path(rel.string());
      const fs::path dir = fs::path(arg) / rel.parent_path();
      const std::string shown_dir = rel.parent_path().empty() ? arg : join(arg, rel.parent_path());
      s.manifest = entry_for(manifest_for(dir, shown_dir, manifests, diags), rel.filename().string());
      out.push_back(std::move(s));
    }
  }
  return out;
}

std::size_t load_source(const Source& source, const ReadOptions& options, base::Diagnostics& diags,
                        const std::function<void(Document&&)>& sink, ByteRange range) {
  if (source.is_stdin) {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    std::string bytes = buf.str();
    const Format f = options.stdin_name.empty() ? sniff_format(bytes)
                                                : format_for_path(options.stdin_name).value_or(sniff_format(bytes));
    if (f == Format::jsonl) {
      diags.unread(base::Unread::whole, base::Severity::error, {source.path},
                   "JSONL archives cannot be read from stdin; name the file instead");
      return 0;
    }
    auto doc = make_document(source.path, std::move(bytes), f, options, source.manifest, diags);
    if (!doc) return 0;
    sink(std::move(*doc));
    return 1;
  }
  if (source.format == Format::jsonl) return load_jsonl(source, options, diags, sink, range);
  if (range.begin > 0) return 0;  // one document, in the range that holds its first byte
  auto bytes = read_file(source.path, diags);
  if (!bytes) return 0;
  auto doc = make_document(source.path, std::move(*bytes), source.format, options, source.manifest, diags);
  if (!doc) return 0;
  sink(std::move(*doc));
  return 1;
}

}  // namespace concord::ingest
