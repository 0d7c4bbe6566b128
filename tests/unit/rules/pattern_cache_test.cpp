// The pattern cache: a rule set compiled with it matches as one compiled
// without it, compiles its programs only when a sentence needs them, and a
// cache never hides a mistake in a pack, nor breaks a run when it is damaged.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/hash.h"
#include "rules/loader.h"
#include "rules/pattern_cache.h"
#include "rules/rule_set.h"
#include "test_util.h"

using namespace concord;
namespace fs = std::filesystem;

namespace {

// A fresh folder, deleted with everything in it at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string t = (fs::temp_directory_path() / "concord-cache-test-XXXXXX").string();
    REQUIRE(mkdtemp(t.data()) != nullptr);
    path = t;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::vector<fs::path> files() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path());
    return out;
  }
};

std::vector<rules::Pack> bundled_packs() {
  std::vector<rules::Pack> packs;
  base::Diagnostics diags;
  for (const char* name : {"core", "news", "world"}) {
    auto p = rules::load_pack(std::string(CONCORD_SOURCE_DIR "/rules/") + name, diags);
    REQUIRE(p);
    packs.push_back(std::move(*p));
  }
  return packs;
}

std::unique_ptr<rules::RuleSet> compile(std::vector<rules::Pack> packs, const std::string& cache_dir,
                                        base::Diagnostics& diags) {
  return rules::RuleSet::compile(std::move(packs), diags, {.cache_dir = cache_dir});
}

// Lines of news: the fixtures, and the shared seeds and drafts when present.
std::vector<std::string> news_lines() {
  std::vector<fs::path> files;
  for (const char* dir : {"fixtures/newsroom", "fixtures/newsdesk", "fixtures/tutorial"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(CONCORD_SOURCE_DIR) / dir)) {
      if (e.is_regular_file()) files.push_back(e.path());
    }
  }
  if (test::have_shared()) {
    for (const char* dir : {"seeds", "drafts"}) {
      for (const auto& e : fs::directory_iterator(test::shared_dir() / dir)) files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> lines;
  for (const auto& f : files) {
    std::istringstream in(test::slurp(f));
    for (std::string line; std::getline(in, line);) {
      if (line.size() > 3) lines.push_back(line);
    }
  }
  return lines;
}

// Every match in every line, written out whole.
std::string all_matches(const rules::RuleSet& rs, const std::vector<std::string>& lines) {
  std::string out;
  std::vector<rules::Match> found;
  for (const std::string& line : lines) {
    found.clear();
    rs.match(line, {0, line.size()}, found);
    for (const auto& m : found) {
      out += fmt::format("{} {} {} {} {}-{}:", m.extractor, m.mention, static_cast<int>(m.mention_type), m.pattern,
                         m.span.begin, m.span.end);
      for (const auto& f : m.fields) {
        out += fmt::format(" {}={}-{}/{}/{}", f.field, f.span.begin, f.span.end, static_cast<int>(f.type), f.vocab);
      }
      out += "\n";
    }
  }
  return out;
}

std::string messages(const base::Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.all()) {
    out += fmt::format("{} {}:{}:{}: {}\n", base::severity_name(d.severity), d.where.path, d.where.line,
                       d.where.column, d.message);
  }
  return out;
}

const char* const kPack = R"Y(vocabulary:
  NAME: {type: person, pattern: '[A-Z][a-z]+(?: [A-Z][a-z]+)*'}
  DAY: {type: date, mention: true, pattern: '(?:Mon|Tues|Wednes)day'}
predicates:
  - name: meet
    fields: {object: person, time: date}
extractors:
  - id: met
    predicate: meet
    templates: ["{subject:NAME} met {object:NAME} [on {time:DAY}]"]
)Y";

// kPack with its template's pattern broken in one of several ways.
std::string broken(const std::string& how) {
  std::string yaml = kPack;
  const std::string from = "met {object:NAME}";
  yaml.replace(yaml.find(from), from.size(), how);
  return yaml;
}

std::unique_ptr<rules::RuleSet> compile_yaml(const std::string& yaml, const std::string& cache_dir,
                                             base::Diagnostics& diags) {
  auto pack = rules::load_pack_from("t", {{"t/rules.yaml", yaml}}, diags);
  if (!pack) return nullptr;
  return compile({*pack}, cache_dir, diags);
}

// What the bundled packs match in news_lines() compiled with no cache:
// what a rule set compiled from the cache must match too.
const std::string& expected_matches() {
  static const std::string expected = [] {
    base::Diagnostics diags;
    const auto eager = compile(bundled_packs(), "", diags);
    REQUIRE(eager);
    return all_matches(*eager, news_lines());
  }();
  return expected;
}

}  // namespace

TEST_CASE("rules/pattern_cache: compiled from the cache, rules match as compiled without it") {
  TempDir dir;
  const std::vector<std::string> lines = news_lines();
  base::Diagnostics diags;
  const auto eager = compile(bundled_packs(), "", diags);
  REQUIRE(eager);
  CHECK(eager->compiled_count() == eager->pattern_count());
  const std::string expected = all_matches(*eager, lines);
  CHECK(expected.size() > 1000);

  // The first run compiles every pattern, as without a cache, and saves.
  const auto first = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(first);
  CHECK(first->compiled_count() == first->pattern_count());
  CHECK(dir.files().size() == 1);
  CHECK(all_matches(*first, lines) == expected);

  // The next compiles a program when a sentence first may match it.
  const auto lazy = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(lazy);
  CHECK(diags.empty());
  CHECK(lazy->pattern_count() == eager->pattern_count());
  CHECK(lazy->compiled_count() == 0);
  const std::string one = "Choe Ryong Hae met Putin in Moscow on Tuesday.";
  std::vector<rules::Match> found;
  lazy->match(one, {0, one.size()}, found);
  CHECK(lazy->compiled_count() > 0);
  CHECK(lazy->compiled_count() < lazy->pattern_count() / 4);
  CHECK(all_matches(*lazy, lines) == expected);
  CHECK(lazy->fingerprint() == eager->fingerprint());
}

TEST_CASE("rules/pattern_cache: threads matching at once compile each program once") {
  TempDir dir;
  const std::vector<std::string> lines = news_lines();
  base::Diagnostics diags;
  const std::string& expected = expected_matches();
  REQUIRE(compile(bundled_packs(), dir.path.string(), diags));
  const auto lazy = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(lazy);
  REQUIRE(lazy->compiled_count() == 0);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) threads.emplace_back([&] { g = all_matches(*lazy, lines); });
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == expected);
}

TEST_CASE("rules/pattern_cache: compile_all compiles every program, on several threads, and matches the same") {
  TempDir dir;
  base::Diagnostics diags;
  REQUIRE(compile(bundled_packs(), dir.path.string(), diags));
  const auto lazy = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(lazy);
  REQUIRE(lazy->compiled_count() == 0);
  lazy->compile_all(3);
  CHECK(lazy->compiled_count() == lazy->pattern_count());
  lazy->compile_all(2);  // again: nothing left to do, nothing breaks
  CHECK(all_matches(*lazy, news_lines()) == expected_matches());
}

TEST_CASE("rules/pattern_cache: prepare compiles what the sentences need, on several threads, before match") {
  TempDir dir;
  base::Diagnostics diags;
  REQUIRE(compile(bundled_packs(), dir.path.string(), diags));
  const std::string text = "Choe Ryong Hae met Putin in Moscow on Tuesday. The mayor, 57, resigned.";
  const std::vector<rules::TextSpan> sentences{{0, 46}, {47, text.size()}};
  REQUIRE(text.substr(0, 46).ends_with("Tuesday."));

  // What matching alone compiles: the programs these sentences may match.
  const auto alone = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(alone);
  std::vector<rules::Match> expected;
  for (const auto& s : sentences) alone->match(text, s, expected);
  const std::size_t needed = alone->compiled_count();
  REQUIRE(needed > 0);

  const auto prepared = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(prepared);
  prepared->prepare(text, sentences, 1);  // one thread: left to match()
  CHECK(prepared->compiled_count() == 0);
  prepared->prepare(text, sentences, 2);
  // The same programs (needs run to rule programs out are compiled by
  // either way, and not counted), and matching compiles nothing more.
  CHECK(prepared->compiled_count() == needed);
  std::vector<rules::Match> found;
  for (const auto& s : sentences) prepared->match(text, s, found);
  CHECK(prepared->compiled_count() == needed);
  REQUIRE(found.size() == expected.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    CHECK(found[i].extractor == expected[i].extractor);
    CHECK(found[i].span.begin == expected[i].span.begin);
    CHECK(found[i].span.end == expected[i].span.end);
  }
}

TEST_CASE("rules/pattern_cache: a pack with a mistake is reported the same on every run") {
  const std::string how = GENERATE(as<std::string>{},
                                   "met (?P<object>{NAME}",          // RE2 rejects it
                                   "met {objet:NAME}",               // fills no field
                                   "met {NAME}",                     // no mistake: compiles
                                   "met {object:NAME} {time:DAY}+*"  // bad repetition
  );
  CAPTURE(how);
  TempDir dir;
  base::Diagnostics without;
  const bool compiles = compile_yaml(broken(how), "", without) != nullptr;
  for (int run = 0; run < 2; ++run) {
    base::Diagnostics diags;
    CHECK((compile_yaml(broken(how), dir.path.string(), diags) != nullptr) == compiles);
    CHECK(messages(diags) == messages(without));
  }
  if (!compiles) CHECK(dir.files().empty());  // a failed compile saves nothing
}

TEST_CASE("rules/pattern_cache: a pattern too large for RE2's limit is reported on every run") {
  const std::string yaml = R"Y(predicates:
  - name: meet
    fields: {object: person}
extractors:
  - id: big
    predicate: meet
    patterns: ['(?P<subject>\pL{1000}) met (?P<object>\w+)', '(?P<subject>\w+) met (?P<object>\w+)']
)Y";
  TempDir dir;
  base::Diagnostics without;
  REQUIRE_FALSE(compile_yaml(yaml, "", without));
  REQUIRE(messages(without).find("pattern is too large") != std::string::npos);
  for (int run = 0; run < 2; ++run) {
    base::Diagnostics diags;
    CHECK_FALSE(compile_yaml(yaml, dir.path.string(), diags));
    CHECK(messages(diags) == messages(without));
  }
  CHECK(dir.files().empty());
}

TEST_CASE("rules/pattern_cache: a cache never stands for a changed pack") {
  TempDir dir;
  base::Diagnostics diags;
  const auto good = compile_yaml(kPack, dir.path.string(), diags);
  REQUIRE(good);
  REQUIRE(dir.files().size() == 1);
  const std::string bad = broken("met (?P<object>{NAME}");
  base::Diagnostics without;
  REQUIRE_FALSE(compile_yaml(bad, "", without));
  REQUIRE(without.has_errors());

  SECTION("the changed rules have a fingerprint, and so a file, of their own") {
    base::Diagnostics d;
    CHECK_FALSE(compile_yaml(bad, dir.path.string(), d));
    CHECK(messages(d) == messages(without));
    CHECK(dir.files().size() == 1);
  }
  SECTION("a file under their name knows patterns by their text, not the broken one") {
    // The good rules' file, relabelled with the broken rules' fingerprint
    // (the pack's name and digest hashed: the good pack given the broken
    // one's digest has it) and sealed again.
    auto pack = rules::load_pack_from("t", {{"t/rules.yaml", bad}}, diags);
    auto relabelled = rules::load_pack_from("t", {{"t/rules.yaml", kPack}}, diags);
    REQUIRE((pack && relabelled));
    relabelled->digest = pack->digest;
    const std::string bad_fingerprint = compile({*relabelled}, "", diags)->fingerprint();
    REQUIRE(bad_fingerprint != good->fingerprint());
    std::string bytes = test::slurp(dir.files()[0]);
    bytes.resize(bytes.size() - 8);
    bytes.replace(bytes.find(good->fingerprint()), bad_fingerprint.size(), bad_fingerprint);
    const std::uint64_t seal = base::fnv1a(bytes);
    for (int i = 0; i < 8; ++i) bytes += static_cast<char>((seal >> (8 * i)) & 0xff);
    std::ofstream(dir.path / ("rules-" + bad_fingerprint), std::ios::binary) << bytes;
    REQUIRE(rules::PatternCache::open(dir.path.string(), bad_fingerprint).size() > 0);

    base::Diagnostics d;
    CHECK_FALSE(compile_yaml(bad, dir.path.string(), d));
    CHECK(messages(d) == messages(without));
  }
}

TEST_CASE("rules/pattern_cache: a damaged cache file is ignored, then rewritten") {
  TempDir dir;
  const std::vector<std::string> lines = news_lines();
  base::Diagnostics diags;
  const std::string& expected = expected_matches();
  REQUIRE(compile(bundled_packs(), dir.path.string(), diags));
  REQUIRE(dir.files().size() == 1);
  const fs::path file = dir.files()[0];
  const std::string whole = test::slurp(file);

  auto damage = [&](const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  };
  SECTION("cut short") { damage(whole.substr(0, whole.size() / 2)); }
  SECTION("cut inside the seal") { damage(whole.substr(0, whole.size() - 3)); }
  SECTION("one byte changed") {
    std::string b = whole;
    b[b.size() / 3] ^= 0x20;
    damage(b);
  }
  SECTION("empty") { damage(""); }
  SECTION("a count past the end, sealed as valid") {
    // Header, then a record count far larger than the records: the seal
    // matches, so only the reader's bounds stand between it and a crash.
    const std::size_t head = whole.find('\n', whole.find('\n') + 1) + 1;
    std::string b = whole.substr(0, head) + std::string("\xff\xff\xff\x7f", 4) + "P";
    const std::uint64_t h = base::fnv1a(b);
    for (int i = 0; i < 8; ++i) b += static_cast<char>((h >> (8 * i)) & 0xff);
    damage(b);
  }
  const auto again = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(again);
  CHECK(diags.empty());
  CHECK(again->compiled_count() == again->pattern_count());  // checked every pattern
  CHECK(all_matches(*again, lines) == expected);
  // ... and saved a whole file again.
  CHECK(test::slurp(file) == whole);
  const auto lazy = compile(bundled_packs(), dir.path.string(), diags);
  REQUIRE(lazy);
  CHECK(lazy->compiled_count() == 0);
}

TEST_CASE("rules/pattern_cache: a folder that cannot be written is no error") {
  TempDir dir;
  const fs::path file = dir.path / "a-file";
  std::ofstream(file) << "not a folder";
  base::Diagnostics diags;
  const auto rs = compile_yaml(kPack, (file / "cache").string(), diags);
  REQUIRE(rs);
  CHECK(diags.empty());
  CHECK(rs->compiled_count() == rs->pattern_count());
  rules::PatternCache cache = rules::PatternCache::open((file / "cache").string(), rs->fingerprint());
  CHECK_FALSE(cache.save());
}

TEST_CASE("rules/pattern_cache: a pack's parsed YAML is cached, never its mistakes") {
  TempDir dir;
  auto load = [&](const std::string& yaml, base::Diagnostics& diags) {
    return rules::load_pack_from("t", {{"t/rules.yaml", yaml}}, diags, rules::OnError::skip_entry, dir.path.string());
  };
  auto pack_files = [&] {
    std::size_t n = 0;
    for (const auto& f : dir.files()) n += f.filename().string().starts_with("pack-");
    return n;
  };
  SECTION("a clean pack: the same pack from the cache") {
    base::Diagnostics cold, warm;
    const auto first = load(kPack, cold);
    REQUIRE(pack_files() == 1);
    const auto second = load(kPack, warm);
    REQUIRE((first && second));
    CHECK(messages(cold) == messages(warm));
    const auto a = compile({*first}, "", cold);
    const auto b = compile({*second}, "", warm);
    REQUIRE((a && b));
    CHECK(all_matches(*a, news_lines()) == all_matches(*b, news_lines()));
    CHECK(second->vocabulary[0].where.line == first->vocabulary[0].where.line);
    CHECK(second->vocabulary[0].where.column == first->vocabulary[0].where.column);
  }
  SECTION("YAML that does not parse, or parses with a tab's error, is not kept") {
    for (const std::string& yaml : {std::string(kPack) + "  - id: [unclosed\n", std::string("predicates:\n\t- name: x\n")}) {
      base::Diagnostics without, first, second;
      rules::load_pack_from("t", {{"t/rules.yaml", yaml}}, without, rules::OnError::skip_entry);
      REQUIRE(without.has_errors());
      load(yaml, first);
      load(yaml, second);
      CHECK(messages(first) == messages(without));
      CHECK(messages(second) == messages(without));
      CHECK(pack_files() == 0);
    }
  }
  SECTION("a mistake the loader finds in parsed YAML is reported from the cache too") {
    const std::string yaml = std::string(kPack) + "unknown_section: 1\n";
    base::Diagnostics without, first, second;
    rules::load_pack_from("t", {{"t/rules.yaml", yaml}}, without, rules::OnError::skip_entry);
    REQUIRE(without.has_errors());
    load(yaml, first);
    CHECK(pack_files() == 1);
    load(yaml, second);
    CHECK(messages(first) == messages(without));
    CHECK(messages(second) == messages(without));
  }
}
