// `sepa checkin` without a terminal: one line and exit 3 while the wait runs, the one text once it
// is over, kind refusals, and the emergency path. The countdown itself is in checkin_pty_test.

#include "e2e/checkin_ladder.hpp"
#include "support/run.hpp"
#include "support/says.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;

std::size_t lines_in(const std::string& text)
{
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class CheckinE2E : public ::testing::Test {
protected:
  RunResult checkin(std::vector<std::string> extra = {})
  {
    std::vector<std::string> args{"--file", file.string(), "checkin"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sepa(args);
  }

  TempDir dir;
  std::filesystem::path file = dir / "ladder.json";
};

TEST_F(CheckinE2E, NoSeparationOpenIsRefusedWithAHint)
{
  const RunResult none = checkin();
  EXPECT_EQ(none.status, 1) << none.err;
  EXPECT_TRUE(has(none.err, "sepa: hint:")) << none.err;
  EXPECT_FALSE(std::filesystem::exists(file)) << "no ladder is created for a refusal";
  EXPECT_TRUE(std::filesystem::is_empty(dir.path())) << "nor a lock file";
  EXPECT_EQ(run_sepa({"--file", file.string(), "done"}).status, 1);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path())) << "done refuses the same way";
  write_out_ladder(file, {});
  ASSERT_EQ(run_sepa({"--file", file.string(), "done"}).status, 0);
  EXPECT_EQ(checkin().status, 1);
}

TEST_F(CheckinE2E, StatusTellsEveryCheckinInWords)
{
  OutLadder spec;
  spec.window_left = -1min; // the wait is over: the one text is due
  write_out_ladder(file, spec);
  ASSERT_EQ(checkin({"--texted"}).status, 0);
  ASSERT_EQ(checkin({"--emergency"}).status, 0);
  const RunResult r = run_sepa({"--file", file.string(), "status"});
  EXPECT_TRUE(has(r.out, "So far: you sent your one text at ")) << r.out;
  EXPECT_TRUE(has(r.out, ", then an emergency call at ")) << r.out;
}

TEST_F(CheckinE2E, FirstCallOpensTheWindowAndPrintsOneLine)
{
  write_out_ladder(file, {});
  const SysSeconds before = real_now();
  const RunResult r = checkin({"--urge", "6"});
  const SysSeconds after = real_now();
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_EQ(lines_in(r.out), 1u) << r.out;
  const Separation s = only_separation(read_ladder_file(file));
  ASSERT_TRUE(s.wait_until);
  EXPECT_GE(s.wait_until->utc, before + 20min);
  EXPECT_LE(s.wait_until->utc, after + 20min);
  EXPECT_TRUE(has(r.out, "Your 20m wait starts now and ends at " + format_clock(*s.wait_until)))
    << r.out;
  ASSERT_EQ(s.urges.size(), 1u);
  EXPECT_EQ(s.urges[0].level, 6);
  EXPECT_TRUE(s.checkins.empty());
}

// The one text belongs after the wait: --texted while it runs records nothing, and says so.
TEST_F(CheckinE2E, TextedDuringTheWaitRecordsNothingAndSaysWhen)
{
  write_out_ladder(file, {.window_left = 10min});
  const std::string before = read_all(file);
  const RunResult r = checkin({"--texted"});
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_EQ(lines_in(r.out), 1u) << r.out;
  EXPECT_TRUE(has(r.out, "Your wait has ")) << r.out;
  EXPECT_TRUE(has(r.err, "sepa: hint: the one simple text comes after the wait")) << r.err;
  EXPECT_TRUE(has(r.err, "sepa checkin --texted")) << r.err;
  EXPECT_EQ(read_all(file), before) << "nothing recorded";
  const RunResult plain = checkin();
  EXPECT_FALSE(has(plain.err, "hint")) << plain.err;
}

TEST_F(CheckinE2E, TheWindowLengthComesFromThePlan)
{
  write_out_ladder(file, {});
  ASSERT_EQ(run_sepa({"--file", file.string(), "plan", "wait", "25m"}).status, 0);
  EXPECT_EQ(checkin({"--no-wait"}).status, 3);
  const Separation s = only_separation(read_ladder_file(file));
  EXPECT_EQ(*s.wait_until - s.urges.back().at, 25min);
}

TEST_F(CheckinE2E, ALaterCallShowsWhatIsLeftAndNeverMovesTheWindow)
{
  write_out_ladder(file, {.window_left = 12min});
  const Timestamp deadline = *only_separation(read_ladder_file(file)).wait_until;
  for (int i = 0; i < 2; ++i) {
    SCOPED_TRACE(i);
    const RunResult r = checkin({"--no-wait"});
    EXPECT_EQ(r.status, 3) << r.err;
    EXPECT_EQ(lines_in(r.out), 1u) << r.out;
    EXPECT_TRUE(has(r.out, "Your wait has 1")) << r.out;
    EXPECT_TRUE(has(r.out, "left, until " + format_clock(deadline))) << r.out;
  }
  Separation s = only_separation(read_ladder_file(file));
  EXPECT_EQ(*s.wait_until, deadline);
  EXPECT_EQ(s.urges.size(), 1u) << "a bare later call only looks";
  EXPECT_EQ(checkin({"--no-wait", "--urge", "7"}).status, 3);
  s = only_separation(read_ladder_file(file));
  ASSERT_EQ(s.urges.size(), 2u) << "--urge records a new urge";
  EXPECT_EQ(s.urges[1].level, 7);
}

TEST_F(CheckinE2E, WhenTheWindowIsOverTheOneTextIsShownAndRecordedOnce)
{
  write_out_ladder(file, {.started_ago = 40min, .window_left = -1min, .edit = [](Ladder& l) {
                            l.message = "All fine with you two?";
                          }});
  const std::string shown = read_all(file);
  const RunResult r = checkin();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "All fine with you two?")) << r.out;
  EXPECT_TRUE(has(r.out, "sepa checkin --texted")) << r.out;
  EXPECT_EQ(r.out.find('\a'), std::string::npos) << "no bell into a pipe";
  EXPECT_EQ(read_all(file), shown) << "showing the text records nothing";
  EXPECT_EQ(checkin({"--texted"}).status, 0);
  const Separation s = only_separation(read_ladder_file(file));
  ASSERT_EQ(s.checkins.size(), 1u);
  EXPECT_EQ(s.checkins[0].outcome, Outcome::texted);

  const std::string before = read_all(file);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--urge", "8"}, std::vector<std::string>{"--texted"}}) {
    const RunResult again = checkin(args);
    EXPECT_EQ(again.status, 1);
    EXPECT_TRUE(has(again.out, "You already sent your one text")) << again.out;
    EXPECT_TRUE(has(again.out, "--emergency")) << again.out;
    EXPECT_EQ(again.err, "") << "a kind word, not an error";
    EXPECT_EQ(read_all(file), before) << "a refusal changes nothing";
  }
}

TEST_F(CheckinE2E, EmergencyShowsTheAgreedCriteriaAndSkipsTheWait)
{
  write_out_ladder(file, {.edit = [](Ladder& l) {
                     l.emergencies = {"Fever over 38 \u00b0C", "Any fall from a height"};
                   }});
  const RunResult r = checkin({"--emergency", "--urge", "9"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Fever over 38 \u00b0C")) << r.out;
  EXPECT_TRUE(has(r.out, "Any fall from a height")) << r.out;
  EXPECT_TRUE(has(r.out, "never held against you")) << r.out;
  const Separation s = only_separation(read_ladder_file(file));
  EXPECT_FALSE(s.wait_until);
  ASSERT_EQ(s.checkins.size(), 1u);
  EXPECT_EQ(s.checkins[0].outcome, Outcome::emergency);
  EXPECT_EQ(s.urges.back().level, 9);
}

TEST_F(CheckinE2E, EmergencyWithoutCriteriaSuggestsAgreeingThem)
{
  write_out_ladder(
    file,
    {.window_left = 10min, .edit = [](Ladder& l) {
       l.separations.back().checkins.push_back({l.separations.back().started, Outcome::texted, {}});
     }});
  const RunResult r = checkin({"--emergency"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "not agreed yet")) << r.out;
  EXPECT_TRUE(has(r.out, "sepa plan emergency")) << r.out;
}

TEST_F(CheckinE2E, ASeparationEndingBeforeTheWindowSaysYouWillBeHomeFirst)
{
  write_out_ladder(file, {.started_ago = 5min, .planned = 15min});
  const RunResult r = checkin();
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.out.find("\n\n"), std::string::npos) << "one paragraph, laid out in 80 columns\n"
                                                   << r.out;
  EXPECT_TRUE(has(r.out, "you will be home first")) << r.out;

  write_out_ladder(file, {.started_ago = 5min, .planned = 1h});
  EXPECT_FALSE(has(checkin().out, "home first"));
}

TEST_F(CheckinE2E, PassedIsCelebratedAndCounted)
{
  write_out_ladder(file, {.window_left = 15min});
  const RunResult first = checkin({"--passed"});
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_TRUE(has(first.out, "the first urge you have let pass")) << first.out;
  EXPECT_EQ(only_separation(read_ladder_file(file)).urges.size(), 1u) << "the pending urge";
  const RunResult second = checkin({"--passed", "--urge", "4"});
  EXPECT_TRUE(has(second.out, "That makes 2 urges")) << second.out;
  const Separation s = only_separation(read_ladder_file(file));
  EXPECT_EQ(s.checkins.size(), 2u);
  EXPECT_EQ(s.urges.size(), 2u);
}

TEST_F(CheckinE2E, BadOptionsAreUsageErrors)
{
  write_out_ladder(file, {});
  const std::string before = read_all(file);
  EXPECT_EQ(checkin({"--urge", "11"}).status, 2);
  EXPECT_EQ(checkin({"--passed", "--emergency"}).status, 2);
  EXPECT_EQ(read_all(file), before);
}

} // namespace
} // namespace sepa::test
