#include "sepa/progress.hpp"

#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;

Ladder three_rungs()
{
  Ladder l;
  l.rungs = {{minutes{5}, "", {}}, {minutes{15}, "", {}}, {minutes{30}, "", {}}};
  return l;
}

// A finished separation: started at `start`, back after `apart` minutes.
Separation sep(const std::string& start, int planned, int apart, std::optional<int> peak,
               std::optional<int> after = std::nullopt,
               std::optional<Happened> happened = std::nullopt)
{
  Separation s;
  s.id = start;
  s.started = at(start);
  s.ended = Timestamp{s.started.utc + minutes{apart}, s.started.offset};
  s.planned = minutes{planned};
  s.peak = peak;
  s.after = after;
  s.happened = happened;
  return s;
}

TEST(IsGood, NeedsThePlannedTimeAndOneSignOfManageableWorry)
{
  const Rules rules;
  struct Case {
    const char* name;
    Separation s;
    bool good;
  };
  const Case cases[] = {
    {"low peak", sep("2026-11-20T10:00:00+01:00", 15, 15, 3), true},
    {"peak just too high", sep("2026-11-20T10:00:00+01:00", 15, 15, 4), false},
    {"after at half the peak", sep("2026-11-20T10:00:00+01:00", 15, 15, 8, 4), true},
    {"after above half", sep("2026-11-20T10:00:00+01:00", 15, 15, 8, 5), false},
    {"fear did not happen", sep("2026-11-20T10:00:00+01:00", 15, 15, 9, 9, Happened::no), true},
    {"fear happened", sep("2026-11-20T10:00:00+01:00", 15, 15, 9, 9, Happened::yes), false},
    {"early return even if calm", sep("2026-11-20T10:00:00+01:00", 15, 10, 1), false},
    {"a minute short is not early", sep("2026-11-20T10:00:00+01:00", 15, 14, 1), true},
    {"nothing rated", sep("2026-11-20T10:00:00+01:00", 15, 15, std::nullopt), false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(is_good(c.s, rules), c.good);
  }
}

TEST(IsEarly, AllowsATenthOfThePlanOrAMinute)
{
  EXPECT_FALSE(is_early(sep("2026-11-20T10:00:00Z", 60, 54, 1)));
  EXPECT_TRUE(is_early(sep("2026-11-20T10:00:00Z", 60, 53, 1)));
  EXPECT_FALSE(is_early(sep("2026-11-20T10:00:00Z", 5, 4, 1)));
  EXPECT_TRUE(is_early(sep("2026-11-20T10:00:00Z", 5, 3, 1)));
}

TEST(Assess, MasteryNeedsGoodSeparationsOnTwoDifferentLocalDays)
{
  Ladder l = three_rungs();
  // Two good ones on the same local day (Paris): still current.
  l.separations = {sep("2026-11-20T09:00:00+01:00", 5, 5, 2),
                   sep("2026-11-20T23:30:00+01:00", 5, 5, 2)};
  Progress p = assess(l);
  EXPECT_EQ(p.rungs[0].state, RungState::current);
  EXPECT_EQ(p.rungs[0].good_days, 1);
  EXPECT_EQ(p.rungs[0].reason, "1 of 2 good separations on different days");

  // 00:10 local on the 21st is 23:10 UTC on the 20th: a different local day all the same.
  l.separations.push_back(sep("2026-11-21T00:10:00+01:00", 5, 5, 1));
  p = assess(l);
  EXPECT_EQ(p.rungs[0].state, RungState::mastered);
  EXPECT_EQ(p.rungs[0].reason, "2 good separations on different days");
  ASSERT_TRUE(p.current);
  EXPECT_EQ(*p.current, 1u);
  EXPECT_EQ(p.rungs[1].state, RungState::current);
  EXPECT_EQ(p.rungs[2].state, RungState::ahead);
}

TEST(Assess, TwoEarlyReturnsSuggestARungInBetween)
{
  Ladder l = three_rungs();
  l.separations = {sep("2026-11-18T10:00:00Z", 5, 5, 1), sep("2026-11-19T10:00:00Z", 5, 5, 1),
                   sep("2026-11-20T10:00:00Z", 15, 6, 7), sep("2026-11-21T10:00:00Z", 15, 8, 6)};
  const Progress p = assess(l);
  ASSERT_TRUE(p.rungs[1].suggest);
  EXPECT_EQ(*p.rungs[1].suggest, minutes{10});
  EXPECT_EQ(p.rungs[1].reason, "you came back early 2 times");
  const std::string next = next_step(l, p, l.separations.back());
  EXPECT_EQ(next, "Try a 10m rung in between: on 15m, you came back early 2 times, so the step "
                  "may be too big. Add it with `sepa plan add 10m`.");
}

TEST(Assess, ThreeTriesWithoutADropInPeakSuggestARungInBetween)
{
  // 10:00 30m peak 6, next day peak 7, next day peak 6: no drop from the first of the three.
  Ladder l = three_rungs();
  for (const char* day : {"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"}) {
    l.separations.push_back(sep(std::string(day) + "T10:00:00Z", 5, 5, 1));
    l.separations.push_back(sep(std::string(day) + "T11:00:00Z", 15, 15, 2));
  }
  l.separations.push_back(sep("2026-11-05T10:00:00Z", 30, 30, 6));
  l.separations.push_back(sep("2026-11-06T10:00:00Z", 30, 30, 7));
  Progress p = assess(l);
  EXPECT_FALSE(p.rungs[2].suggest) << "two tries are not enough to tell";
  l.separations.push_back(sep("2026-11-07T10:00:00Z", 30, 30, 6));
  p = assess(l);
  ASSERT_TRUE(p.rungs[2].suggest);
  EXPECT_EQ(*p.rungs[2].suggest, minutes{20});
  EXPECT_EQ(p.rungs[2].reason, "the peak has not dropped in 3 tries");
}

TEST(Assess, AGoodSeparationClearsTheSuggestion)
{
  Ladder l = three_rungs();
  l.separations = {sep("2026-11-19T10:00:00Z", 5, 2, 7), sep("2026-11-20T10:00:00Z", 5, 1, 8),
                   sep("2026-11-21T10:00:00Z", 5, 5, 2)};
  const Progress p = assess(l);
  EXPECT_FALSE(p.rungs[0].suggest);
  EXPECT_EQ(p.rungs[0].reason, "1 of 2 good separations on different days");
}

TEST(Assess, OffLadderAndOpenSeparationsDoNotCount)
{
  Ladder l = three_rungs();
  l.separations = {sep("2026-11-19T10:00:00Z", 20, 20, 1), sep("2026-11-20T10:00:00Z", 5, 5, 1)};
  Separation open;
  open.id = "open";
  open.started = at("2026-11-21T10:00:00Z");
  open.planned = minutes{5};
  l.separations.push_back(open);
  const Progress p = assess(l);
  EXPECT_EQ(p.rungs[0].tries, 1);
  EXPECT_EQ(next_step(l, p, l.separations[0]),
            "20m is not on your ladder; to practise it again, add it with `sepa plan add 20m`.");
}

TEST(Assess, EveryRungMastered)
{
  Ladder l;
  l.rungs = {{minutes{5}, "", {}}};
  l.separations = {sep("2026-11-19T10:00:00Z", 5, 5, 1), sep("2026-11-20T10:00:00Z", 5, 5, 1)};
  const Progress p = assess(l);
  EXPECT_FALSE(p.current);
  EXPECT_NE(next_step(l, p, l.separations.back()).find("so is every rung"), std::string::npos);
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
