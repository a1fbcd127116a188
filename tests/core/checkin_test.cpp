#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/wait_rule.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using namespace std::chrono_literals;

const FixedZone k_zone{60min};

// 2026-11-22, local times in +01:00.
Timestamp at(int hour, int minute, int second = 0)
{
  const SysSeconds midnight_local{std::chrono::seconds{1795305600}}; // 2026-11-22T00:00:00Z
  return k_zone.stamp(midnight_local - 1h + std::chrono::hours{hour} +
                      std::chrono::minutes{minute} + std::chrono::seconds{second});
}

// A 15-minute separation that began at 10:00.
Ladder out_since_ten(Seconds planned = 15min)
{
  Ladder ladder;
  Separation s;
  s.id = "sep-1";
  s.started = at(10, 0);
  s.planned = planned;
  ladder.separations.push_back(s);
  return ladder;
}

const Separation& sep(const Ladder& ladder)
{
  return ladder.separations.back();
}

TEST(BeginCheckin, RefusesWhenNoSeparationIsOpen)
{
  Ladder ladder = out_since_ten();
  ladder.separations.back().ended = at(10, 15);
  const std::string before = serialize(ladder);
  EXPECT_THROW(begin_checkin(ladder, {}, at(10, 20), k_zone), StateError);
  Ladder empty;
  EXPECT_THROW(begin_checkin(empty, {}, at(10, 20), k_zone), StateError);
  EXPECT_EQ(serialize(ladder), before);
}

TEST(BeginCheckin, FirstUrgeOpensTheWindowFromNowWithThePlansLength)
{
  // 10:00 [==== 30m ====) 10:30   urge 10:04 → window ends 10:29
  Ladder ladder = out_since_ten(30min);
  ladder.wait = 25min;
  const CheckinStart start = begin_checkin(ladder, {7, false, false}, at(10, 4), k_zone);
  EXPECT_EQ(start.step, Step::waiting);
  EXPECT_TRUE(start.opened_now);
  EXPECT_EQ(start.separation_id, "sep-1");
  ASSERT_TRUE(sep(ladder).wait_until);
  EXPECT_EQ(*sep(ladder).wait_until, at(10, 29));
  EXPECT_EQ(sep(ladder).wait_until->offset, 60min);
  ASSERT_EQ(sep(ladder).urges.size(), 1u);
  EXPECT_EQ(sep(ladder).urges[0].at, at(10, 4));
  EXPECT_EQ(sep(ladder).urges[0].level, 7);
  EXPECT_TRUE(sep(ladder).checkins.empty());
}

TEST(WaitLength, StaysWithinTwentyToThirtyMinutes)
{
  const std::pair<Seconds, Seconds> cases[] = {{20min, 20min}, {30min, 30min}, {25min, 25min},
                                               {5min, 20min},  {2h, 30min},    {0s, 20min}};
  for (const auto& [configured, used] : cases) {
    SCOPED_TRACE(configured.count());
    Ladder ladder;
    ladder.wait = configured;
    EXPECT_EQ(wait_length(ladder), used);
  }
}

TEST(BeginCheckin, LaterCallsOnlyLookUnlessAnUrgeIsGivenAndNeverMoveTheWindow)
{
  // urge 10:04 → window ends 10:24; urges at 10:10 and 10:23:59 leave it there
  Ladder ladder = out_since_ten(30min);
  begin_checkin(ladder, {}, at(10, 4), k_zone);
  const CheckinStart second = begin_checkin(ladder, {9, false, false}, at(10, 10), k_zone);
  EXPECT_EQ(second.step, Step::waiting);
  EXPECT_FALSE(second.opened_now);
  const CheckinStart third = begin_checkin(ladder, {}, at(10, 23, 59), k_zone);
  EXPECT_EQ(third.step, Step::waiting);
  EXPECT_EQ(*sep(ladder).wait_until, at(10, 24));
  EXPECT_EQ(*third.deadline, at(10, 24));
  ASSERT_EQ(sep(ladder).urges.size(), 2u) << "the bare third call only looked";
  EXPECT_EQ(sep(ladder).urges[1].level, 9);
}

TEST(BeginCheckin, AtAndAfterTheDeadlineTheWaitIsOver)
{
  for (const Timestamp& now : {at(10, 24), at(10, 24, 1), at(11, 30)}) {
    SCOPED_TRACE(format_rfc3339(now));
    Ladder ladder = out_since_ten(2h);
    begin_checkin(ladder, {}, at(10, 4), k_zone);
    EXPECT_EQ(begin_checkin(ladder, {}, now, k_zone).step, Step::over);
    EXPECT_EQ(*sep(ladder).wait_until, at(10, 24));
  }
}

TEST(BeginCheckin, OneTextPerSeparationThenNothingIsRecorded)
{
  Ladder ladder = out_since_ten(2h);
  begin_checkin(ladder, {}, at(10, 4), k_zone);
  const CheckinStart over = begin_checkin(ladder, {}, at(10, 30), k_zone);
  record_outcome(ladder, over.separation_id, Outcome::texted, at(10, 30));
  const std::string before = serialize(ladder);
  const CheckinStart again = begin_checkin(ladder, {5, false, false}, at(10, 50), k_zone);
  EXPECT_EQ(again.step, Step::texted);
  EXPECT_EQ(*again.texted_at, at(10, 30));
  EXPECT_EQ(serialize(ladder), before) << "a refusal records nothing";
}

TEST(BeginCheckin, EmergencyIsAlwaysOpenAndSkipsTheWait)
{
  Ladder ladder = out_since_ten();
  const CheckinStart first = begin_checkin(ladder, {10, false, true}, at(10, 2), k_zone);
  EXPECT_EQ(first.step, Step::emergency);
  EXPECT_FALSE(sep(ladder).wait_until) << "an emergency opens no wait";
  record_outcome(ladder, first.separation_id, Outcome::emergency, at(10, 2));
  // Even after the one text, an emergency is never refused.
  begin_checkin(ladder, {}, at(10, 3), k_zone);
  record_outcome(ladder, "sep-1", Outcome::texted, at(10, 30));
  EXPECT_EQ(begin_checkin(ladder, {std::nullopt, false, true}, at(10, 40), k_zone).step,
            Step::emergency);
  EXPECT_EQ(sep(ladder).urges.size(), 3u);
}

TEST(BeginCheckin, PassedReportsOnThePendingUrgeWithoutCountingItTwice)
{
  Ladder ladder = out_since_ten();
  begin_checkin(ladder, {}, at(10, 4), k_zone);
  EXPECT_TRUE(urge_pending(sep(ladder)));
  const CheckinStart passed = begin_checkin(ladder, {std::nullopt, true, false}, at(10, 9), k_zone);
  EXPECT_EQ(passed.step, Step::passed);
  record_outcome(ladder, passed.separation_id, Outcome::passed, at(10, 9));
  EXPECT_EQ(sep(ladder).urges.size(), 1u);
  EXPECT_FALSE(urge_pending(sep(ladder)));
  EXPECT_EQ(*sep(ladder).wait_until, at(10, 24)) << "the window stays where it was";
}

TEST(BeginCheckin, PassedWithNoUrgePendingOrWithALevelRecordsOne)
{
  Ladder ladder = out_since_ten();
  begin_checkin(ladder, {std::nullopt, true, false}, at(10, 4), k_zone);
  record_outcome(ladder, "sep-1", Outcome::passed, at(10, 4));
  EXPECT_EQ(sep(ladder).urges.size(), 1u);
  EXPECT_FALSE(sep(ladder).wait_until) << "nothing left to wait for";
  begin_checkin(ladder, {}, at(10, 6), k_zone);
  begin_checkin(ladder, {3, true, false}, at(10, 8), k_zone);
  ASSERT_EQ(sep(ladder).urges.size(), 3u);
  EXPECT_EQ(sep(ladder).urges[2].level, 3);
}

TEST(BeginCheckin, AfterAPassedUrgeALaterOneKeepsTheSameWindow)
{
  // urge 10:04 → window ends 10:24; passed 10:09; new urge 10:20 still waits for 10:24
  Ladder ladder = out_since_ten(2h);
  begin_checkin(ladder, {}, at(10, 4), k_zone);
  record_outcome(ladder, "sep-1", Outcome::passed, at(10, 9));
  const CheckinStart again = begin_checkin(ladder, {}, at(10, 20), k_zone);
  EXPECT_EQ(again.step, Step::waiting);
  EXPECT_EQ(*again.deadline, at(10, 24));
  EXPECT_EQ(begin_checkin(ladder, {}, at(10, 25), k_zone).step, Step::over);
}

TEST(RecordOutcome, RefusesASeparationEndedMeanwhileAndASecondText)
{
  Ladder ladder = out_since_ten();
  begin_checkin(ladder, {}, at(10, 4), k_zone);
  EXPECT_THROW(record_outcome(ladder, "no-such-id", Outcome::passed, at(10, 5)), StateError);
  record_outcome(ladder, "sep-1", Outcome::texted, at(10, 25));
  EXPECT_THROW(record_outcome(ladder, "sep-1", Outcome::texted, at(10, 26)), StateError);
  record_outcome(ladder, "sep-1", Outcome::passed, at(10, 27));
  ladder.separations.back().ended = at(10, 28);
  EXPECT_THROW(record_outcome(ladder, "sep-1", Outcome::passed, at(10, 29)), StateError);
  EXPECT_EQ(sep(ladder).checkins.size(), 2u);
}

TEST(HomeBeforeWindow, OnlyWhenThePlannedEndComesFirst)
{
  // 10:00 [== 15m ==) 10:15   urge 10:04 → window ends 10:24: home first
  const Ladder short_one = out_since_ten(15min);
  const auto end = home_before_window(sep(short_one), at(10, 24));
  ASSERT_TRUE(end);
  EXPECT_EQ(*end, at(10, 15));
  const Ladder long_one = out_since_ten(30min);
  EXPECT_FALSE(home_before_window(sep(long_one), at(10, 24)));
  EXPECT_FALSE(home_before_window(sep(long_one), at(10, 30)));
}

TEST(PassedCount, CountsPassedUrgesAcrossSeparations)
{
  Ladder ladder = out_since_ten();
  record_outcome(ladder, "sep-1", Outcome::passed, at(10, 5));
  record_outcome(ladder, "sep-1", Outcome::emergency, at(10, 6));
  ladder.separations.back().ended = at(10, 15);
  Separation second = ladder.separations.back();
  second.id = "sep-2";
  second.ended.reset();
  second.checkins.clear();
  ladder.separations.push_back(second);
  record_outcome(ladder, "sep-2", Outcome::passed, at(11, 5));
  EXPECT_EQ(passed_count(ladder), 2);
}

} // namespace
} // namespace sepa
