#include <catch2/catch.hpp>

#include "text/layout.h"

using namespace concord::text;

namespace {

std::vector<std::string> split(const std::string& t) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(t, {0, t.size()})) out.push_back(t.substr(s.span.begin, s.span.size()));
  return out;
}

}  // namespace

TEST_CASE("text/segment: abbreviations, initials and titles do not end sentences") {
  CHECK(split("Choe left on Nov. 17 for Moscow. He met Mr. Lavrov at St. Petersburg.") ==
        std::vector<std::string>{"Choe left on Nov. 17 for Moscow.", "He met Mr. Lavrov at St. Petersburg."});
  CHECK(split("U.S. experts say N. Korea wants ties. Pier No. 3 opened.") ==
        std::vector<std::string>{"U.S. experts say N. Korea wants ties.", "Pier No. 3 opened."});
  CHECK(split("PYONGYANG, NORTH KOREA - NOV. 17: The envoy left.") ==
        std::vector<std::string>{"PYONGYANG, NORTH KOREA - NOV. 17: The envoy left."});
  CHECK(split("It cost $3.4 billion. Prices rose.") ==
        std::vector<std::string>{"It cost $3.4 billion.", "Prices rose."});
}

TEST_CASE("text/segment: quotes close with their sentence") {
  CHECK(split("\"We are friends,\" said Putin. \"It is true.\" He left.") ==
        std::vector<std::string>{"\"We are friends,\" said Putin.", "\"It is true.\"", "He left."});
  CHECK(split("\xE2\x80\x9CIs it?\xE2\x80\x9D she asked. Yes.") ==
        std::vector<std::string>{"\xE2\x80\x9CIs it?\xE2\x80\x9D she asked.", "Yes."});
}

TEST_CASE("text/segment: captions without a final period end at the line break") {
  CHECK(split("Choe at the airport (Jon Chol Jin / AP)\nHe left on Monday.") ==
        std::vector<std::string>{"Choe at the airport (Jon Chol Jin / AP)", "He left on Monday."});
  SECTION("a wrapped line continues") {
    CHECK(split("Estorian Foreign Minister Mara Lindqvist arrived in Halvik on a\nthree-day visit.") ==
          std::vector<std::string>{"Estorian Foreign Minister Mara Lindqvist arrived in Halvik on a\nthree-day visit."});
  }
}

TEST_CASE("text/segment: very long runs without punctuation are cut into bounded pieces") {
  std::string t;
  for (int i = 0; i < 5000; ++i) t += "word ";
  auto parts = split_sentences(t, {0, t.size()});
  CHECK(parts.size() > 5);
  for (const auto& p : parts) CHECK(p.span.size() <= 2000);
  std::string no_spaces(10000, 'x');
  for (const auto& p : split_sentences(no_spaces, {0, no_spaces.size()})) CHECK(p.span.size() <= 2000);
}

TEST_CASE("text/segment: paragraphs glued without a space still end sentences") {
  CHECK(split("He died at home, a statement said.It added his funeral will be private.Hogwood was 73.") ==
        std::vector<std::string>{"He died at home, a statement said.", "It added his funeral will be private.",
                                 "Hogwood was 73."});
  CHECK(split("The club (AAM).The AAM won in 1973.\"We are proud,\" he said.\"It is true.\"He left.") ==
        std::vector<std::string>{"The club (AAM).", "The AAM won in 1973.", "\"We are proud,\" he said.",
                                 "\"It is true.\"", "He left."});
  SECTION("initialisms, abbreviations, domains and decimals do not") {
    CHECK(split("The U.S.Army and Mr.Smith read bbc.co.uk and Node.JS at 3.5 per cent.") ==
          std::vector<std::string>{"The U.S.Army and Mr.Smith read bbc.co.uk and Node.JS at 3.5 per cent."});
  }
}

TEST_CASE("text/segment: page furniture glued to a story's first word ends there") {
  CHECK(split("Share this with Email Copy this linkTemperton died in London last week.") ==
        std::vector<std::string>{"Share this with Email Copy this link", "Temperton died in London last week."});
  SECTION("names and brands with a capital inside do not") {
    CHECK(split("McDonald and LaToya flew easyJet, bought an iPhone on eBay and met DeShawn.") ==
          std::vector<std::string>{"McDonald and LaToya flew easyJet, bought an iPhone on eBay and met DeShawn."});
  }
}
