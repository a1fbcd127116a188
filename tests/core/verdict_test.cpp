// Every verdict of the move-up rule and the one reason that decided it.

#include "sepa/progress.hpp"

#include "core/progress_support.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;
using test::Outing;

TEST(Judge, EachVerdictWithTheReasonThatDecidedIt)
{
  const Rules rules;
  struct Case {
    const char* name;
    Separation s;
    Verdict verdict;
    const char* reason;
  };
  const char* t = "2026-11-20T10:00:00+01:00";
  const Case cases[] = {
    {"an agreed emergency ended it early", Outing(t, 30, 12).peak(9).emergency_at(10),
     Verdict::emergency, "an agreed emergency ended it after 12m; that is never held against you"},
    {"back early", Outing(t, 30, 10).peak(2), Verdict::early, "back after 10m of the 30m planned"},
    {"expectation fell by the shift", Outing(t, 30, 30).peak(9).fear(80, Happened::no, 60),
     Verdict::learned, "it did not happen; you expected it at 80%, and now at 60%"},
    {"expectation settled low", Outing(t, 30, 30).peak(9).fear(15, Happened::no, 10),
     Verdict::learned, "it did not happen; you expected it at 15%, and now at 10%"},
    {"only partly, and it shifted", Outing(t, 30, 30).peak(9).fear(80, Happened::partly, 40),
     Verdict::learned, "it only partly happened; you expected it at 80%, and now at 40%"},
    {"low peak", Outing(t, 30, 30).peak(3), Verdict::learned, "the worry peaked at only 3/10"},
    {"halved by the end", Outing(t, 30, 30).peak(8).after(4), Verdict::learned,
     "the worry fell from 8 to 4 by the end"},
    {"it did not happen, alone", Outing(t, 30, 30).peak(10).after(9).happened(Happened::no),
     Verdict::practice, "the worry peaked at 10/10 and was 9 by the end"},
    {"did not happen, still feels likely", Outing(t, 30, 30).peak(9).fear(80, Happened::no, 70),
     Verdict::practice, "it did not happen, yet it still feels 70% likely (it was 80%)"},
    {"it happened", Outing(t, 30, 30).peak(9).fear(80, Happened::yes, 20), Verdict::practice,
     "what you feared happened, and you saw it through: that is practice in coping"},
    {"nothing rated", Outing(t, 30, 30), Verdict::practice,
     "you stayed as long as you planned; nothing was rated to show what it taught"},
    {"an emergency that did not end it early is judged as usual",
     Outing(t, 30, 31).peak(2).emergency_at(10), Verdict::learned, "the worry peaked at only 2/10"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Judgement j = judge(c.s, rules);
    EXPECT_EQ(to_string(j.verdict), std::string(to_string(c.verdict)));
    EXPECT_EQ(j.reason, c.reason);
  }
}

TEST(Judge, TheShiftAndSettledThresholdsComeFromTheRules)
{
  Rules rules;
  const Separation s = Outing("2026-11-20T10:00:00Z", 15, 15).peak(9).fear(60, Happened::no, 45);
  EXPECT_EQ(judge(s, rules).verdict, Verdict::practice) << "15 points is less than 20";
  rules.shift = 15;
  EXPECT_EQ(judge(s, rules).verdict, Verdict::learned);
  rules.shift = 50;
  rules.settled = 45;
  EXPECT_EQ(judge(s, rules).verdict, Verdict::learned) << "45% is settled at 45";
}

TEST(Judge, CleanMeansNoTextAndNoSafetyBehaviour)
{
  const Rules rules;
  const char* t = "2026-11-20T10:00:00Z";
  EXPECT_TRUE(judge(Outing(t, 15, 15).peak(2), rules).clean);
  EXPECT_FALSE(judge(Outing(t, 15, 15).peak(2).texted_at(10), rules).clean);
  EXPECT_FALSE(judge(Outing(t, 15, 15).peak(2).used("Checked the baby monitor"), rules).clean);
  EXPECT_TRUE(judge(Outing(t, 15, 15).peak(2).passed_at(10), rules).clean)
    << "a worry that passed on its own is the cleanest of all";
}

TEST(Judge, TheFirstRuleKeepsItsVerdictsForSeparationsRecordedUnderIt)
{
  const Rules rules;
  // The first release counted "it did not happen" alone as good, whatever the worry.
  Separation s =
    Outing("2026-10-14T11:00:00+01:00", 15, 23).peak(9).after(8).happened(Happened::no);
  EXPECT_EQ(judge(s, rules).verdict, Verdict::practice);
  s.rule = RuleVersion::first;
  const Judgement j = judge(s, rules);
  EXPECT_EQ(j.verdict, Verdict::learned);
  EXPECT_EQ(j.reason, "by the first rule: what you feared did not happen");
  EXPECT_TRUE(j.clean) << "the first rule had no clean-day condition";
  // An emergency that ended one early is neutral under either rule.
  Separation e = Outing("2026-10-22T14:00:00+01:00", 30, 12).peak(9).emergency_at(8);
  e.rule = RuleVersion::first;
  EXPECT_EQ(judge(e, rules).verdict, Verdict::emergency);
}

TEST(IsEarly, AllowsATenthOfThePlanOrAMinute)
{
  EXPECT_FALSE(is_early(Outing("2026-11-20T10:00:00Z", 60, 54)));
  EXPECT_TRUE(is_early(Outing("2026-11-20T10:00:00Z", 60, 53)));
  EXPECT_FALSE(is_early(Outing("2026-11-20T10:00:00Z", 5, 4)));
  EXPECT_TRUE(is_early(Outing("2026-11-20T10:00:00Z", 5, 3)));
}

TEST(CountsToward, TheLongestRungNoLongerThanWhatItReached)
{
  Ladder l = test::three_rungs(); // 5m, 15m, 30m
  struct Case {
    const char* name;
    Separation s;
    std::optional<std::size_t> rung;
  };
  const char* t = "2026-11-20T10:00:00Z";
  const Case cases[] = {
    {"exactly a rung", Outing(t, 15, 15), 1},
    {"a 40-minute outing counts for 30m", Outing(t, 40, 40), 2},
    {"a 20m plan that ran to 31m", Outing(t, 20, 31), 2},
    {"back a minute short of 30m", Outing(t, 30, 29), 2},
    {"an early return counts toward the rung it set out for", Outing(t, 30, 10), 2},
    {"shorter than every rung", Outing(t, 3, 3), std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(counts_toward(l, c.s), c.rung);
  }
}

} // namespace
} // namespace sepa
