#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "claim/date_value.h"
#include "rules/loader.h"
#include "rules/rule_set.h"
#include "test_util.h"

using namespace concord;
using claim::DateContext;
using claim::DateValue;
using claim::Granularity;
using claim::Tense;

namespace {

DateContext past(int y, int m, int d) { return {base::Date{y, m, d}, Tense::past}; }
DateContext future(int y, int m, int d) { return {base::Date{y, m, d}, Tense::future}; }
DateContext any_tense(int y, int m, int d) { return {base::Date{y, m, d}, Tense::unknown}; }
const DateContext kNoDate{std::nullopt, Tense::past};

// Tuesday 2014-11-18, the Los Angeles Times story.
const DateContext kLaTimes = past(2014, 11, 18);

// The value as DateValue::to_string() writes it, or "none".
std::string norm(std::string_view words, const DateContext& ctx) {
  auto v = claim::normalize_date(words, ctx);
  return v ? v->to_string() : "none";
}

std::optional<Granularity> granularity(std::string_view words, const DateContext& ctx) {
  auto v = claim::normalize_date(words, ctx);
  return v ? std::optional(v->granularity) : std::nullopt;
}

std::int64_t days(int y, int m, int d) { return base::to_days({y, m, d}); }

}  // namespace

TEST_CASE("claim/date_norm: to_string writes each granularity as documented") {
  auto value = [](base::Date a, base::Date b, Granularity g, bool approx = false) {
    return DateValue{base::to_days(a), base::to_days(b), g, approx}.to_string();
  };
  CHECK(value({2014, 11, 17}, {2014, 11, 17}, Granularity::day) == "2014-11-17");
  CHECK(value({2014, 11, 15}, {2014, 11, 16}, Granularity::day) == "2014-11-15/2014-11-16");
  CHECK(value({2014, 11, 17}, {2014, 11, 23}, Granularity::week) == "2014-W47");
  CHECK(value({2014, 12, 29}, {2015, 1, 4}, Granularity::week) == "2015-W01");  // ISO: the year of its Thursday
  CHECK(value({2010, 1, 4}, {2010, 1, 10}, Granularity::week) == "2010-W01");
  CHECK(value({2014, 11, 1}, {2014, 11, 30}, Granularity::month) == "2014-11");
  CHECK(value({2014, 10, 1}, {2014, 12, 31}, Granularity::quarter) == "2014-Q4");
  CHECK(value({2014, 1, 1}, {2014, 12, 31}, Granularity::year) == "2014");
  CHECK(value({2010, 1, 1}, {2019, 12, 31}, Granularity::decade) == "201X");
  CHECK(value({2011, 9, 1}, {2011, 12, 31}, Granularity::month, true) == "2011-09/2011-12~");
  CHECK(value({2014, 3, 1}, {2014, 5, 31}, Granularity::season, true) == "2014-SP~");
  CHECK(value({2013, 12, 1}, {2014, 2, 28}, Granularity::season) == "2014-WI");

  SECTION("granularity names") {
    CHECK(std::string(claim::granularity_name(Granularity::day)) == "day");
    CHECK(std::string(claim::granularity_name(Granularity::week)) == "week");
    CHECK(std::string(claim::granularity_name(Granularity::month)) == "month");
    CHECK(std::string(claim::granularity_name(Granularity::quarter)) == "quarter");
    CHECK(std::string(claim::granularity_name(Granularity::season)) == "season");
    CHECK(std::string(claim::granularity_name(Granularity::year)) == "year");
    CHECK(std::string(claim::granularity_name(Granularity::decade)) == "decade");
  }
}

TEST_CASE("claim/date_norm: dates with a year need no document date") {
  CHECK(norm("Nov. 17, 2014", kNoDate) == "2014-11-17");
  CHECK(norm("November 17, 2014", kNoDate) == "2014-11-17");
  CHECK(norm("Monday, Nov. 17, 2014", kNoDate) == "2014-11-17");
  CHECK(norm("17 November 2014", kNoDate) == "2014-11-17");
  CHECK(norm("Saturday 8 October 2011", kNoDate) == "2011-10-08");
  CHECK(norm("the 17th of November, 2014", kNoDate) == "2014-11-17");
  CHECK(norm("November 17th, 2014", kNoDate) == "2014-11-17");
  CHECK(norm("2014-11-15", kNoDate) == "2014-11-15");
  CHECK(norm("2014/11/15", kNoDate) == "2014-11-15");
  CHECK(norm("Nov. 20, 2014", kNoDate) == "2014-11-20");
  CHECK(norm("Feb. 29, 2016", kNoDate) == "2016-02-29");
  CHECK(granularity("Nov. 17, 2014", kNoDate) == Granularity::day);

  SECTION("months and years") {
    CHECK(norm("December 2011", kNoDate) == "2011-12");
    CHECK(norm("Dec. 2011", kNoDate) == "2011-12");
    CHECK(norm("Mar. 2014", kNoDate) == "2014-03");
    CHECK(norm("Sept. 2013", kNoDate) == "2013-09");
    CHECK(norm("December of 2011", kNoDate) == "2011-12");
    CHECK(norm("2013", kNoDate) == "2013");
    CHECK(norm("in 2012", kNoDate) == "2012");
    CHECK(granularity("December 2011", kNoDate) == Granularity::month);
    CHECK(granularity("2013", kNoDate) == Granularity::year);
  }

  SECTION("quarters, seasons and decades") {
    CHECK(norm("the fourth quarter of 2013", kNoDate) == "2013-Q4");
    CHECK(norm("Q4 2014", kNoDate) == "2014-Q4");
    CHECK(norm("Q4-2014", kNoDate) == "2014-Q4");
    CHECK(norm("third-quarter", past(2014, 11, 18)) == "2014-Q3");
    CHECK(norm("the 3rd quarter of 2014", kNoDate) == "2014-Q3");
    CHECK(norm("the spring of 2014", kNoDate) == "2014-SP~");
    CHECK(norm("summer 2014", kNoDate) == "2014-SU~");
    CHECK(norm("the 1990s", kNoDate) == "199X");
    auto winter = claim::normalize_date("the winter of 2014", kNoDate);
    REQUIRE(winter);
    CHECK(winter->first == days(2013, 12, 1));
    CHECK(winter->last == days(2014, 2, 28));
  }
}

TEST_CASE("claim/date_norm: datelines in capitals") {
  CHECK(norm("NOV. 17", kLaTimes) == "2014-11-17");
  CHECK(norm("MONDAY, NOV. 17, 2014", kNoDate) == "2014-11-17");
  CHECK(norm("DECEMBER 2011", kNoDate) == "2011-12");
}

TEST_CASE("claim/date_norm: a range of days is one interval of days") {
  auto g20 = claim::normalize_date("Nov. 15 and 16", past(2014, 11, 15));
  REQUIRE(g20);
  CHECK(g20->first == days(2014, 11, 15));
  CHECK(g20->last == days(2014, 11, 16));
  CHECK(g20->granularity == Granularity::day);
  CHECK(g20->to_string() == "2014-11-15/2014-11-16");

  CHECK(norm("Nov. 15-16", kLaTimes) == "2014-11-15/2014-11-16");
  CHECK(norm("Nov. 15\u201316", kLaTimes) == "2014-11-15/2014-11-16");  // en dash
  CHECK(norm("November 15 to 17", kLaTimes) == "2014-11-15/2014-11-17");
  CHECK(norm("15-16 November 2014", kNoDate) == "2014-11-15/2014-11-16");
  CHECK(norm("Nov. 30-Dec. 2, 2014", kNoDate) == "2014-11-30/2014-12-02");
  CHECK(norm("Dec. 30 to Jan. 2, 2015", kNoDate) == "2014-12-30/2015-01-02");

  SECTION("a range that ends before it starts is nonsense") {
    CHECK(norm("Nov. 16-15, 2014", kNoDate) == "none");
    CHECK(norm("Nov. 15-31, 2014", kNoDate) == "none");
  }
}

TEST_CASE("claim/date_norm: a day without a year takes the year nearest the document date") {
  SECTION("past tense: not after the document date, unless within a week") {
    CHECK(norm("Nov. 17", kLaTimes) == "2014-11-17");
    CHECK(norm("November 17", kLaTimes) == "2014-11-17");
    CHECK(norm("Monday, November 17", kLaTimes) == "2014-11-17");
    CHECK(norm("Nov. 20", kLaTimes) == "2014-11-20");  // a date a day or two off
    CHECK(norm("Nov. 30", kLaTimes) == "2013-11-30");
    CHECK(norm("Dec. 28", past(2015, 1, 3)) == "2014-12-28");
    CHECK(norm("Feb. 29", past(2017, 3, 5)) == "2016-02-29");  // the one year that has it
  }
  SECTION("future tense: not before the document date, unless within a week") {
    CHECK(norm("Nov. 17", future(2014, 11, 18)) == "2014-11-17");
    CHECK(norm("Nov. 10", future(2014, 11, 18)) == "2015-11-10");
    CHECK(norm("Jan. 3", future(2014, 12, 28)) == "2015-01-03");
  }
  SECTION("unknown tense: the nearest either side") {
    CHECK(norm("Nov. 30", any_tense(2014, 11, 18)) == "2014-11-30");
    CHECK(norm("Jan. 3", any_tense(2014, 12, 28)) == "2015-01-03");
    CHECK(norm("Dec. 28", any_tense(2015, 1, 3)) == "2014-12-28");
  }
  SECTION("without a document date it cannot be resolved") {
    CHECK(norm("Nov. 17", kNoDate) == "none");
    CHECK(norm("Nov. 15 and 16", kNoDate) == "none");
  }
}

TEST_CASE("claim/date_norm: a month without a year follows the tense") {
  CHECK(norm("July", kLaTimes) == "2014-07");
  CHECK(norm("in July", kLaTimes) == "2014-07");
  CHECK(norm("December", kLaTimes) == "2013-12");
  CHECK(norm("November", kLaTimes) == "2014-11");  // the month the story is in
  CHECK(norm("July", future(2014, 11, 18)) == "2015-07");
  CHECK(norm("November", future(2014, 11, 18)) == "2014-11");
  CHECK(norm("February", any_tense(2014, 11, 18)) == "2015-02");
  CHECK(norm("July", any_tense(2014, 11, 18)) == "2014-07");
  CHECK(granularity("July", kLaTimes) == Granularity::month);

  SECTION("of this year, last year, next year") {
    CHECK(norm("July of this year", kLaTimes) == "2014-07");
    CHECK(norm("September of this year", past(2014, 11, 16)) == "2014-09");
    CHECK(norm("July this year", kLaTimes) == "2014-07");
    CHECK(norm("July of last year", kLaTimes) == "2013-07");
    CHECK(norm("March next year", kLaTimes) == "2015-03");
  }
  SECTION("last, this and next month names") {
    CHECK(norm("last July", kLaTimes) == "2014-07");
    CHECK(norm("last November", kLaTimes) == "2013-11");
    CHECK(norm("next July", kLaTimes) == "2015-07");
    CHECK(norm("next December", kLaTimes) == "2014-12");
    CHECK(norm("this July", kLaTimes) == "2014-07");
  }
  SECTION("without a document date it cannot be resolved") {
    CHECK(norm("July", kNoDate) == "none");
    CHECK(norm("July of this year", kNoDate) == "none");
  }
}

TEST_CASE("claim/date_norm: early, mid and late are approximate thirds") {
  CHECK(norm("late 2011", kNoDate) == "2011-09/2011-12~");
  CHECK(norm("early 2014", kNoDate) == "2014-01/2014-04~");
  CHECK(norm("mid-2014", kNoDate) == "2014-05/2014-08~");
  CHECK(norm("mid 2014", kNoDate) == "2014-05/2014-08~");
  CHECK(norm("the early 1990s", kNoDate) == "1990/1993~");
  CHECK(norm("late November 2014", kNoDate) == "2014-11-21/2014-11-30~");
  CHECK(norm("mid-November", kLaTimes) == "2014-11-11/2014-11-20~");
  CHECK(norm("early this month", kLaTimes) == "2014-11-01/2014-11-10~");
  CHECK(norm("late last year", kLaTimes) == "2013-09/2013-12~");
  CHECK(norm("early next week", kLaTimes) == "2014-11-24/2014-11-26~");
  CHECK(norm("the end of the year", kLaTimes) == "2014-09/2014-12~");
  CHECK(norm("the beginning of 2014", kNoDate) == "2014-01/2014-04~");
  CHECK(granularity("late 2011", kNoDate) == Granularity::month);
  auto late = claim::normalize_date("late 2011", kNoDate);
  REQUIRE(late);
  CHECK(late->approximate);
}

TEST_CASE("claim/date_norm: \"around\" a date keeps a margin on each side") {
  CHECK(norm("around Nov. 17", kLaTimes) == "2014-11-14/2014-11-20~");
  CHECK(norm("on or about Nov. 17", kLaTimes) == "2014-11-14/2014-11-20~");
  CHECK(norm("some time around 2010", kNoDate) == "2009/2011~");
  auto near17 = claim::normalize_date("around Nov. 17, 2014", kNoDate);
  auto on18 = claim::normalize_date("Nov. 18, 2014", kNoDate);
  auto on25 = claim::normalize_date("Nov. 25, 2014", kNoDate);
  REQUIRE(near17);
  REQUIRE(on18);
  REQUIRE(on25);
  CHECK(near17->approximate);
  CHECK(near17->overlaps(*on18));
  CHECK_FALSE(near17->overlaps(*on25));
}

TEST_CASE("claim/date_norm: years, months and weeks relative to the document date") {
  CHECK(norm("this year", kLaTimes) == "2014");
  CHECK(norm("last year", kLaTimes) == "2013");
  CHECK(norm("next year", kLaTimes) == "2015");
  CHECK(norm("this month", kLaTimes) == "2014-11");
  CHECK(norm("last month", kLaTimes) == "2014-10");
  CHECK(norm("next month", kLaTimes) == "2014-12");
  CHECK(norm("last month", past(2015, 1, 10)) == "2014-12");
  CHECK(norm("next month", past(2014, 12, 10)) == "2015-01");
  CHECK(granularity("last year", kLaTimes) == Granularity::year);

  SECTION("weeks are ISO weeks, Monday to Sunday") {
    auto week = claim::normalize_date("this week", kLaTimes);
    REQUIRE(week);
    CHECK(week->first == days(2014, 11, 17));
    CHECK(week->last == days(2014, 11, 23));
    CHECK(week->granularity == Granularity::week);
    CHECK(week->to_string() == "2014-W47");
    CHECK(norm("last week", kLaTimes) == "2014-W46");
    CHECK(norm("next week", kLaTimes) == "2014-W48");
    CHECK(norm("this week", past(2014, 12, 31)) == "2015-W01");
    CHECK(norm("this weekend", kLaTimes) == "2014-11-22/2014-11-23");
  }
  SECTION("earlier and later") {
    CHECK(norm("earlier this month", kLaTimes) == "2014-11-01/2014-11-18");
    CHECK(norm("later this month", kLaTimes) == "2014-11-18/2014-11-30");
    CHECK(norm("earlier this week", kLaTimes) == "2014-11-17/2014-11-18");
    CHECK(norm("later this year", kLaTimes) == "2014-11/2014-12");
    CHECK(norm("earlier this year", kLaTimes) == "2014-01/2014-11");
  }
}

TEST_CASE("claim/date_norm: days relative to the document date") {
  CHECK(norm("yesterday", kLaTimes) == "2014-11-17");
  CHECK(norm("today", kLaTimes) == "2014-11-18");
  CHECK(norm("tomorrow", kLaTimes) == "2014-11-19");
  CHECK(norm("Yesterday", kLaTimes) == "2014-11-17");
  CHECK(norm("last night", kLaTimes) == "2014-11-17");
  CHECK(norm("this morning", kLaTimes) == "2014-11-18");
  CHECK(norm("the day before yesterday", kLaTimes) == "2014-11-16");
  CHECK(norm("yesterday afternoon", kLaTimes) == "2014-11-17");
  CHECK(norm("tomorrow", past(2014, 12, 31)) == "2015-01-01");

  SECTION("so long ago") {
    CHECK(norm("two days ago", kLaTimes) == "2014-11-16");
    CHECK(norm("2 days ago", kLaTimes) == "2014-11-16");
    CHECK(norm("three weeks ago", kLaTimes) == "2014-W44");
    CHECK(granularity("three weeks ago", kLaTimes) == Granularity::week);
    CHECK(norm("a year ago", kLaTimes) == "2013");
    CHECK(norm("two years ago", kLaTimes) == "2012");
    CHECK(norm("a month ago", kLaTimes) == "2014-10");
    CHECK(norm("eleven months ago", kLaTimes) == "2013-12");
    CHECK(norm("a few days ago", kLaTimes) == "2014-11-13/2014-11-16~");
  }
}

TEST_CASE("claim/date_norm: a bare weekday points back in the past tense, forward in the future") {
  SECTION("past tense: the latest such day on or before the document date") {
    CHECK(norm("on Monday", kLaTimes) == "2014-11-17");  // "arrived in Moscow on Monday"
    CHECK(norm("Monday", past(2014, 11, 25)) == "2014-11-24");  // "wrapped up ... Monday"
    CHECK(norm("on Monday", past(2014, 11, 17)) == "2014-11-17");  // a Monday story
    CHECK(norm("Wednesday", kLaTimes) == "2014-11-12");
    CHECK(norm("Tuesday", kLaTimes) == "2014-11-18");
    CHECK(norm("Monday", past(2024, 11, 7)) == "2024-11-04");
  }
  SECTION("unknown tense reads as past") {
    CHECK(norm("Monday", any_tense(2014, 11, 18)) == "2014-11-17");
  }
  SECTION("future tense: the first such day after the document date") {
    CHECK(norm("on Monday", future(2014, 11, 18)) == "2014-11-24");
    CHECK(norm("Wednesday", future(2014, 11, 18)) == "2014-11-19");
    CHECK(norm("Monday", future(2014, 11, 17)) == "2014-11-24");
  }
  SECTION("the part of the day adds nothing") {
    CHECK(norm("Monday night", kLaTimes) == "2014-11-17");
    CHECK(norm("on Sunday afternoon", kLaTimes) == "2014-11-16");
    CHECK(norm("early Monday", kLaTimes) == "2014-11-17");
    CHECK(norm("early Monday morning", kLaTimes) == "2014-11-17");
    CHECK(norm("late yesterday", kLaTimes) == "2014-11-17");
    CHECK(norm("later today", kLaTimes) == "2014-11-18");
  }
  SECTION("without a document date it cannot be resolved") {
    CHECK(norm("Monday", kNoDate) == "none");
  }
}

TEST_CASE("claim/date_norm: a reading the story's date had to choose is ambiguous") {
  auto ambiguous = [](std::string_view words, const DateContext& ctx) {
    auto v = claim::normalize_date(words, ctx);
    REQUIRE(v);
    return v->ambiguous;
  };
  SECTION("a bare weekday on the story's own weekday: that day, or a week away") {
    CHECK(norm("on Tuesday", kLaTimes) == "2014-11-18");
    CHECK(ambiguous("on Tuesday", kLaTimes));
    CHECK(norm("on Tuesday", future(2014, 11, 18)) == "2014-11-25");
    CHECK(ambiguous("on Tuesday", future(2014, 11, 18)));
    CHECK_FALSE(ambiguous("on Monday", kLaTimes));
    CHECK_FALSE(ambiguous("last Tuesday", kLaTimes));
    CHECK_FALSE(ambiguous("this Tuesday", kLaTimes));
    CHECK_FALSE(ambiguous("Tuesday, Nov. 18", kLaTimes));
  }
  SECTION("a day without a year the tense sent past a nearer reading") {
    CHECK(norm("Dec. 30", past(2018, 11, 20)) == "2017-12-30");
    CHECK(ambiguous("Dec. 30", past(2018, 11, 20)));
    CHECK(norm("Jan. 3", future(2019, 2, 10)) == "2020-01-03");
    CHECK(ambiguous("Jan. 3", future(2019, 2, 10)));
    CHECK_FALSE(ambiguous("Nov. 17", kLaTimes));
    CHECK_FALSE(ambiguous("Nov. 20", kLaTimes));  // within the slack of a late publication date
    CHECK_FALSE(ambiguous("July", past(2015, 1, 5)));
    CHECK_FALSE(ambiguous("Dec. 30, 2017", past(2018, 11, 20)));
    CHECK_FALSE(ambiguous("Dec. 30", any_tense(2018, 11, 20)));  // no tense: the nearest, as read
  }
}

TEST_CASE("claim/date_norm: last, next and this weekday") {
  CHECK(norm("last Monday", kLaTimes) == "2014-11-17");
  CHECK(norm("last Monday", past(2014, 11, 17)) == "2014-11-10");  // strictly before
  CHECK(norm("next Monday", kLaTimes) == "2014-11-24");
  CHECK(norm("next Monday", past(2014, 11, 17)) == "2014-11-24");  // "his trip through next Monday"
  CHECK(norm("next Wednesday", kLaTimes) == "2014-11-19");  // the first after, even the next day
  CHECK(norm("this Monday", kLaTimes) == "2014-11-17");
  CHECK(norm("this Sunday", kLaTimes) == "2014-11-23");  // in the document's week
  CHECK(norm("Monday last week", kLaTimes) == "2014-11-10");
  CHECK(norm("Friday next week", kLaTimes) == "2014-11-28");
}

TEST_CASE("claim/date_norm: seasons") {
  CHECK(norm("last summer", kLaTimes) == "2014-SU~");
  CHECK(norm("last summer", past(2014, 7, 10)) == "2013-SU~");  // this one has not ended
  CHECK(norm("next spring", kLaTimes) == "2015-SP~");
  CHECK(norm("this winter", kLaTimes) == "2015-WI~");  // December 2014 to February 2015
  CHECK(norm("the summer", kLaTimes) == "2014-SU~");
  CHECK(norm("the summer", future(2014, 11, 18)) == "2015-SU~");
  CHECK(norm("the autumn of last year", kLaTimes) == "2013-FA~");
  CHECK(granularity("last summer", kLaTimes) == Granularity::season);
  CHECK(norm("last summer", kNoDate) == "none");
}

TEST_CASE("claim/date_norm: leading prepositions and determiners are ignored") {
  for (const char* lead : {"on", "in", "since", "by", "until", "the", "of", "on the", "in the"}) {
    INFO(lead);
    CHECK(norm(std::string(lead) + " Nov. 17, 2014", kNoDate) == "2014-11-17");
  }
  CHECK(norm("in the spring of 2014", kNoDate) == "2014-SP~");
  CHECK(norm("since December 2011", kNoDate) == "2011-12");
  CHECK(norm("on", kNoDate) == "none");
  CHECK(norm("the", kLaTimes) == "none");
}

TEST_CASE("claim/date_norm: an explicit date wins over a weekday that does not fit it") {
  // Nov. 18, 2014 was a Tuesday; the mismatch is another check's business.
  CHECK(norm("Monday, Nov. 18, 2014", kNoDate) == "2014-11-18");
  CHECK(norm("Monday, Nov. 18, 2014", kLaTimes) == "2014-11-18");
  CHECK(norm("Sunday, November 17", kLaTimes) == "2014-11-17");
}

TEST_CASE("claim/date_norm: the 17th is a day of a month near the document date") {
  CHECK(norm("the 17th", kLaTimes) == "2014-11-17");
  CHECK(norm("the 30th", kLaTimes) == "2014-10-30");
  CHECK(norm("the 30th", future(2014, 11, 18)) == "2014-11-30");
  CHECK(norm("the 31st", past(2014, 12, 5)) == "2014-10-31");  // November has no 31st
}

TEST_CASE("claim/date_norm: nonsense is not a date") {
  for (const char* words :
       {"February 30", "February 30, 2014", "Nov. 31, 2014", "2014-13-01", "2014-02-30", "the 0th", "",
        "   ", "the 45th", "purple monkey dishwasher", "Nov. 17 and more", "Monday Tuesday", "17",
        "the 17", "Nov. 17, 20145", "2014-11-150", "last", "ago", "two ago", "Smarch 17",
        "early", "mid-", "late Kim", "the fall of Berlin", "next Nov. 17", "Q5 2014",
        "the fifth quarter of 2014", "1995s", "Nov. 17 (2014)", "\xff\xfe"}) {
    INFO(words);
    CHECK(norm(words, kLaTimes) == "none");
  }
}

// --- rules/core/dates.yaml ---------------------------------------------------

namespace {

// The DATE vocabulary, compiled once; nullptr (and diagnostics) if it does not load.
struct DateRules {
  std::unique_ptr<rules::RuleSet> rules;
  base::Diagnostics diags;

  DateRules() {
    const std::string path = std::string(CONCORD_SOURCE_DIR) + "/rules/core/dates.yaml";
    auto pack = rules::load_pack_from("core", {{path, test::slurp(path)}}, diags);
    if (pack) rules = rules::RuleSet::compile({*pack}, diags);
  }

  static const DateRules& get() {
    static const DateRules r;
    return r;
  }

  std::string errors() const {
    std::string s;
    for (const auto& d : diags.all()) s += base::format_diagnostic(d) + "\n";
    return s;
  }

  // The text of every DATE mention in sentence, in order.
  std::vector<std::string> dates(const std::string& sentence) const {
    std::vector<rules::Match> found;
    rules->match(sentence, {0, sentence.size()}, found);
    std::vector<std::string> out;
    for (const auto& m : found) {
      if (m.extractor == -1 && m.mention == "DATE") out.push_back(sentence.substr(m.span.begin, m.span.end - m.span.begin));
    }
    return out;
  }
};

using Dates = std::vector<std::string>;

}  // namespace

TEST_CASE("claim/date_norm: rules/core/dates.yaml loads and compiles") {
  const DateRules& r = DateRules::get();
  INFO(r.errors());
  REQUIRE(r.rules != nullptr);
  CHECK_FALSE(r.diags.has_errors());
}

TEST_CASE("claim/date_norm: DATE finds whole dates in news sentences") {
  const DateRules& r = DateRules::get();
  REQUIRE(r.rules != nullptr);

  SECTION("a dateline and a date with its weekday") {
    CHECK(r.dates("PYONGYANG, NORTH KOREA - NOV. 17: North Korean leader Kim Jong Un's special envoy left "
                  "from Pyongyang for his weeklong trip to Russia on Monday, November 17.") ==
          Dates{"NOV. 17", "Monday, November 17"});
  }
  SECTION("a month of this year") {
    CHECK(r.dates("Pier No. 3 at Rajin Port was completed in July of this year as a joint venture with Russia.") ==
          Dates{"July of this year"});
  }
  SECTION("two days of one month") {
    CHECK(r.dates("With Putin planning to attend the G-20 summit scheduled to take place in Brisbane, Australia, "
                  "on Nov. 15 and 16, it is likely that his meeting with Choi will take place next week.") ==
          Dates{"Nov. 15 and 16", "next week"});
  }
  SECTION("a month and year") {
    CHECK(r.dates("his father Kim Jong Il, who died in December 2011.") == Dates{"December 2011"});
    CHECK(r.dates("its third nuclear test in February 2013 in defiance of warnings") == Dates{"February 2013"});
  }
  SECTION("the longest form wins") {
    CHECK(r.dates("It was Monday, Nov. 17, 2014 in Moscow.") == Dates{"Monday, Nov. 17, 2014"});
    CHECK(r.dates("in Moscow, Russia, Nov. 20, 2014.") == Dates{"Nov. 20, 2014"});
    CHECK(r.dates("on Saturday 8 October 2011") == Dates{"Saturday 8 October 2011"});
    CHECK(r.dates("from Nov. 30-Dec. 2, 2014") == Dates{"Nov. 30-Dec. 2, 2014"});
  }
  SECTION("weekdays and relative days") {
    CHECK(r.dates("wrapped up a week-long trip to Russia Monday.") == Dates{"Monday"});
    CHECK(r.dates("said last week that his trip through next Monday") == Dates{"last week", "next Monday"});
    CHECK(r.dates("Yesterday, two days ago and earlier this month") ==
          Dates{"Yesterday", "two days ago", "earlier this month"});
    CHECK(r.dates("arrived on Monday night") == Dates{"Monday night"});
    CHECK(r.dates("arrived early Tuesday and left late yesterday") == Dates{"early Tuesday", "late yesterday"});
  }
  SECTION("partial and approximate dates") {
    CHECK(r.dates("built in the spring of 2014, repaired last summer") == Dates{"the spring of 2014", "last summer"});
    CHECK(r.dates("late 2011, early 2014 and mid-2014") == Dates{"late 2011", "early 2014", "mid-2014"});
    CHECK(r.dates("by the end of the year") == Dates{"the end of the year"});
    CHECK(r.dates("Posted on : 2014-11-15 16:12 KST") == Dates{"2014-11-15"});
    CHECK(r.dates("in 2012 and in Dec. 2011") == Dates{"2012", "Dec. 2011"});
  }
}

TEST_CASE("claim/date_norm: DATE does not match words that only look like dates") {
  const DateRules& r = DateRules::get();
  REQUIRE(r.rules != nullptr);
  CHECK(r.dates("Choe may meet Putin in Moscow.") == Dates{});
  CHECK(r.dates("the 32-year-old was sent to China.") == Dates{});
  CHECK(r.dates("Pier No. 3 and the G-20 summit") == Dates{});
  CHECK(r.dates("the 21st century and the 3rd Infantry Division") == Dates{});
  CHECK(r.dates("2,000 troops and 1,999 people in room 12014") == Dates{});
  CHECK(r.dates("Jan Smith read the Sun.") == Dates{});
  CHECK(r.dates("after the fall of the Berlin Wall") == Dates{});
  CHECK(r.dates("in 1850 and in 2150") == Dates{});
  CHECK(r.dates("the late Kim Jong Il") == Dates{});
}

TEST_CASE("claim/date_norm: every date DATE finds, normalize_date reads") {
  const DateRules& r = DateRules::get();
  REQUIRE(r.rules != nullptr);
  const Dates written{
      "NOV. 17", "Monday, November 17", "July of this year", "Nov. 15 and 16", "December 2011", "Dec. 2011",
      "Mar. 2014", "2012", "late 2011", "early 2014", "mid-2014", "this year", "last month", "next week",
      "the spring of 2014", "last summer", "last Monday", "this Monday", "Wednesday", "yesterday", "today",
      "tomorrow", "two days ago", "three weeks ago", "a year ago", "earlier this month", "later this year",
      "17 November 2014", "2014-11-15", "Nov. 15-16", "November 15 to 17", "the fourth quarter of 2013",
      "Q4 2014", "the 1990s", "the early 1990s", "mid-November", "the end of the year", "last night",
      "Monday last week", "Sept. 2013", "last July", "this weekend", "a few days ago", "Monday night",
      "Mon. Nov. 17", "Nov 17", "the 17th of November", "15-16 November", "the summer", "late last year",
      "early Tuesday", "later today"};
  std::string text = "It happened";
  for (const auto& d : written) text += " then " + d + ";";
  CHECK(r.dates(text) == written);
  for (const auto& d : written) {
    INFO(d);
    CHECK(claim::normalize_date(d, kLaTimes).has_value());
  }
}
