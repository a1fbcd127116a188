// build_report's facts, on the fixture ladder and on small ladders drawn for one rule each.

#include "sepa/ladder_json.hpp"
#include "sepa/report_facts.hpp"
#include "support/golden.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono;

const FixedZone k_paris_winter(minutes{60});

// 2026-03-DD HH:MM at +01:00.
Timestamp march(int d, int hour, int minute = 0)
{
  const sys_days date{2026y / March / day{static_cast<unsigned>(d)}};
  return k_paris_winter.stamp(date + hours{hour} + minutes{minute} - hours{1});
}

const Timestamp k_now = march(15, 20);

Separation finished(const std::string& id, Timestamp start, minutes planned, minutes actual,
                    std::optional<int> peak = std::nullopt)
{
  Separation s;
  s.id = id;
  s.started = start;
  s.ended = Timestamp{start.utc + actual, start.offset};
  s.planned = planned;
  s.peak = peak;
  return s;
}

Ladder fixture_ladder()
{
  return parse_ladder(read_fixture("report/ladder.json"));
}

TEST(BuildReport, CountsTheFixtureLadder)
{
  const Ladder ladder = fixture_ladder();
  const Report r = build_report(ladder, std::nullopt, k_now);
  EXPECT_EQ(r.rows.size(), 11u);
  EXPECT_EQ(r.totals.finished, 10);
  EXPECT_EQ(r.totals.open, 1);
  EXPECT_EQ(r.totals.apart, minutes{157});
  EXPECT_EQ(r.totals.longest, minutes{32});
  EXPECT_EQ(r.totals.last_started, march(15, 19, 30));
  EXPECT_EQ(r.totals.days_this_week, 4); // 10, 11, 13, 15 March
  EXPECT_EQ(r.totals.days_last_week, 6); // 2, 3, 4, 5, 7, 8 March
  EXPECT_EQ(r.waits.urges, 6);
  EXPECT_EQ(r.waits.waits, 5);
  EXPECT_EQ(r.waits.passed, 2);
  EXPECT_EQ(r.waits.texted, 1);
  EXPECT_EQ(r.waits.emergencies, 1);
  EXPECT_EQ(r.waits.came_home, 1);
  EXPECT_EQ(r.predictions.made, 6);
  EXPECT_EQ(r.predictions.happened, 3);
  EXPECT_EQ(r.predictions.did_not_happen, 2);
  EXPECT_EQ(r.predictions.not_recorded, 1);
  EXPECT_FALSE(r.help.show());
}

TEST(BuildReport, GroupsTriesByLengthIncludingOffLadderOnes)
{
  const Ladder ladder = fixture_ladder();
  const Report r = build_report(ladder, std::nullopt, k_now);
  ASSERT_EQ(r.series.size(), 4u);
  const Seconds lengths[] = {minutes{5}, minutes{10}, minutes{15}, minutes{30}};
  for (std::size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(r.series[i].length, lengths[i]);
    EXPECT_EQ(r.series[i].on_ladder, i != 1);
  }
  const Series& thirty = r.series[3];
  EXPECT_EQ(thirty.rows.size(), 3u) << "the open one is not a try yet";
  EXPECT_NEAR(*thirty.peak, 19.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(*thirty.after, 4.0);
}

TEST(BuildReport, ListsEvidenceAndEarlyReturnsLatestFirst)
{
  const Ladder ladder = fixture_ladder();
  const Report r = build_report(ladder, std::nullopt, k_now);
  std::vector<std::string> evidence;
  for (const std::size_t i : r.evidence) {
    evidence.push_back(r.rows[i].source->id);
  }
  EXPECT_EQ(evidence, (std::vector<std::string>{"fixture-10", "fixture-08", "fixture-07",
                                                "fixture-06", "fixture-02", "fixture-01"}));
  ASSERT_EQ(r.early_returns.size(), 1u);
  EXPECT_EQ(r.rows[r.early_returns[0]].source->id, "fixture-04");
  EXPECT_EQ(r.rows[r.early_returns[0]].actual, minutes{7});
}

TEST(BuildReport, SinceLimitsTheWindowButNotTheLadder)
{
  const Ladder ladder = fixture_ladder();
  const Report r = build_report(ladder, local_days{2026y / March / 10}, k_now);
  EXPECT_EQ(r.rows.size(), 4u); // 10, 11, 13 March, and the open one on the 15th
  EXPECT_EQ(r.rows.front().source->id, "fixture-08");
  EXPECT_EQ(r.totals.finished, 3);
  EXPECT_EQ(r.totals.days_compared, 6);
  EXPECT_EQ(r.totals.days_last_week, 4) << "4, 5, 7 and 8 March: before the window, still compared";
  EXPECT_EQ(r.progress.rungs[0].state, RungState::mastered) << "mastered before the window";
  EXPECT_EQ(r.progress.rungs[0].tries, 4) << "three at 5m and the 10m one, its longest rung";
  EXPECT_EQ(r.waits.urges, 3);
}

TEST(BuildReport, WeeksAreTheLastSevenLocalDaysAndTheSevenBefore)
{
  Ladder ladder = default_ladder(march(1, 8));
  // Today is Sunday 15 March: this week is 9–15 March, last week 2–8 March.
  ladder.separations = {finished("a", march(1, 23, 59), minutes{5}, minutes{5}),
                        finished("b", march(2, 0, 1), minutes{5}, minutes{5}),
                        finished("c", march(8, 23, 59), minutes{5}, minutes{5}),
                        finished("d", march(9, 0, 1), minutes{5}, minutes{5}),
                        finished("e", march(15, 0, 1), minutes{5}, minutes{5})};
  const Report r = build_report(ladder, std::nullopt, k_now);
  EXPECT_EQ(r.totals.days_last_week, 2); // 2 and 8 March
  EXPECT_EQ(r.totals.days_this_week, 2); // 9 and 15 March
}

TEST(BuildReport, SinceComparesTheWindowWithAsManyDaysJustBeforeIt)
{
  Ladder ladder = default_ladder(march(1, 8));
  // --since 12 March on Sunday 15 March: 12–15 March (4 days) against 8–11 March, which lie
  // before the window and still count.
  ladder.separations = {finished("a", march(7, 23, 59), minutes{5}, minutes{5}),
                        finished("b", march(8, 10), minutes{5}, minutes{5}),
                        finished("c", march(11, 10), minutes{5}, minutes{5}),
                        finished("d", march(11, 18), minutes{5}, minutes{5}),
                        finished("e", march(12, 0, 1), minutes{5}, minutes{5}),
                        finished("f", march(15, 9), minutes{5}, minutes{5})};
  const Report r = build_report(ladder, local_days{2026y / March / 12}, k_now);
  EXPECT_EQ(r.totals.days_compared, 4);
  EXPECT_EQ(r.totals.days_this_week, 2); // 12 and 15 March
  EXPECT_EQ(r.totals.days_last_week, 2); // 8 and 11 March, not 7 March
  EXPECT_EQ(r.totals.finished, 2) << "only the window's separations are counted as finished";
  const std::string text = render_text(r);
  EXPECT_NE(text.find("Days practised: 2 in these 4 days, 2 in the 4 days before."),
            std::string::npos)
    << text;

  const Report month = build_report(ladder, local_days{2026y / February / 14}, k_now);
  EXPECT_EQ(month.totals.days_compared, 30);
  EXPECT_EQ(month.totals.days_this_week, 5) << "7, 8, 11, 12 and 15 March";
  EXPECT_EQ(month.totals.days_last_week, 0);
}

TEST(BuildReport, AWaitCutShortByAnEmergencyIsNotAPass)
{
  Ladder ladder = default_ladder(march(1, 8));
  Separation s = finished("a", march(2, 10), minutes{30}, minutes{30});
  s.urges = {{march(2, 10, 5), 7, {}}};
  s.checkins = {{march(2, 10, 6), Outcome::emergency, {}}};
  Separation quiet = finished("b", march(3, 10), minutes{30}, minutes{31});
  quiet.wait_until = march(3, 10, 25);
  ladder.separations = {s, quiet};
  const Report r = build_report(ladder, std::nullopt, k_now);
  EXPECT_EQ(r.waits.waits, 2);
  EXPECT_EQ(r.waits.passed, 1);
  EXPECT_EQ(r.waits.emergencies, 1);
  EXPECT_TRUE(r.rows[0].emergency);
}

// The wait rule is about getting in touch: once the worry was said to pass at the check-in, the
// wait passed, even if the separation then ended early. Coming home early counts against the
// wait only when it came instead of the check-in.
TEST(BuildReport, AWaitThatPassedStaysPassedWhenTheSeparationEndsEarly)
{
  Ladder ladder = default_ladder(march(1, 8));
  Separation passed = finished("a", march(2, 10), minutes{60}, minutes{40});
  passed.urges = {{march(2, 10, 5), 6, {}}};
  passed.wait_until = march(2, 10, 25);
  passed.checkins = {{march(2, 10, 25), Outcome::passed, {}}};
  Separation instead = finished("b", march(3, 10), minutes{60}, minutes{12});
  instead.urges = {{march(3, 10, 5), 8, {}}};
  instead.wait_until = march(3, 10, 25);
  // The worry passed, came back, and they came home instead of checking in again.
  Separation back = finished("c", march(4, 10), minutes{60}, minutes{40});
  back.urges = {{march(4, 10, 5), 6, {}}, {march(4, 10, 30), 9, {}}};
  back.wait_until = march(4, 10, 25);
  back.checkins = {{march(4, 10, 20), Outcome::passed, {}}};
  // The worry passed, came back, and they sent the one text: neither a pass nor coming home.
  Separation texted = back;
  texted.id = "d";
  texted.checkins.push_back({march(4, 10, 35), Outcome::texted, {}});
  ladder.separations = {passed, instead, back, texted};
  const Report r = build_report(ladder, std::nullopt, k_now);
  ASSERT_TRUE(r.rows[0].early);
  EXPECT_EQ(r.waits.waits, 4);
  EXPECT_EQ(r.waits.passed, 1);
  EXPECT_EQ(r.waits.came_home, 2);
  EXPECT_EQ(r.waits.texted, 1);
}

struct HelpCase {
  const char* name;
  std::vector<std::optional<int>> peaks; // oldest first
  std::vector<bool> early;               // parallel to peaks
  bool high_peaks;
  bool early_run;
};

TEST(BuildReport, TheGentleNoteAppearsExactlyAtItsThresholds)
{
  const std::vector<bool> none(6, false);
  const HelpCase cases[] = {
    {"three of the last five at 8", {8, 8, 8, 2, 2}, none, true, false},
    {"two of the last five at 8", {8, 8, 2, 2, 2}, none, false, false},
    {"the third high one is six back", {8, 8, 8, 2, 2, 2}, none, false, false},
    {"persistently 7 is below very high", {7, 7, 7, 7, 7}, none, false, false},
    {"three tries, all very high", {10, 9, 8}, none, true, false},
    {"no ratings", {std::nullopt, std::nullopt, std::nullopt}, none, false, false},
    {"three early returns in a row", {2, 2, 2, 2}, {false, true, true, true}, false, true},
    {"two early returns in a row", {2, 2, 2, 2}, {true, false, true, true}, false, false},
    {"the latest one was not early", {2, 2, 2, 2}, {true, true, true, false}, false, false},
  };
  for (const HelpCase& c : cases) {
    SCOPED_TRACE(c.name);
    Ladder ladder = default_ladder(march(1, 8));
    for (std::size_t i = 0; i < c.peaks.size(); ++i) {
      const bool early = i < c.early.size() && c.early[i];
      ladder.separations.push_back(finished(std::to_string(i), march(2 + static_cast<int>(i), 10),
                                            minutes{15}, minutes{early ? 5 : 15}, c.peaks[i]));
    }
    const Report r = build_report(ladder, local_days{2026y / March / 14}, k_now);
    EXPECT_EQ(r.help.high_peaks, c.high_peaks);
    EXPECT_EQ(r.help.early_run, c.early_run);
    EXPECT_EQ(render_text(r).find("crisis line") != std::string::npos, c.high_peaks || c.early_run);
  }
}

TEST(BuildReport, AnOpenSeparationDoesNotBreakARunOfEarlyReturns)
{
  Ladder ladder = default_ladder(march(1, 8));
  for (int i = 0; i < 3; ++i) {
    ladder.separations.push_back(
      finished(std::to_string(i), march(2 + i, 10), minutes{15}, minutes{4}));
  }
  Separation open;
  open.id = "open";
  open.started = march(15, 19);
  open.planned = minutes{15};
  ladder.separations.push_back(open);
  EXPECT_TRUE(build_report(ladder, std::nullopt, k_now).help.early_run);
}

struct SinceCase {
  const char* text;
  std::optional<local_days> day;
};

TEST(ParseSince, AcceptsDatesAndDaysOrWeeksBack)
{
  const SinceCase cases[] = {
    {"2026-03-01", local_days{2026y / March / 1}},
    {"2026-03-15", local_days{2026y / March / 15}},
    {"today", local_days{2026y / March / 15}},
    {"yesterday", local_days{2026y / March / 14}},
    {"7d", local_days{2026y / March / 8}},
    {"0d", local_days{2026y / March / 15}},
    {"2w", local_days{2026y / March / 1}},
    {"2024-02-29", local_days{2024y / February / 29}},
  };
  for (const SinceCase& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = parse_since(c.text, k_now);
    ASSERT_TRUE(parsed) << parsed.error;
    EXPECT_EQ(*parsed.value, *c.day);
  }
}

TEST(ParseSince, RejectsEverythingElseWithAHint)
{
  for (const char* text : {"", "2026-3-1", "2026-02-30", "1 Mar", "7", "d", "-7d", "+7d", "7x",
                           "99999d", "2026-03-01T10:00:00Z", "2026-03-16", "Today"}) {
    SCOPED_TRACE(text);
    const auto parsed = parse_since(text, k_now);
    EXPECT_FALSE(parsed);
    EXPECT_NE(parsed.error.find("--since"), std::string::npos);
    EXPECT_FALSE(parsed.hint.empty());
  }
}

} // namespace
} // namespace sepa::test
