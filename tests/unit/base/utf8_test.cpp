#include <catch2/catch.hpp>

#include <random>

#include "base/utf8.h"

using namespace concord::base;

TEST_CASE("base/utf8: decode accepts valid sequences and steps over invalid bytes one at a time") {
  const std::string s = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";  // a é ’ 😀
  std::size_t i = 0;
  CHECK(utf8::decode(s, i) == U'a');
  CHECK(utf8::decode(s, i) == U'\u00E9');
  CHECK(utf8::decode(s, i) == U'\u2019');
  CHECK(utf8::decode(s, i) == U'\U0001F600');
  CHECK(i == s.size());

  SECTION("overlong, surrogate and truncated sequences are invalid") {
    for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x80", "\xFF", "\x80"}) {
      std::size_t k = 0;
      CHECK(utf8::decode(bad, k) == utf8::kInvalid);
      CHECK(k == 1);
      CHECK_FALSE(utf8::is_valid(bad));
    }
  }
}

TEST_CASE("base/utf8: code points count invalid bytes as one each") {
  CHECK(utf8::count_code_points("abc") == 3);
  CHECK(utf8::count_code_points("\xC3\xA9t\xC3\xA9") == 3);
  CHECK(utf8::count_code_points("caf\xE9") == 4);  // Windows-1252 é
}

TEST_CASE("base/utf8: Windows-1252 round trip") {
  CHECK(utf8::from_cp1252(0x92) == U'\u2019');
  CHECK(utf8::from_cp1252(0xE9) == U'\u00E9');
  CHECK(utf8::from_cp1252(0x81) == 0x81);
  CHECK(utf8::to_cp1252(U'\u2019') == 0x92);
  CHECK(utf8::to_cp1252(U'\u4E00') == -1);
}

TEST_CASE("base/utf8: collapse_spaces joins whitespace runs including no-break spaces") {
  CHECK(utf8::collapse_spaces("  a \n\t b\xC2\xA0\xC2\xA0" "c  ") == "a b c");
  CHECK(utf8::collapse_spaces("") == "");
}

TEST_CASE("base/utf8: no byte sequence makes the helpers loop or crash") {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string s(static_cast<std::size_t>(rng() % 64), '\0');
    for (char& c : s) c = static_cast<char>(rng());
    std::size_t i = 0;
    std::size_t steps = 0;
    while (i < s.size()) {
      utf8::decode(s, i);
      ++steps;
    }
    CHECK(steps <= s.size());
    CHECK(utf8::count_code_points(s) == steps);
    CHECK(utf8::is_valid(utf8::collapse_spaces(s)) == utf8::is_valid(s));
  }
}

TEST_CASE("base/utf8: fold compares names across case, accents and house styles") {
  using concord::base::utf8::fold;
  CHECK(fold("ÖZTÜRK") == fold("Öztürk"));
  CHECK(fold("Öztürk") == "ozturk");
  CHECK(fold("Şahin") == "sahin");
  CHECK(fold("Zoë Campbell") == "zoe campbell");
  CHECK(fold("Plain ASCII") == "plain ascii");
  CHECK(fold("Søren Łukasz Đorđe Aydın Æsir") == "soren lukasz dorde aydin aesir");  // no decomposition in Unicode
  SECTION("invalid bytes are dropped, never fatal") { CHECK(fold("Ab\xff") == "ab"); }
}

TEST_CASE("base/utf8: strip_accents keeps case") {
  using concord::base::utf8::strip_accents;
  CHECK(strip_accents("Tomás Øverby, ŁUKASZ Đorđe") == "Tomas Overby, LUKASZ Dorde");
  CHECK(strip_accents("LaTonya") == "LaTonya");
  CHECK(strip_accents("Ab\xff") == "Ab");
}

TEST_CASE("base/utf8: is_upper knows the capitals of every script") {
  using concord::base::utf8::is_upper;
  for (char32_t cp : {U'A', U'Z', U'Ö', U'Ş', U'Ł', U'Ễ', U'Δ', U'Д', U'ǅ'}) CHECK(is_upper(cp));
  for (char32_t cp : {U'a', U'1', U'ö', U'ş', U'ễ', U'δ', U'д', U'×', U'金', U' '}) CHECK_FALSE(is_upper(cp));
}
