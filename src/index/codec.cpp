#include "index/codec.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#include "base/hash.h"
#include "base/utf8.h"

// A blob is one CBOR map (keys are a letter or two; see the encode functions):
//
//   {"v": kCodecVersion, "i": DocumentInfo, "c": [Claim], "f": [Finding], "s": [Suppression]}
//
// A key is left out when its value is the default, and several defaults come
// from the document: a claim's document, path, date and draft flag are the
// document's unless stored, a quote is the highlighted part of its sentence,
// an entity's surface is its value's text. Absent optionals are left out too;
// an optional whose default is set (a claim's document date) is stored as null
// when it has no value.

namespace concord::index {

namespace {

// ---- Enum codes ------------------------------------------------------------
// A blob stores these numbers, never an enumerator's position, so reordering an
// enum cannot change what a stored blob means. A new enumerator needs a new
// code (the compiler warns about the switch until it has one); changing a
// code means bumping kCodecVersion.

int code(rules::ValueType t) {
  using enum rules::ValueType;
  switch (t) {
    case text: return 0;
    case entity: return 1;
    case person: return 2;
    case place: return 3;
    case organization: return 4;
    case thing: return 5;
    case date: return 6;
    case number: return 7;
    case quantity: return 8;
    case age: return 9;
    case ordinal: return 10;
    case title: return 11;
  }
  return -1;
}

int code(rules::EntityKind k) {
  using enum rules::EntityKind;
  switch (k) {
    case person: return 0;
    case organization: return 1;
    case place: return 2;
    case event: return 3;
    case thing: return 4;
    case any: return 5;
  }
  return -1;
}

int code(rules::Modality m) {
  using enum rules::Modality;
  switch (m) {
    case asserted: return 0;
    case negated: return 1;
    case hedged: return 2;
    case planned: return 3;
    case reported: return 4;
  }
  return -1;
}

int code(claim::Resolution r) {
  using enum claim::Resolution;
  switch (r) {
    case gazetteer: return 0;
    case name: return 1;
    case coreference: return 2;
    case title: return 3;
    case pronoun: return 4;
    case unresolved: return 5;
  }
  return -1;
}

int code(claim::Granularity g) {
  using enum claim::Granularity;
  switch (g) {
    case day: return 0;
    case week: return 1;
    case month: return 2;
    case quarter: return 3;
    case season: return 4;
    case year: return 5;
    case decade: return 6;
  }
  return -1;
}

int code(ingest::DateSource s) {
  using enum ingest::DateSource;
  switch (s) {
    case front_matter: return 0;
    case manifest: return 1;
    case jsonl: return 2;
    case flag: return 3;
    case inferred: return 4;
    case unknown: return 5;
  }
  return -1;
}

int code(check::Severity s) {
  using enum check::Severity;
  switch (s) {
    case info: return 0;
    case warning: return 1;
    case error: return 2;
  }
  return -1;
}

// The enumerator whose code is c. Our enums number their enumerators from 0
// and have far fewer than 64, so asking code() of each of 0..63 finds it.
template <typename E>
std::optional<E> from_code(std::int64_t c) {
  for (int i = 0; i < 64; ++i) {
    if (code(static_cast<E>(i)) == c) return static_cast<E>(i);
  }
  return std::nullopt;
}

// What a document's claims, findings and suppressions share, so each can
// leave it out.
struct Defaults {
  base::SharedString path;  // one copy for all the document's claims
  base::SharedString id;
  std::optional<base::Date> date;
  ingest::DateSource date_source = ingest::DateSource::unknown;
  bool draft = false;
};

Defaults defaults_of(const report::DocumentInfo& info) {
  return {info.path, info.id, info.date, info.date_source, info.draft};
}

// ---- Encoding --------------------------------------------------------------

// CBOR written directly: a blob is encoded once per document indexed and
// several times per claim in a run checked in parts, so no JSON tree in
// between.
class Out {
 public:
  std::string bytes;

  // An item's head: its major type and argument, in as few bytes as hold it.
  void head(int major, std::uint64_t arg) {
    const auto m = static_cast<unsigned char>(major << 5);
    if (arg < 24) return void(bytes.push_back(static_cast<char>(m | arg)));
    const int info = arg <= 0xff ? 24 : arg <= 0xffff ? 25 : arg <= 0xffffffff ? 26 : 27;
    big_endian(m | info, arg, 1 << (info - 24));
  }
  template <typename T>
  void number(T v) {
    if constexpr (std::is_signed_v<T>) {
      if (v < 0) return head(1, static_cast<std::uint64_t>(-(static_cast<std::int64_t>(v) + 1)));
    }
    head(0, static_cast<std::uint64_t>(v));
  }
  void str(std::string_view s) {
    head(3, s.size());
    bytes.append(s);
  }
  void flag(bool b) { bytes.push_back(b ? '\xf5' : '\xf4'); }
  void null() { bytes.push_back('\xf6'); }
  // As nlohmann::json writes a double: NaN and infinities as half floats,
  // a single float when exact, else a double.
  void real(double v) {
    if (std::isnan(v)) return void(bytes.append("\xf9\x7e\x00", 3));
    if (std::isinf(v)) return void(bytes.append(v > 0 ? "\xf9\x7c\x00" : "\xf9\xfc\x00", 3));
    if (static_cast<double>(static_cast<float>(v)) == v) {
      const auto f = static_cast<float>(v);
      std::uint32_t bits;
      std::memcpy(&bits, &f, 4);
      return big_endian(0xfa, bits, 4);
    }
    std::uint64_t bits;
    std::memcpy(&bits, &v, 8);
    big_endian(0xfb, bits, 8);
  }
  void strings(const std::vector<std::string>& v) {
    head(4, v.size());
    for (const auto& s : v) str(s);
  }

 private:
  // A first byte, then the n low bytes of v, most significant first.
  void big_endian(int first, std::uint64_t v, int n) {
    bytes.push_back(static_cast<char>(first));
    for (int k = n - 1; k >= 0; --k) bytes.push_back(static_cast<char>(v >> (8 * k)));
  }
};

// A map whose keys are counted as they are written; its head is set when
// it closes. Every map here has fewer than 24 keys, so the head is a byte.
class Map {
 public:
  explicit Map(Out& o) : o_(o), at_(o.bytes.size()) { o.bytes.push_back('\xa0'); }
  ~Map() { o_.bytes[at_] = static_cast<char>(0xa0 | n_); }
  Map(const Map&) = delete;
  Map& operator=(const Map&) = delete;

  Out& key(const char* k) {
    ++n_;
    o_.str(k);
    return o_;
  }

 private:
  Out& o_;
  std::size_t at_;
  unsigned n_ = 0;
};

void put_str(Map& m, const char* key, const std::string& v, const std::string& dflt = {}) {
  if (v != dflt) m.key(key).str(v);
}
template <typename T>
void put_int(Map& m, const char* key, T v, T dflt = 0) {
  if (v != dflt) m.key(key).number(v);
}
void put_real(Map& m, const char* key, double v, double dflt) {
  if (!(v == dflt)) m.key(key).real(v);  // NaN is stored
}
void put_flag(Map& m, const char* key, bool v, bool dflt = false) {
  if (v != dflt) m.key(key).flag(v);
}
template <typename E>
void put_code(Map& m, const char* key, E v, E dflt) {
  if (v != dflt) m.key(key).number(code(v));
}
template <typename... T>
void put_ints(Out& o, T... v) {
  o.head(4, sizeof...(T));
  (o.number(v), ...);
}
void put_span(Map& m, const char* key, ingest::Span s) {
  if (s != ingest::Span{}) put_ints(m.key(key), s.begin, s.end);
}
void put_date(Map& m, const char* key, const std::optional<base::Date>& d,
              const std::optional<base::Date>& dflt = std::nullopt) {
  if (d == dflt) return;
  Out& o = m.key(key);
  d ? put_ints(o, d->year, d->month, d->day) : o.null();
}
void put_strings(Map& m, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) m.key(key).strings(v);
}

void encode(Out& o, const claim::DateValue& d) {
  Map m(o);
  m.key("f").number(d.first);
  put_int(m, "l", d.last, d.first);
  put_code(m, "g", d.granularity, claim::Granularity::day);
  put_flag(m, "a", d.approximate);
  put_flag(m, "m", d.ambiguous);
}

void encode(Out& o, const claim::Quantity& q) {
  Map m(o);
  m.key("v").real(q.value);
  put_real(m, "lo", q.low, q.value);
  put_real(m, "hi", q.high, q.value);
  put_str(m, "u", q.unit);
  put_str(m, "d", q.dimension);
  put_flag(m, "a", q.approximate);
}

void encode(Out& o, const claim::EntityRef& e, const std::string& text) {
  Map m(o);
  put_str(m, "i", e.id);
  put_str(m, "n", e.name, e.id);
  put_str(m, "s", e.surface, text);
  put_code(m, "k", e.kind, rules::EntityKind::any);
  put_code(m, "v", e.via, claim::Resolution::name);
}

void encode(Out& o, const claim::TitleValue& t) {
  Map m(o);
  put_str(m, "r", t.rank);
  put_str(m, "p", t.portfolio);
  put_str(m, "o", t.office);
  put_str(m, "c", t.country);
  put_str(m, "g", t.org);
  put_flag(m, "f", t.former);
}

void encode(Out& o, const claim::ThingValue& t) {
  Map m(o);
  put_strings(m, "w", t.words);
  put_str(m, "h", t.head);
}

// A field: its name and its value's keys in one map.
void encode(Out& o, const claim::Field& f) {
  const claim::Value& v = f.value;
  Map m(o);
  put_str(m, "n", f.name);
  put_code(m, "y", v.type, rules::ValueType::text);
  put_str(m, "x", v.text);
  put_span(m, "s", v.span);
  if (v.entity) encode(m.key("e"), *v.entity, v.text);
  if (v.date) encode(m.key("d"), *v.date);
  if (v.quantity) encode(m.key("q"), *v.quantity);
  if (v.integer) m.key("i").number(*v.integer);
  if (v.title) encode(m.key("t"), *v.title);
  if (v.thing) encode(m.key("h"), *v.thing);
  put_flag(m, "r", v.resolved, true);
}

void encode(Out& o, const ingest::Citation& c, const std::string& sentence, std::size_t hb, std::size_t he,
            const Defaults& d) {
  Map m(o);
  put_str(m, "p", c.path, d.path);
  put_str(m, "d", c.document, d.id);
  put_int(m, "b", c.byte_begin);
  put_int(m, "e", c.byte_end);
  put_ints(m.key("s"), c.start.line, c.start.column);
  put_ints(m.key("t"), c.end.line, c.end.column);
  put_str(m, "q", c.quote, base::utf8::code_points(sentence, hb, he));
}

void encode(Out& o, const claim::Claim& c, const Defaults& d, const std::string& previous_sentence) {
  Map m(o);
  put_str(m, "p", c.predicate);
  if (!c.fields.empty()) {
    Out& fields = m.key("f");
    fields.head(4, c.fields.size());
    for (const auto& f : c.fields) encode(fields, f);
  }
  put_code(m, "m", c.modality, rules::Modality::asserted);
  put_str(m, "a", c.attribution);
  put_str(m, "k", c.speaker);
  put_str(m, "cu", c.cue);
  put_str(m, "rp", c.repeated);
  put_str(m, "r", c.rule);
  put_str(m, "d", c.document, d.id);
  put_date(m, "dd", c.document_date, d.date);
  if (c.context_date) encode(m.key("cd"), *c.context_date);
  put_code(m, "ds", c.date_source, d.date_source);
  const claim::Evidence& e = c.evidence;
  encode(m.key("c"), e.citation, e.sentence, e.highlight_begin, e.highlight_end, d);
  put_str(m, "s", e.sentence, previous_sentence);
  put_int(m, "hb", e.highlight_begin);
  put_int(m, "he", e.highlight_end);
  put_span(m, "sp", c.span);
  put_flag(m, "g", c.in_draft, d.draft);
}

void encode(Out& o, const check::Side& s, const Defaults& d) {
  Map m(o);
  put_str(m, "v", s.value);
  put_code(m, "m", s.modality, rules::Modality::asserted);
  put_str(m, "r", s.rule);
  put_str(m, "d", s.document, d.id);
  put_flag(m, "g", s.draft, d.draft);
  encode(m.key("c"), s.citation, s.sentence, s.highlight_begin, s.highlight_end, d);
  put_str(m, "s", s.sentence);
  put_int(m, "hb", s.highlight_begin);
  put_int(m, "he", s.highlight_end);
  put_str(m, "k", s.speaker);
  put_str(m, "a", s.attribution);
  put_str(m, "i", s.identity);
  put_str(m, "n", s.norm);
}

void encode(Out& o, const check::Finding& f, const Defaults& d) {
  Map m(o);
  put_str(m, "k", f.check);
  put_code(m, "v", f.severity, check::Severity::error);
  put_str(m, "m", f.message);
  put_str(m, "s", f.subject);
  put_str(m, "p", f.predicate);
  put_str(m, "f", f.fact);
  if (!f.sides.empty()) {
    Out& sides = m.key("d");
    sides.head(4, f.sides.size());
    for (const auto& s : f.sides) encode(sides, s, d);
  }
  put_strings(m, "n", f.notes);
  put_str(m, "fp", f.fingerprint);
}

void encode(Out& o, const check::Suppression& s, const Defaults& d) {
  Map m(o);
  put_str(m, "p", s.path, d.path);
  put_int(m, "l", s.line);
  put_int(m, "cl", s.comment_line);
  put_strings(m, "k", s.checks);
  put_str(m, "r", s.reason);
}

void encode(Out& o, const report::DocumentInfo& i) {
  Map m(o);
  put_str(m, "p", i.path);
  put_str(m, "i", i.id, i.path);
  put_date(m, "t", i.date);
  put_code(m, "ds", i.date_source, ingest::DateSource::unknown);
  put_flag(m, "r", i.draft);
  put_int(m, "n", i.sentences);
  put_int(m, "c", i.claims);
  put_int(m, "b", i.bytes);
}

// ---- Decoding --------------------------------------------------------------

constexpr std::size_t kMaxDepth = 16;  // deeper than any blob encode() writes

// An item's head read: its major type, the low five bits, and its argument
// (a length, a number, a float's bits); body is just past the head.
struct Head {
  int major = 0;
  int info = 0;
  std::uint64_t arg = 0;
  const unsigned char* body = nullptr;
};

// Reads the head at p into h; false if it runs past end or is one encode()
// never writes (reserved, or an indefinite length). On the hot path of every
// decode, so no optional: this runs once per item read and once per item
// skipped.
bool read_head(const unsigned char* p, const unsigned char* end, Head& h) {
  if (p >= end) return false;
  h.major = *p >> 5;
  h.info = *p & 31;
  h.arg = static_cast<std::uint64_t>(h.info);
  h.body = p + 1;
  if (h.info < 24) return true;
  if (h.info > 27) return false;
  const auto n = std::size_t{1} << (h.info - 24);
  if (static_cast<std::size_t>(end - h.body) < n) return false;
  h.arg = 0;
  for (std::size_t k = 0; k < n; ++k) h.arg = h.arg << 8 | *h.body++;
  return true;
}
constexpr std::size_t kMaxKeys = 32;   // more than any map encode() writes

// A blob being read, and where each of its arrays and maps ends, found by
// well_formed() in its one pass: skipping a claim or a field is then a
// binary search, where walking through everything in it read the same bytes
// again at each level of nesting (a third of decoding a story).
struct Blob {
  const unsigned char* begin = nullptr;
  const unsigned char* end = nullptr;
  // Each array's and map's head and end, as offsets, in the order of their
  // heads. Kept per thread, so that it is not allocated for every story.
  struct Span {
    std::uint32_t head, end;
  };
  std::vector<Span>* containers = nullptr;

  const unsigned char* end_of_container(const unsigned char* head) const {
    const auto at = static_cast<std::uint32_t>(head - begin);
    const auto it = std::lower_bound(containers->begin(), containers->end(), at,
                                     [](const Span& s, std::uint32_t h) { return s.head < h; });
    return begin + it->end;  // well_formed() saw every container read
  }
};

// True iff blob.begin..end is exactly one CBOR item of the kinds encode()
// writes (definite lengths, no tags, no byte strings) nested at most
// kMaxDepth deep, and under 4 GB (offsets are 32 bits). Checked first, so
// that reading the blob's items cannot run past its end; records where
// each container ends.
bool well_formed(const Blob& blob) {
  const auto* at = blob.begin;
  const auto* const end = blob.end;
  if (static_cast<std::uint64_t>(end - at) > std::numeric_limits<std::uint32_t>::max()) return false;
  blob.containers->clear();
  struct Open {
    std::uint64_t left;  // items still to read
    std::size_t span;    // the container's entry in blob.containers (the blob itself: none)
  };
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::vector<Open> open{{1, kNone}};
  while (!open.empty()) {
    if (open.back().left == 0) {
      if (open.back().span != kNone) (*blob.containers)[open.back().span].end = static_cast<std::uint32_t>(at - blob.begin);
      open.pop_back();
      continue;
    }
    --open.back().left;
    const auto item = static_cast<std::uint32_t>(at - blob.begin);
    Head h;
    if (!read_head(at, end, h)) return false;
    at = h.body;
    const auto left = static_cast<std::uint64_t>(end - at);
    switch (h.major) {
      case 0:  // unsigned and negative integers
      case 1: break;
      case 3:  // a text string
        if (h.arg > left) return false;
        at += h.arg;
        break;
      case 4:  // an array, a map: every item takes a byte at least
      case 5:
        if (h.arg > left || open.size() > kMaxDepth) return false;
        open.push_back({h.major == 4 ? h.arg : 2 * h.arg, blob.containers->size()});
        blob.containers->push_back({item, 0});
        break;
      case 7:  // false, true, null, half, single and double floats
        if (h.info != 20 && h.info != 21 && h.info != 22 && h.info < 25) return false;
        break;
      default: return false;  // byte strings, tags
    }
  }
  return at == end;
}

// One item of a blob that well_formed() accepted: its head is read, its
// body found without copying.
class Item {
 public:
  Item() = default;
  // The item at p, in a blob that well_formed() accepted. (A head that
  // cannot be read, which well_formed() rules out, reads as an item of no
  // type.)
  Item(const unsigned char* p, const Blob& blob) : p_(p), blob_(&blob) {
    if (!read_head(p, blob.end, h_)) h_ = Head{7, 0, 0, blob.end};
  }

  bool is_map() const { return h_.major == 5; }
  bool is_array() const { return h_.major == 4; }
  bool is_string() const { return h_.major == 3; }
  bool is_null() const { return h_.major == 7 && h_.info == 22; }
  bool is_bool() const { return h_.major == 7 && (h_.info == 20 || h_.info == 21); }
  bool boolean() const { return h_.info == 21; }
  bool is_float() const { return h_.major == 7 && h_.info >= 25; }
  bool is_number() const { return h_.major == 0 || h_.major == 1 || is_float(); }
  std::uint64_t size() const { return h_.arg; }  // of a string, an array or a map
  std::string_view text() const { return {reinterpret_cast<const char*>(h_.body), h_.arg}; }

  template <typename T>
  bool to_int(T& out) const {
    if (h_.major == 0) {
      if (!std::in_range<T>(h_.arg)) return false;
      out = static_cast<T>(h_.arg);
      return true;
    }
    if (h_.major == 1 && h_.arg <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      const std::int64_t v = -1 - static_cast<std::int64_t>(h_.arg);
      if (!std::in_range<T>(v)) return false;
      out = static_cast<T>(v);
      return true;
    }
    return false;
  }
  double real() const {
    if (h_.major == 0) return static_cast<double>(h_.arg);
    if (h_.major == 1) return -1.0 - static_cast<double>(h_.arg);
    switch (h_.info) {
      case 25: {  // half float, as RFC 8949 appendix D decodes it
        const int exp = (h_.arg >> 10) & 0x1f;
        const double mant = static_cast<double>(h_.arg & 0x3ff);
        const double v = exp == 0    ? std::ldexp(mant, -24)
                         : exp != 31 ? std::ldexp(mant + 1024, exp - 25)
                         : mant == 0 ? std::numeric_limits<double>::infinity()
                                     : std::numeric_limits<double>::quiet_NaN();
        return (h_.arg & 0x8000) != 0 ? -v : v;
      }
      case 26: {
        const auto bits = static_cast<std::uint32_t>(h_.arg);
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
      }
      default: {
        double d;
        std::memcpy(&d, &h_.arg, 8);
        return d;
      }
    }
  }
  // Calls f on each element of an array, or each key and value of a map.
  template <typename F>
  void each(F&& f) const {
    const unsigned char* at = h_.body;
    for (std::uint64_t i = 0, n = is_map() ? 2 * h_.arg : h_.arg; i < n; ++i) {
      const Item e(at, *blob_);
      f(e);
      at = e.end();
    }
  }
  // Reads an array of exactly sizeof...(T) integers.
  template <typename... T>
  bool ints(T&... out) const {
    if (!is_array() || h_.arg != sizeof...(T)) return false;
    const unsigned char* at = h_.body;
    auto one = [&](auto& v) {
      const Item e(at, *blob_);
      at = e.end();
      return e.to_int(v);
    };
    return (one(out) && ...);
  }

 private:
  // Just past this item and everything in it.
  const unsigned char* end() const {
    if (h_.major == 4 || h_.major == 5) return blob_->end_of_container(p_);
    return h_.major == 3 ? h_.body + h_.arg : h_.body;
  }

  const unsigned char* p_ = nullptr;
  const Blob* blob_ = nullptr;
  Head h_;
};

// One map of a blob. A missing key gives the default; a key of the wrong type
// or out of range gives the default and marks the whole blob bad.
class In {
 public:
  In(const Item& j, bool& ok) : ok_(ok) {
    if (!j.is_map() || j.size() > kMaxKeys) {
      ok_ = false;
      return;
    }
    bool key = true;
    j.each([&](const Item& e) {
      if (key && e.is_string()) {
        keys_[n_] = e.text();
      } else if (!key) {
        values_[n_++] = e;
      } else {
        keys_[n_] = {};  // not a key encode() writes: never asked for
      }
      key = !key;
    });
  }

  // The value at key, or nullptr if absent. Keys are a letter or two:
  // compared here rather than by a call to memcmp.
  const Item* at(std::string_view key) const {
    for (std::size_t i = 0; i < n_; ++i) {
      const std::string_view k = keys_[i];
      if (k.size() != key.size()) continue;
      std::size_t c = 0;
      while (c < k.size() && k[c] == key[c]) ++c;
      if (c == k.size()) return &values_[i];
    }
    return nullptr;
  }
  bool fail() const { return ok_ = false; }

  // The string at key as T, made from the blob's bytes: a std::string; an
  // interned base::Atom (no copy of its own first); a base::SharedString,
  // for text that is usually the default (then the default's one copy).
  template <typename T = std::string>
  T str(const char* key, const std::type_identity_t<T>& dflt = {}) const {
    const Item* v = at(key);
    if (v == nullptr) return dflt;
    if (!v->is_string()) return fail(), dflt;
    return T(v->text());
  }
  template <typename T>
  T num(const char* key, T dflt = 0) const {
    const Item* v = at(key);
    T out = dflt;
    if (v != nullptr && !v->to_int(out)) fail();
    return out;
  }
  double real(const char* key, double dflt) const {
    const Item* v = at(key);
    if (v == nullptr) return dflt;
    if (!v->is_number()) return fail(), dflt;
    return v->real();
  }
  bool flag(const char* key, bool dflt = false) const {
    const Item* v = at(key);
    if (v == nullptr) return dflt;
    if (!v->is_bool()) return fail(), dflt;
    return v->boolean();
  }
  template <typename E>
  E code(const char* key, E dflt) const {
    const Item* v = at(key);
    std::int64_t c = 0;
    if (v == nullptr) return dflt;
    std::optional<E> e = v->to_int(c) ? from_code<E>(c) : std::nullopt;
    return e ? *e : (fail(), dflt);
  }
  ingest::Span span(const char* key) const {
    const Item* v = at(key);
    ingest::Span s;
    if (v != nullptr && (!v->ints(s.begin, s.end) || s.begin > s.end)) fail();
    return s;
  }
  std::optional<base::Date> date(const char* key, const std::optional<base::Date>& dflt = std::nullopt) const {
    const Item* v = at(key);
    if (v == nullptr) return dflt;
    if (v->is_null()) return std::nullopt;
    base::Date d;
    if (!v->ints(d.year, d.month, d.day)) return fail(), dflt;
    return d;
  }
  ingest::Position position(const char* key) const {
    const Item* v = at(key);
    ingest::Position p;
    if (v != nullptr && !v->ints(p.line, p.column)) fail();
    return p;
  }
  std::vector<std::string> strings(const char* key) const {
    std::vector<std::string> out;
    each(key, [&](const Item& s) {
      if (!s.is_string()) return void(fail());
      out.emplace_back(s.text());
    });
    return out;
  }
  // Calls f on each element of the array at key.
  template <typename F>
  void each(const char* key, F f) const {
    const Item* v = at(key);
    if (v == nullptr) return;
    if (!v->is_array()) return void(fail());
    v->each(f);
  }

 private:
  // Not initialized: only the first n_ are ever read, and a map is read
  // for every claim, field and citation of every story loaded.
  union {
    std::array<std::string_view, kMaxKeys> keys_;
  };
  union {
    std::array<Item, kMaxKeys> values_;
  };
  std::size_t n_ = 0;
  bool& ok_;
};

claim::DateValue decode_date_value(const Item& j, bool& ok) {
  const In in(j, ok);
  claim::DateValue d;
  if (in.at("f") == nullptr) in.fail();
  d.first = in.num<std::int64_t>("f");
  d.last = in.num<std::int64_t>("l", d.first);
  d.granularity = in.code("g", claim::Granularity::day);
  d.approximate = in.flag("a");
  d.ambiguous = in.flag("m");
  if (d.first > d.last) in.fail();
  return d;
}

claim::Quantity decode_quantity(const Item& j, bool& ok) {
  const In in(j, ok);
  claim::Quantity q;
  if (in.at("v") == nullptr) in.fail();
  q.value = in.real("v", 0);
  q.low = in.real("lo", q.value);
  q.high = in.real("hi", q.value);
  q.unit = in.str("u");
  q.dimension = in.str("d");
  q.approximate = in.flag("a");
  if (!(q.low <= q.value && q.value <= q.high)) in.fail();
  return q;
}

claim::EntityRef decode_entity(const Item& j, const std::string& text, bool& ok) {
  const In in(j, ok);
  claim::EntityRef e;
  e.id = claim::entity_id(in.str("i"));
  e.name = in.str("n", e.id);
  e.surface = in.str("s", text);
  e.kind = in.code("k", rules::EntityKind::any);
  e.via = in.code("v", claim::Resolution::name);
  return e;
}

claim::TitleValue decode_title(const Item& j, bool& ok) {
  const In in(j, ok);
  claim::TitleValue t;
  t.rank = in.str<base::Atom>("r");
  t.portfolio = in.str<base::Atom>("p");
  t.office = in.str<base::Atom>("o");
  t.country = in.str<base::Atom>("c");
  t.org = in.str<base::Atom>("g");
  t.former = in.flag("f");
  return t;
}

claim::ThingValue decode_thing(const Item& j, bool& ok) {
  const In in(j, ok);
  claim::ThingValue t;
  t.words = in.strings("w");
  t.head = in.str("h");
  return t;
}

claim::Field decode_field(const Item& j, bool& ok) {
  const In in(j, ok);
  claim::Field f;
  claim::Value& v = f.value;
  f.name = in.str<base::Atom>("n");
  v.type = in.code("y", rules::ValueType::text);
  v.text = in.str("x");
  v.span = in.span("s");
  if (const Item* e = in.at("e")) v.entity = decode_entity(*e, v.text, ok);
  if (const Item* d = in.at("d")) v.date = decode_date_value(*d, ok);
  if (const Item* q = in.at("q")) v.quantity = decode_quantity(*q, ok);
  if (in.at("i") != nullptr) v.integer = in.num<int>("i");
  if (const Item* t = in.at("t")) v.title = decode_title(*t, ok);
  if (const Item* h = in.at("h")) v.thing = decode_thing(*h, ok);
  v.resolved = in.flag("r", true);
  return f;
}

// The citation in a claim's or a side's map, whose sentence and highlight are
// already read.
ingest::Citation decode_citation(const In& outer, const std::string& sentence, std::size_t hb, std::size_t he,
                                 const Defaults& d, bool& ok) {
  const Item* j = outer.at("c");
  if (j == nullptr) return outer.fail(), ingest::Citation{};
  const In in(*j, ok);
  ingest::Citation c;
  c.path = in.str<base::SharedString>("p", d.path);
  c.document = in.str<base::SharedString>("d", d.id);
  c.byte_begin = in.num<std::size_t>("b");
  c.byte_end = in.num<std::size_t>("e");
  c.start = in.position("s");
  c.end = in.position("t");
  c.quote = in.at("q") != nullptr ? in.str("q") : base::utf8::code_points(sentence, hb, he);
  return c;
}

claim::Claim decode_claim(const Item& j, const Defaults& d, const base::SharedString& previous_sentence, bool& ok) {
  const In in(j, ok);
  claim::Claim c;
  c.predicate = in.str<base::Atom>("p");
  in.each("f", [&](const Item& f) { c.fields.push_back(decode_field(f, ok)); });
  c.modality = in.code("m", rules::Modality::asserted);
  c.attribution = in.str<base::Atom>("a");
  c.speaker = in.str<base::Atom>("k");
  c.cue = in.str<base::Atom>("cu");
  c.repeated = in.str<base::Atom>("rp");
  c.rule = in.str<base::Atom>("r");
  c.document = in.str<base::SharedString>("d", d.id);
  c.document_date = in.date("dd", d.date);
  if (const Item* cd = in.at("cd")) c.context_date = decode_date_value(*cd, ok);
  c.date_source = in.code("ds", d.date_source);
  claim::Evidence& e = c.evidence;
  e.sentence = in.str<base::SharedString>("s", previous_sentence);
  e.highlight_begin = in.num<std::size_t>("hb");
  e.highlight_end = in.num<std::size_t>("he");
  if (e.highlight_begin > e.highlight_end) in.fail();
  e.citation = decode_citation(in, e.sentence, e.highlight_begin, e.highlight_end, d, ok);
  c.span = in.span("sp");
  c.in_draft = in.flag("g", d.draft);
  return c;
}

check::Side decode_side(const Item& j, const Defaults& d, bool& ok) {
  const In in(j, ok);
  check::Side s;
  s.value = in.str("v");
  s.modality = in.code("m", rules::Modality::asserted);
  s.rule = in.str("r");
  s.document = in.str("d", d.id);
  s.draft = in.flag("g", d.draft);
  s.sentence = in.str("s");
  s.highlight_begin = in.num<std::size_t>("hb");
  s.highlight_end = in.num<std::size_t>("he");
  if (s.highlight_begin > s.highlight_end) in.fail();
  s.citation = decode_citation(in, s.sentence, s.highlight_begin, s.highlight_end, d, ok);
  s.speaker = in.str("k");
  s.attribution = in.str("a");
  s.identity = in.str("i");
  s.norm = in.str("n");
  return s;
}

check::Finding decode_finding(const Item& j, const Defaults& d, bool& ok) {
  const In in(j, ok);
  check::Finding f;
  f.check = in.str("k");
  f.severity = in.code("v", check::Severity::error);
  f.message = in.str("m");
  f.subject = in.str("s");
  f.predicate = in.str("p");
  f.fact = in.str("f");
  in.each("d", [&](const Item& s) { f.sides.push_back(decode_side(s, d, ok)); });
  f.notes = in.strings("n");
  f.fingerprint = in.str("fp");
  return f;
}

check::Suppression decode_suppression(const Item& j, const Defaults& d, bool& ok) {
  const In in(j, ok);
  check::Suppression s;
  s.path = in.str("p", d.path);
  s.line = in.num<int>("l");
  s.comment_line = in.num<int>("cl");
  s.checks = in.strings("k");
  s.reason = in.str("r");
  return s;
}

report::DocumentInfo decode_info(const Item& j, bool& ok) {
  const In in(j, ok);
  report::DocumentInfo i;
  i.path = in.str("p");
  i.id = in.str("i", i.path);
  i.date = in.date("t");
  i.date_source = in.code("ds", ingest::DateSource::unknown);
  i.draft = in.flag("r");
  i.sentences = in.num<std::size_t>("n");
  i.claims = in.num<std::size_t>("c");
  i.bytes = in.num<std::size_t>("b");
  return i;
}

}  // namespace

std::string encode(const StoredDocument& doc) {
  const Defaults d = defaults_of(doc.info);
  Out o;
  {
    Map m(o);
    m.key("v").number(kCodecVersion);
    encode(m.key("i"), doc.info);
    if (!doc.claims.empty()) {
      Out& claims = m.key("c");
      claims.head(4, doc.claims.size());
      static const std::string kNone;
      const std::string* previous = &kNone;  // the first claim's sentence is stored (decoded against "")
      for (const auto& c : doc.claims) {
        encode(claims, c, d, *previous);
        previous = &c.evidence.sentence.str();
      }
    }
    if (!doc.findings.empty()) {
      Out& findings = m.key("f");
      findings.head(4, doc.findings.size());
      for (const auto& f : doc.findings) encode(findings, f, d);
    }
    if (!doc.suppressions.empty()) {
      Out& suppressions = m.key("s");
      suppressions.head(4, doc.suppressions.size());
      for (const auto& s : doc.suppressions) encode(suppressions, s, d);
    }
  }
  return sealed(std::move(o.bytes));
}

namespace {
constexpr std::size_t kSealBytes = 8;
}  // namespace

std::string sealed(std::string cbor) {
  std::uint64_t h = base::fnv1a(cbor);
  for (std::size_t i = 0; i < kSealBytes; ++i, h >>= 8) cbor += static_cast<char>(h & 0xff);
  return cbor;
}

bool intact(std::string_view blob) {
  if (blob.size() < kSealBytes) return false;
  std::uint64_t h = base::fnv1a(blob.substr(0, blob.size() - kSealBytes));
  for (std::size_t i = blob.size() - kSealBytes; i < blob.size(); ++i, h >>= 8) {
    if (static_cast<unsigned char>(blob[i]) != (h & 0xff)) return false;
  }
  return true;
}

namespace {

// A sealed record of this codec version, read by read(in, ok) from its top
// map: nullopt when the seal, the framing, the version or any field fails.
template <typename T, typename F>
std::optional<T> unseal(std::string_view blob, F&& read) {
  if (!intact(blob)) return std::nullopt;
  blob.remove_suffix(kSealBytes);
  thread_local std::vector<Blob::Span> containers;
  Blob b;
  b.begin = reinterpret_cast<const unsigned char*>(blob.data());
  b.end = b.begin + blob.size();
  b.containers = &containers;
  if (!well_formed(b)) return std::nullopt;
  bool ok = true;
  const In in(Item(b.begin, b), ok);
  if (in.num<int>("v", -1) != kCodecVersion || !ok) return std::nullopt;
  std::optional<T> out = read(in, ok);
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::optional<StoredDocument> decode(std::string_view blob) {
  return unseal<StoredDocument>(blob, [](const In& in, bool& ok) -> std::optional<StoredDocument> {
    const Item* info = in.at("i");
    if (info == nullptr) return std::nullopt;
    StoredDocument doc;
    doc.info = decode_info(*info, ok);
    const Defaults d = defaults_of(doc.info);
    in.each("c", [&](const Item& c) {
      doc.claims.push_back(
          decode_claim(c, d, doc.claims.empty() ? base::SharedString() : doc.claims.back().evidence.sentence, ok));
    });
    in.each("f", [&](const Item& f) { doc.findings.push_back(decode_finding(f, d, ok)); });
    in.each("s", [&](const Item& s) { doc.suppressions.push_back(decode_suppression(s, d, ok)); });
    return doc;
  });
}

namespace {

// The side of an echo has no document of its own to take defaults from.
const Defaults kNoDefaults{};

}  // namespace

std::string encode(const ShardNotes& notes) {
  Out o;
  {
    Map m(o);
    m.key("v").number(kCodecVersion);
    Out& diags = m.key("d");
    diags.head(4, notes.diagnostics.size());
    for (const auto& d : notes.diagnostics) {
      Map dm(diags);
      put_int(dm, "s", static_cast<int>(d.severity));
      put_str(dm, "p", d.where.path);
      put_int(dm, "l", d.where.line);
      put_int(dm, "c", d.where.column);
      put_str(dm, "m", d.message);
      put_int(dm, "u", static_cast<int>(d.unread));
    }
    Out& echoes = m.key("e");
    echoes.head(4, notes.echoes.size());
    for (const auto& e : notes.echoes) {
      Map em(echoes);
      put_int(em, "p", e.passage);
      put_int(em, "f", e.first);
      put_int(em, "l", e.last);
      put_flag(em, "a", e.agrees);
      encode(em.key("s"), e.archive, kNoDefaults);
      put_int(em, "k", static_cast<int>(e.kind));
      put_int(em, "h", e.shared);
      put_int(em, "w", e.draft_words);
    }
  }
  return sealed(std::move(o.bytes));
}

std::optional<ShardNotes> decode_notes(std::string_view blob) {
  return unseal<ShardNotes>(blob, [](const In& in, bool& ok) -> std::optional<ShardNotes> {
    ShardNotes notes;
    in.each("d", [&](const Item& j) {
      const In dm(j, ok);
      base::Diagnostic d;
      const int severity = dm.num<int>("s"), unread = dm.num<int>("u");
      if (severity < 0 || severity > static_cast<int>(base::Severity::error) || unread < 0 ||
          unread > static_cast<int>(base::Unread::part))
        return void(dm.fail());
      d.severity = static_cast<base::Severity>(severity);
      d.where = {dm.str("p"), dm.num<int>("l"), dm.num<int>("c")};
      d.message = dm.str("m");
      d.unread = static_cast<base::Unread>(unread);
      notes.diagnostics.push_back(std::move(d));
    });
    in.each("e", [&](const Item& j) {
      const In em(j, ok);
      check::Echo e;
      e.passage = em.num<std::uint32_t>("p");
      e.first = em.num<std::uint32_t>("f");
      e.last = em.num<std::uint32_t>("l");
      e.agrees = em.flag("a");
      if (const Item* s = em.at("s")) e.archive = decode_side(*s, kNoDefaults, ok);
      const int kind = em.num<int>("k");
      if (kind < 0 || kind > static_cast<int>(extract::WordKind::name)) return void(em.fail());
      e.kind = static_cast<extract::WordKind>(kind);
      e.shared = em.num<std::size_t>("h");
      e.draft_words = em.num<std::size_t>("w");
      notes.echoes.push_back(std::move(e));
    });
    return notes;
  });
}

}  // namespace concord::index
