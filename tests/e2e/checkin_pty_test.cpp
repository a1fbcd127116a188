// `sepa checkin` on a real pseudo-terminal: the countdown redraws in place, Ctrl-C, SIGTERM and
// SIGHUP end it with 130 and leave the window and the terminal mode as they were, a resize
// redraws at the new width, and the end of the window rings and asks.

#include "e2e/checkin_ladder.hpp"
#include "sepa/text.hpp"

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

// The built binary in a child whose stdin, stdout and stderr are a new pseudo-terminal.
class PtyRun {
public:
  PtyRun(const std::vector<std::string>& args, unsigned short columns = 80)
  {
    winsize ws{};
    ws.ws_row = 24;
    ws.ws_col = columns;
    m_pid = ::forkpty(&m_master, nullptr, nullptr, &ws);
    if (m_pid == 0) {
      std::vector<std::string> argv_s{SEPA_BINARY};
      argv_s.insert(argv_s.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : argv_s) {
        argv.push_back(a.data());
      }
      argv.push_back(nullptr);
      std::array<char*, 5> envp{const_cast<char*>("PATH=/usr/bin:/bin"),
                                const_cast<char*>("TERM=xterm"), const_cast<char*>("TZ=UTC"),
                                const_cast<char*>("HOME=/nonexistent-sepa-test-home"), nullptr};
      ::execve(argv[0], argv.data(), envp.data());
      ::_exit(127);
    }
  }

  ~PtyRun()
  {
    if (m_pid > 0 && m_status < 0) {
      ::kill(m_pid, SIGKILL);
      ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0) {
      ::close(m_master);
    }
  }

  // Reads until `done(output)` holds or `timeout` passes; whether it held.
  bool read_until(const std::function<bool(const std::string&)>& done,
                  std::chrono::milliseconds timeout = 15s)
  {
    const auto until = Clock::now() + timeout;
    while (!done(m_out)) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
      if (left <= 0ms || !read_some(static_cast<int>(left.count()))) {
        return done(m_out);
      }
    }
    return true;
  }

  void send(const std::string& keys) { ASSERT_GT(::write(m_master, keys.data(), keys.size()), 0); }
  void signal(int sig) { ::kill(m_pid, sig); }
  void resize(unsigned short columns)
  {
    winsize ws{};
    ws.ws_row = 24;
    ws.ws_col = columns;
    ::ioctl(m_master, TIOCSWINSZ, &ws);
  }

  // Reads to the end and returns the exit status (128 + signal when killed).
  int wait()
  {
    read_until([](const std::string&) { return false; }, 20s);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m_status;
  }

  const std::string& output() const { return m_out; }
  int master() const { return m_master; }

private:
  // False at the end of output (EIO once the child is gone) or on timeout.
  bool read_some(int timeout_ms)
  {
    pollfd fd{m_master, POLLIN, 0};
    if (::poll(&fd, 1, timeout_ms) <= 0) {
      return false;
    }
    std::array<char, 4096> buf{};
    const ssize_t n = ::read(m_master, buf.data(), buf.size());
    if (n <= 0) {
      return false;
    }
    m_out.append(buf.data(), static_cast<std::size_t>(n));
    return true;
  }

  pid_t m_pid = -1;
  int m_master = -1;
  int m_status = -1;
  std::string m_out;
};

std::size_t count(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

// The move back to the top of a three-line frame and the clear that starts every redraw.
const std::string k_redraw = "\x1b[2A\x1b[J";

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

} // namespace
} // namespace sepa::test
