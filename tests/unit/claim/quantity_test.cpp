#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "base/diag.h"
#include "claim/quantity.h"
#include "rules/loader.h"
#include "rules/rule_set.h"
#include "test_util.h"

using namespace concord;
using claim::normalize_age;
using claim::normalize_number;
using claim::normalize_ordinal;
using claim::normalize_quantity;
using claim::Quantity;
using claim::quantities_agree;

namespace {

// normalize_quantity(words), which must succeed.
Quantity q(const std::string& words) {
  INFO("normalize_quantity(\"" << words << "\")");
  auto r = normalize_quantity(words);
  REQUIRE(r);
  return *r;
}

// Checks a quantity's value, unit, dimension and range.
void check(const std::string& words, double value, const std::string& unit, const std::string& dimension,
           double low, double high) {
  INFO(words);
  const Quantity x = q(words);
  CHECK(x.value == Approx(value));
  CHECK(x.unit == unit);
  CHECK(x.dimension == dimension);
  CHECK(x.low == Approx(low));
  CHECK(x.high == Approx(high));
  CHECK(x.low <= x.value);
  CHECK(x.value <= x.high);
}

bool agree(const std::string& a, const std::string& b, double tolerance = 0) {
  return quantities_agree(q(a), q(b), tolerance);
}

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

// ---------------------------------------------------------------- numbers

TEST_CASE("claim/quantity: numbers in digits") {
  CHECK(normalize_number("11") == 11);
  CHECK(normalize_number("0") == 0);
  CHECK(normalize_number("1,200") == 1200);
  CHECK(normalize_number("4,000,000") == 4000000);
  CHECK(normalize_number("3.4") == Approx(3.4));
  CHECK(normalize_number("1.5") == Approx(1.5));
  CHECK(normalize_number("10000") == 10000);
  CHECK(normalize_number("-5") == -5);
  CHECK(normalize_number(" 11, ") == 11);  // punctuation at the edges of a slot
}

TEST_CASE("claim/quantity: copy rejoined from tokens: a space after a thousands comma, spaced hyphens") {
  CHECK(normalize_number("1, 500") == 1500);
  CHECK(normalize_number("100, 000") == 100000);
  CHECK(normalize_number("twenty - six") == 26);
  CHECK(normalize_quantity("1, 500 kilometers")->to_string() == "1500 km");
  CHECK(normalize_quantity("more than 26, 000 people")->to_string() == ">=26000 person");
  CHECK_FALSE(normalize_number("1,  500"));  // two spaces: two numbers
  CHECK_FALSE(normalize_number("1, 5000"));
}

TEST_CASE("claim/quantity: numbers in words") {
  CHECK(normalize_number("three") == 3);
  CHECK(normalize_number("eleven") == 11);
  CHECK(normalize_number("Eleven") == 11);
  CHECK(normalize_number("twenty-four") == 24);
  CHECK(normalize_number("twenty four") == 24);
  CHECK(normalize_number("twenty\u2011four") == 24);
  CHECK(normalize_number("ninety") == 90);
  CHECK(normalize_number("zero") == 0);
  CHECK(normalize_number("a hundred") == 100);
  CHECK(normalize_number("three hundred and five") == 305);
  CHECK(normalize_number("one thousand two hundred") == 1200);
  CHECK(normalize_number("one million two hundred thousand") == 1200000);
  CHECK(normalize_number("a dozen") == 12);
  CHECK(normalize_number("two dozen") == 24);
  CHECK(normalize_number("half a million") == 500000);
  CHECK(normalize_number("half a dozen") == 6);
  CHECK(normalize_number("two and a half million") == 2500000);
  CHECK(normalize_number("a thousand") == 1000);
}

TEST_CASE("claim/quantity: numbers with scale words") {
  CHECK(normalize_number("24 million") == 24e6);
  CHECK(normalize_number("1.5 trillion") == 1.5e12);
  CHECK(normalize_number("3bn") == 3e9);
  CHECK(normalize_number("3 bn") == 3e9);
  CHECK(normalize_number("11-billion") == 11e9);
  CHECK(normalize_number("125K") == 125e3);
  CHECK(normalize_number("169.59 billion") == 169.59e9);
  CHECK(normalize_number("twenty-four million") == 24e6);
  CHECK(normalize_number("2 Million") == 2e6);
}

TEST_CASE("claim/quantity: what is not a plain number is nullopt") {
  CHECK_FALSE(normalize_number(""));
  CHECK_FALSE(normalize_number("   "));
  CHECK_FALSE(normalize_number("three-ish"));
  CHECK_FALSE(normalize_number("$3.4 Billion"));  // a quantity, not a number
  CHECK_FALSE(normalize_number("24 million people"));
  CHECK_FALSE(normalize_number("abc"));
  CHECK_FALSE(normalize_number("a"));
  CHECK_FALSE(normalize_number("million"));
  CHECK_FALSE(normalize_number("hundred"));
  CHECK_FALSE(normalize_number("one two"));
  CHECK_FALSE(normalize_number("twenty twenty"));
  CHECK_FALSE(normalize_number("one thousand two million"));  // scales must fall
  CHECK_FALSE(normalize_number("1,20"));
  CHECK_FALSE(normalize_number("1234,567"));
  CHECK_FALSE(normalize_number("2014-11-17"));
  CHECK_FALSE(normalize_number("16:12"));
  CHECK_FALSE(normalize_number("24/7"));
  CHECK_FALSE(normalize_number("CO2"));
}

// ---------------------------------------------------------------- quantities

TEST_CASE("claim/quantity: money keeps its currency") {
  SECTION("dollars") {
    check("$11-billion", 11e9, "USD", "money", 10.5e9, 11.5e9);
    check("$25 billion", 25e9, "USD", "money", 24.5e9, 25.5e9);
    check("$2.5 billion", 2.5e9, "USD", "money", 2.45e9, 2.55e9);
    check("$125K", 125e3, "USD", "money", 124.5e3, 125.5e3);
    check("$93K", 93e3, "USD", "money", 92.5e3, 93.5e3);
    check("$169.59 Billion", 169.59e9, "USD", "money", 169.585e9, 169.595e9);
    check("$3.4 Billion", 3.4e9, "USD", "money", 3.35e9, 3.45e9);
    check("6 billion dollars", 6e9, "USD", "money", 5.5e9, 6.5e9);
    check("US$2.5bn", 2.5e9, "USD", "money", 2.45e9, 2.55e9);
    check("25 billion US dollars", 25e9, "USD", "money", 24.5e9, 25.5e9);
    check("USD 5 million", 5e6, "USD", "money", 4.5e6, 5.5e6);
    check("$1500", 1500, "USD", "money", 1499.5, 1500.5);
  }
  SECTION("other dollars") {
    CHECK(q("A$5 million").unit == "AUD");
    CHECK(q("R$1.2 billion").unit == "BRL");
    CHECK(q("Mex$ 10 million").unit == "MXN");
    CHECK(q("CAD$15").unit == "CAD");
    CHECK(q("HK$5 million").unit == "HKD");
    CHECK(q("$5 million Hong Kong dollars").unit == "HKD");
    CHECK(q("5 million Canadian dollars").unit == "CAD");
  }
  SECTION("euros, pounds, yen, yuan, rubles, won") {
    check("€3m", 3e6, "EUR", "money", 2.5e6, 3.5e6);
    check("3m euros", 3e6, "EUR", "money", 2.5e6, 3.5e6);
    check("25 million euros", 25e6, "EUR", "money", 24.5e6, 25.5e6);
    check("£5 million", 5e6, "GBP", "money", 4.5e6, 5.5e6);
    check("10 pounds", 10, "GBP", "money", 9.5, 10.5);
    check("10 pounds sterling", 10, "GBP", "money", 9.5, 10.5);
    check("¥3 billion", 3e9, "JPY", "money", 2.5e9, 3.5e9);
    check("300 yen", 300, "JPY", "money", 299.5, 300.5);
    check("¥3 billion yuan", 3e9, "CNY", "money", 2.5e9, 3.5e9);
    check("500 yuan", 500, "CNY", "money", 499.5, 500.5);
    check("3 million rubles", 3e6, "RUB", "money", 2.5e6, 3.5e6);
    check("3 million roubles", 3e6, "RUB", "money", 2.5e6, 3.5e6);
    check("five million won", 5e6, "KRW", "money", 4.5e6, 5.5e6);
  }
}

TEST_CASE("claim/quantity: zero, negative or contradictory money is nonsense") {
  CHECK_FALSE(normalize_quantity("$-5 billion"));
  CHECK_FALSE(normalize_quantity("-5 dollars"));
  CHECK_FALSE(normalize_quantity("$0"));
  CHECK_FALSE(normalize_quantity("€5 dollars"));
  CHECK_FALSE(normalize_quantity("$5 km"));
  CHECK_FALSE(normalize_quantity("$"));
  CHECK_FALSE(normalize_quantity("$ week"));
}

TEST_CASE("claim/quantity: letters before '$' that name no currency are not US dollars") {
  CHECK_FALSE(normalize_quantity("Zq$15"));
  CHECK_FALSE(normalize_quantity("RD$15"));
}

TEST_CASE("claim/quantity: lengths are in km or m") {
  check("34-mile", 34 * 1.609344, "km", "length", 33.5 * 1.609344, 34.5 * 1.609344);
  check("54 km", 54, "km", "length", 53.5, 54.5);
  check("54km", 54, "km", "length", 53.5, 54.5);
  check("40-kilometre", 40, "km", "length", 39.5, 40.5);
  check("40 kilometers", 40, "km", "length", 39.5, 40.5);
  check("300 metres", 300, "m", "length", 299.5, 300.5);
  check("300m", 300, "m", "length", 299.5, 300.5);
  check("10 feet", 3.048, "m", "length", 9.5 * 0.3048, 10.5 * 0.3048);
  check("a mile", 1.609344, "km", "length", 0.5 * 1.609344, 1.5 * 1.609344);
}

TEST_CASE("claim/quantity: fractions in digits before a unit") {
  check("1/4 mile", 0.25 * 1.609344, "km", "length", 0.125 * 1.609344, 0.375 * 1.609344);
  check("2 1/2 miles", 2.5 * 1.609344, "km", "length", 2.25 * 1.609344, 2.75 * 1.609344);
  check("3/4-mile", 0.75 * 1.609344, "km", "length", 0.625 * 1.609344, 0.875 * 1.609344);
  check("1 1/2 tons", 1.5, "t", "mass", 1.25 * 0.90718474, 1.75 * 1.0160469088);
  CHECK_FALSE(normalize_quantity("4/3 miles"));  // not a proper fraction
  CHECK_FALSE(normalize_quantity("24/7 days"));
  CHECK_FALSE(normalize_quantity("1/0 miles"));
  CHECK_FALSE(normalize_quantity("1.5/4 miles"));
}

TEST_CASE("claim/quantity: a capital M is million, never metres") {
  check("330M users", 330e6, "user", "count", 329.5e6, 330.5e6);
  check("1.8M dollars", 1.8e6, "USD", "money", 1.75e6, 1.85e6);
  check("300M", 300e6, "", "count", 299.5e6, 300.5e6);
  check("300m", 300, "m", "length", 299.5, 300.5);
  CHECK_FALSE(normalize_quantity("1MM"));
}

TEST_CASE("claim/quantity: a speed is not a length") {
  CHECK_FALSE(normalize_quantity("150 km/h"));
  CHECK_FALSE(normalize_quantity("120 miles per hour"));
  CHECK_FALSE(normalize_quantity("188 miles an hour"));
  CHECK_FALSE(normalize_quantity("5 m/s"));
}

TEST_CASE("claim/quantity: masses are in t or kg") {
  check("12 million tonnes", 12e6, "t", "mass", 11.5e6, 12.5e6);
  check("12 million metric tons", 12e6, "t", "mass", 11.5e6, 12.5e6);
  // "tons" may be short (0.907 t) or long (1.016 t): the range covers both.
  check("24 million tons", 24e6, "t", "mass", 23.5e6 * 0.90718474, 24.5e6 * 1.0160469088);
  check("500 kg", 500, "kg", "mass", 499.5, 500.5);
}

TEST_CASE("claim/quantity: percentages") {
  check("10 percent", 10, "%", "percent", 9.5, 10.5);
  check("10 per cent", 10, "%", "percent", 9.5, 10.5);
  check("10%", 10, "%", "percent", 9.5, 10.5);
  check("90%", 90, "%", "percent", 89.5, 90.5);
  check("2.5 percent", 2.5, "%", "percent", 2.45, 2.55);
  check("two percentage points", 2, "pp", "percent", 1.5, 2.5);
}

TEST_CASE("claim/quantity: durations are in days") {
  check("two-day", 2, "day", "duration", 1.5, 2.5);
  check("three-day", 3, "day", "duration", 2.5, 3.5);
  check("weeklong", 7, "day", "duration", 3.5, 10.5);
  check("week-long", 7, "day", "duration", 3.5, 10.5);
  check("two-week-long", 14, "day", "duration", 10.5, 17.5);
  check("a week", 7, "day", "duration", 3.5, 10.5);
  check("three weeks", 21, "day", "duration", 17.5, 24.5);
  check("10 years", 3652.5, "day", "duration", 9.5 * 365.25, 10.5 * 365.25);
  check("two months", 2 * 30.44, "day", "duration", 1.5 * 30.44, 2.5 * 30.44);
}

// The unit once viewed the counted noun's string after it was destroyed
// (ASan: stack-use-after-scope, or heap-use-after-free for a long noun),
// found by indexing fixtures/newsroom with the fuzz build.
TEST_CASE("claim/quantity: a counted noun outlives the reading of its quantity") {
  check("3 counterdemonstrators", 3, "counterdemonstrator", "count", 2.5, 3.5);
  check("5 ships", 5, "ship", "count", 4.5, 5.5);
}

TEST_CASE("claim/quantity: counts take the counted noun as unit") {
  check("11 countries", 11, "country", "count", 10.5, 11.5);
  check("24 million people", 24e6, "person", "count", 23.5e6, 24.5e6);
  check("two American citizens", 2, "person", "count", 1.5, 2.5);
  check("4,000 job cuts", 4000, "cut", "count", 3999.5, 4000.5);
  check("7 Kenyan Marathon Runners", 7, "runner", "count", 6.5, 7.5);
  check("100 deaths", 100, "death", "count", 99.5, 100.5);
  SECTION("a number alone is a bare count") {
    check("24 million", 24e6, "", "count", 23.5e6, 24.5e6);
    check("11", 11, "", "count", 10.5, 11.5);
  }
  SECTION("a '+' makes a lower bound") {
    const Quantity x = q("70+ animals");
    CHECK(x.unit == "animal");
    CHECK(x.approximate);
    CHECK(x.low == 69.5);
    CHECK(x.high == kInf);
  }
}

TEST_CASE("claim/quantity: exact figures cover the rounding range of what is written") {
  CHECK(q("2.5 billion").low == Approx(2.45e9));
  CHECK(q("2.5 billion").high == Approx(2.55e9));
  CHECK(q("25 billion").low == Approx(24.5e9));
  CHECK(q("11").high == Approx(11.5));
  CHECK(q("three").low == Approx(2.5));
  CHECK(q("three hundred").low == Approx(250));   // precise to the hundred
  CHECK(q("three hundred and five").low == Approx(304.5));
  CHECK(q("half a million").low == Approx(450000));
  CHECK_FALSE(q("2.5 billion").approximate);
}

TEST_CASE("claim/quantity: approximation words widen the range") {
  SECTION("about, around, some, roughly, an estimated: at least 5% either side") {
    check("about 10 percent", 10, "%", "percent", 9.5, 10.5);
    check("about 2.5 billion", 2.5e9, "", "count", 2.375e9, 2.625e9);
    check("around 200 people", 200, "person", "count", 190, 210);
    check("some 500 people", 500, "person", "count", 475, 525);
    check("roughly 40 km", 40, "km", "length", 38, 42);
    check("approximately 40 km", 40, "km", "length", 38, 42);
    check("an estimated $25 billion", 25e9, "USD", "money", 23.75e9, 26.25e9);
    CHECK(q("about 10 percent").approximate);
  }
  SECTION("nearly, almost: up to the value, 10% below") {
    check("nearly 100 people", 100, "person", "count", 90, 100);
    check("almost 100 people", 100, "person", "count", 90, 100);
  }
  SECTION("more than, over, at least: no upper bound") {
    check("more than 10 years", 3652.5, "day", "duration", 3652.5, kInf);
    check("over 10%", 10, "%", "percent", 10, kInf);
    check("at least 10 people", 10, "person", "count", 9.5, kInf);
  }
  SECTION("less than, under, up to: down to zero") {
    check("less than 10 km", 10, "km", "length", 0, 10);
    check("under $5 million", 5e6, "USD", "money", 0, 5e6);
    check("up to 10 km", 10, "km", "length", 0, 10.5);
    check("as many as 3,000 people", 3000, "person", "count", 0, 3000.5);
  }
  CHECK_FALSE(normalize_quantity("more than 70+ animals"));
  CHECK_FALSE(normalize_quantity("about"));
}

TEST_CASE("claim/quantity: what is not a quantity is nullopt") {
  CHECK_FALSE(normalize_quantity(""));
  CHECK_FALSE(normalize_quantity("three-ish"));
  CHECK_FALSE(normalize_quantity("abc"));
  CHECK_FALSE(normalize_quantity("34-"));
  CHECK_FALSE(normalize_quantity("11 to"));
  CHECK_FALSE(normalize_quantity("11countries"));
  CHECK_FALSE(normalize_quantity("-5 km"));
  CHECK_FALSE(normalize_quantity("10 square km"));
  CHECK_FALSE(normalize_quantity("33-year-old"));  // an age
  CHECK_FALSE(normalize_quantity("10 years of experience"));
  CHECK_FALSE(normalize_quantity("2014-11-17"));
  CHECK_FALSE(normalize_quantity("5 $"));
}

TEST_CASE("claim/quantity: to_string is stable") {
  CHECK(q("$11-billion").to_string() == "11000000000 USD");
  CHECK(q("$25 billion").to_string() == "25000000000 USD");
  CHECK(q("$169.59 Billion").to_string() == "169590000000 USD");
  CHECK(q("34-mile").to_string() == "54.72 km");
  CHECK(q("about 10 percent").to_string() == "10 % (approx.)");
  CHECK(q("week-long").to_string() == "7 day");
  CHECK(q("11 countries").to_string() == "11 country");
  CHECK(q("24 million").to_string() == "24000000");
  CHECK(q("70+ animals").to_string() == ">=70 animal");
  CHECK(q("up to 5 km").to_string() == "<=5 km");
  CHECK(q("10 inches").to_string() == "0.254 m");
  CHECK(q("two months").to_string() == "60.88 day");
}

TEST_CASE("claim/quantity: normalize_quantity reads what to_string writes") {
  for (const std::string words :
       {"$11-billion", "34-mile", "about 10 percent", "week-long", "11 countries", "24 million people", "24 million",
        "70+ animals", "up to 5 km", "10 inches", "12 million tonnes", "two percentage points", "€3m",
        "5 million Hong Kong dollars", "300 metres", "nearly 100 people"}) {
    const Quantity a = q(words);
    INFO(words << " -> " << a.to_string());
    const Quantity b = q(a.to_string());
    CHECK(b.value == Approx(a.value).epsilon(1e-3));
    CHECK(b.unit == a.unit);
    CHECK(b.dimension == a.dimension);
    CHECK(b.approximate == a.approximate);
    CHECK(b.to_string() == a.to_string());
  }
}

// ---------------------------------------------------------------- agreement

TEST_CASE("claim/quantity: quantities agree when their ranges overlap") {
  SECTION("after converting units") {
    CHECK(agree("34-mile", "54 km"));
    CHECK(agree("34-mile", "55 km"));
    CHECK_FALSE(agree("34-mile", "40-kilometre"));
    CHECK(agree("300 metres", "0.3 km"));
    CHECK(agree("weeklong", "seven days"));
    CHECK_FALSE(agree("two-day", "three-day"));
    CHECK(agree("22 million tonnes", "24 million tons"));
    CHECK_FALSE(agree("20 million tonnes", "24 million tons"));
  }
  SECTION("neighbouring figures touch but do not agree") {
    CHECK_FALSE(agree("11 countries", "12 countries"));
    CHECK(agree("11 countries", "11 countries"));
    CHECK_FALSE(agree("more than 10 people", "less than 10 people"));
    CHECK(agree("at least 10 people", "up to 10 people"));
  }
  SECTION("a wrong order of magnitude never agrees") {
    CHECK_FALSE(agree("$2.5 billion", "$25 billion"));
    CHECK_FALSE(agree("$2.5 billion", "$25 billion", 0.2));
    CHECK(agree("$25 billion", "an estimated $25 billion"));
  }
  SECTION("the tolerance is on the values: within that fraction of each other") {
    CHECK_FALSE(agree("100 people", "110 people"));
    CHECK_FALSE(agree("100 people", "110 people", 0.05));
    CHECK(agree("100 people", "110 people", 0.1));
    CHECK(agree("100 people", "104 people", 0.05));
    CHECK_FALSE(agree("$11 billion", "$12 billion", 0.01));  // rounding ranges touch; values 8% apart
    CHECK(agree("more than 100 people", "110 people", 0));
    CHECK_FALSE(agree("100 people", "110 people", -1));  // a negative tolerance is none
  }
  SECTION("a bare number compares with any unit") {
    CHECK(agree("24 million", "24 million people"));
    CHECK_FALSE(agree("25 billion", "$2.5 billion"));
  }
  SECTION("different currencies or counted things cannot be told apart: they agree") {
    CHECK(agree("$25 billion", "€3 billion"));
    CHECK(agree("11 countries", "12 animals"));
    CHECK(agree("10 percentage points", "50%"));
  }
  SECTION("different dimensions do not agree") {
    CHECK_FALSE(agree("10 km", "10 days"));
    CHECK_FALSE(agree("10%", "$10"));
  }
  SECTION("a range of one point is closed") {
    Quantity point;
    point.value = point.low = point.high = 11.5;
    point.dimension = "count";
    point.unit = "country";
    CHECK(quantities_agree(point, q("11 countries"), 0));
    CHECK_FALSE(quantities_agree(point, q("13 countries"), 0));
  }
}

// ---------------------------------------------------------------- ordinals and ages

TEST_CASE("claim/quantity: ordinals in words") {
  CHECK(normalize_ordinal("first") == 1);
  CHECK(normalize_ordinal("third") == 3);
  CHECK(normalize_ordinal("Third") == 3);
  CHECK(normalize_ordinal("the third") == 3);
  CHECK(normalize_ordinal("twelfth") == 12);
  CHECK(normalize_ordinal("twentieth") == 20);
  CHECK(normalize_ordinal("thirtieth") == 30);
  CHECK(normalize_ordinal("ninetieth") == 90);
  CHECK(normalize_ordinal("hundredth") == 100);
  CHECK(normalize_ordinal("one hundredth") == 100);
  CHECK(normalize_ordinal("twenty-first") == 21);
  CHECK(normalize_ordinal("twenty first") == 21);
  CHECK(normalize_ordinal("ninety-ninth") == 99);
  CHECK(normalize_ordinal("one hundred and first") == 101);
  CHECK(normalize_ordinal("two thousandth") == 2000);
  CHECK(normalize_ordinal("two hundredth") == 200);
  CHECK(normalize_ordinal("one millionth") == 1000000);
}

TEST_CASE("claim/quantity: ordinals in digits") {
  CHECK(normalize_ordinal("1st") == 1);
  CHECK(normalize_ordinal("2nd") == 2);
  CHECK(normalize_ordinal("3rd") == 3);
  CHECK(normalize_ordinal("4th") == 4);
  CHECK(normalize_ordinal("11th") == 11);
  CHECK(normalize_ordinal("12th") == 12);
  CHECK(normalize_ordinal("13th") == 13);
  CHECK(normalize_ordinal("21st") == 21);
  CHECK(normalize_ordinal("22nd") == 22);
  CHECK(normalize_ordinal("22d") == 22);
  CHECK(normalize_ordinal("90th") == 90);
  CHECK(normalize_ordinal("the 90th") == 90);
  CHECK(normalize_ordinal("101st") == 101);
  CHECK(normalize_ordinal("111th") == 111);
  CHECK(normalize_ordinal("1ST") == 1);
}

TEST_CASE("claim/quantity: what is not an ordinal is nullopt") {
  CHECK_FALSE(normalize_ordinal(""));
  CHECK_FALSE(normalize_ordinal("the"));
  CHECK_FALSE(normalize_ordinal("0th"));
  CHECK_FALSE(normalize_ordinal("the 0th"));
  CHECK_FALSE(normalize_ordinal("zeroth"));
  CHECK_FALSE(normalize_ordinal("-1st"));
  CHECK_FALSE(normalize_ordinal("2th"));
  CHECK_FALSE(normalize_ordinal("11st"));
  CHECK_FALSE(normalize_ordinal("21th"));
  CHECK_FALSE(normalize_ordinal("1.5th"));
  CHECK_FALSE(normalize_ordinal("3"));
  CHECK_FALSE(normalize_ordinal("three"));
  CHECK_FALSE(normalize_ordinal("first second"));
  CHECK_FALSE(normalize_ordinal("twenty-eleventh"));
  CHECK_FALSE(normalize_ordinal("one first"));
  CHECK_FALSE(normalize_ordinal("firstly"));
}

TEST_CASE("claim/quantity: ages") {
  CHECK(normalize_age("32") == 32);
  CHECK(normalize_age("32,") == 32);
  CHECK(normalize_age("the 33-year-old") == 33);
  CHECK(normalize_age("33-year-old") == 33);
  CHECK(normalize_age("a 33-year-old") == 33);
  CHECK(normalize_age("aged 32") == 32);
  CHECK(normalize_age("age 32") == 32);
  CHECK(normalize_age("aged 32 years") == 32);
  CHECK(normalize_age("32 years old") == 32);
  CHECK(normalize_age("32 years of age") == 32);
  CHECK(normalize_age("thirty-three-year-old") == 33);
  CHECK(normalize_age("0") == 0);
  CHECK(normalize_age("130") == 130);
  CHECK(normalize_age("one hundred and five") == 105);
}

TEST_CASE("claim/quantity: what is not an age is nullopt") {
  CHECK_FALSE(normalize_age(""));
  CHECK_FALSE(normalize_age("131"));
  CHECK_FALSE(normalize_age("-1"));
  CHECK_FALSE(normalize_age("32.5"));
  CHECK_FALSE(normalize_age("32 years"));  // a duration
  CHECK_FALSE(normalize_age("32 old"));
  CHECK_FALSE(normalize_age("32 of age"));
  CHECK_FALSE(normalize_age("aged"));
  CHECK_FALSE(normalize_age("32 million"));
  CHECK_FALSE(normalize_age("thirty-ish"));
  CHECK_FALSE(normalize_age("33-year-old Kim"));
}

// ---------------------------------------------------------------- vocabulary

namespace {

// rules/core/numbers.yaml, with a test file of extractors for AGE, compiled once.
const rules::RuleSet& numbers_rules() {
  static const std::unique_ptr<rules::RuleSet> kRules = [] {
    const auto path = std::filesystem::path(CONCORD_SOURCE_DIR) / "rules/core/numbers.yaml";
    const std::string ages = R"(
vocabulary:
  TEST_PERSON: {pattern: 'Kim(?:\s+Jong\s+Un)?', type: person}
predicates:
  - name: test-age
    subject: person
    fields: {value: age}
extractors:
  - id: age-between-commas
    predicate: test-age
    template: "{subject:TEST_PERSON}, {value:AGE},"
  - id: age-before-name
    predicate: test-age
    template: "the {value:AGE} {subject:TEST_PERSON}"
)";
    base::Diagnostics diags;
    auto pack = rules::load_pack_from("core", {{path.string(), test::slurp(path)}, {"ages.yaml", ages}}, diags);
    std::unique_ptr<rules::RuleSet> rs;
    if (pack) rs = rules::RuleSet::compile({*pack}, diags);
    for (const auto& d : diags.all()) UNSCOPED_INFO(base::format_diagnostic(d));
    return rs;
  }();
  REQUIRE(kRules != nullptr);
  return *kRules;
}

struct Found {
  std::string name;  // vocabulary name of a mention, or field name of an extractor's match
  std::string text;
};

// Every mention in text, and every field of every extractor match.
std::vector<Found> find_all(const std::string& text) {
  std::vector<rules::Match> matches;
  numbers_rules().match(text, {0, text.size()}, matches);
  std::vector<Found> out;
  for (const auto& m : matches) {
    if (m.extractor == -1) out.push_back({m.mention, text.substr(m.span.begin, m.span.end - m.span.begin)});
    for (const auto& f : m.fields) {
      if (m.extractor != -1) out.push_back({f.field, text.substr(f.span.begin, f.span.end - f.span.begin)});
    }
  }
  return out;
}

bool found(const std::vector<Found>& all, const std::string& name, const std::string& text) {
  for (const auto& f : all) {
    if (f.name == name && f.text == text) return true;
  }
  return false;
}

// The texts of the mentions of one vocabulary entry.
std::vector<std::string> texts(const std::vector<Found>& all, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& f : all) {
    if (f.name == name) out.push_back(f.text);
  }
  return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("claim/quantity: numbers.yaml compiles") {
  const auto& rs = numbers_rules();
  CHECK(rs.pattern_count() > 0);
}

TEST_CASE("claim/quantity: numbers.yaml finds amounts in news sentences") {
  SECTION("money, with the longest sensible span") {
    const auto all = find_all("Russia also wrote off most of North Korea's $11-billion debt in 2012.");
    CHECK(texts(all, "MONEY") == Texts{"$11-billion"});
    CHECK(texts(all, "QUANTITY") == Texts{"$11-billion"});
    CHECK(texts(all, "NUMBER") == Texts{"11-billion"});
  }
  SECTION("money after words that are not the amount's") {
    const auto all = find_all("natural resources with an estimated worth of $25 billion, Tass said.");
    CHECK(texts(all, "MONEY") == Texts{"$25 billion"});
  }
  SECTION("money after approximation words") {
    const auto all = find_all("resources worth about $25 billion");
    CHECK(texts(all, "MONEY") == Texts{"about $25 billion"});
  }
  SECTION("headline money") {
    const auto all = find_all("Walmart's Sales Soar to $169.59 Billion as Bitcoin at $93K and Climbing");
    CHECK(texts(all, "MONEY") == Texts{"$169.59 Billion", "$93K"});
  }
  SECTION("a length used as an adjective") {
    const auto all = find_all("Russia last year finished building a 34-mile rail link between Khasan and Rason.");
    CHECK(texts(all, "QUANTITY") == Texts{"34-mile"});
  }
  SECTION("a scaled number with nothing counted") {
    const auto all = find_all("the impoverished and isolated nation of 24 million, only the third leader");
    CHECK(texts(all, "NUMBER") == Texts{"24 million"});
    CHECK(texts(all, "QUANTITY") == Texts{"24 million"});
    CHECK(texts(all, "ORDINAL") == Texts{"third"});
  }
  SECTION("counted things, and 'one' is not a number") {
    const auto all = find_all("North Korea was one of only 11 countries to cast a vote against");
    CHECK(texts(all, "QUANTITY") == Texts{"11 countries"});
    CHECK(texts(all, "NUMBER") == Texts{"11"});
  }
  SECTION("counted things with adjectives, '+' and separators") {
    CHECK(texts(find_all("Putin Sends 70+ Animals to North Korea"), "QUANTITY") == Texts{"70+ Animals"});
    CHECK(texts(find_all("Ford Announces 4,000 Job Cuts in Europe"), "QUANTITY") == Texts{"4,000 Job Cuts"});
    CHECK(texts(find_all("He met two American citizens there."), "QUANTITY") == Texts{"two American citizens"});
  }
  SECTION("percentages") {
    CHECK(texts(find_all("California Pushes for 90% CO2 Emissions Cut by 2045"), "PERCENT") == Texts{"90%"});
    CHECK(texts(find_all("prices rose about 10 per cent this year"), "PERCENT") == Texts{"about 10 per cent"});
  }
  SECTION("ordinals") {
    const auto all = find_all("to attend the 90th birthday party of the twenty-first leader, his 2nd visit");
    CHECK(texts(all, "ORDINAL") == Texts{"90th", "twenty-first", "2nd"});
  }
  SECTION("ordinals of hundreds and more, whole") {
    const auto all = find_all("the two hundredth anniversary and its one millionth visitor");
    CHECK(texts(all, "ORDINAL") == Texts{"two hundredth", "one millionth"});
  }
  SECTION("a fraction before a unit, whole") {
    CHECK(texts(find_all("a 1/4 mile track, 2 1/2 miles long"), "QUANTITY") == Texts{"1/4 mile", "2 1/2 miles"});
  }
  SECTION("money with a glued scale before a currency word") {
    CHECK(texts(find_all("the club paid 3m euros for him"), "MONEY") == Texts{"3m euros"});
    CHECK(texts(find_all("It cost 1.8M dollars."), "MONEY") == Texts{"1.8M dollars"});
  }
  SECTION("dollars of other countries, with the letters of their sign") {
    const auto all = find_all("worth R$1.2 billion, or Mex$10 million, or NZ$5 million");
    CHECK(texts(all, "MONEY") == Texts{"R$1.2 billion", "Mex$10 million", "NZ$5 million"});
  }
}

TEST_CASE("claim/quantity: numbers.yaml reads no length in a speed or a capital M") {
  SECTION("speeds: the whole speed is matched, and it normalizes to nothing") {
    const auto all = find_all("winds of 150 km/h and gusts of up to 120 miles per hour");
    CHECK(texts(all, "QUANTITY") == Texts{"150 km/h", "up to 120 miles per hour"});
    for (const auto& t : texts(all, "QUANTITY")) CHECK_FALSE(normalize_quantity(t));
  }
  SECTION("330M users are counted, 330M and 1MM are no lengths") {
    CHECK(texts(find_all("Twitter has 330M users"), "QUANTITY") == Texts{"330M users"});
    CHECK(texts(find_all("Twitter has 330M."), "QUANTITY").empty());
    CHECK(texts(find_all("a target of US 1MM"), "QUANTITY").empty());
  }
}

TEST_CASE("claim/quantity: numbers.yaml leaves alone what is not an amount") {
  SECTION("years") {
    const auto all = find_all("He died in December 2011 and in 2012 Russia wrote off the debt.");
    CHECK(texts(all, "NUMBER").empty());
    CHECK(texts(all, "QUANTITY").empty());
  }
  SECTION("digits inside words") {
    const auto all = find_all("QuickTime 8-bit Photo-JPEG HD 1920x1080, CO2 and F-15K fighters, 16x9 Image");
    CHECK(texts(all, "QUANTITY").empty());
    CHECK(texts(all, "MONEY").empty());
    CHECK(texts(all, "ORDINAL").empty());
    for (const auto& t : texts(all, "NUMBER")) CHECK(t == "8");  // "8-bit" is a number
  }
  SECTION("the year of a date and an ID") {
    const auto all = find_all("Posted on : 2014-11-15 16:12 KST, video 14-11-17-3-1.mov");
    CHECK_FALSE(found(all, "NUMBER", "2014"));
    CHECK(texts(all, "QUANTITY").empty());
    CHECK(texts(all, "MONEY").empty());
  }
  SECTION("the 0th and misspelled suffixes") {
    CHECK(texts(find_all("the 0th, the 2th and the 11st"), "ORDINAL").empty());
  }
}

TEST_CASE("claim/quantity: AGE fits the templates it is written for") {
  SECTION("between commas after a name") {
    const auto all = find_all("Kim, 32, had little obvious experience in leadership");
    CHECK(texts(all, "value") == Texts{"32"});
  }
  SECTION("before a name, with -year-old") {
    const auto all = find_all("The 33-year-old Kim Jong Un has never travelled abroad as leader.");
    CHECK(texts(all, "value") == Texts{"33-year-old"});
  }
  SECTION("years of age") {
    const auto all = find_all("Kim, 45 years of age, had little obvious experience");
    CHECK(texts(all, "value") == Texts{"45 years of age"});
  }
  SECTION("not a date or a count") {
    CHECK(texts(find_all("Kim, 2014, had"), "value").empty());
    CHECK(texts(find_all("Kim, 150, had"), "value").empty());
  }
}

TEST_CASE("claim/quantity: every mention numbers.yaml finds, the normalizers read") {
  const std::string sentences[] = {
      "Russia also wrote off most of North Korea's $11-billion debt in 2012.",
      "natural resources with an estimated worth of $25 billion",
      "a 34-mile rail link, a 40-kilometre road and a 300m pier",
      "the impoverished and isolated nation of 24 million",
      "one of only 11 countries to cast a vote against",
      "the 90th birthday party of the twenty-first leader",
      "U.S. Faces $3.4 Billion Economic Loss; F-15K Fighters Gets $6 Billion Upgrade",
      "Putin Sends 70+ Animals; Ford Announces 4,000 Job Cuts; 100 Deaths a Year",
      "some 500 people, nearly 90% of them, and more than 12 million tonnes of grain",
      "six billion dollars, 25 million euros, US$2.5bn, €3m and five million won",
      "a dozen countries, half a million people, one thousand two hundred soldiers",
      "up to 10 percent, at least three American citizens, 1.5 trillion",
      "a 1/4 mile track, 3m euros, R$1.2 billion and the two hundredth visitor"};
  for (const auto& s : sentences) {
    for (const auto& f : find_all(s)) {
      INFO(f.name << ": \"" << f.text << "\" in: " << s);
      if (f.name == "NUMBER") CHECK(normalize_number(f.text));
      if (f.name == "MONEY" || f.name == "QUANTITY" || f.name == "PERCENT") CHECK(normalize_quantity(f.text));
      if (f.name == "ORDINAL") CHECK(normalize_ordinal(f.text));
      if (f.name == "MONEY") CHECK(normalize_quantity(f.text)->dimension == "money");
    }
  }
}

TEST_CASE("claim/quantity: a range keeps both ends, the first taking the second's scale and unit") {
  const Quantity money = q("$10-12 billion");
  CHECK(money.unit == "USD");
  CHECK(money.low <= 10e9);
  CHECK(money.high >= 12e9);
  CHECK(money.low > 9e9);
  CHECK(money.high < 13e9);
  CHECK(money.approximate);
  CHECK(q("$10 billion to $12 billion").low == Approx(money.low));
  CHECK(q("10 to 12 percent").unit == "%");
  CHECK(agree("$10-12 billion", "$11 billion"));
  CHECK_FALSE(agree("$10-12 billion", "$25 billion"));
  CHECK_FALSE(agree("$10-12 billion", "$10"));
  SECTION("not ranges") {
    CHECK(q("$11-billion").value == Approx(11e9));
    CHECK_FALSE(normalize_quantity("$12-10 billion"));  // ends the wrong way round: read nothing
  }
}
