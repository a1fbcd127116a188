// Three hundred runs of a writing sepa killed with SIGKILL at random instants. After each one
// the ladder loads and is exactly the state before the command or the state after it, and the
// temp files of interrupted saves never pile up: at most the one just interrupted, which the
// next command clears.

#include "sepa/ladder_json.hpp"
#include "support/child.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <thread>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A command in the cycle, and how to take its effect back out of the ladder: undoing a finished
// command must give exactly the bytes of the file before it.
struct Step {
  const char* name;
  std::vector<std::string> args;
  // Takes the effect out of `after`; false when the change is not this command's.
  std::function<bool(Ladder& after, const Ladder& before, const std::string& mark)> undo;
};

bool undo_strength(Ladder& l, const Ladder&, const std::string& mark)
{
  if (l.strengths.empty() || l.strengths.back() != mark) {
    return false;
  }
  l.strengths.pop_back();
  return true;
}

bool undo_start(Ladder& l, const Ladder&, const std::string& mark)
{
  if (l.separations.empty() || !l.separations.back().open() ||
      l.separations.back().activity != mark) {
    return false;
  }
  l.separations.pop_back();
  return true;
}

bool undo_done(Ladder& l, const Ladder& before, const std::string& mark)
{
  if (l.separations.empty() || l.separations.back().note != mark) {
    return false;
  }
  Separation& s = l.separations.back();
  s.ended.reset();
  s.peak.reset();
  s.note.clear();
  s.updated = before.separations.back().updated;
  return true;
}

bool undo_checkin(Ladder& l, const Ladder& before, const std::string&)
{
  if (l.separations.empty() || l.separations.back().checkins.empty() ||
      l.separations.back().checkins.back().outcome != Outcome::emergency) {
    return false;
  }
  Separation& s = l.separations.back();
  const Separation& was = before.separations.back();
  s.checkins.pop_back();
  s.urges.resize(was.urges.size());
  s.updated = was.updated;
  s.wait_until = was.wait_until;
  return true;
}

std::vector<Step> cycle(const std::string& mark)
{
  return {{"plan strength", {"plan", "strength", mark}, undo_strength},
          {"start", {"start", "5m", mark}, undo_start},
          {"checkin --emergency", {"checkin", "--emergency"}, undo_checkin},
          {"done", {"done", "--peak", "2", "--note", mark}, undo_done}};
}

class Kill : public ::testing::Test {
protected:
  fs::path file() const { return m_dir / "ladder.json"; }
  std::vector<std::string> with_file(const std::vector<std::string>& args) const
  {
    std::vector<std::string> out{"--file", file().string()};
    out.insert(out.end(), args.begin(), args.end());
    return out;
  }
  // The wall time of one uninterrupted run of each step, the longest of them.
  Clock::duration calibrate()
  {
    Clock::duration longest{};
    for (const Step& step : cycle("calibration")) {
      const auto t0 = Clock::now();
      EXPECT_EQ(wait_for(spawn_sepa(with_file(step.args))), 0) << step.name;
      longest = std::max(longest, Clock::now() - t0);
    }
    return longest;
  }
  TempDir m_dir;
};

TEST_F(Kill, ThreeHundredKillsLeaveTheStateBeforeOrAfterAndNoLitter)
{
  const Clock::duration longest = calibrate();
  std::mt19937 random(1122); // fixed: the same instants, relative to each run, every time
  std::uniform_int_distribution<long long> delay(0, longest.count() * 3 / 2);
  int before_count = 0, after_count = 0, finished = 0, temps_seen = 0, step_index = 0;
  constexpr int k_kills = 300;
  for (int run = 0; run < k_kills; ++run) {
    const std::string mark = "run " + std::to_string(run);
    const auto steps = cycle(mark);
    const Step step = steps[static_cast<std::size_t>(step_index) % steps.size()];
    SCOPED_TRACE(mark + ": " + step.name);
    const std::string before = read_all(file());
    const pid_t pid = spawn_sepa(with_file(step.args));
    std::this_thread::sleep_for(Clock::duration(delay(random)));
    ::kill(pid, SIGKILL);
    const int status = wait_for(pid);
    ASSERT_TRUE(status == 0 || status == 128 + SIGKILL) << "exit " << status;
    finished += status == 0 ? 1 : 0;

    const std::string after = read_all(file());
    Ladder ladder;
    ASSERT_NO_THROW(ladder = parse_ladder(after)) << "the file must always load";
    if (after == before) {
      ASSERT_NE(status, 0) << "a command that finished must have changed the file";
      ++before_count;
    } else {
      ASSERT_TRUE(step.undo(ladder, parse_ladder(before), mark))
        << "the change is not this command's";
      ASSERT_EQ(serialize(ladder), before) << "the change is more than this command's";
      ++after_count;
      ++step_index; // the next command in the cycle, now that this one is in
    }
    const auto temps = temp_files_beside(file()).size();
    ASSERT_LE(temps, 1u) << "temp files must not pile up";
    temps_seen += static_cast<int>(temps);
  }
  EXPECT_EQ(wait_for(spawn_sepa(with_file({"status"}))), 0);
  EXPECT_EQ(wait_for(spawn_sepa(with_file({"plan", "strength", "after the kills"}))), 0);
  EXPECT_TRUE(temp_files_beside(file()).empty()) << "the next save clears what a kill left";
  std::cout << "kills: " << k_kills << " (longest clean run " << longest.count() / 1000000
            << " ms); file as before: " << before_count << ", as after: " << after_count
            << " (of which finished before the kill: " << finished
            << "); interrupted saves that left a temp file: " << temps_seen << "\n";
  RecordProperty("kills", k_kills);
  RecordProperty("left_temp", temps_seen);
}

} // namespace
} // namespace sepa::test
