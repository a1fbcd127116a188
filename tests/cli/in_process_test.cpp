// Whole commands on a virtual clock: start, done and checkin as the binary runs them, with time
// moved on by the test instead of faketime. Each command reads `now` once, so what it records
// and what it says agree to the second.

#include "support/in_process.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;

class InProcessCommands : public ::testing::Test {
protected:
  InProcessResult sepa(std::vector<std::string> args, const std::string& input = {},
                       bool terminal = false)
  {
    args.insert(args.begin(), {"--file", (m_dir / "ladder.json").string()});
    return m_sepa.run(args, input, terminal);
  }
  std::string saved() const { return read_all(m_dir / "ladder.json"); }

  TempDir m_dir;
  // Sunday 22 November 2026, 10:00 in Paris.
  InProcess m_sepa{at("2026-11-22T09:00:00Z"), 60min};
};

TEST_F(InProcessCommands, StartThenDoneTwentyMinutesLater)
{
  InProcessResult r = sepa({"start", "15m", "--anxiety", "6"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Off you go: 15m, back around 10:15.")) << r.out;
  m_sepa.time().advance(20min);
  r = sepa({"done", "--peak", "2", "--after", "1"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Recorded: 20m apart, of the 15m you planned.")) << r.out;
  EXPECT_TRUE(has(r.out, "This one taught something: the worry peaked at only 2/10.")) << r.out;
  EXPECT_TRUE(has(saved(), "\"started\": \"2026-11-22T10:00:00+01:00\"")) << saved();
  EXPECT_TRUE(has(saved(), "\"ended\": \"2026-11-22T10:20:00+01:00\"")) << saved();
}

TEST_F(InProcessCommands, CheckinOpensTheWaitAndAPassIsRecordedWhenItIsSaid)
{
  ASSERT_EQ(sepa({"start", "30m"}).status, 0);
  m_sepa.time().advance(5min);
  InProcessResult r = sepa({"checkin", "--urge", "6"});
  EXPECT_EQ(r.status, 3) << "the wait is open";
  EXPECT_TRUE(has(r.out, "ends at 10:25")) << r.out;
  m_sepa.time().advance(21min);
  r = sepa({"checkin", "--passed"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(saved(), "\"at\": \"2026-11-22T10:05:00+01:00\"")) << "the urge";
  EXPECT_TRUE(has(saved(), "\"wait_until\": \"2026-11-22T10:25:00+01:00\"")) << saved();
  EXPECT_TRUE(has(saved(), "\"at\": \"2026-11-22T10:26:00+01:00\",\n          \"outcome\": "
                           "\"passed\""))
    << saved();
}

TEST_F(InProcessCommands, ATwentyMinuteCountdownRunsOnTheVirtualClock)
{
  ASSERT_EQ(sepa({"start", "1h"}).status, 0);
  m_sepa.time().advance(5min);
  // On a terminal: the countdown draws every second of the wait, then asks.
  const InProcessResult r = sepa({"checkin", "--urge", "7"}, "y\n", true);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "20:00")) << "the first frame";
  EXPECT_TRUE(has(r.out, "00:00")) << "the last frame";
  EXPECT_TRUE(has(r.out, "Has the worry passed?")) << r.out;
  // The pass is recorded when it was said, twenty minutes after the urge, not at the urge.
  EXPECT_TRUE(has(saved(), "\"at\": \"2026-11-22T10:25:00+01:00\",\n          \"outcome\": "
                           "\"passed\""))
    << saved();
}

} // namespace
} // namespace sepa::test
