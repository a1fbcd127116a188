// Commands that read the ladder warn about a sync tool's conflict copies beside it.

#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

std::size_t occurrences(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

TEST(ConflictWarning, EveryReadingCommandWarnsOnceWithTheExactMergeCommand)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", ladder, "plan"}).status, 0);
  const std::string copy = (dir / "ladder.sync-conflict-20261122-100500-ABCDEFG.json").string();
  write_all(copy, read_all(ladder));
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"status"}, {"plan"}, {"start", "5m"}, {"done"}}) {
    SCOPED_TRACE(args.front());
    std::vector<std::string> full{"--file", ladder};
    full.insert(full.end(), args.begin(), args.end());
    const RunResult r = run_sepa(full);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(occurrences(r.err, "sepa: warning: a sync tool left a conflicting copy of your "
                                 "ladder: " +
                                   copy),
              1u)
      << r.err;
    EXPECT_NE(r.err.find("sepa: hint: to keep what it holds, run `sepa --file " + ladder +
                         " merge " + copy + "`"),
              std::string::npos)
      << r.err;
  }
}

TEST(ConflictWarning, HintLeavesOutFileWhenTheLadderCameFromTheEnvironment)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  write_all(dir / "ladder (conflicted copy 2026-11-22).json", "{}");
  const RunResult r = run_sepa({"status"}, {{{"SEPA_FILE", ladder}}, "", ""});
  EXPECT_NE(r.err.find("run `sepa merge '" +
                       (dir / "ladder (conflicted copy 2026-11-22).json").string() + "'`"),
            std::string::npos)
    << r.err;
}

TEST(ConflictWarning, NamesEachCopyWhenThereAreSeveral)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  write_all(dir / "ladder_conflict-20261122-100500.json", "{}");
  write_all(dir / "ladder.sync-conflict-20261122-100500-ABCDEFG.json", "{}");
  write_all(dir / "ladder.json.sync-conflict-20261122-100500-ABCDEFG.lock", "1");
  const RunResult r = run_sepa({"--file", ladder, "status"});
  EXPECT_NE(r.err.find("left 2 conflicting copies"), std::string::npos) << r.err;
  EXPECT_EQ(occurrences(r.err, "sepa: hint:"), 2u) << r.err;
}

TEST(ConflictWarning, SilentWithoutCopiesAndInCompletion)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  run_sepa({"--file", ladder, "plan"});
  EXPECT_EQ(run_sepa({"--file", ladder, "plan"}).err, "");
  write_all(dir / "ladder.sync-conflict-20261122-100500-ABCDEFG.json", "{}");
  const RunResult r = run_sepa({"--file", ladder, "_durations"});
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "5m\n15m\n30m\n1h\n2h\n4h\n");
}

} // namespace
} // namespace sepa::test
