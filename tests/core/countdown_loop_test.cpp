#include "sepa/countdown.hpp"
#include "sepa/text.hpp"

#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

namespace sepa {
namespace {

using namespace std::chrono_literals;
using std::chrono::nanoseconds;

// 2026-11-22T10:24:00Z.
constexpr SysSeconds k_deadline{std::chrono::seconds{1795343040}};

// A virtual clock and sleeper: sleeping moves both clocks on at once. A scripted suspend moves
// only the wall clock, the way a laptop lid does; scripted wakes stand in for signals and keys.
class FakeTime final : public TickClock, public Sleeper {
public:
  explicit FakeTime(WallTime start) : m_wall(start) {}

  WallTime wall() const override { return m_wall; }
  std::chrono::steady_clock::time_point mono() const override { return m_mono; }

  Wake sleep_for(nanoseconds d) override
  {
    sleeps.push_back(d);
    const std::size_t n = sleeps.size();
    if (const auto it = suspend_after.find(n); it != suspend_after.end()) {
      m_wall += std::chrono::duration_cast<std::chrono::microseconds>(it->second);
    }
    if (const auto it = wake_at.find(n); it != wake_at.end()) {
      m_wall += std::chrono::duration_cast<std::chrono::microseconds>(d / 2);
      m_mono += d / 2;
      return it->second;
    }
    m_wall += std::chrono::duration_cast<std::chrono::microseconds>(d);
    m_mono += d;
    return Wake::timeout;
  }

  std::vector<nanoseconds> sleeps;
  std::map<std::size_t, nanoseconds> suspend_after; // sleep number → wall-clock jump
  std::map<std::size_t, Wake> wake_at;              // sleep number → what wakes it early

private:
  WallTime m_wall;
  std::chrono::steady_clock::time_point m_mono{};
};

class FakeScreen final : public Screen {
public:
  std::size_t width() const override { return columns; }
  void draw(const std::string& frame) override { frames.push_back(frame); }

  std::size_t columns = 80;
  std::vector<std::string> frames;
};

CountdownView twenty_minutes()
{
  return {Timestamp{k_deadline, std::chrono::minutes{0}}, 20min, {"Calm when she cries"}};
}

std::string first_line(const std::string& frame)
{
  return frame.substr(0, frame.find('\n'));
}

TEST(RunCountdown, TwentyMinutesRunToTheEndOnWholeSeconds)
{
  // 10:04:00.3 [==== 20m ====) 10:24:00
  FakeTime time(k_deadline - 20min + 300ms);
  FakeScreen screen;
  EXPECT_EQ(run_countdown(twenty_minutes(), time, time, screen), CountdownEnd::finished);
  ASSERT_EQ(screen.frames.size(), 1201u);
  EXPECT_EQ(first_line(screen.frames.front()).substr(0, 10), "20:00 left");
  EXPECT_EQ(first_line(screen.frames[600]).substr(0, 10), "10:00 left");
  EXPECT_EQ(first_line(screen.frames.back()).substr(0, 5), "00:00");
  ASSERT_EQ(time.sleeps.size(), 1200u);
  EXPECT_EQ(time.sleeps.front(), 700ms) << "the first sleep lines up with the next second";
  for (std::size_t i = 1; i < time.sleeps.size(); ++i) {
    ASSERT_EQ(time.sleeps[i], 1s) << "sleep " << i;
  }
}

TEST(RunCountdown, ASuspendIsCaughtUpFromTheDeadlineAndNamed)
{
  // 10:04 ... 10:05 lid closed for 7m ... 10:12 [resumed] ... 10:24
  FakeTime time(k_deadline - 20min);
  time.suspend_after[60] = 7min;
  FakeScreen screen;
  EXPECT_EQ(run_countdown(twenty_minutes(), time, time, screen), CountdownEnd::finished);
  ASSERT_EQ(screen.frames.size(), 1201u - 7 * 60);
  EXPECT_EQ(first_line(screen.frames[59]).substr(0, 10), "19:01 left");
  EXPECT_EQ(first_line(screen.frames[60]).substr(0, 10), "12:00 left");
  EXPECT_EQ(screen.frames[59].find("slept"), std::string::npos);
  EXPECT_NE(screen.frames[60].find("slept for 7m"), std::string::npos) << screen.frames[60];
  EXPECT_NE(screen.frames.back().find("slept for 7m"), std::string::npos);
}

TEST(RunCountdown, ASuspendPastTheDeadlineEndsAtOnce)
{
  FakeTime time(k_deadline - 5min);
  time.suspend_after[3] = 1h;
  FakeScreen screen;
  EXPECT_EQ(run_countdown(twenty_minutes(), time, time, screen), CountdownEnd::finished);
  ASSERT_EQ(screen.frames.size(), 4u);
  EXPECT_EQ(first_line(screen.frames.back()).substr(0, 5), "00:00");
}

TEST(RunCountdown, AClockSetBackIsNotASuspend)
{
  FakeTime time(k_deadline - 5min);
  time.suspend_after[3] = -2min;
  FakeScreen screen;
  EXPECT_EQ(run_countdown(twenty_minutes(), time, time, screen), CountdownEnd::finished);
  EXPECT_EQ(first_line(screen.frames[3]).substr(0, 10), "06:57 left");
  EXPECT_EQ(screen.frames[3].find("slept"), std::string::npos);
}

TEST(RunCountdown, AWindowAlreadyOverDrawsOnceAndNeverSleeps)
{
  FakeTime time(k_deadline + 90s);
  FakeScreen screen;
  EXPECT_EQ(run_countdown(twenty_minutes(), time, time, screen), CountdownEnd::finished);
  EXPECT_EQ(screen.frames.size(), 1u);
  EXPECT_TRUE(time.sleeps.empty());
}

TEST(RunCountdown, StopPassedAndAChangeElsewhereEndItEarly)
{
  const std::pair<Wake, CountdownEnd> cases[] = {{Wake::stop, CountdownEnd::stopped},
                                                 {Wake::passed, CountdownEnd::passed},
                                                 {Wake::elsewhere, CountdownEnd::elsewhere}};
  for (const auto& [wake, end] : cases) {
    SCOPED_TRACE(static_cast<int>(wake));
    FakeTime time(k_deadline - 10min);
    time.wake_at[5] = wake;
    FakeScreen screen;
    EXPECT_EQ(run_countdown(twenty_minutes(), time, time, screen), end);
    EXPECT_EQ(screen.frames.size(), 5u);
  }
}

TEST(RunCountdown, AResizeRedrawsAtOnceAtTheNewWidth)
{
  FakeTime time(k_deadline - 10min);
  time.wake_at[3] = Wake::resize;
  FakeScreen screen;
  struct NarrowOnResize final : Sleeper {
    FakeTime& time;
    FakeScreen& screen;
    NarrowOnResize(FakeTime& t, FakeScreen& s) : time(t), screen(s) {}
    Wake sleep_for(nanoseconds d) override
    {
      const Wake w = time.sleep_for(d);
      if (w == Wake::resize) {
        screen.columns = 30;
      }
      return w;
    }
  } sleeper(time, screen);
  EXPECT_EQ(run_countdown(twenty_minutes(), time, sleeper, screen), CountdownEnd::finished);
  EXPECT_GT(first_line(screen.frames[2]).size(), 60u);
  EXPECT_EQ(first_line(screen.frames[3]).substr(0, 10), "09:58 left") << "same second, redrawn";
  EXPECT_LE(display_width(first_line(screen.frames[3])), 30u);
  EXPECT_EQ(time.sleeps[3], 500ms) << "back on the whole second after the early wake";
}

} // namespace
} // namespace sepa
