#include "sepa/session.hpp"

#include "sepa/errors.hpp"
#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;

TEST(StartSeparation, UsesTheCurrentRungAndItsActivityWhenNoneIsGiven)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00+01:00"));
  const Separation& s = start_separation(l, {}, at("2026-11-22T10:00:00+01:00"), "id-1");
  EXPECT_EQ(s.planned, minutes{5});
  EXPECT_EQ(s.activity, l.rungs[0].activity);
  EXPECT_EQ(s.started, at("2026-11-22T10:00:00+01:00"));
  EXPECT_TRUE(s.open());
}

TEST(StartSeparation, WithoutRungsOrALengthIsRefusedByTheLaddersState)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00+01:00"));
  l.rungs.clear();
  try {
    start_separation(l, {}, at("2026-11-22T10:00:00+01:00"), "a");
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_EQ(e.code(), Exit::refused);
    EXPECT_NE(std::string(e.hint()).find("sepa plan add 15m"), std::string::npos);
  }
  EXPECT_TRUE(l.separations.empty());
  start_separation(l, {minutes{15}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00+01:00"), "b");
  EXPECT_EQ(l.separations.size(), 1U) << "a length given works without rungs";
}

TEST(DoneAtExample, NamesThePlannedEndAsAClockTimeTodayElseInFull)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00+01:00"));
  const Separation& s =
    start_separation(l, {minutes{15}, "", {}, "", {}, {}}, at("2026-11-22T10:05:00+01:00"), "a");
  const FixedZone zone{minutes{60}};
  EXPECT_EQ(done_at_example(s, at("2026-11-22T18:00:00+01:00"), zone), "sepa done --at 10:20");
  // The next morning, "10:20" would mean today: the full instant is given instead.
  EXPECT_EQ(done_at_example(s, at("2026-11-23T08:00:00+01:00"), zone),
            "sepa done --at 2026-11-22T10:20:00+01:00");
}

TEST(StartSeparation, RefusesWhileOneIsOpenNamingIt)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00+01:00"));
  start_separation(l, {minutes{15}, "", 5, "", {}, {}}, at("2026-11-22T10:05:00+01:00"), "a");
  try {
    start_separation(l, {}, at("2026-11-22T10:07:00+01:00"), "b");
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_STREQ(e.what(), "a separation is already open (started 10:05, planned 15m)");
    EXPECT_EQ(e.code(), Exit::refused);
  }
  EXPECT_EQ(l.separations.size(), 1u);
}

TEST(StartSeparation, RefusesAStartBeforeTheLastEnd)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00Z"));
  start_separation(l, {minutes{5}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00Z"), "a");
  finish_separation(l, {}, at("2026-11-22T10:05:00Z"));
  EXPECT_THROW(start_separation(l, {minutes{5}, "", {}, "", at("2026-11-22T10:04:00Z"), {}},
                                at("2026-11-22T10:30:00Z"), "b"),
               UsageError);
}

TEST(FinishSeparation, RecordsTheEndAndRatings)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00Z"));
  start_separation(l, {minutes{15}, "Shop", 6, "She cries", {}, {}}, at("2026-11-22T10:00:00Z"),
                   "a");
  DoneRequest r;
  r.peak = 5;
  r.after = 2;
  r.happened = Happened::no;
  r.praise = "Calm voice";
  const Separation& s = finish_separation(l, r, at("2026-11-22T10:16:00Z"));
  ASSERT_TRUE(s.ended);
  EXPECT_EQ(*s.ended - s.started, minutes{16});
  EXPECT_EQ(s.peak, 5);
  EXPECT_EQ(s.praise, "Calm voice");
}

TEST(FinishSeparation, RefusesWhenNoneIsOpenOrTheEndIsBeforeTheStart)
{
  Ladder l = default_ladder(at("2026-11-22T09:00:00Z"));
  EXPECT_THROW(finish_separation(l, {}, at("2026-11-22T10:00:00Z")), StateError);
  start_separation(l, {}, at("2026-11-22T10:00:00Z"), "a");
  DoneRequest r;
  r.at = at("2026-11-22T09:59:00Z");
  EXPECT_THROW(finish_separation(l, r, at("2026-11-22T10:30:00Z")), UsageError);
  EXPECT_TRUE(l.separations.back().open());
}

TEST(LeftOpenTooLong, AfterThreeTimesThePlanOrTwelveHours)
{
  Separation s;
  s.started = at("2026-11-22T10:00:00Z");
  s.planned = minutes{15};
  EXPECT_FALSE(left_open_too_long(s, at("2026-11-22T10:45:00Z")));
  EXPECT_TRUE(left_open_too_long(s, at("2026-11-22T10:45:01Z")));
  s.planned = std::chrono::hours{6};
  EXPECT_FALSE(left_open_too_long(s, at("2026-11-22T22:00:00Z")));
  EXPECT_TRUE(left_open_too_long(s, at("2026-11-22T22:00:01Z")));
}

} // namespace
} // namespace sepa

namespace sepa {
namespace {

TEST(FinishSeparation, AClockThatWentBackwardsIsExplainedNotRecorded)
{
  Ladder l = default_ladder(test::at("2026-11-22T09:00:00Z"));
  start_separation(l, {}, test::at("2026-11-22T10:00:00Z"), "a");
  try {
    finish_separation(l, {}, test::at("2026-11-22T09:00:00Z"));
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_NE(std::string(e.what()).find("the clock says it is"), std::string::npos);
    // Any --at from the start on would be in the future by this clock, so it is not offered.
    EXPECT_NE(e.hint().find("moved back"), std::string::npos);
    EXPECT_EQ(e.hint().find("--at"), std::string::npos);
  }
  EXPECT_TRUE(l.separations.back().open());
}

} // namespace
} // namespace sepa
