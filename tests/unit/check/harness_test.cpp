#include <catch2/catch.hpp>

#include "check/harness.h"

using namespace concord;

TEST_CASE("check/harness: a draft that disagrees with the archive gives one error citing the draft") {
  test::Run run;
  run.archive("a.txt", "2014-11-18", "Choe Ryong Hae arrived in Moscow on Monday.");
  run.draft("d.md", "2014-11-20", "Choe Ryong Hae arrived in Moscow on Wednesday, Nov. 19, 2014.");
  const auto findings = run.check();
  REQUIRE(test::count(findings, "value-conflict", check::Severity::error) == 1);
  const auto& f = findings.front();
  CHECK(f.sides.front().draft);
  CHECK(f.sides.front().citation.path == "d.md");
  CHECK(f.sides.back().citation.path == "a.txt");
  CHECK(f.message.find("2014-11-17") != std::string::npos);
}
