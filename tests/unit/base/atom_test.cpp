#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/atom.h"

using namespace concord::base;

TEST_CASE("base/atom: equal words are one string, compared and ordered by their words") {
  const std::string arrive = "arr" + std::string("ive");
  const Atom a = "arrive", b = arrive, c = std::string_view("meet");
  CHECK(&a.str() == &b.str());  // interned once
  CHECK(a == b);
  CHECK(a == "arrive");
  CHECK(a == arrive);
  CHECK_FALSE(a == c);
  CHECK(a < c);  // by the words
  CHECK(Atom() == Atom(""));
  CHECK(Atom().empty());
  CHECK(fmt::format("[{:>8}]", a) == "[  arrive]");
  CHECK(a + "-" + c == "arrive-meet");
  std::map<std::string, int> m{{"arrive", 1}};
  CHECK(m.count(a) == 1);
  std::set<Atom> sorted{"zeta", "alpha", "mu"};
  CHECK(std::vector<Atom>(sorted.begin(), sorted.end()) == std::vector<Atom>{"alpha", "mu", "zeta"});
}

TEST_CASE("base/atom: threads interning the same words get the same string") {
  std::vector<const std::string*> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 2000; ++i) Atom(fmt::format("word-{}", i));
      seen[t] = &Atom("word-1234").str();
    });
  }
  for (auto& t : threads) t.join();
  CHECK(std::all_of(seen.begin(), seen.end(), [&](const std::string* s) { return s == seen[0]; }));
  CHECK(*seen[0] == "word-1234");
}

TEST_CASE("base/atom: a shared string is one copy for its holders and reads like a string") {
  const SharedString s = std::string("corpus/0001.md");
  const SharedString copy = s;
  CHECK(&copy.str() == &s.str());
  CHECK(copy == "corpus/0001.md");
  CHECK(SharedString("corpus/0001.md") == s);  // equal words, different copies
  CHECK(SharedString() == "");
  CHECK(SharedString("a") < SharedString("b"));
  CHECK(fmt::format("{}:{}", s, 5) == "corpus/0001.md:5");
  const std::string& as_string = s;
  CHECK(as_string.size() == 14);
}
