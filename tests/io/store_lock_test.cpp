// Two processes contending for one ladder: the second waits for the first and both changes land;
// past the timeout it gives up with LockBusy (exit 75) naming the process that holds the lock,
// and changes nothing.

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// A forked process that takes the lock, says so, and holds it until told to commit and go.
class LockHolder {
public:
  LockHolder(const fs::path& file, std::string strength)
  {
    if (::pipe(m_ready) != 0 || ::pipe(m_release) != 0) {
      throw std::runtime_error("pipe");
    }
    m_pid = ::fork();
    if (m_pid == 0) {
      Transaction tx = Store(file).begin();
      char c = 'r';
      [[maybe_unused]] ssize_t n = ::write(m_ready[1], &c, 1);
      n = ::read(m_release[0], &c, 1);
      Ladder ladder = *tx.ladder();
      ladder.strengths.push_back(strength);
      tx.commit(ladder);
      ::_exit(0);
    }
    char c = 0;
    if (::read(m_ready[0], &c, 1) != 1) {
      throw std::runtime_error("the lock holder did not start");
    }
  }
  ~LockHolder()
  {
    release();
    for (int fd : {m_ready[0], m_ready[1], m_release[0], m_release[1]}) {
      ::close(fd);
    }
  }
  LockHolder(const LockHolder&) = delete;
  LockHolder& operator=(const LockHolder&) = delete;

  pid_t pid() const { return m_pid; }
  // Lets the holder commit and exit; returns its exit status.
  int release()
  {
    if (m_status < 0) {
      const char c = 'g';
      [[maybe_unused]] const ssize_t n = ::write(m_release[1], &c, 1);
      m_status = wait_for(m_pid);
    }
    return m_status;
  }

private:
  int m_ready[2]{-1, -1};
  int m_release[2]{-1, -1};
  pid_t m_pid = -1;
  int m_status = -1;
};

TEST(StoreLock, TheDefaultTimeoutIsFiveSeconds)
{
  EXPECT_EQ(StoreOptions{}.lock_timeout, 5s);
}

TEST(StoreLock, ASecondWriterWaitsForTheFirstAndBothChangesLand)
{
  TempDir dir;
  const fs::path file = dir / "ladder.json";
  write_all(file, k_rich_ladder);
  LockHolder first(file, "from the first process");
  std::thread releaser([&] {
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(first.release(), 0);
  });
  const auto started = std::chrono::steady_clock::now();
  {
    Transaction tx = Store(file).begin();
    EXPECT_GE(std::chrono::steady_clock::now() - started, 250ms) << "it waited for the lock";
    Ladder ladder = *tx.ladder();
    ladder.strengths.push_back("from the second process");
    tx.commit(ladder);
  }
  releaser.join();
  const auto strengths = Store(file).load()->strengths;
  const std::vector<std::string> expected{"Calm at bath time", "Knows every cry",
                                          "from the first process", "from the second process"};
  EXPECT_EQ(strengths, expected);
}

TEST(StoreLock, PastTheTimeoutItIsLockBusyNamingTheHolderAndNothingChanges)
{
  TempDir dir;
  const fs::path file = dir / "ladder.json";
  write_all(file, k_rich_ladder);
  LockHolder holder(file, "held");
  const Store store(file, StoreOptions{300ms});
  const auto started = std::chrono::steady_clock::now();
  try {
    store.begin();
    FAIL() << "expected LockBusy";
  } catch (const LockBusy& e) {
    EXPECT_GE(std::chrono::steady_clock::now() - started, 300ms);
    EXPECT_EQ(to_int(e.code()), 75);
    const std::string message = e.what();
    EXPECT_NE(message.find("another sepa (process " + std::to_string(holder.pid()) + ")"),
              std::string::npos)
      << message;
    EXPECT_NE(message.find("for over 0.3 s"), std::string::npos) << message;
    EXPECT_NE(std::string(e.hint()).find("nothing was changed"), std::string::npos);
  }
  EXPECT_EQ(read_all(file), k_rich_ladder);
  EXPECT_EQ(holder.release(), 0);
  EXPECT_EQ(Store(file).load()->strengths.back(), "held");
}

} // namespace
} // namespace sepa::test
