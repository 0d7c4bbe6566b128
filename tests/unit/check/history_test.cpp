// check/history: who held which office when.
#include <catch2/catch.hpp>

#include "check/history.h"

using namespace concord;
using check::History;

namespace {

// Claims that History only tells apart by address.
struct Claims {
  claim::Claim c[6];
};

}  // namespace

TEST_CASE("check/history: History tells a change from a contradiction") {
  Claims k;
  History h;
  SECTION("one change: none") {
    h.add(&k.c[0], "ri", 100);
    h.add(&k.c[1], "ri", 110);
    h.add(&k.c[2], "pak", 150);
    h.finish(120);
    CHECK(h.clash(k.c[1], k.c[2]) == History::Clash::none);
    CHECK(h.clash(k.c[0], k.c[2]) == History::Clash::none);
  }
  SECTION("a change undone within the window: certain, around both changes") {
    h.add(&k.c[0], "ri", 100);
    h.add(&k.c[1], "pak", 130);
    h.add(&k.c[2], "ri", 160);
    h.finish(120);
    CHECK(h.clash(k.c[0], k.c[1]) == History::Clash::certain);
    CHECK(h.clash(k.c[1], k.c[2]) == History::Clash::certain);
  }
  SECTION("undone years later: two changes") {
    h.add(&k.c[0], "ri", 100);
    h.add(&k.c[1], "pak", 200);
    h.add(&k.c[2], "ri", 900);
    h.finish(120);
    CHECK(h.clash(k.c[0], k.c[1]) == History::Clash::none);
  }
  SECTION("the same day: certain") {
    h.add(&k.c[0], "ri", 100);
    h.add(&k.c[1], "pak", 100);
    h.finish(120);
    CHECK(h.clash(k.c[0], k.c[1]) == History::Clash::certain);
  }
  SECTION("a step down: certain, and the step back up soon after") {
    h.add(&k.c[0], "minister", 100, 3);
    h.add(&k.c[1], "deputy", 150, 1);
    h.add(&k.c[2], "minister", 160, 3);
    h.finish(120);
    CHECK(h.clash(k.c[0], k.c[1]) == History::Clash::certain);
    CHECK(h.clash(k.c[1], k.c[2]) == History::Clash::certain);
  }
  SECTION("a step down, then a promotion after a year as deputy: only the step down") {
    h.add(&k.c[0], "minister", 100, 3);
    h.add(&k.c[1], "deputy", 150, 1);
    h.add(&k.c[2], "deputy", 500, 1);
    h.add(&k.c[3], "minister", 560, 3);
    h.finish(120);
    CHECK(h.clash(k.c[0], k.c[1]) == History::Clash::certain);
    CHECK(h.clash(k.c[2], k.c[3]) == History::Clash::none);
  }
  SECTION("a step up: a promotion, unless one story says so within days of others") {
    k.c[0].document = "a";
    k.c[1].document = "b";
    k.c[2].document = "c";
    k.c[3].document = "d";
    h.add(&k.c[0], "deputy", 100, 1);
    h.add(&k.c[1], "deputy", 101, 1);
    h.add(&k.c[2], "minister", 103, 3);
    SECTION("several stories after: none") {
      h.add(&k.c[3], "minister", 104, 3);
      h.finish(120);
      CHECK(h.clash(k.c[1], k.c[2]) == History::Clash::none);
    }
    SECTION("one story after: probable") {
      h.finish(120);
      CHECK(h.clash(k.c[1], k.c[2]) == History::Clash::probable);
    }
  }
}
