// The ladder's state and the next step, driven with literal instants.

#include "sepa/progress.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/session.hpp"

#include "core/progress_support.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;
using test::Outing;
using test::three_rungs;

// Near the outings below, so no booster is due unless a test asks for one.
const Timestamp k_now = at("2026-11-12T12:00:00+01:00");

// Two learned 5m days, so 15m is the current rung.
Ladder past_five()
{
  Ladder l = three_rungs();
  l.separations = {Outing("2026-11-01T10:00:00Z", 5, 5).peak(1),
                   Outing("2026-11-02T10:00:00Z", 5, 5).peak(1)};
  return l;
}

TEST(Assess, MasteryNeedsLearnedSeparationsOnTwoDifferentLocalDays)
{
  Ladder l = three_rungs();
  // Two learned ones on the same local day (Paris): still current.
  l.separations = {Outing("2026-11-20T09:00:00+01:00", 5, 5).peak(2),
                   Outing("2026-11-20T23:30:00+01:00", 5, 5).peak(2)};
  Progress p = assess(l, k_now);
  EXPECT_EQ(p.rungs[0].state, RungState::current);
  EXPECT_EQ(p.rungs[0].learned_days, 1);
  EXPECT_EQ(p.rungs[0].reason, "1 of 2 learned days");

  // 00:10 local on the 21st is 23:10 UTC on the 20th: a different local day all the same.
  l.separations.push_back(Outing("2026-11-21T00:10:00+01:00", 5, 5).peak(1));
  p = assess(l, k_now);
  EXPECT_EQ(p.rungs[0].state, RungState::mastered);
  EXPECT_EQ(p.rungs[0].reason, "learned on 2 different days");
  ASSERT_TRUE(p.current);
  EXPECT_EQ(*p.current, 1U);
  EXPECT_EQ(p.rungs[1].state, RungState::current);
  EXPECT_EQ(p.rungs[2].state, RungState::ahead);
  ASSERT_TRUE(p.next);
  EXPECT_EQ(p.next->kind, StepKind::rung);
  EXPECT_EQ(p.next->length, minutes{15});
}

TEST(Assess, ALongerOutingCountsForItsRungAndEveryShorterOne)
{
  Ladder l = past_five();
  // 40 minutes twice: learned for 30m, and so for 15m too.
  l.separations.push_back(Outing("2026-11-03T10:00:00Z", 40, 40).peak(2));
  l.separations.push_back(Outing("2026-11-04T10:00:00Z", 40, 41).peak(3));
  const Progress p = assess(l, k_now);
  EXPECT_EQ(p.rungs[1].state, RungState::mastered);
  EXPECT_EQ(p.rungs[2].state, RungState::mastered);
  EXPECT_EQ(p.rungs[2].tries, 2);
  EXPECT_EQ(p.rungs[1].tries, 0) << "tries count toward the longest rung only";
  EXPECT_FALSE(p.current);
  ASSERT_TRUE(p.next);
  EXPECT_EQ(p.next->kind, StepKind::beyond);
  EXPECT_EQ(next_step(l, p, l.separations.back()),
            "30m is mastered, and so is every rung. Add a longer one whenever you both feel "
            "ready.");
}

TEST(Assess, ARungNeedsACleanDayWithoutTheTextOrASafetyBehaviour)
{
  Ladder l = past_five();
  l.separations.push_back(Outing("2026-11-03T10:00:00Z", 15, 15).peak(2).texted_at(8));
  l.separations.push_back(Outing("2026-11-04T10:00:00Z", 15, 15).peak(2).used("Monitor app"));
  Progress p = assess(l, k_now);
  EXPECT_EQ(p.rungs[1].state, RungState::current);
  EXPECT_EQ(p.rungs[1].learned_days, 2);
  EXPECT_EQ(p.rungs[1].clean_days, 0);
  EXPECT_EQ(p.rungs[1].reason,
            "learned on 2 days; one without the text or a safety behaviour is still to come");
  EXPECT_EQ(next_step(l, p, l.separations.back()),
            "You have the learned days for 15m. Next time on 15m, try letting the worry pass "
            "without the text or a safety behaviour.");

  l.separations.push_back(Outing("2026-11-05T10:00:00Z", 15, 15).peak(3));
  p = assess(l, k_now);
  EXPECT_EQ(p.rungs[1].state, RungState::mastered);
  EXPECT_EQ(next_step(l, p, l.separations.back()),
            "15m is mastered (learned on 3 different days). Next: 30m, whenever it suits you "
            "both.");

  l.rules.clean_days = 0;
  l.separations.pop_back();
  EXPECT_EQ(assess(l, k_now).rungs[1].state, RungState::mastered) << "clean_days 0 turns it off";
}

TEST(Assess, TwoEarlyReturnsMakeAStepInBetweenTheCurrentRung)
{
  Ladder l = past_five();
  l.separations.push_back(Outing("2026-11-03T10:00:00Z", 15, 6).peak(7));
  l.separations.push_back(Outing("2026-11-04T10:00:00Z", 15, 8).peak(6));
  const Progress p = assess(l, k_now);
  ASSERT_TRUE(p.rungs[1].suggest);
  EXPECT_EQ(*p.rungs[1].suggest, minutes{10});
  EXPECT_EQ(p.rungs[1].reason, "you came back early 2 times");
  ASSERT_TRUE(p.next);
  EXPECT_EQ(p.next->kind, StepKind::in_between);
  EXPECT_EQ(p.next->length, minutes{10});
  EXPECT_EQ(p.next->why, "On 15m you came back early 2 times, so a 10m step comes first");
  EXPECT_EQ(next_step(l, p, l.separations.back()),
            "Next, a 10m step in between: on 15m, you came back early 2 times, so that step may "
            "be too big for now. `sepa start` will use 10m.");
  // The same step everywhere: `start` without a length takes it, with the rung's activity.
  EXPECT_EQ(default_step(l, k_now).length, minutes{10});
  Separation& s = start_separation(l, {}, k_now, "new");
  EXPECT_EQ(s.planned, minutes{10});
  EXPECT_EQ(s.activity, "Corner shop");
}

TEST(Assess, TheStepInBetweenIsLeftOnceMasteredAndFreshEvidenceMayAskForAnother)
{
  Ladder l = three_rungs();
  for (const char* day : {"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"}) {
    l.separations.push_back(Outing(std::string(day) + "T09:00:00Z", 15, 15).peak(1));
  }
  l.separations.push_back(Outing("2026-11-05T10:00:00Z", 30, 5).peak(8));
  l.separations.push_back(Outing("2026-11-06T10:00:00Z", 30, 9).peak(8));
  Progress p = assess(l, k_now);
  ASSERT_EQ(p.next->kind, StepKind::in_between);
  EXPECT_EQ(p.next->length, minutes{20});

  // One learned 20m: not yet mastered, still the step in between.
  l.separations.push_back(Outing("2026-11-07T10:00:00Z", 20, 20).peak(3));
  p = assess(l, k_now);
  EXPECT_EQ(p.next->kind, StepKind::in_between);
  // A second day at 20m (or a little longer) masters it: back to 30m, the old evidence spent.
  l.separations.push_back(Outing("2026-11-08T10:00:00Z", 20, 24).peak(2));
  p = assess(l, k_now);
  EXPECT_EQ(p.next->kind, StepKind::rung);
  EXPECT_EQ(p.next->length, minutes{30});
  EXPECT_FALSE(p.rungs[2].suggest);

  // Two fresh early returns at 30m: a step between 20m and 30m now.
  l.separations.push_back(Outing("2026-11-09T10:00:00Z", 30, 10).peak(8));
  l.separations.push_back(Outing("2026-11-10T10:00:00Z", 30, 12).peak(8));
  p = assess(l, k_now);
  ASSERT_EQ(p.next->kind, StepKind::in_between);
  EXPECT_EQ(p.next->length, minutes{25});
}

TEST(Assess, ThreeTriesWithoutADropInPeakAskForAStepInBetween)
{
  Ladder l = three_rungs();
  for (const char* day : {"2026-11-01", "2026-11-02"}) {
    l.separations.push_back(Outing(std::string(day) + "T10:00:00Z", 5, 5).peak(1));
    l.separations.push_back(Outing(std::string(day) + "T11:00:00Z", 15, 15).peak(2));
  }
  l.separations.push_back(Outing("2026-11-05T10:00:00Z", 30, 30).peak(6));
  l.separations.push_back(Outing("2026-11-06T10:00:00Z", 30, 30).peak(7));
  Progress p = assess(l, k_now);
  EXPECT_FALSE(p.rungs[2].suggest) << "two tries are not enough to tell";
  l.separations.push_back(Outing("2026-11-07T10:00:00Z", 30, 30).peak(6));
  p = assess(l, k_now);
  ASSERT_TRUE(p.rungs[2].suggest);
  EXPECT_EQ(*p.rungs[2].suggest, minutes{20});
  EXPECT_EQ(p.rungs[2].reason, "the peak has not dropped in 3 tries");
}

TEST(Assess, NoRoomForAStepInBetweenKeepsTheRungAndSaysWhy)
{
  Ladder l;
  l.rungs = {{minutes{5}, "", {}}, {minutes{6}, "", {}}};
  l.separations = {Outing("2026-11-01T10:00:00Z", 5, 5).peak(1),
                   Outing("2026-11-02T10:00:00Z", 5, 5).peak(1),
                   Outing("2026-11-03T10:00:00Z", 6, 2), Outing("2026-11-04T10:00:00Z", 6, 2)};
  const Progress p = assess(l, k_now);
  EXPECT_EQ(p.next->kind, StepKind::rung);
  EXPECT_EQ(p.rungs[1].reason, "you came back early 2 times; there is no room for a smaller step");
}

TEST(Assess, AnEmergencyIsNeverAnEarlyReturnNorAReasonForASmallerStep)
{
  Ladder l = past_five();
  for (const char* day : {"2026-11-03", "2026-11-04", "2026-11-05"}) {
    l.separations.push_back(Outing(std::string(day) + "T10:00:00Z", 15, 6).peak(9).emergency_at(4));
  }
  const Progress p = assess(l, k_now);
  EXPECT_EQ(p.rungs[1].early, 0);
  EXPECT_EQ(p.rungs[1].tries, 3);
  EXPECT_FALSE(p.rungs[1].suggest);
  EXPECT_EQ(p.next->kind, StepKind::rung);
  EXPECT_FALSE(help_note(l).early_run) << "three emergencies in a row are not three early returns";
}

TEST(Assess, ALongGapAsksForOneBoosterAtTheLastMasteredRung)
{
  Ladder l = past_five();
  l.separations.push_back(Outing("2026-11-03T10:00:00Z", 15, 15).peak(2));
  l.separations.push_back(Outing("2026-11-04T10:00:00Z", 15, 15).peak(2));
  const Timestamp soon = at("2026-11-17T10:00:00Z");
  const Timestamp later = at("2026-11-25T12:00:00Z");
  EXPECT_EQ(assess(l, soon).next->kind, StepKind::rung) << "13 days: no booster yet";
  const Progress p = assess(l, later);
  ASSERT_EQ(p.next->kind, StepKind::booster);
  EXPECT_EQ(p.next->length, minutes{15});
  EXPECT_EQ(p.next->why, "It has been 3 weeks: a 15m first, to refresh");
  EXPECT_EQ(p.rungs[1].state, RungState::mastered) << "mastery is never taken away";
  EXPECT_EQ(default_step(l, later).length, minutes{15});

  // One full separation refreshes it; an early return or an emergency does not.
  l.separations.push_back(Outing("2026-11-25T10:00:00Z", 15, 4));
  EXPECT_EQ(assess(l, later).next->kind, StepKind::booster);
  l.separations.push_back(Outing("2026-11-25T11:00:00Z", 15, 15).peak(6));
  EXPECT_EQ(assess(l, later).next->kind, StepKind::rung);
  EXPECT_EQ(assess(l, later).next->length, minutes{30});
}

TEST(Assess, MasteryUnderTheFirstRuleSurvivesTheUpgrade)
{
  Ladder l = past_five();
  // High worry both times, but the fear did not happen: good under the first rule.
  l.separations.push_back(Outing("2026-10-14T11:00:00+01:00", 15, 23)
                            .peak(9)
                            .after(8)
                            .happened(Happened::no)
                            .texted_at(21));
  l.separations.push_back(
    Outing("2026-10-16T11:00:00+01:00", 15, 26).peak(10).after(9).happened(Happened::no));
  EXPECT_EQ(assess(l, k_now).rungs[1].state, RungState::current) << "not learning by today's rule";
  for (std::size_t i = 2; i < l.separations.size(); ++i) {
    l.separations[i].rule = RuleVersion::first;
  }
  const Progress p = assess(l, k_now);
  EXPECT_EQ(p.rungs[1].state, RungState::mastered);
  EXPECT_EQ(p.next->length, minutes{30});
}

TEST(Assess, OpenSeparationsDoNotCount)
{
  Ladder l = three_rungs();
  l.separations = {Outing("2026-11-20T10:00:00Z", 5, 5).peak(1)};
  Separation open;
  open.id = "open";
  open.started = at("2026-11-21T10:00:00Z");
  open.planned = minutes{5};
  l.separations.push_back(open);
  const Progress p = assess(l, k_now);
  EXPECT_EQ(p.rungs[0].tries, 1);
  EXPECT_EQ(p.rungs[0].reason, "1 of 2 learned days");
}

TEST(NextStep, AskForRatingsWhenNothingWasRated)
{
  Ladder l = past_five();
  l.separations.push_back(Outing("2026-11-03T10:00:00Z", 15, 15));
  const Progress p = assess(l, k_now);
  EXPECT_EQ(next_step(l, p, l.separations.back()),
            "Stay with 15m for now: 0 of 2 learned days. Rating the peak (--peak) or how likely "
            "the fear feels (--likely) lets sepa see what a separation taught.");
}

TEST(NextStep, BeyondTheCurrentRung)
{
  Ladder l = past_five();
  l.separations.push_back(Outing("2026-11-03T10:00:00Z", 30, 30).peak(7));
  const Progress p = assess(l, k_now);
  EXPECT_EQ(next_step(l, p, l.separations.back()),
            "That went beyond your current rung. The ladder's next step is still 15m: 0 of 2 "
            "learned days.");

  l.separations.back() = Outing("2026-11-03T10:00:00Z", 30, 2).peak(7);
  EXPECT_EQ(next_step(l, assess(l, k_now), l.separations.back()),
            "That was planned beyond your current rung. The ladder's next step is still 15m: 0 "
            "of 2 learned days.")
    << "back after 2 minutes, it did not go beyond anything";
}

TEST(Between, RoundsToAFriendlyStep)
{
  struct Case {
    int shorter, longer;
    std::optional<int> pick;
  };
  const Case cases[] = {{15, 30, 20},  {5, 15, 10},     {30, 60, 45},        {0, 5, 2},
                        {60, 120, 90}, {120, 240, 180}, {5, 6, std::nullopt}};
  for (const auto& c : cases) {
    SCOPED_TRACE(std::to_string(c.shorter) + "→" + std::to_string(c.longer));
    const auto got = between(minutes{c.shorter}, minutes{c.longer});
    if (c.pick) {
      ASSERT_TRUE(got);
      EXPECT_EQ(*got, minutes{*c.pick});
    } else {
      EXPECT_FALSE(got);
    }
  }
}

} // namespace
} // namespace sepa

namespace sepa {
namespace {

// The month worked through in docs/practice.md, step by step.
TEST(PracticeMonth, AsDocsPracticeTellsIt)
{
  Ladder l = default_ladder(at("2026-11-01T09:00:00Z"));
  l.safety = {"Checking the baby-monitor app"};
  const auto add = [&l](Separation s) { l.separations.push_back(std::move(s)); };
  const auto next = [&l](const char* when) { return *assess(l, at(when)).next; };
  const char* nov14 = "2026-11-14T18:00:00Z";

  add(Outing("2026-11-02T10:00:00Z", 5, 5).peak(6).fear(70, Happened::no, 40));
  add(Outing("2026-11-04T10:00:00Z", 5, 5).peak(2).used("Checking the baby-monitor app"));
  EXPECT_EQ(judge(l.separations[1], l.rules).verdict, Verdict::learned);
  EXPECT_EQ(next("2026-11-04T18:00:00Z").length, minutes{15});

  add(Outing("2026-11-10T10:00:00Z", 15, 6));
  add(Outing("2026-11-12T10:00:00Z", 15, 8));
  EXPECT_EQ(next("2026-11-12T18:00:00Z").kind, StepKind::in_between);
  EXPECT_EQ(next("2026-11-12T18:00:00Z").length, minutes{10});
  add(Outing("2026-11-13T10:00:00Z", 10, 10).peak(4).fear(60, Happened::no, 35));
  add(Outing("2026-11-14T10:00:00Z", 12, 12).peak(3));
  EXPECT_EQ(next(nov14).kind, StepKind::rung);
  EXPECT_EQ(next(nov14).length, minutes{15});

  add(Outing("2026-11-15T10:00:00Z", 15, 9).peak(8).emergency_at(7));
  EXPECT_EQ(judge(l.separations.back(), l.rules).verdict, Verdict::emergency);
  EXPECT_EQ(next("2026-11-15T18:00:00Z").kind, StepKind::rung);
  add(Outing("2026-11-17T10:00:00Z", 20, 20).peak(7).after(3));
  add(Outing("2026-11-19T10:00:00Z", 15, 15).peak(5).fear(50, Happened::no, 20).texted_at(12));
  EXPECT_EQ(next("2026-11-19T18:00:00Z").length, minutes{30});

  add(Outing("2026-11-21T10:00:00Z", 40, 40).peak(3));
  const Progress later = assess(l, at("2026-12-14T10:00:00Z"));
  EXPECT_EQ(later.next->kind, StepKind::booster);
  EXPECT_EQ(later.next->length, minutes{15});
  EXPECT_EQ(later.next->why, "It has been 3 weeks: a 15m first, to refresh");
  EXPECT_EQ(later.rungs[2].learned_days, 1);
  EXPECT_EQ(later.rungs[2].state, RungState::current);
}

} // namespace
} // namespace sepa
