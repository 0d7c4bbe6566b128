#include <catch2/catch.hpp>

#include "base/date.h"
#include "check/reused_wording.h"
#include "check/run.h"
#include "ingest/reader.h"
#include "text/layout.h"

namespace concord::check {
namespace {

ingest::Document doc(const std::string& path, const std::string& date, const std::string& text) {
  base::Diagnostics diags;
  auto d = ingest::make_document(path, text, ingest::Format::text, {}, std::nullopt, diags);
  if (!date.empty()) d->meta.date = base::parse_date(date);
  return std::move(*d);
}

// The reused-wording findings of a draft against archive stories, as
// app/check.cpp makes them.
struct Case {
  std::vector<ingest::Document> archive;
  std::vector<Finding> run(const ingest::Document& draft) {
    DraftPassages drafts;
    drafts.add(draft, extract::passages(draft, text::analyze(draft)));
    ReusedWording found;
    for (const auto& a : archive) found.add(drafts.compare(a, extract::passages(a, text::analyze(a))));
    return found.findings(drafts);
  }
};

const std::string kStory =
    "Police said 12 people were killed when a tanker truck exploded on a highway outside Leeds on Tuesday.";

}  // namespace

TEST_CASE("check/reused_wording: a copied sentence with one value changed") {
  Case c{{doc("wire.txt", "2015-03-18", kStory)}};
  SECTION("a number") {
    auto fs = c.run(doc("draft.md", "2015-03-18",
                        "Police said 21 people were killed when a tanker truck exploded on a highway outside Leeds "
                        "on Tuesday."));
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].check == "reused-wording");
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].predicate == "number");
    REQUIRE(fs[0].sides.size() == 2);
    CHECK(fs[0].sides[0].draft);
    CHECK(fs[0].sides[0].value == "21");
    CHECK(fs[0].sides[0].citation.start.column == 13);
    CHECK(fs[0].sides[1].value == "12");
    CHECK(fs[0].sides[1].citation.path == "wire.txt");
    CHECK(fs[0].message.find("says \"21\" where it says \"12\"") != std::string::npos);
    REQUIRE(fs[0].notes.size() == 1);
    CHECK(fs[0].notes[0].find("of the draft sentence's") != std::string::npos);
  }
  SECTION("a place, shortened and re-worded around it") {
    auto fs = c.run(doc("draft.md", "2015-03-18",
                        "Police said 12 people were killed when a tanker truck exploded on a highway outside York."));
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].predicate == "name");
    CHECK(fs[0].sides[0].value == "York");
    CHECK(fs[0].sides[1].value == "Leeds");
  }
  SECTION("a weekday, in stories of the same day") {
    auto fs = c.run(doc("draft.md", "2015-03-18",
                        "Police said 12 people were killed when a tanker truck exploded on a highway outside Leeds on "
                        "Monday."));
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].predicate == "weekday");
  }
}

TEST_CASE("check/reused_wording: what is not a changed copy") {
  Case c{{doc("wire.txt", "2015-03-18", kStory)}};
  auto none = [&](const std::string& draft, const std::string& date = "2015-03-18") {
    INFO(draft);
    CHECK(c.run(doc("draft.md", date, draft)).empty());
  };
  SECTION("the same sentence, or the same values in other words") {
    none(kStory);
    none("Police said twelve people were killed when a tanker truck exploded on a highway outside Leeds on Tuesday.");
  }
  SECTION("hedged, denied, approximate or conditional on one side only") {
    none("Police said about 21 people were killed when a tanker truck exploded on a highway outside Leeds on Tuesday.");
    none("Police denied 21 people were killed when a tanker truck exploded on a highway outside Leeds on Tuesday.");
    none("Police said 21 people may have been killed when a tanker truck exploded on a highway outside Leeds on "
         "Tuesday.");
  }
  SECTION("two values changed: another event told in the same mould") {
    none("Police said 21 people were killed when a tanker truck exploded on a highway outside York on Tuesday.");
  }
  SECTION("a weekday in a story of another day names another date") {
    none("Police said 12 people were killed when a tanker truck exploded on a highway outside Leeds on Monday.",
         "2015-03-17");
  }
  SECTION("stories published far apart") {
    none("Police said 21 people were killed when a tanker truck exploded on a highway outside Leeds on Tuesday.",
         "2015-06-01");
  }
  SECTION("another spelling of the same name") {
    none("Police said 12 people were killed when a tanker truck exploded on a highway outside Leedz on Tuesday.");
  }
  SECTION("too few words in common") {
    none("Twenty-one people were killed on Tuesday in a separate explosion in the city of Bradford.");
  }
}

TEST_CASE("check/reused_wording: an archive sentence that agrees settles it") {
  Case c{{doc("wire.txt", "2015-03-18", kStory),
          doc("update.txt", "2015-03-19",
              "Police said 21 people were killed when a tanker truck exploded on a highway outside Leeds on Tuesday.")}};
  CHECK(c.run(doc("draft.md", "2015-03-18",
                  "Police said 21 people were killed when a tanker truck exploded on a highway outside Leeds on "
                  "Tuesday."))
            .empty());
}

TEST_CASE("check/reused_wording: a finding another check makes about the same words wins") {
  Finding rule;
  rule.check = "value-conflict";
  Side s;
  s.draft = true;
  s.citation.path = "draft.md";
  s.citation.start = {3, 1};
  s.citation.end = {3, 40};
  rule.sides.push_back(s);
  Finding echo = rule;
  echo.check = "reused-wording";
  echo.sides[0].citation.start = {3, 13};
  echo.sides[0].citation.end = {3, 15};
  Finding elsewhere = echo;
  elsewhere.sides[0].citation.start = {5, 1};
  elsewhere.sides[0].citation.end = {5, 3};
  std::vector<Finding> fs{rule, echo, elsewhere};
  drop_covered(fs);
  REQUIRE(fs.size() == 2);
  CHECK(fs[1].sides[0].citation.start.line == 5);
}

namespace {

// A draft and an archive story whose one sentence opens with the words given.
std::vector<Finding> run(const std::string& archive, const std::string& draft) {
  const std::string said = " said the talks would resume on Monday in Geneva.";
  Case c{{doc("wire.txt", "2015-03-18", archive + said)}};
  return c.run(doc("draft.md", "2015-03-18", draft + said));
}

}  // namespace

TEST_CASE("check/reused_wording: titles") {
  SECTION("another office") {
    auto fs = run("President Joe Biden", "Senator Joe Biden");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].predicate == "title");
  }
  SECTION("the word before a title names the office") {
    auto fs = run("Prime Minister Gordon Brown", "Foreign Minister Gordon Brown");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sides[0].value == "Foreign");
  }
  SECTION("a rank dropped or added") {
    auto fs = run("Vice President Joe Biden", "President Joe Biden");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].sides[0].value == "President");
    CHECK(fs[0].sides[1].value == "Vice President");
  }
  SECTION("the same title") { CHECK(run("Vice President Joe Biden", "Vice President Joe Biden").empty()); }
}

TEST_CASE("check/reused_wording: omissions and times are not contradictions") {
  SECTION("one side lists more") {
    CHECK(run("Senator and Secretary of State John Kerry", "Senator John Kerry").empty());
  }
  SECTION("a former title is another time's") { CHECK(run("Former Senator John Kerry", "Senator John Kerry").empty()); }
  SECTION("a lowercase word before a title is not the office") {
    CHECK(run("The lawyer, currently director John Kerry,", "The lawyer, currently captain John Kerry,").size() == 1);
    CHECK(extract::passage_words("currently director", {0, 18})[0].kind == extract::WordKind::word);
  }
}

}  // namespace concord::check
