// A running countdown follows the ladder file: `sepa done`, `sepa cancel`, `sepa undo` of the
// check-in or an emergency in another window ends it within two seconds with one kind line and
// exit 0, and the file is left exactly as the other window wrote it. A change the countdown does
// not use (a new urge in the same window) lets it run on.

#include "e2e/checkin_ladder.hpp"
#include "support/pty.hpp"
#include "support/run.hpp"

#include <gtest/gtest.h>
#include <memory>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

bool has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

class FollowPty : public ::testing::Test {
protected:
  void SetUp() override { write_out_ladder(file, {.window_left = 10min}); }

  // The countdown of `checkin`, once its first frame is on the screen.
  std::unique_ptr<PtyRun> counting()
  {
    auto run =
      std::make_unique<PtyRun>(std::vector<std::string>{"--file", file.string(), "checkin"});
    EXPECT_TRUE(run->read_until([](const std::string& out) { return has(out, " left "); }))
      << run->output();
    return run;
  }

  // Runs `args` as another window would, and expects the countdown to say `line` within about
  // two seconds of it, exit 0, and leave the file as that window wrote it.
  void expect_followed(const std::vector<std::string>& args, const std::string& line)
  {
    const auto run = counting();
    std::vector<std::string> other{"--file", file.string()};
    other.insert(other.end(), args.begin(), args.end());
    const RunResult r = run_sepa(other);
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    const auto after = Clock::now();
    const std::string written = read_all(file);
    ASSERT_TRUE(run->read_until([&](const std::string& out) { return has(out, line); }, 2500ms))
      << run->output();
    EXPECT_LE(Clock::now() - after, 2500ms);
    EXPECT_EQ(run->wait(), 0) << run->output();
    EXPECT_EQ(read_all(file), written) << "the countdown recorded nothing";
  }

  TempDir dir;
  std::filesystem::path file = dir / "ladder.json";
};

TEST_F(FollowPty, DoneInAnotherWindowEndsTheCountdownQuietly)
{
  expect_followed({"done", "--peak", "3", "--after", "1"}, "Done in another window.");
  EXPECT_FALSE(only_separation(read_ladder_file(file)).open());
}

TEST_F(FollowPty, CancelInAnotherWindowEndsTheCountdown)
{
  expect_followed({"cancel"}, "Cancelled in another window.");
}

TEST_F(FollowPty, UndoOfTheCheckinInAnotherWindowEndsTheCountdown)
{
  // A separation begun by the binary, and the window opened by the countdown's own check-in,
  // so that `sepa undo` in the other window takes the window away again.
  std::filesystem::remove(file);
  const RunResult started = run_sepa({"--file", file.string(), "start", "1h", "--at", "-5m"});
  ASSERT_EQ(started.status, 0) << started.out << started.err;
  expect_followed({"undo"}, "Changed in another window");
  EXPECT_FALSE(only_separation(read_ladder_file(file)).wait_until);
}

TEST_F(FollowPty, AnEmergencyInAnotherWindowEndsTheCountdown)
{
  expect_followed({"checkin", "--emergency"}, "Changed in another window");
}

TEST_F(FollowPty, ANewUrgeInTheSameWindowLetsItRunOn)
{
  const auto run = counting();
  const std::string before = read_all(file);
  const RunResult r = run_sepa({"--file", file.string(), "checkin", "--urge", "4"});
  ASSERT_EQ(r.status, 3) << r.out << r.err;
  ASSERT_NE(read_all(file), before) << "the urge was saved";
  EXPECT_FALSE(
    run->read_until([](const std::string& out) { return has(out, "another window"); }, 2500ms))
    << run->output();
  run->send("\x03");
  EXPECT_EQ(run->wait(), 130) << run->output();
}

} // namespace
} // namespace sepa::test
