// --format html: escaping, structure, links and determinism. The page is also
// opened in a real browser by tests/html/run.sh.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "report/report.h"
#include "test_util.h"

using namespace concord;

namespace {

const std::string kHostile = "<script>alert(1)</script> & \"Go home\" — «Ei välkommen» <img src=x onerror=alert(2)>";

std::size_t occurrences(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

check::Side side(std::string path, int line, std::string sentence, std::size_t hb, std::size_t he, std::string value,
                 bool draft) {
  check::Side s;
  s.value = std::move(value);
  s.rule = "core.arrived";
  s.document = path;
  s.draft = draft;
  s.citation.path = std::move(path);
  s.citation.document = s.document;
  s.citation.start = {line, 1};
  s.citation.end = {line, 20};
  s.citation.byte_begin = static_cast<std::size_t>(line) * 100;
  s.citation.byte_end = s.citation.byte_begin + 20;
  s.citation.quote = sentence.substr(0, 20);
  s.sentence = std::move(sentence);
  s.highlight_begin = hb;
  s.highlight_end = he;
  return s;
}

// Two stories that disagree about an arrival date; one sentence is hostile.
report::Report hostile_report() {
  report::Report r;
  r.rules_fingerprint = "0123456789abcdef";
  r.documents.push_back({"stories/courier.txt", "stories/courier.txt", base::Date{2025, 3, 5}, ingest::DateSource::manifest,
                         true, 3, 2, 400});
  r.documents.push_back({"stories/wire & co #2.txt", "stories/wire & co #2.txt", std::nullopt,
                         ingest::DateSource::unknown, false, 4, 2, 500});
  check::Finding f;
  f.check = "value-conflict";
  f.severity = check::Severity::error;
  f.subject = "Élodie <b>Ünal</b>";
  f.predicate = "arrive";
  f.fact = "arrival date of Élodie Ünal in Zürich";
  f.message = "arrival date of Élodie Ünal in Zürich: Tuesday here, but the archive says <i>Monday</i> & more";
  f.fingerprint = "feedface00000001";
  // "Élodie Ünal arrived in Zürich on Tuesday" is code points 0..40.
  f.sides.push_back(side("stories/courier.txt", 5, "Élodie Ünal arrived in Zürich on Tuesday, " + kHostile, 0, 40,
                         "Tuesday", true));
  f.sides.push_back(side("stories/wire & co #2.txt", 3, "Élodie Ünal arrived in Zürich on Monday.", 0, 39, "Monday",
                         false));
  f.sides.back().speaker = "a \"source\" <close>";
  f.notes.push_back("note with <script>alert(3)</script>");
  r.findings.push_back(f);

  check::Finding g = f;
  g.check = "age";
  g.severity = check::Severity::warning;
  g.predicate = "age";
  g.message = "age of Élodie Ünal: 58 here, but 61";
  g.fingerprint = "feedface00000002";
  r.findings.push_back(g);

  report::TimelineEntry e;
  e.entity = f.subject;
  e.date = "2025-03-04";
  e.first_day = 20000;
  e.what = "arrive place: <Zürich>";
  e.citation = f.sides[0].citation;
  e.draft = true;
  r.timeline.push_back(e);

  report::Suppressed s;
  s.finding = f;
  s.finding.fingerprint = "feedface00000003";
  s.reason = "baseline <review & ok>";
  r.suppressed.push_back(s);
  return r;
}

std::string render(const report::Report& r) {
  return test::written([&](std::FILE* f) { report::make_html_writer()->write(r, f); });
}

}  // namespace

TEST_CASE("report/html_writer: text from documents, rules and paths is escaped") {
  const std::string html = render(hostile_report());
  CHECK_FALSE(has(html, "<script>alert"));
  CHECK_FALSE(has(html, "<img"));
  CHECK_FALSE(has(html, "<b>Ünal"));
  CHECK_FALSE(has(html, "<i>Monday"));
  CHECK_FALSE(has(html, "<close>"));
  CHECK_FALSE(has(html, "<Zürich>"));
  CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Go home&quot; — «Ei välkommen» "
                  "&lt;img src=x onerror=alert(2)&gt;"));
  CHECK(has(html, "Élodie &lt;b&gt;Ünal&lt;/b&gt;"));
  CHECK(has(html, "&lt;i&gt;Monday&lt;/i&gt; &amp; more"));
  CHECK(has(html, "note with &lt;script&gt;alert(3)&lt;/script&gt;"));
  CHECK(has(html, "a &quot;source&quot; &lt;close&gt;"));
  CHECK(has(html, "arrive place: &lt;Zürich&gt;"));
  CHECK(has(html, "baseline &lt;review &amp; ok&gt;"));
  CHECK(has(html, "stories/wire &amp; co #2.txt:3:1"));
}

TEST_CASE("report/html_writer: the script's data is JSON that cannot close its element") {
  const std::string html = render(hostile_report());
  CHECK(occurrences(html, "<script") == 2);  // the data block and the page's own script
  CHECK(occurrences(html, "</script>") == 2);
  CHECK(has(html, "<script type=\"application/json\" id=\"concord-data\">{\"findings\":["));
  CHECK(has(html, "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\\"Go home\\\""));
}

TEST_CASE("report/html_writer: the claim's words are marked by code points") {
  const std::string html = render(hostile_report());
  CHECK(has(html, "<blockquote><mark>Élodie Ünal arrived in Zürich on Tuesday</mark>, &lt;script&gt;"));
  CHECK(has(html, "<blockquote><mark>Élodie Ünal arrived in Zürich on Monday</mark>.</blockquote>"));
}

TEST_CASE("report/html_writer: findings are grouped by entity, then predicate, with each side") {
  const std::string html = render(hostile_report());
  CHECK(occurrences(html, "<article class=\"finding ") == 2);
  CHECK(occurrences(html, "<section class=\"group entity\"") == 1);
  CHECK(occurrences(html, "<section class=\"group predicate\"") == 2);
  CHECK(has(html, "<article class=\"finding error\" id=\"f1\" data-severity=\"error\" data-check=\"value-conflict\""));
  CHECK(has(html, "<article class=\"finding warning\" id=\"f2\" data-severity=\"warning\" data-check=\"age\""));
  CHECK(occurrences(html, "<div class=\"side draft\">") == 2);  // the draft side of each finding
  CHECK(occurrences(html, "<span class=\"role\">archive</span>") == 2);
  CHECK(has(html, "<output id=\"shown\" aria-live=\"polite\">2 of 2 shown</output>"));
  // The timeline entry is cited by finding #1.
  CHECK(has(html, "<a class=\"tag disputed\" href=\"#f1\">finding #1</a>"));
  CHECK(has(html, "<section id=\"suppressed\">"));
}

TEST_CASE("report/html_writer: links are relative URLs that cannot change scheme") {
  report::Report r = hostile_report();
  r.findings[0].sides[1].citation.path = "javascript:alert(1)";
  SECTION("to stdout: relative to the current directory") {
    const std::string html = render(r);
    CHECK(has(html, "<a class=\"src\" href=\"stories/courier.txt\">stories/courier.txt:5:1</a>"));
    CHECK(has(html, "href=\"stories/wire%20%26%20co%20%232.txt\""));
    CHECK(has(html, "href=\"javascript%3Aalert%281%29\""));
    CHECK_FALSE(has(html, "href=\"javascript:"));
  }
  SECTION("with --output: relative to the report's folder") {
    r.output_path = "reports/today/report.html";
    const std::string html = render(r);
    CHECK(has(html, "href=\"../../stories/courier.txt\""));
  }
}

TEST_CASE("report/html_writer: self-contained and deterministic") {
  const report::Report r = hostile_report();
  const std::string html = render(r);
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(has(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"));
  CHECK_FALSE(has(html, "http://"));
  CHECK_FALSE(has(html, "https://"));
  CHECK_FALSE(has(html, "<link"));
  CHECK_FALSE(has(html, "<iframe"));
  CHECK(html == render(r));
  CHECK(html.size() > 1000);
  CHECK(html.substr(html.size() - 8) == "</html>\n");
}

TEST_CASE("report/html_writer: a report without findings") {
  report::Report r;
  const std::string html = render(r);
  CHECK(has(html, "No findings."));
  CHECK_FALSE(has(html, "id=\"filters\""));
  CHECK(has(html, "No findings were suppressed."));
}

TEST_CASE("report/html_writer: inputs not read come first, escaped, and are counted") {
  report::Report r = hostile_report();
  r.unread.push_back({base::Severity::warning, {"stories/<locked>", 0, 0}, "cannot open " + kHostile,
                      base::Unread::whole});
  r.unread.push_back({base::Severity::warning, {"stories/courier.txt", 4, 3}, "line not read", base::Unread::part});
  const std::string html = render(r);
  CHECK(has(html, "<li><b>1</b> input not read</li><li><b>1</b> input read in part</li>"));
  CHECK(has(html, "<a href=\"#unread\">Not read</a>"));
  CHECK(html.find("<section id=\"unread\">") < html.find("<section id=\"totals\">"));
  CHECK(has(html, "stories/&lt;locked&gt;</a> <b>not read</b>: cannot open &lt;script&gt;"));
  CHECK(has(html, "stories/courier.txt:4:3</a> <b>read in part</b>: line not read"));
  CHECK_FALSE(has(html, "<script>alert(1)"));
  CHECK_FALSE(has(render(hostile_report()), "id=\"unread\""));
}
