#include <catch2/catch.hpp>

#include <random>

#include "ingest/decode.h"

using namespace concord::ingest;

TEST_CASE("ingest/decode: valid UTF-8 is read as is; a BOM is skipped but counted") {
  Decoded d = decode("\xEF\xBB\xBFHello\r\nworld");
  CHECK_FALSE(d.binary);
  CHECK(d.text == "Hello\r\nworld");
  CHECK(d.map.to_raw(0, Bias::begin) == 3);
  CHECK(d.notes.empty());
}

TEST_CASE("ingest/decode: invalid UTF-8 bytes are read as Windows-1252, with a note") {
  Decoded d = decode("caf\xE9 \x93quoted\x94 and \xC3\xA9");
  CHECK(d.text == "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D and \xC3\xA9");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].find("3 bytes read as Windows-1252") != std::string::npos);
  // The é (two text bytes) maps back to the one raw byte.
  CHECK(d.map.to_raw(3, Bias::begin) == 3);
  CHECK(d.map.to_raw(5, Bias::begin) == 4);
}

TEST_CASE("ingest/decode: NUL bytes and control characters mean binary") {
  CHECK(decode(std::string("PK\x03\x04\0\0", 6)).binary);
  std::string controls(200, '\x01');
  CHECK(decode(controls).binary);
  CHECK_FALSE(decode("plain\ttext\f\n").binary);
}

TEST_CASE("ingest/decode: UTF-16 with a byte-order mark is transcoded") {
  const std::string le("\xFF\xFEH\0i\0 \0\xAC\x20", 10);  // "Hi €"
  Decoded d = decode(le);
  CHECK_FALSE(d.binary);
  CHECK(d.text == "Hi \xE2\x82\xAC");
}

TEST_CASE("ingest/decode: double-encoded text is found and not trusted") {
  SECTION("Korean read as Latin-1 (the first line of a seed)") {
    const std::string t = "51\xC2\xB3\xC3\x94\xC2\xB9\xC3\x8F\xC3\x8D\xC3\xB8\n\nNorth Korea's envoy";
    auto found = find_mojibake(t);
    REQUIRE(found.size() == 1);
    CHECK(found[0].line.begin == 0);
    CHECK(found[0].line.end == t.find('\n'));
    CHECK(found[0].at == 2);
    CHECK(found[0].sample == "\xC2\xB3\xC3\x94\xC2\xB9\xC3\x8F\xC3\x8D\xC3\xB8");
  }
  SECTION("UTF-8 read as Windows-1252: â€™") {
    const std::string t = "first line\nit\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s here\n";
    auto found = find_mojibake(t);
    REQUIRE(found.size() == 1);
    CHECK(found[0].line.begin == t.find("it"));
    CHECK(found[0].sample == "\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2");
  }
  SECTION("two characters that spell a common one: Ã© is é") {
    CHECK(find_mojibake("Caf\xC3\x83\xC2\xA9 owner").size() == 1);
  }
  SECTION("real accents and typography are not mojibake") {
    CHECK(find_mojibake("Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D \xC2\xA9 2025 \xE2\x80\x94 G\xC3\xB6\xC3\x9F").empty());
    CHECK(find_mojibake("Bj\xC3\xB8rn \xC3\x86" "ble 20\xC2\xB0" "C").empty());
  }
}

// Issue 16: valid UTF-8 taken for double encoding, and its line dropped.
TEST_CASE("ingest/decode: valid UTF-8 is read as written where double encoding is not the likely reading") {
  SECTION("a line that starts with É€ (C9 80 read back would be U+0240)") {
    CHECK(find_mojibake("\xC3\x89\xE2\x82\xAC 40 million for the port.").empty());
  }
  SECTION("German: groß… and Spaß“ (N'Ko read back)") {
    CHECK(find_mojibake("Er war gro\xC3\x9F\xE2\x80\xA6 Ein Spa\xC3\x9F\xE2\x80\x9C f\xC3\xBCr alle.").empty());
  }
}

TEST_CASE("ingest/decode: no byte sequence crashes it") {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string s(static_cast<std::size_t>(rng() % 200), '\0');
    for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? rng() : 'a' + rng() % 26);
    Decoded d = decode(s);
    if (!d.binary) CHECK(d.map.text_size() == d.text.size());
  }
}
