#include "index/codec.h"

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

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

using nlohmann::json;

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

void put_str(json& j, const char* key, const std::string& v, const std::string& dflt = {}) {
  if (v != dflt) j[key] = v;
}
template <typename T>
void put_int(json& j, const char* key, T v, T dflt = 0) {
  if (v != dflt) j[key] = v;
}
void put_real(json& j, const char* key, double v, double dflt) {
  if (!(v == dflt)) j[key] = v;  // NaN is stored
}
void put_flag(json& j, const char* key, bool v, bool dflt = false) {
  if (v != dflt) j[key] = v;
}
template <typename E>
void put_code(json& j, const char* key, E v, E dflt) {
  if (v != dflt) j[key] = code(v);
}
void put_span(json& j, const char* key, ingest::Span s) {
  if (s != ingest::Span{}) j[key] = json::array({s.begin, s.end});
}
json date_json(const std::optional<base::Date>& d) {
  return d ? json::array({d->year, d->month, d->day}) : json(nullptr);
}
void put_date(json& j, const char* key, const std::optional<base::Date>& d,
              const std::optional<base::Date>& dflt = std::nullopt) {
  if (d != dflt) j[key] = date_json(d);
}
json position_json(ingest::Position p) { return json::array({p.line, p.column}); }

json encode(const claim::DateValue& d) {
  json j = json::object();
  j["f"] = d.first;
  put_int(j, "l", d.last, d.first);
  put_code(j, "g", d.granularity, claim::Granularity::day);
  put_flag(j, "a", d.approximate);
  return j;
}

json encode(const claim::Quantity& q) {
  json j = json::object();
  j["v"] = q.value;
  put_real(j, "lo", q.low, q.value);
  put_real(j, "hi", q.high, q.value);
  put_str(j, "u", q.unit);
  put_str(j, "d", q.dimension);
  put_flag(j, "a", q.approximate);
  return j;
}

json encode(const claim::EntityRef& e, const std::string& text) {
  json j = json::object();
  put_str(j, "i", e.id);
  put_str(j, "n", e.name, e.id);
  put_str(j, "s", e.surface, text);
  put_code(j, "k", e.kind, rules::EntityKind::any);
  put_code(j, "v", e.via, claim::Resolution::name);
  return j;
}

json encode(const claim::TitleValue& t) {
  json j = json::object();
  put_str(j, "r", t.rank);
  put_str(j, "p", t.portfolio);
  put_str(j, "o", t.office);
  put_str(j, "c", t.country);
  put_str(j, "g", t.org);
  put_flag(j, "f", t.former);
  return j;
}

json encode(const claim::ThingValue& t) {
  json j = json::object();
  if (!t.words.empty()) j["w"] = t.words;
  put_str(j, "h", t.head);
  return j;
}

// A field: its name and its value's keys in one map.
json encode(const claim::Field& f) {
  const claim::Value& v = f.value;
  json j = json::object();
  put_str(j, "n", f.name);
  put_code(j, "y", v.type, rules::ValueType::text);
  put_str(j, "x", v.text);
  put_span(j, "s", v.span);
  if (v.entity) j["e"] = encode(*v.entity, v.text);
  if (v.date) j["d"] = encode(*v.date);
  if (v.quantity) j["q"] = encode(*v.quantity);
  if (v.integer) j["i"] = *v.integer;
  if (v.title) j["t"] = encode(*v.title);
  if (v.thing) j["h"] = encode(*v.thing);
  put_flag(j, "r", v.resolved, true);
  return j;
}

json encode(const ingest::Citation& c, const std::string& sentence, std::size_t hb, std::size_t he,
            const Defaults& d) {
  json j = json::object();
  put_str(j, "p", c.path, d.path);
  put_str(j, "d", c.document, d.id);
  put_int(j, "b", c.byte_begin);
  put_int(j, "e", c.byte_end);
  j["s"] = position_json(c.start);
  j["t"] = position_json(c.end);
  put_str(j, "q", c.quote, base::utf8::code_points(sentence, hb, he));
  return j;
}

json encode(const claim::Claim& c, const Defaults& d, const std::string& previous_sentence) {
  json j = json::object();
  put_str(j, "p", c.predicate);
  if (!c.fields.empty()) {
    json& fields = j["f"] = json::array();
    for (const auto& f : c.fields) fields.push_back(encode(f));
  }
  put_code(j, "m", c.modality, rules::Modality::asserted);
  put_str(j, "a", c.attribution);
  put_str(j, "k", c.speaker);
  put_str(j, "cu", c.cue);
  put_str(j, "r", c.rule);
  put_str(j, "d", c.document, d.id);
  put_date(j, "dd", c.document_date, d.date);
  if (c.context_date) j["cd"] = encode(*c.context_date);
  put_code(j, "ds", c.date_source, d.date_source);
  const claim::Evidence& e = c.evidence;
  j["c"] = encode(e.citation, e.sentence, e.highlight_begin, e.highlight_end, d);
  put_str(j, "s", e.sentence, previous_sentence);
  put_int(j, "hb", e.highlight_begin);
  put_int(j, "he", e.highlight_end);
  put_span(j, "sp", c.span);
  put_flag(j, "g", c.in_draft, d.draft);
  return j;
}

json encode(const check::Side& s, const Defaults& d) {
  json j = json::object();
  put_str(j, "v", s.value);
  put_code(j, "m", s.modality, rules::Modality::asserted);
  put_str(j, "r", s.rule);
  put_str(j, "d", s.document, d.id);
  put_flag(j, "g", s.draft, d.draft);
  j["c"] = encode(s.citation, s.sentence, s.highlight_begin, s.highlight_end, d);
  put_str(j, "s", s.sentence);
  put_int(j, "hb", s.highlight_begin);
  put_int(j, "he", s.highlight_end);
  put_str(j, "k", s.speaker);
  put_str(j, "a", s.attribution);
  put_str(j, "i", s.identity);
  return j;
}

json encode(const check::Finding& f, const Defaults& d) {
  json j = json::object();
  put_str(j, "k", f.check);
  put_code(j, "v", f.severity, check::Severity::error);
  put_str(j, "m", f.message);
  put_str(j, "s", f.subject);
  put_str(j, "p", f.predicate);
  put_str(j, "f", f.fact);
  if (!f.sides.empty()) {
    json& sides = j["d"] = json::array();
    for (const auto& s : f.sides) sides.push_back(encode(s, d));
  }
  if (!f.notes.empty()) j["n"] = f.notes;
  put_str(j, "fp", f.fingerprint);
  return j;
}

json encode(const check::Suppression& s, const Defaults& d) {
  json j = json::object();
  put_str(j, "p", s.path, d.path);
  put_int(j, "l", s.line);
  put_int(j, "cl", s.comment_line);
  if (!s.checks.empty()) j["k"] = s.checks;
  put_str(j, "r", s.reason);
  return j;
}

json encode(const report::DocumentInfo& i) {
  json j = json::object();
  put_str(j, "p", i.path);
  put_str(j, "i", i.id, i.path);
  put_date(j, "t", i.date);
  put_code(j, "ds", i.date_source, ingest::DateSource::unknown);
  put_flag(j, "r", i.draft);
  put_int(j, "n", i.sentences);
  put_int(j, "c", i.claims);
  put_int(j, "b", i.bytes);
  return j;
}

// ---- Decoding --------------------------------------------------------------

constexpr std::size_t kMaxDepth = 16;  // deeper than any blob encode() writes

// True iff blob is exactly one CBOR item of the kinds encode() writes
// (definite lengths, no tags, no byte strings) nested at most kMaxDepth deep.
// Checked first because nlohmann's reader recurses once per level of nesting,
// and once per chunk of an indefinite-length string: a damaged blob must not
// exhaust the stack.
bool well_formed(std::string_view blob) {
  std::vector<std::uint64_t> open{1};  // items still to read in each open container
  std::size_t i = 0;
  while (!open.empty()) {
    if (open.back() == 0) {
      open.pop_back();
      continue;
    }
    --open.back();
    if (i >= blob.size()) return false;
    const auto head = static_cast<unsigned char>(blob[i++]);
    const int major = head >> 5, info = head & 31;
    std::uint64_t arg = info;
    if (info >= 24) {
      if (info > 27) return false;  // reserved, or an indefinite length
      const std::size_t n = std::size_t{1} << (info - 24);
      if (blob.size() - i < n) return false;
      arg = 0;
      for (std::size_t k = 0; k < n; ++k) arg = arg << 8 | static_cast<unsigned char>(blob[i++]);
    }
    const std::uint64_t left = blob.size() - i;
    switch (major) {
      case 0:  // unsigned and negative integers
      case 1: break;
      case 3:  // a text string
        if (arg > left) return false;
        i += arg;
        break;
      case 4:  // an array, a map: every item takes a byte at least
      case 5:
        if (arg > left || open.size() > kMaxDepth) return false;
        open.push_back(major == 4 ? arg : 2 * arg);
        break;
      case 7:  // false, true, null, half, single and double floats
        if (info != 20 && info != 21 && info != 22 && info < 25) return false;
        break;
      default: return false;  // byte strings, tags
    }
  }
  return i == blob.size();
}

template <typename T>
bool to_int(const json& j, T& out) {
  if (j.is_number_unsigned()) {
    const auto v = j.get<std::uint64_t>();
    if (!std::in_range<T>(v)) return false;
    out = static_cast<T>(v);
    return true;
  }
  if (j.is_number_integer()) {
    const auto v = j.get<std::int64_t>();
    if (!std::in_range<T>(v)) return false;
    out = static_cast<T>(v);
    return true;
  }
  return false;
}

// One map of a blob. A missing key gives the default; a key of the wrong type
// or out of range gives the default and marks the whole blob bad.
class In {
 public:
  In(const json& j, bool& ok) : ok_(ok) {
    if (j.is_object()) {
      obj_ = &j;
    } else {
      ok_ = false;
    }
  }

  // The value at key, or nullptr if absent.
  const json* at(const char* key) const {
    if (obj_ == nullptr) return nullptr;
    const auto it = obj_->find(key);
    return it == obj_->end() ? nullptr : &*it;
  }
  bool fail() const { return ok_ = false; }

  std::string str(const char* key, const std::string& dflt = {}) const {
    const json* v = at(key);
    if (v == nullptr) return dflt;
    if (!v->is_string()) return fail(), dflt;
    return v->get_ref<const std::string&>();
  }
  // A string that is usually the default: then the default's one copy.
  base::SharedString shared(const char* key, const base::SharedString& dflt) const {
    return at(key) == nullptr ? dflt : base::SharedString(str(key));
  }
  template <typename T>
  T num(const char* key, T dflt = 0) const {
    const json* v = at(key);
    T out = dflt;
    if (v != nullptr && !to_int(*v, out)) fail();
    return out;
  }
  double real(const char* key, double dflt) const {
    const json* v = at(key);
    if (v == nullptr) return dflt;
    if (!v->is_number()) return fail(), dflt;
    return v->get<double>();
  }
  bool flag(const char* key, bool dflt = false) const {
    const json* v = at(key);
    if (v == nullptr) return dflt;
    if (!v->is_boolean()) return fail(), dflt;
    return v->get<bool>();
  }
  template <typename E>
  E code(const char* key, E dflt) const {
    const json* v = at(key);
    std::int64_t c = 0;
    if (v == nullptr) return dflt;
    std::optional<E> e = to_int(*v, c) ? from_code<E>(c) : std::nullopt;
    return e ? *e : (fail(), dflt);
  }
  ingest::Span span(const char* key) const {
    const json* v = at(key);
    ingest::Span s;
    if (v == nullptr) return s;
    if (!v->is_array() || v->size() != 2 || !to_int((*v)[0], s.begin) || !to_int((*v)[1], s.end) ||
        s.begin > s.end)
      fail();
    return s;
  }
  std::optional<base::Date> date(const char* key, const std::optional<base::Date>& dflt = std::nullopt) const {
    const json* v = at(key);
    if (v == nullptr) return dflt;
    if (v->is_null()) return std::nullopt;
    base::Date d;
    if (!v->is_array() || v->size() != 3 || !to_int((*v)[0], d.year) || !to_int((*v)[1], d.month) ||
        !to_int((*v)[2], d.day))
      return fail(), dflt;
    return d;
  }
  ingest::Position position(const char* key) const {
    const json* v = at(key);
    ingest::Position p;
    if (v != nullptr && (!v->is_array() || v->size() != 2 || !to_int((*v)[0], p.line) ||
                         !to_int((*v)[1], p.column)))
      fail();
    return p;
  }
  std::vector<std::string> strings(const char* key) const {
    const json* v = at(key);
    std::vector<std::string> out;
    if (v == nullptr) return out;
    if (!v->is_array()) return fail(), out;
    for (const json& s : *v) {
      if (!s.is_string()) return fail(), out;
      out.push_back(s.get<std::string>());
    }
    return out;
  }
  // Calls f on each element of the array at key.
  template <typename F>
  void each(const char* key, F f) const {
    const json* v = at(key);
    if (v == nullptr) return;
    if (!v->is_array()) return void(fail());
    for (const json& e : *v) f(e);
  }

 private:
  const json* obj_ = nullptr;
  bool& ok_;
};

claim::DateValue decode_date_value(const json& j, bool& ok) {
  const In in(j, ok);
  claim::DateValue d;
  if (in.at("f") == nullptr) in.fail();
  d.first = in.num<std::int64_t>("f");
  d.last = in.num<std::int64_t>("l", d.first);
  d.granularity = in.code("g", claim::Granularity::day);
  d.approximate = in.flag("a");
  if (d.first > d.last) in.fail();
  return d;
}

claim::Quantity decode_quantity(const json& j, bool& ok) {
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

claim::EntityRef decode_entity(const json& j, const std::string& text, bool& ok) {
  const In in(j, ok);
  claim::EntityRef e;
  e.id = claim::entity_id(in.str("i"));
  e.name = in.str("n", e.id);
  e.surface = in.str("s", text);
  e.kind = in.code("k", rules::EntityKind::any);
  e.via = in.code("v", claim::Resolution::name);
  return e;
}

claim::TitleValue decode_title(const json& j, bool& ok) {
  const In in(j, ok);
  claim::TitleValue t;
  t.rank = in.str("r");
  t.portfolio = in.str("p");
  t.office = in.str("o");
  t.country = in.str("c");
  t.org = in.str("g");
  t.former = in.flag("f");
  return t;
}

claim::ThingValue decode_thing(const json& j, bool& ok) {
  const In in(j, ok);
  claim::ThingValue t;
  t.words = in.strings("w");
  t.head = in.str("h");
  return t;
}

claim::Field decode_field(const json& j, bool& ok) {
  const In in(j, ok);
  claim::Field f;
  claim::Value& v = f.value;
  f.name = in.str("n");
  v.type = in.code("y", rules::ValueType::text);
  v.text = in.str("x");
  v.span = in.span("s");
  if (const json* e = in.at("e")) v.entity = decode_entity(*e, v.text, ok);
  if (const json* d = in.at("d")) v.date = decode_date_value(*d, ok);
  if (const json* q = in.at("q")) v.quantity = decode_quantity(*q, ok);
  if (in.at("i") != nullptr) v.integer = in.num<int>("i");
  if (const json* t = in.at("t")) v.title = decode_title(*t, ok);
  if (const json* h = in.at("h")) v.thing = decode_thing(*h, ok);
  v.resolved = in.flag("r", true);
  return f;
}

// The citation in a claim's or a side's map, whose sentence and highlight are
// already read.
ingest::Citation decode_citation(const In& outer, const std::string& sentence, std::size_t hb, std::size_t he,
                                 const Defaults& d, bool& ok) {
  const json* j = outer.at("c");
  if (j == nullptr) return outer.fail(), ingest::Citation{};
  const In in(*j, ok);
  ingest::Citation c;
  c.path = in.shared("p", d.path);
  c.document = in.shared("d", d.id);
  c.byte_begin = in.num<std::size_t>("b");
  c.byte_end = in.num<std::size_t>("e");
  c.start = in.position("s");
  c.end = in.position("t");
  c.quote = in.at("q") != nullptr ? in.str("q") : base::utf8::code_points(sentence, hb, he);
  return c;
}

claim::Claim decode_claim(const json& j, const Defaults& d, const base::SharedString& previous_sentence, bool& ok) {
  const In in(j, ok);
  claim::Claim c;
  c.predicate = in.str("p");
  in.each("f", [&](const json& f) { c.fields.push_back(decode_field(f, ok)); });
  c.modality = in.code("m", rules::Modality::asserted);
  c.attribution = in.str("a");
  c.speaker = in.str("k");
  c.cue = in.str("cu");
  c.rule = in.str("r");
  c.document = in.shared("d", d.id);
  c.document_date = in.date("dd", d.date);
  if (const json* cd = in.at("cd")) c.context_date = decode_date_value(*cd, ok);
  c.date_source = in.code("ds", d.date_source);
  claim::Evidence& e = c.evidence;
  e.sentence = in.shared("s", previous_sentence);
  e.highlight_begin = in.num<std::size_t>("hb");
  e.highlight_end = in.num<std::size_t>("he");
  if (e.highlight_begin > e.highlight_end) in.fail();
  e.citation = decode_citation(in, e.sentence, e.highlight_begin, e.highlight_end, d, ok);
  c.span = in.span("sp");
  c.in_draft = in.flag("g", d.draft);
  return c;
}

check::Side decode_side(const json& j, const Defaults& d, bool& ok) {
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
  return s;
}

check::Finding decode_finding(const json& j, const Defaults& d, bool& ok) {
  const In in(j, ok);
  check::Finding f;
  f.check = in.str("k");
  f.severity = in.code("v", check::Severity::error);
  f.message = in.str("m");
  f.subject = in.str("s");
  f.predicate = in.str("p");
  f.fact = in.str("f");
  in.each("d", [&](const json& s) { f.sides.push_back(decode_side(s, d, ok)); });
  f.notes = in.strings("n");
  f.fingerprint = in.str("fp");
  return f;
}

check::Suppression decode_suppression(const json& j, const Defaults& d, bool& ok) {
  const In in(j, ok);
  check::Suppression s;
  s.path = in.str("p", d.path);
  s.line = in.num<int>("l");
  s.comment_line = in.num<int>("cl");
  s.checks = in.strings("k");
  s.reason = in.str("r");
  return s;
}

report::DocumentInfo decode_info(const json& j, bool& ok) {
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
  json j = json::object();
  j["v"] = kCodecVersion;
  j["i"] = encode(doc.info);
  if (!doc.claims.empty()) {
    json& claims = j["c"] = json::array();
    static const std::string kNone;
    const std::string* previous = &kNone;  // the first claim's sentence is stored (decoded against "")
    for (const auto& c : doc.claims) {
      claims.push_back(encode(c, d, *previous));
      previous = &c.evidence.sentence.str();
    }
  }
  if (!doc.findings.empty()) {
    json& findings = j["f"] = json::array();
    for (const auto& f : doc.findings) findings.push_back(encode(f, d));
  }
  if (!doc.suppressions.empty()) {
    json& suppressions = j["s"] = json::array();
    for (const auto& s : doc.suppressions) suppressions.push_back(encode(s, d));
  }
  std::string blob;
  json::to_cbor(j, blob);
  return blob;
}

std::optional<StoredDocument> decode(std::string_view blob) {
  if (!well_formed(blob)) return std::nullopt;
  try {
    const json j = json::from_cbor(blob.begin(), blob.end(), /*strict=*/true, /*allow_exceptions=*/false);
    bool ok = true;
    const In in(j, ok);
    if (in.num<int>("v", -1) != kCodecVersion || !ok) return std::nullopt;
    const json* info = in.at("i");
    if (info == nullptr) return std::nullopt;
    StoredDocument doc;
    doc.info = decode_info(*info, ok);
    const Defaults d = defaults_of(doc.info);
    in.each("c", [&](const json& c) {
      doc.claims.push_back(decode_claim(c, d, doc.claims.empty() ? base::SharedString() : doc.claims.back().evidence.sentence, ok));
    });
    in.each("f", [&](const json& f) { doc.findings.push_back(decode_finding(f, d, ok)); });
    in.each("s", [&](const json& s) { doc.suppressions.push_back(decode_suppression(s, d, ok)); });
    if (!ok) return std::nullopt;
    return doc;
  } catch (const json::exception&) {
    return std::nullopt;  // a length no container can hold
  }
}

}  // namespace concord::index
