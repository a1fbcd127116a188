// reminder(): silent unless there is something kind and useful to say.

#include "sepa/reminders.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono;

const FixedZone k_zone(minutes{60});

// 2026-03-DD HH:MM at +01:00; the 15th is a Sunday.
Timestamp march(int d, int hour, int minute = 0)
{
  const sys_days date{2026y / March / day{static_cast<unsigned>(d)}};
  return k_zone.stamp(date + hours{hour} + minutes{minute} - hours{1});
}

Separation finished(Timestamp start, minutes planned, std::optional<int> peak = 2)
{
  Separation s;
  s.id = std::to_string(start.utc.time_since_epoch().count());
  s.started = start;
  s.ended = Timestamp{start.utc + planned, start.offset};
  s.planned = planned;
  s.peak = peak;
  return s;
}

Ladder ladder_with(std::vector<Separation> separations)
{
  Ladder ladder = default_ladder(march(1, 9));
  ladder.separations = std::move(separations);
  return ladder;
}

TEST(Remind, SilentWhenPractisedWithinTheLastDays)
{
  const Ladder ladder = ladder_with({finished(march(14, 10), 5min)});
  EXPECT_FALSE(reminder(ladder, march(15, 18), k_zone, 2)) << "yesterday is within 2 days";
  EXPECT_FALSE(reminder(ladder, march(15, 18), k_zone, 7));
}

TEST(Remind, NudgesAfterTheDaysWithTheNextStep)
{
  const Ladder ladder = ladder_with({finished(march(12, 10), 5min)});
  const auto nudge = reminder(ladder, march(15, 18), k_zone, 2);
  ASSERT_TRUE(nudge);
  EXPECT_EQ(*nudge, "It has been 3 days since you last practised (Thu 12 Mar).\n"
                    "Whenever it suits you both, the next step is 5m: A shower, or out to the "
                    "mailbox.\nWhen you go: sepa start\n");
  EXPECT_FALSE(reminder(ladder, march(15, 18), k_zone, 4));
}

TEST(Remind, SaysYesterdayForAOneDayThreshold)
{
  const Ladder ladder = ladder_with({finished(march(14, 23, 50), 5min)});
  const auto nudge = reminder(ladder, march(15, 0, 30), k_zone, 1);
  ASSERT_TRUE(nudge);
  EXPECT_EQ(nudge->substr(0, nudge->find('\n')), "You last practised yesterday (Sat 14 Mar).");
}

TEST(Remind, CountsFromTheEndOfASeparationThatRanPastMidnight)
{
  Separation late = finished(march(12, 23, 30), 1h);
  const Ladder ladder = ladder_with({late});
  EXPECT_FALSE(reminder(ladder, march(14, 20), k_zone, 2)) << "it ended on the 13th";
  EXPECT_TRUE(reminder(ladder, march(15, 8), k_zone, 2));
}

TEST(Remind, QuietWhileASeparationIsUnderWayWithinItsPlan)
{
  Separation open;
  open.id = "open";
  open.started = march(15, 17, 50);
  open.planned = 15min;
  const Ladder ladder = ladder_with({finished(march(1, 10), 5min), open});
  EXPECT_FALSE(reminder(ladder, march(15, 18), k_zone, 2));
}

TEST(Remind, NudgesAboutASeparationLeftOpenFarPastItsPlan)
{
  Separation open;
  open.id = "open";
  open.started = march(15, 10, 5);
  open.planned = 15min;
  const Ladder ladder = ladder_with({open});
  const auto nudge = reminder(ladder, march(15, 18), k_zone, 2);
  ASSERT_TRUE(nudge);
  EXPECT_EQ(*nudge, "Your separation (started 10:05, planned 15m) is still open, long past its "
                    "plan.\nIf you came back earlier, end it with the time you came back, "
                    "e.g. `sepa done --at 10:20`.\n");
}

TEST(Remind, ANewLadderGetsTimeBeforeTheFirstNudge)
{
  const Ladder fresh = ladder_with({});
  EXPECT_FALSE(reminder(fresh, march(2, 20), k_zone, 2)) << "created yesterday";
  const auto nudge = reminder(fresh, march(3, 8), k_zone, 2);
  ASSERT_TRUE(nudge);
  EXPECT_EQ(nudge->substr(0, nudge->find('\n')), "Your ladder is ready whenever you are.");
  Ladder undated = fresh;
  undated.created.clear();
  EXPECT_TRUE(reminder(undated, march(1, 10), k_zone, 2)) << "no date to wait from";
}

TEST(Remind, NamesTheNextStepWhateverTheLadderLooksLike)
{
  Ladder bare = ladder_with({finished(march(1, 10), 5min)});
  bare.rungs.clear();
  EXPECT_NE(reminder(bare, march(15, 8), k_zone, 2)->find("sepa plan add 5m"), std::string::npos);

  Ladder done = ladder_with({finished(march(1, 10), 5min), finished(march(2, 10), 5min)});
  done.rungs.resize(1);
  EXPECT_NE(reminder(done, march(15, 8), k_zone, 2)->find("Every rung is mastered"),
            std::string::npos);

  // Three tries at 15m whose peak does not drop: a rung in between is the kinder next step.
  Ladder stalled = ladder_with({finished(march(1, 10), 5min), finished(march(2, 10), 5min),
                                finished(march(3, 10), 15min, 6), finished(march(4, 10), 15min, 6),
                                finished(march(5, 10), 15min, 7)});
  stalled.rungs[1].activity.clear();
  const auto nudge = reminder(stalled, march(15, 8), k_zone, 2);
  ASSERT_TRUE(nudge);
  EXPECT_NE(nudge->find("On 15m the peak has not dropped in 3 tries, so a 10m step comes first.\n"
                        "Whenever it suits you both, the next step is 10m.\n"),
            std::string::npos)
    << *nudge;
}

TEST(Remind, NeverColoursAndNeutralisesTheActivity)
{
  Ladder ladder = ladder_with({finished(march(10, 10), 5min)});
  ladder.rungs[0].activity = "Out\x1b[31m";
  ladder.rungs[1].activity = "Shop\x1b[2J";
  const auto nudge = reminder(ladder, march(15, 8), k_zone, 2);
  ASSERT_TRUE(nudge);
  EXPECT_EQ(nudge->find('\x1b'), std::string::npos) << *nudge;
}

} // namespace
} // namespace sepa::test
