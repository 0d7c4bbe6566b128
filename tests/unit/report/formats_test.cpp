// What every output format shares: inputs not read are listed and counted
// (issue 16: no silent pass).
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "report/report.h"
#include "test_util.h"

using namespace concord;

namespace {

std::string render(const report::Format& format, const report::Report& r) {
  return test::written([&](std::FILE* f) { format.make()->write(r, f); });
}

report::Report unread_report() {
  report::Report r;
  r.unread.push_back({base::Severity::warning, {"archive/locked", 0, 0}, "cannot open this folder", base::Unread::whole});
  r.unread.push_back({base::Severity::error, {"archive/wire.jsonl", 2, 5}, "expected a value", base::Unread::part});
  r.unread.push_back({base::Severity::error, {"archive/wire.jsonl", 7, 1}, "expected a value", base::Unread::part});
  return r;
}

}  // namespace

TEST_CASE("report/formats: inputs not read are counted once per path, whole and in part") {
  const report::Report r = unread_report();
  const report::UnreadCount n = report::count_unread(r.unread);
  CHECK(n.whole == 1);
  CHECK(n.part == 1);
  CHECK(report::unread_summary(r.unread) == "1 input not read, 1 read in part");
  CHECK(report::unread_summary({r.unread[1], r.unread[2]}) == "1 input read in part");
  CHECK(report::unread_summary({}).empty());
  CHECK(std::string(report::unread_status(base::Unread::part)) == "read-in-part");
}

TEST_CASE("report/formats: every format lists each input not read and its message") {
  const report::Report r = unread_report();
  for (const report::Format& format : report::formats()) {
    INFO(format.name);
    const std::string out = render(format, r);
    CHECK(out.find("archive/locked") != std::string::npos);
    CHECK(out.find("cannot open this folder") != std::string::npos);
    CHECK(out.find("archive/wire.jsonl") != std::string::npos);
    if (format.name == "json" || format.name == "sarif" || format.name == "gitlab" || format.name == "html") continue;
    CHECK(out.find("1 input not read, 1 read in part") != std::string::npos);
  }
}

TEST_CASE("report/formats: a report that read everything says nothing about it") {
  const report::Report empty;
  for (const report::Format& format : report::formats()) {
    INFO(format.name);
    const std::string out = render(format, empty);
    CHECK(out.find("not read") == std::string::npos);
    CHECK(out.find("toolExecutionNotifications") == std::string::npos);
  }
}
