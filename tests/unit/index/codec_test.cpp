// index/codec: what the claim index stores of a document, as a blob.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "check/harness.h"
#include "check/suppress.h"
#include "index/codec.h"
#include "test_util.h"

using namespace concord;
using nlohmann::json;

namespace {

// ---- Every field as text, so a comparison that fails shows what differs ----

std::string show(const base::Date& d) { return fmt::format("{}-{}-{}", d.year, d.month, d.day); }
std::string show(int i) { return std::to_string(i); }
std::string show(ingest::Span s) { return fmt::format("[{},{})", s.begin, s.end); }
std::string show(ingest::Position p) { return fmt::format("{}:{}", p.line, p.column); }
std::string show(const claim::DateValue& d) {
  return fmt::format("{}..{}/{}/{}", d.first, d.last, static_cast<int>(d.granularity), d.approximate);
}
std::string show(const claim::Quantity& q) {
  return fmt::format("{} [{},{}] '{}' '{}' {}", q.value, q.low, q.high, q.unit, q.dimension, q.approximate);
}
std::string show(const claim::EntityRef& e) {
  return fmt::format("'{}' '{}' '{}' {} {}", e.id, e.name, e.surface, static_cast<int>(e.kind),
                     static_cast<int>(e.via));
}
std::string show(const claim::TitleValue& t) {
  return fmt::format("'{}' '{}' '{}' '{}' '{}' {}", t.rank, t.portfolio, t.office, t.country, t.org, t.former);
}
std::string show(const claim::ThingValue& t) { return fmt::format("'{}' {}", t.head, fmt::join(t.words, "|")); }
template <typename T>
std::string show(const std::optional<T>& o) {
  return o ? "{" + show(*o) + "}" : "none";
}
template <typename T>
std::string show(const base::Boxed<T>& o) {
  return o ? "{" + show(*o) + "}" : "none";
}
std::string show(const ingest::Citation& c) {
  return fmt::format("'{}' '{}' {}-{} {} {} '{}'", c.path, c.document, c.byte_begin, c.byte_end, show(c.start),
                     show(c.end), c.quote);
}
std::string show(const claim::Field& f) {
  const claim::Value& v = f.value;
  return fmt::format("  field '{}' type={} '{}' {} entity={} date={} quantity={} integer={} title={} thing={} "
                     "resolved={}\n",
                     f.name, static_cast<int>(v.type), v.text, show(v.span), show(v.entity), show(v.date),
                     show(v.quantity), show(v.integer), show(v.title), show(v.thing), v.resolved);
}
std::string show(const claim::Claim& c) {
  std::string out = fmt::format(
      "claim '{}' modality={} attribution='{}' speaker='{}' cue='{}' rule='{}' document='{}' document_date={} "
      "context_date={} date_source={} citation={} sentence='{}' highlight={}-{} span={} in_draft={}\n",
      c.predicate, static_cast<int>(c.modality), c.attribution, c.speaker, c.cue, c.rule, c.document,
      show(c.document_date), show(c.context_date), static_cast<int>(c.date_source), show(c.evidence.citation),
      c.evidence.sentence, c.evidence.highlight_begin, c.evidence.highlight_end, show(c.span), c.in_draft);
  for (const auto& f : c.fields) out += show(f);
  return out;
}
std::string show(const check::Side& s) {
  return fmt::format("  side '{}' modality={} rule='{}' document='{}' draft={} citation={} sentence='{}' "
                     "highlight={}-{} speaker='{}' attribution='{}' identity='{}'\n",
                     s.value, static_cast<int>(s.modality), s.rule, s.document, s.draft, show(s.citation), s.sentence,
                     s.highlight_begin, s.highlight_end, s.speaker, s.attribution, s.identity);
}
std::string show(const check::Finding& f) {
  std::string out = fmt::format("finding '{}' severity={} message='{}' subject='{}' predicate='{}' fact='{}' "
                                "notes={} fingerprint='{}'\n",
                                f.check, static_cast<int>(f.severity), f.message, f.subject, f.predicate, f.fact,
                                fmt::join(f.notes, "|"), f.fingerprint);
  for (const auto& s : f.sides) out += show(s);
  return out;
}
std::string show(const check::Suppression& s) {
  return fmt::format("suppression '{}' {} {} {} '{}'\n", s.path, s.line, s.comment_line, fmt::join(s.checks, "|"),
                     s.reason);
}
std::string show(const report::DocumentInfo& i) {
  return fmt::format("document '{}' '{}' {} {} {} {} {} {}\n", i.path, i.id, show(i.date),
                     static_cast<int>(i.date_source), i.draft, i.sentences, i.claims, i.bytes);
}

// Checks that back holds exactly what doc does, one CHECK per item.
void check_same(const index::StoredDocument& back, const index::StoredDocument& doc) {
  CHECK(show(back.info) == show(doc.info));
  REQUIRE(back.claims.size() == doc.claims.size());
  for (std::size_t i = 0; i < doc.claims.size(); ++i) CHECK(show(back.claims[i]) == show(doc.claims[i]));
  REQUIRE(back.findings.size() == doc.findings.size());
  for (std::size_t i = 0; i < doc.findings.size(); ++i) CHECK(show(back.findings[i]) == show(doc.findings[i]));
  REQUIRE(back.suppressions.size() == doc.suppressions.size());
  for (std::size_t i = 0; i < doc.suppressions.size(); ++i)
    CHECK(show(back.suppressions[i]) == show(doc.suppressions[i]));
}

// ---- Real documents ---------------------------------------------------------

// What `concord index` stores of a document: as `concord check` reads it.
index::StoredDocument store(const ingest::Document& doc, bool draft) {
  base::Diagnostics diags;
  index::StoredDocument s;
  s.suppressions = check::suppressions_in(doc, diags);
  const text::Layout layout = text::analyze(doc);
  claim::DocumentClaims found = app::read_claims(doc, layout, test::bundled_rules(), draft);
  check::document_findings(doc, found, draft, s.findings);
  s.info = {doc.path, doc.id, doc.meta.date, doc.meta.date_source, draft, layout.sentences.size(),
            found.claims.size(), doc.original().size()};
  s.claims = std::move(found.claims);
  return s;
}

std::vector<index::StoredDocument> store_all(const std::vector<std::string>& paths, bool draft = false) {
  std::vector<index::StoredDocument> out;
  base::Diagnostics diags;
  app::read_all(paths, {}, diags, [&](ingest::Document&& doc) { out.push_back(store(doc, draft)); });
  return out;
}

// The repository's own stories and drafts, and the shared seeds and drafts
// when they are there.
std::vector<index::StoredDocument> real_documents() {
  const std::string src = CONCORD_SOURCE_DIR;
  auto docs = store_all({src + "/fixtures/newsroom", src + "/fixtures/hostile", src + "/fixtures/tutorial"});
  for (auto& d : store_all({src + "/fixtures/drafts", src + "/tests/drafts"}, true)) docs.push_back(std::move(d));
  if (test::have_shared()) {
    for (auto& d : store_all({(test::shared_dir() / "seeds").string()})) docs.push_back(std::move(d));
    for (auto& d : store_all({(test::shared_dir() / "drafts").string()}, true)) docs.push_back(std::move(d));
  }
  // A concord-ignore comment, which no bundled story has.
  ingest::Document d = test::doc_from(
      "---\ndate: 2014-11-20\n---\n<!-- concord-ignore: value-conflict,weekday the desk checked this -->\n"
      "Choe Ryong Hae arrived in Moscow on Monday, Nov. 18, 2014.\n",
      ingest::Format::markdown, "ignored.md");
  docs.push_back(store(d, true));
  return docs;
}

// ---- A document with no field at its default --------------------------------

claim::Value value_with_everything() {
  claim::Value v;
  v.type = rules::ValueType::person;
  v.text = "the first vice minister";
  v.span = {10, 33};
  v.entity = claim::EntityRef{"name:x", "X", "the vice", rules::EntityKind::event, claim::Resolution::pronoun};
  v.date = claim::DateValue{16000, 16030, claim::Granularity::season, true};
  v.quantity = claim::Quantity{1.1e10, -0.5, std::numeric_limits<double>::infinity(), "USD", "money", true};
  v.integer = -7;
  v.title = claim::TitleValue{"first vice", "foreign", "minister", "North Korea", "WPK", true};
  v.thing = claim::ThingValue{{"pier", "rajin"}, "pier"};
  v.resolved = false;
  return v;
}

ingest::Citation citation_with_everything() {
  return {"elsewhere.txt", "elsewhere.txt#3", 100, 140, {3, 4}, {4, 1}, "not the highlighted words \xff"};
}

index::StoredDocument document_with_everything() {
  index::StoredDocument doc;
  doc.info = {"a/story.md", "a/story.md#2", base::Date{2014, 11, 18}, ingest::DateSource::manifest, true, 12, 2, 4096};
  claim::Claim c;
  c.predicate = "arrive";
  c.fields = {{"subject", value_with_everything()}, {"", claim::Value{}}};
  c.modality = rules::Modality::reported;
  c.attribution = "Tass";
  c.speaker = "a spokesman";
  c.cue = "said";
  c.rule = "core.arrive";
  c.document = "another#1";
  c.document_date = std::nullopt;  // the document has one
  c.context_date = claim::DateValue{-3, -3, claim::Granularity::day, false};
  c.date_source = ingest::DateSource::inferred;
  c.evidence = {citation_with_everything(), "A sentence, with \xe2\x80\x9cquotes\xe2\x80\x9d.", 3, 300};
  c.span = {1, 2};
  c.in_draft = false;  // the document is a draft
  doc.claims.push_back(c);
  doc.claims.push_back(claim::Claim{});

  check::Finding f;
  f.check = "weekday";
  f.severity = check::Severity::info;
  f.message = "m";
  f.subject = "s";
  f.predicate = "p";
  f.fact = "f";
  check::Side s{"2014-11-18", rules::Modality::planned, "r", "other", false, citation_with_everything(),
                "sentence", 1, 2, "speaker", "attribution", "identity", ""};  // norm is not stored
  f.sides = {s, check::Side{}};
  f.notes = {"one", "", "three"};
  f.fingerprint = "0123456789abcdef";
  doc.findings = {f, check::Finding{}};
  doc.suppressions = {check::Suppression{"b.md", 4, 3, {"all", "weekday"}, "why"}, check::Suppression{}};
  return doc;
}

// The CBOR of doc as JSON, to look inside a blob (its 8-byte seal cut off).
json inside(const index::StoredDocument& doc) {
  const std::string blob = index::encode(doc);
  return json::from_cbor(blob.substr(0, blob.size() - 8));
}

std::string to_blob(const json& j) {
  std::string out;
  json::to_cbor(j, out);
  return index::sealed(out);
}

}  // namespace

TEST_CASE("index/codec: real documents round-trip exactly") {
  const auto docs = real_documents();
  std::size_t claims = 0, findings = 0, suppressions = 0;
  std::map<std::string, int> seen;  // which kinds of content the documents exercise
  for (const auto& doc : docs) {
    INFO(doc.info.id);
    const std::string blob = index::encode(doc);
    const auto back = index::decode(blob);
    REQUIRE(back);
    check_same(*back, doc);
    CHECK(index::encode(*back) == blob);
    claims += doc.claims.size();
    findings += doc.findings.size();
    suppressions += doc.suppressions.size();
    for (const auto& c : doc.claims) {
      seen["modality"] += c.modality != rules::Modality::asserted;
      seen["context date"] += c.context_date.has_value();
      seen["attribution or speaker"] += !c.attribution.empty() || !c.speaker.empty();
      for (const auto& f : c.fields) {
        seen["entity"] += f.value.entity.has_value();
        seen["date"] += f.value.date.has_value();
        seen["quantity"] += f.value.quantity.has_value();
        seen["integer"] += f.value.integer.has_value();
        seen["title"] += f.value.title.has_value();
        seen["thing"] += f.value.thing.has_value();
      }
    }
  }
  // Enough claims that every kind of value below is exercised; the fixtures
  // alone hold fewer than the fixtures and the seeds.
  CHECK(claims > (test::have_shared() ? 100u : 50u));
  CHECK(findings > 0);
  CHECK(suppressions > 0);
  for (const auto& [what, n] : seen) {
    INFO(what);
    CHECK(n > 0);
  }
}

TEST_CASE("index/codec: every field round-trips, none at its default") {
  const index::StoredDocument doc = document_with_everything();
  const auto back = index::decode(index::encode(doc));
  REQUIRE(back);
  check_same(*back, doc);
  // Spot checks, in case show() missed something.
  CHECK(back->claims[0].fields[0].value.quantity->high == std::numeric_limits<double>::infinity());
  CHECK(back->claims[0].evidence.citation.quote == "not the highlighted words \xff");
  CHECK(!back->claims[0].document_date);
  // Type defaults that are not the document's.
  CHECK(back->claims[1].document.empty());
  CHECK(!back->claims[1].document_date);
  CHECK(!back->claims[1].in_draft);
  CHECK(back->findings[0].sides[0].citation.document == "elsewhere.txt#3");
  CHECK(back->suppressions[1].path.empty());
  // Blobs written by another CBOR writer (nlohmann's, which sorts keys and
  // wrote the index before the codec wrote CBOR itself) read the same.
  const auto other = index::decode(to_blob(inside(doc)));
  REQUIRE(other);
  check_same(*other, doc);
}

TEST_CASE("index/codec: what the document says is not repeated for each claim") {
  index::StoredDocument doc;
  doc.info = {"story.md", "story.md", base::Date{2014, 11, 18}, ingest::DateSource::flag, false, 1, 1, 100};
  claim::Claim c;
  c.predicate = "arrive";
  c.document = "story.md";
  c.document_date = doc.info.date;
  c.date_source = ingest::DateSource::flag;
  c.evidence.citation = {"story.md", "story.md", 0, 5, {1, 1}, {1, 6}, "Choe \xe2\x80\x94"};
  c.evidence.sentence = "Choe \xe2\x80\x94 arrived.";
  c.evidence.highlight_begin = 0;
  c.evidence.highlight_end = 6;
  claim::Value v;
  v.type = rules::ValueType::person;
  v.text = "Choe";
  v.entity = claim::EntityRef{"Choe Ryong Hae", "Choe Ryong Hae", "Choe", rules::EntityKind::person,
                              claim::Resolution::gazetteer};
  c.fields.push_back({"subject", v});
  doc.claims.push_back(c);

  const json claim = inside(doc)["c"][0];
  CHECK(claim.dump() ==
        R"({"c":{"e":5,"s":[1,1],"t":[1,6]},"f":[{"e":{"i":"Choe Ryong Hae","k":0,"v":0},"n":"subject","x":"Choe","y":2}],)"
        R"("he":6,"p":"arrive","s":"Choe — arrived."})");
  const auto back = index::decode(index::encode(doc));
  REQUIRE(back);
  check_same(*back, doc);
}

TEST_CASE("index/codec: enums are stored by fixed codes (change one: bump kCodecVersion)") {
  index::StoredDocument doc;
  doc.claims.resize(1);
  doc.claims[0].fields.resize(1);
  claim::Claim& c = doc.claims[0];
  claim::Value& v = c.fields[0].value;
  v.entity.emplace();
  v.date.emplace();
  doc.findings.resize(1);

  SECTION("value types") {
    using enum rules::ValueType;
    for (auto [e, n] : {std::pair{entity, 1}, {person, 2}, {place, 3}, {organization, 4}, {thing, 5}, {date, 6},
                        {number, 7}, {quantity, 8}, {age, 9}, {ordinal, 10}, {title, 11}}) {
      v.type = e;
      CHECK(inside(doc)["c"][0]["f"][0]["y"] == n);
      CHECK(index::decode(index::encode(doc))->claims[0].fields[0].value.type == e);
    }
  }
  SECTION("entity kinds") {
    using enum rules::EntityKind;
    for (auto [e, n] : {std::pair{person, 0}, {organization, 1}, {place, 2}, {event, 3}, {thing, 4}}) {
      v.entity->kind = e;
      CHECK(inside(doc)["c"][0]["f"][0]["e"]["k"] == n);
      CHECK(index::decode(index::encode(doc))->claims[0].fields[0].value.entity->kind == e);
    }
  }
  SECTION("resolutions") {
    using enum claim::Resolution;
    for (auto [e, n] : {std::pair{gazetteer, 0}, {coreference, 2}, {title, 3}, {pronoun, 4}, {unresolved, 5}}) {
      v.entity->via = e;
      CHECK(inside(doc)["c"][0]["f"][0]["e"]["v"] == n);
      CHECK(index::decode(index::encode(doc))->claims[0].fields[0].value.entity->via == e);
    }
  }
  SECTION("granularities") {
    using enum claim::Granularity;
    for (auto [e, n] : {std::pair{week, 1}, {month, 2}, {quarter, 3}, {season, 4}, {year, 5}, {decade, 6}}) {
      v.date->granularity = e;
      CHECK(inside(doc)["c"][0]["f"][0]["d"]["g"] == n);
      CHECK(index::decode(index::encode(doc))->claims[0].fields[0].value.date->granularity == e);
    }
  }
  SECTION("modalities") {
    using enum rules::Modality;
    for (auto [e, n] : {std::pair{negated, 1}, {hedged, 2}, {planned, 3}, {reported, 4}}) {
      c.modality = e;
      CHECK(inside(doc)["c"][0]["m"] == n);
      CHECK(index::decode(index::encode(doc))->claims[0].modality == e);
    }
  }
  SECTION("date sources") {
    using enum ingest::DateSource;
    for (auto [e, n] : {std::pair{front_matter, 0}, {manifest, 1}, {jsonl, 2}, {flag, 3}, {inferred, 4}}) {
      doc.info.date_source = e;
      CHECK(inside(doc)["i"]["ds"] == n);
      CHECK(index::decode(index::encode(doc))->info.date_source == e);
    }
  }
  SECTION("severities") {
    using enum check::Severity;
    for (auto [e, n] : {std::pair{info, 0}, {warning, 1}}) {
      doc.findings[0].severity = e;
      CHECK(inside(doc)["f"][0]["v"] == n);
      CHECK(index::decode(index::encode(doc))->findings[0].severity == e);
    }
  }
}

TEST_CASE("index/codec: a blob of another codec version is not read") {
  json j = inside(document_with_everything());
  REQUIRE(j["v"] == index::kCodecVersion);
  SECTION("a later version") { j["v"] = index::kCodecVersion + 1; }
  SECTION("an earlier version") { j["v"] = index::kCodecVersion - 1; }
  SECTION("no version") { j.erase("v"); }
  SECTION("a version of the wrong type") { j["v"] = "1"; }
  CHECK(!index::decode(to_blob(j)));
}

TEST_CASE("index/codec: a blob with wrong types or impossible values is not read") {
  json j = inside(document_with_everything());
  json& claim = j["c"][0];
  SECTION("a string for a number") { claim["hb"] = "3"; }
  SECTION("a negative size") { claim["hb"] = -1; }
  SECTION("an int out of range") { claim["c"]["s"][0] = std::int64_t{1} << 40; }
  SECTION("a number for a string") { claim["p"] = 7; }
  SECTION("an unknown enum code") { claim["m"] = 99; }
  SECTION("an enum code of the wrong type") { claim["m"] = "hedged"; }
  SECTION("a map for an array") { claim["f"] = json::object(); }
  SECTION("an array for a map") { claim["f"][0]["d"] = json::array({1, 2}); }
  SECTION("a date of two numbers") { claim["dd"] = json::array({2014, 11}); }
  SECTION("a span ending before it begins") { claim["sp"] = json::array({5, 4}); }
  SECTION("a highlight ending before it begins") { claim["he"] = 1; }
  SECTION("a date interval ending before it begins") { claim["f"][0]["d"]["l"] = 0; }
  SECTION("a quantity outside its range") { claim["f"][0]["q"]["lo"] = 2e10; }
  SECTION("a quantity without a value") { claim["f"][0]["q"].erase("v"); }
  SECTION("a claim without a citation") { claim.erase("c"); }
  SECTION("a string in a list of notes") { j["f"][0]["n"][1] = 5; }
  SECTION("no document info") { j.erase("i"); }
  SECTION("not a map") { j = json::array({1, 2}); }
  CHECK(!index::decode(to_blob(j)));
}

TEST_CASE("index/codec: damaged blobs are rejected, never read as other values") {
  // A real story with many claims, and the document with every field.
  auto docs = real_documents();
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.claims.size() > b.claims.size(); });
  const std::vector<std::string> blobs = {index::encode(docs.front()), index::encode(document_with_everything())};
  SECTION("every truncation") {
    for (const auto& blob : blobs) {
      for (std::size_t n = 0; n < blob.size(); ++n) CHECK(!index::decode(blob.substr(0, n)));
    }
  }
  SECTION("trailing bytes") {
    for (const auto& blob : blobs) CHECK(!index::decode(blob + '\0'));
  }
  SECTION("every single-byte flip") {  // the regression: two thirds of them decoded "fine"
    for (const auto& blob : blobs) {
      CHECK(index::intact(blob));
      for (std::size_t i = 0; i < blob.size(); ++i) {
        std::string bad = blob;
        bad[i] = static_cast<char>(bad[i] ^ 0x01);
        CHECK(!index::intact(bad));
        CHECK(!index::decode(bad));
      }
    }
  }
  SECTION("random byte changes") {
    std::mt19937 rng(42);
    for (const auto& blob : blobs) {
      for (int i = 0; i < 3000; ++i) {
        std::string bad = blob;
        for (int k = 0; k <= i % 3; ++k) bad[rng() % bad.size()] = static_cast<char>(rng() % 256);
        if (bad != blob) CHECK(!index::decode(bad));
      }
    }
  }
  SECTION("damaged CBOR under a matching seal: rejected or read, never a crash") {
    std::mt19937 rng(42);
    for (const auto& blob : blobs) {
      const std::string cbor = blob.substr(0, blob.size() - 8);
      for (int i = 0; i < 3000; ++i) {
        std::string bad = cbor;
        for (int k = 0; k <= i % 3; ++k) bad[rng() % bad.size()] = static_cast<char>(rng() % 256);
        if (auto back = index::decode(index::sealed(bad))) (void)index::encode(*back);
      }
    }
  }
}

TEST_CASE("index/codec: hostile blobs cost bounded time and stack") {
  SECTION("nothing") { CHECK(!index::decode("")); }
  // Sealed, so that the CBOR reader, not the seal, is what rejects them.
  auto sealed = [](std::string cbor) { return index::sealed(std::move(cbor)); };
  SECTION("JSON text") { CHECK(!index::decode(sealed(R"({"v":1})"))); }
  SECTION("arrays nested a million deep") { CHECK(!index::decode(sealed(std::string(1'000'000, '\x81')))); }
  SECTION("indefinite-length strings nested a million deep") {
    CHECK(!index::decode(sealed(std::string(1'000'000, '\x7f'))));
  }
  SECTION("a map claiming 2^64-1 entries") { CHECK(!index::decode(sealed("\xbb\xff\xff\xff\xff\xff\xff\xff\xff"))); }
  SECTION("a string claiming 2^64-1 bytes") { CHECK(!index::decode(sealed("\x7b\xff\xff\xff\xff\xff\xff\xff\xff"))); }
  SECTION("a tag") { CHECK(!index::decode(sealed("\xc1\x00"))); }
}

// A field added to a type the index stores must be encoded (and
// kCodecVersion bumped) - or the index silently forgets it. These sizes
// notice most additions; update them once index/codec.cpp stores the field.
TEST_CASE("index/codec: the stored types have the fields the codec knows") {
#if defined(__GLIBCXX__) && defined(__x86_64__)
  CHECK(sizeof(report::DocumentInfo) == 112);
  CHECK(sizeof(claim::Claim) == 280);
  CHECK(sizeof(claim::Value) == 104);
  CHECK(sizeof(claim::EntityRef) == 40);
  CHECK(sizeof(claim::TitleValue) == 48);
  CHECK(sizeof(claim::ThingValue) == 56);
  CHECK(sizeof(claim::Quantity) == 48);
  CHECK(sizeof(claim::DateValue) == 24);
  CHECK(sizeof(claim::Evidence) == 128);
  CHECK(sizeof(ingest::Citation) == 96);
  CHECK(sizeof(check::Finding) == 248);
  CHECK(sizeof(check::Side) == 384);
  CHECK(sizeof(check::Suppression) == 96);
#else
  WARN("struct sizes are pinned for libstdc++ on x86-64 only");
#endif
}

// Not run by ctest: `unit_tests "[bench]"`, with CONCORD_CODEC_BENCH=PATH:PATH
// to choose the documents (default: the shared seeds and ECB+ texts, and the
// newsroom fixture).
TEST_CASE("index/codec: size and speed", "[.][bench]") {
  std::vector<std::string> paths;
  if (const char* env = std::getenv("CONCORD_CODEC_BENCH")) {
    std::stringstream s(env);
    for (std::string p; std::getline(s, p, ':');) paths.push_back(p);
  } else {
    paths = {std::string(CONCORD_SOURCE_DIR) + "/fixtures/newsroom", (test::shared_dir() / "seeds").string(),
             (test::shared_dir() / "eval/ecbplus-text").string()};
  }
  const auto docs = store_all(paths);
  std::size_t claims = 0, bytes = 0, text = 0;
  std::vector<std::string> blobs;
  for (const auto& d : docs) {
    claims += d.claims.size();
    text += d.info.bytes;
    blobs.push_back(index::encode(d));
    bytes += blobs.back().size();
  }
  REQUIRE(claims > 0);
  using Clock = std::chrono::steady_clock;
  auto rate = [&](auto&& once) {
    int rounds = 0;
    const auto start = Clock::now();
    do {
      once();
      ++rounds;
    } while (Clock::now() - start < std::chrono::seconds(10));
    const double s = std::chrono::duration<double>(Clock::now() - start).count();
    return static_cast<double>(claims) * rounds / s;
  };
  std::size_t sink = 0;
  const double enc = rate([&] {
    for (const auto& d : docs) sink += index::encode(d).size();
  });
  const double dec = rate([&] {
    for (const auto& b : blobs) sink += index::decode(b)->claims.size();
  });
  std::printf("%zu documents (%zu bytes of text), %zu claims: blobs %zu bytes, %.0f bytes per claim "
              "(%.0f%% of the text)\nencode %.0f claims/s, decode %.0f claims/s (%zu)\n",
              docs.size(), text, claims, bytes, static_cast<double>(bytes) / claims, 100.0 * bytes / text, enc, dec,
              sink % 10);
}
