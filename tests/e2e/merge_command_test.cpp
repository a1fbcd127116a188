// `sepa merge FILE` end to end: a ladder and a copy that went its own way on another machine.

#include "sepa/ladder_json.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

std::size_t occurrences(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

// Each file's name and contents.
std::map<std::string, std::string> listing(const fs::path& dir)
{
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    files[entry.path().filename().string()] = read_all(entry.path());
  }
  return files;
}

void ok(const std::vector<std::string>& args)
{
  const RunResult r = run_sepa(args);
  ASSERT_EQ(r.status, 0) << r.err;
}

// ours: one finished separation. theirs: a copy of ours with one more finished on it.
struct TwoCopies {
  TempDir dir;
  std::string ours = (dir / "ladder.json").string();
  std::string theirs = (dir / "ladder.sync-conflict-20261122-100500-ABCDEFG.json").string();

  TwoCopies()
  {
    ok({"--file", ours, "start", "5m", "--at", "-3h"});
    ok({"--file", ours, "done", "--at", "-170m", "--peak", "4"});
    fs::copy_file(ours, theirs);
    ok({"--file", theirs, "start", "15m", "--at", "-2h"});
    ok({"--file", theirs, "done", "--at", "-100m", "--praise", "Sang her to sleep"});
  }
};

TEST(MergeCommand, BringsInTheOtherCopysSeparationOnce)
{
  TwoCopies c;
  const RunResult r = run_sepa({"--file", c.ours, "merge", c.theirs});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("1 separation added, 0 brought up to date, 1 already here"),
            std::string::npos)
    << r.out;
  EXPECT_TRUE(has(r.out, "you can delete it: rm " + c.theirs)) << r.out;
  const std::string merged = read_all(c.ours);
  EXPECT_EQ(occurrences(merged, "\"id\":"), 2u) << merged;
  EXPECT_NE(merged.find("Sang her to sleep"), std::string::npos);
  EXPECT_TRUE(fs::exists(c.theirs)) << "the copy is the user's to delete";
}

TEST(MergeCommand, MergingTheSameFileAgainChangesNothing)
{
  TwoCopies c;
  ok({"--file", c.ours, "merge", c.theirs});
  const std::string once = read_all(c.ours);
  const auto mtime = fs::last_write_time(c.ours);
  const RunResult again = run_sepa({"--file", c.ours, "merge", c.theirs});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("already holds everything"), std::string::npos) << again.out;
  EXPECT_EQ(read_all(c.ours), once);
  EXPECT_EQ(fs::last_write_time(c.ours), mtime) << "nothing is rewritten";
}

TEST(MergeCommand, TheOpenCopyTakesTheOtherMachinesFinish)
{
  TempDir dir;
  const std::string ours = (dir / "ladder.json").string();
  const std::string theirs = (dir / "other.json").string();
  ok({"--file", ours, "start", "15m", "--at", "-20m"});
  fs::copy_file(ours, theirs);
  ok({"--file", theirs, "done", "--peak", "2", "--note", "Fine in the end"});
  const RunResult r = run_sepa({"--file", ours, "merge", theirs});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("1 brought up to date"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("rm "), std::string::npos) << "not a conflict copy: no advice to delete it";
  const RunResult status = run_sepa({"--file", ours, "status"});
  EXPECT_NE(status.out.find("Next:"), std::string::npos)
    << "nothing is open any more: " << status.out;
  EXPECT_NE(read_all(ours).find("Fine in the end"), std::string::npos);
}

TEST(MergeCommand, RefusesAFileThatIsNotALadderAndWritesNothing)
{
  TwoCopies c;
  const std::string bad = (c.dir / "broken.json").string();
  write_all(bad, "{\"schema\": 1, \"rungs\": [");
  const std::string before = read_all(c.ours);
  const auto files_before = listing(c.dir.path());
  const RunResult r = run_sepa({"--file", c.ours, "merge", bad});
  EXPECT_EQ(r.status, 65);
  EXPECT_NE(r.err.find("cannot merge " + bad), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing was changed"), std::string::npos) << r.err;
  EXPECT_EQ(read_all(c.ours), before);
  EXPECT_EQ(listing(c.dir.path()), files_before) << "not even a backup rotation";
}

TEST(MergeCommand, AMissingFileIsAUsageError)
{
  TwoCopies c;
  const RunResult r = run_sepa({"--file", c.ours, "merge", (c.dir / "nope.json").string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("there is no file"), std::string::npos) << r.err;
}

TEST(MergeCommand, IntoNoLadderMakesACopy)
{
  TwoCopies c;
  const std::string fresh = (c.dir / "new" / "ladder.json").string();
  const RunResult r = run_sepa({"--file", fresh, "merge", c.theirs});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("it is now a copy"), std::string::npos) << r.out;
  EXPECT_EQ(read_all(fresh), read_all(c.theirs));
}

TEST(MergeCommand, ACopyWithCheckinsOutOfOrderMergedASecondTimeChangesNothing)
{
  // A copy whose urges and check-ins are not in time order (edited by hand, or by a sync
  // tool's own merge). The first release made the first merge a plain copy and the second
  // "bring it up to date" by sorting them: a second merge of the same copy rewrote the file.
  TempDir dir;
  const std::string copy = (dir / "copy.json").string();
  ok({"--file", copy, "start", "30m", "--at", "-60m"});
  ok({"--file", copy, "checkin", "--emergency"});
  ok({"--file", copy, "done", "--peak", "3"});
  Ladder l = parse_ladder(read_all(copy));
  Separation& s = l.separations.back();
  s.checkins.push_back({s.started, Outcome::texted, {}}); // written after a later one
  s.urges.push_back({s.started, 2, {}});
  write_all(copy, serialize(l));
  const std::string mine = (dir / "mine" / "ladder.json").string();
  for (int round = 1; round <= 3; ++round) {
    SCOPED_TRACE(round);
    const RunResult r = run_sepa({"--file", mine, "merge", copy});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(read_all(mine), read_all(copy));
    if (round > 1) {
      EXPECT_NE(r.out.find("already holds everything"), std::string::npos) << r.out;
    }
  }
}

TEST(MergeCommand, WaitsForTheLockLikeEveryChange)
{
  TwoCopies c;
  // O_CLOEXEC: a lock inherited by the sepa under test would be held by it too.
  const int fd = ::open((c.ours + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  std::thread release([fd] {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    ::close(fd);
  });
  const auto start = std::chrono::steady_clock::now();
  const RunResult r = run_sepa({"--file", c.ours, "merge", c.theirs});
  const auto waited = std::chrono::steady_clock::now() - start;
  release.join();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_GE(waited, std::chrono::milliseconds(350)) << "the merge waited for the lock";
}

} // namespace
} // namespace sepa::test
