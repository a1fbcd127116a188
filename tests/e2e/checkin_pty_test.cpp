// `sepa checkin` on a real pseudo-terminal: the countdown redraws in place, Ctrl-C, SIGTERM and
// SIGHUP end it with 130 and leave the window and the terminal mode as they were, a resize
// redraws at the new width, and the end of the window rings and asks.

#include "e2e/checkin_ladder.hpp"
#include "sepa/text.hpp"
#include "support/pty.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <functional>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

std::size_t count(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

// Each redraw goes back up to the frame's first line (as many rows as the frame took, which a
// narrow terminal makes more) and clears from there down.
const std::string k_redraw = "A\x1b[J";

auto redraws(std::size_t n)
{
  return [n](const std::string& out) { return count(out, k_redraw) >= n; };
}

// The first line of the frame drawn last.
std::string last_time_line(const std::string& out)
{
  const auto start = out.rfind(k_redraw);
  const std::string tail = start == std::string::npos ? out : out.substr(start + k_redraw.size());
  return tail.substr(0, tail.find_first_of("\r\n"));
}

class CheckinPty : public ::testing::Test {
protected:
  std::vector<std::string> args(std::vector<std::string> extra = {}) const
  {
    std::vector<std::string> a{"--file", file.string(), "checkin"};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }

  TempDir dir;
  std::filesystem::path file = dir / "ladder.json";
};

TEST_F(CheckinPty, CountdownRedrawsInPlaceAndCtrlCKeepsTheWindow)
{
  write_out_ladder(file, {.window_left = 10min});
  const std::string before = read_all(file);
  PtyRun run(args());
  ASSERT_TRUE(run.read_until(redraws(2))) << run.output();
  EXPECT_NE(last_time_line(run.output()).find(" left "), std::string::npos) << run.output();
  run.send("\x03");
  EXPECT_EQ(run.wait(), 130) << run.output();
  EXPECT_NE(run.output().find("The wait keeps running until"), std::string::npos);
  const Separation s = only_separation(read_ladder_file(file));
  EXPECT_EQ(*s.wait_until, *only_separation(parse_ladder(before)).wait_until);
  EXPECT_TRUE(s.checkins.empty());
  termios mode{};
  ASSERT_EQ(::tcgetattr(run.master(), &mode), 0);
  EXPECT_TRUE(mode.c_lflag & ECHO) << "echo is back on";
  EXPECT_TRUE(mode.c_lflag & ICANON) << "line editing is back on";
}

TEST_F(CheckinPty, TheWindowIsSavedBeforeTheFirstFrameAndSignalsExit130)
{
  for (const int sig : {SIGTERM, SIGHUP}) {
    SCOPED_TRACE(sig);
    write_out_ladder(file, {});
    PtyRun run(args({"--urge", "7"}));
    ASSERT_TRUE(run.read_until([](const std::string& out) { return out.find("left") != out.npos; }))
      << run.output();
    const Separation opened = only_separation(read_ladder_file(file));
    ASSERT_TRUE(opened.wait_until) << "saved before it was drawn";
    run.signal(sig);
    EXPECT_EQ(run.wait(), 130) << run.output();
    EXPECT_EQ(only_separation(read_ladder_file(file)).wait_until, opened.wait_until);
  }
}

TEST_F(CheckinPty, AResizeRedrawsAtTheNewWidth)
{
  write_out_ladder(file, {.window_left = 10min});
  PtyRun run(args());
  ASSERT_TRUE(run.read_until(redraws(1))) << run.output();
  EXPECT_GT(display_width(last_time_line(run.output())), 40u);
  run.resize(30);
  ASSERT_TRUE(run.read_until(
    [](const std::string& out) {
      return count(out, k_redraw) > 0 && display_width(last_time_line(out)) < 30;
    },
    5s))
    << last_time_line(run.output());
  run.send("\x03");
  EXPECT_EQ(run.wait(), 130);
}

TEST_F(CheckinPty, PressingPRecordsThatTheWorryPassed)
{
  write_out_ladder(file, {.window_left = 10min});
  PtyRun run(args());
  ASSERT_TRUE(run.read_until(redraws(1))) << run.output();
  run.send("p");
  EXPECT_EQ(run.wait(), 0) << run.output();
  EXPECT_NE(run.output().find("passed without a call"), std::string::npos) << run.output();
  const Separation s = only_separation(read_ladder_file(file));
  ASSERT_EQ(s.checkins.size(), 1u);
  EXPECT_EQ(s.checkins[0].outcome, Outcome::passed);
}

TEST_F(CheckinPty, TheEndOfTheWindowRingsAndAsksWhetherTheWorryPassed)
{
  write_out_ladder(file, {.window_left = 4s});
  PtyRun run(args());
  ASSERT_TRUE(run.read_until(
    [](const std::string& out) { return out.find("Has the worry passed?") != out.npos; }))
    << run.output();
  EXPECT_NE(run.output().find('\a'), std::string::npos);
  EXPECT_NE(run.output().find("00:00"), std::string::npos);
  run.send("n\n");
  EXPECT_EQ(run.wait(), 0) << run.output();
  EXPECT_NE(run.output().find("How are things going?"), std::string::npos) << run.output();
  const Separation s = only_separation(read_ladder_file(file));
  ASSERT_EQ(s.checkins.size(), 1u);
  EXPECT_EQ(s.checkins[0].outcome, Outcome::texted);
}

TEST_F(CheckinPty, NoWaitOnATerminalPrintsOneLineAndNeverAnimates)
{
  write_out_ladder(file, {.window_left = 10min});
  PtyRun run(args({"--no-wait"}));
  EXPECT_EQ(run.wait(), 3) << run.output();
  EXPECT_EQ(run.output().find('\x1b'), std::string::npos) << run.output();
  EXPECT_EQ(count(run.output(), "\n"), 1u) << run.output();
}

TEST_F(CheckinPty, AfterTheWindowOnlyYOrNAnswersAndEnterAloneRecordsNothing)
{
  write_out_ladder(file, {.window_left = -1min});
  PtyRun run(args());
  const auto asked = [](std::size_t times) {
    return [times](const std::string& out) { return count(out, "Has the worry passed?") >= times; };
  };
  ASSERT_TRUE(run.read_until(asked(1))) << run.output();
  run.send("\n");
  ASSERT_TRUE(run.read_until(asked(2))) << "Enter alone asks again: " << run.output();
  run.send("maybe\n");
  ASSERT_TRUE(run.read_until(asked(3))) << run.output();
  EXPECT_TRUE(only_separation(read_ladder_file(file)).checkins.empty()) << "nothing yet";
  run.send("y\n");
  EXPECT_EQ(run.wait(), 0) << run.output();
  const Separation s = only_separation(read_ladder_file(file));
  ASSERT_EQ(s.checkins.size(), 1u);
  EXPECT_EQ(s.checkins[0].outcome, Outcome::passed);
}

} // namespace
} // namespace sepa::test
