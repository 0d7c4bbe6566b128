#include <catch2/catch.hpp>

#include <climits>
#include <filesystem>
#include <set>

#include "app/diff.h"

using namespace concord;

namespace {

// The changed lines parse_unified_diff finds for x.md under a temporary root.
std::set<int> changed_in_x(const std::string& hunks) {
  const std::string root = std::filesystem::temp_directory_path().string();
  const app::ChangedLines changed = app::parse_unified_diff("--- a/x.md\n+++ b/x.md\n" + hunks, root);
  const auto it = changed.find(app::changed_key(root + "/x.md"));
  return it == changed.end() ? std::set<int>{} : it->second;
}

}  // namespace

TEST_CASE("app/diff: added lines are numbered in the new file") {
  CHECK(changed_in_x("@@ -3,4 +3,5 @@\n context\n-old\n+new\n+newer\n context\n") == std::set<int>{4, 5});
}

// A start of 2147483647 overflowed the line counter at the second added
// line (UBSan: signed integer overflow under tests/fuzz/check_inputs.cpp).
TEST_CASE("app/diff: a hunk starting at the largest int or past it adds no lines beyond it") {
  CHECK(changed_in_x("@@ -1 +2147483647,3 @@\n+a\n+b\n+c\n").empty());
  CHECK(changed_in_x("@@ -1 +2147483646,3 @@\n+a\n+b\n+c\n") == std::set<int>{INT_MAX - 1});
  CHECK(changed_in_x("@@ -1 +99999999999,2 @@\n+a\n+b\n").empty());
  CHECK(changed_in_x("@@ -1 +x @@\n+a\n").empty());
}
