// A writer killed with SIGKILL at random instants while it saves over and over: after every kill
// the ladder loads and is exactly one of the states that were being saved, its backups too, and
// at most the one temp file of the interrupted save is left (the next save clears it).

#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <thread>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Big enough (about 25 kB) that writing and syncing a save takes a measurable while.
Ladder big_ladder(const std::string& strength)
{
  Ladder ladder = parse_ladder(k_rich_ladder);
  const Separation sample = ladder.separations.front();
  ladder.separations.clear();
  for (int i = 0; i < 40; ++i) {
    Separation s = sample;
    s.id = "sep-" + std::to_string(i);
    ladder.separations.push_back(s);
  }
  ladder.strengths.push_back(strength);
  return ladder;
}

// One locked read-modify-write: A becomes B, anything else becomes A.
void flip(const Store& store, const Ladder& a, const Ladder& b)
{
  Transaction tx = store.begin();
  tx.commit(tx.ladder() && tx.ladder()->strengths.back() == "state A" ? b : a);
}

TEST(StoreCrash, AWriterKilledAtRandomInstantsLeavesTheOldOrTheNewStateAndNoLitter)
{
  TempDir dir;
  const fs::path file = dir / "ladder.json";
  const Ladder a = big_ladder("state A");
  const Ladder b = big_ladder("state B");
  const std::string a_text = serialize(a);
  const std::string b_text = serialize(b);
  const Store store(file);
  // How long one read-modify-write takes here, so the kills spread over a few of them: the
  // slowest of a few, since an fsync's time varies by ten times from one save to the next.
  flip(store, a, b);
  Clock::duration one_save = std::chrono::milliseconds(1);
  for (int i = 0; i < 5; ++i) {
    const auto t0 = Clock::now();
    flip(store, a, b);
    one_save = std::max(one_save, Clock::now() - t0);
  }

  std::mt19937 random(20261122); // fixed: the same instants on every run
  std::uniform_int_distribution<long long> delay(0, 2 * one_save.count());
  int with_save = 0; // runs where a save had finished before the kill
  int left_temp = 0;
  constexpr int k_runs = 100;
  for (int run = 0; run < k_runs; ++run) {
    SCOPED_TRACE("run " + std::to_string(run));
    int saved[2];
    ASSERT_EQ(::pipe(saved), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::close(saved[0]);
      for (const char done = 1;;) {
        flip(store, a, b);
        static_cast<void>(::write(saved[1], &done, 1)); // one byte a finished save
      }
    }
    ::close(saved[1]);
    // Every other run waits for a first save to finish, so the kills cannot all land before
    // one, however slow this machine's fsync is today; then a random instant.
    char byte = 0;
    if (run % 2 == 1) {
      ASSERT_EQ(::read(saved[0], &byte, 1), 1);
    }
    std::this_thread::sleep_for(Clock::duration(delay(random)));
    ::kill(pid, SIGKILL);
    ASSERT_EQ(wait_for(pid), 128 + SIGKILL);
    int saves = run % 2;
    while (::read(saved[0], &byte, 1) == 1) {
      ++saves;
    }
    ::close(saved[0]);

    const std::string after = read_all(file);
    ASSERT_TRUE(after == a_text || after == b_text)
      << "neither state: " << after.size() << " bytes";
    ASSERT_NO_THROW(parse_ladder(after));
    for (const fs::path& backup : store.backups()) {
      const std::string text = read_all(backup);
      EXPECT_TRUE(text == a_text || text == b_text) << backup;
    }
    const auto temps = temp_files_beside(file).size();
    ASSERT_LE(temps, 1u) << "temp files must not accumulate";
    with_save += saves > 0 ? 1 : 0;
    left_temp += static_cast<int>(temps);
  }
  store.begin().commit(a);
  EXPECT_TRUE(temp_files_beside(file).empty()) << "the next save clears what a kill left";
  EXPECT_GE(with_save, k_runs / 2) << "every other kill comes after a finished save";
  std::cout << "store kills: " << k_runs << ", after a finished save: " << with_save
            << ", killed mid-write (temp left): " << left_temp << "\n";
  RecordProperty("kills", k_runs);
  RecordProperty("killed_mid_write", left_temp);
}

} // namespace
} // namespace sepa::test
