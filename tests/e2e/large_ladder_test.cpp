// A ladder of years of practice through the real binary: every record survives start and done
// byte for byte, and the backups' census (which counts a backup's separations without reading
// it whole) still keeps a fuller history from being pushed out by a stale copy.

#include "bench/synth.hpp"
#include "sepa/ladder_json.hpp"

#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::test {
namespace {

class LargeLadder : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args);
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  std::string backup() const { return file() + ".1"; }

  TempDir m_dir;
};

TEST_F(LargeLadder, KeepsEveryRecordThroughStartAndDone)
{
  const std::string before = serialize(bench::synthetic_ladder({3000, 7}));
  write_all(file(), before);
  RunResult r = sepa({"start", "15m"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = sepa({"done", "--peak", "2", "--praise", "Read to her"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(sepa({"status"}).status, 0);

  Ladder after = parse_ladder(read_all(file()));
  ASSERT_EQ(after.separations.size(), 3001U);
  EXPECT_EQ(after.separations.back().praise, "Read to her");
  after.separations.pop_back();
  EXPECT_EQ(serialize(after), before) << "an earlier record changed";
}

TEST_F(LargeLadder, TheJsonReportCountsEverySeparation)
{
  // About 3 MB of export: handed out in several pieces, and still one document.
  write_all(file(), serialize(bench::synthetic_ladder({3000, 5})));
  const RunResult r = sepa({"report", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_GT(r.out.size(), std::size_t{2} << 20);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("separations").size(), 3000U);
  EXPECT_EQ(j.at("totals").at("separations"), 3000);
}

TEST_F(LargeLadder, AStaleCopyDoesNotPushAFullerBackupOut)
{
  write_all(file(), serialize(bench::synthetic_ladder({30, 1})));
  // The census reads the backup 64 KiB at a time; a ladder of this size has thousands of
  // separation ids, some of them across block boundaries.
  const std::string fuller = serialize(bench::synthetic_ladder({2000, 3}));
  write_all(backup(), fuller);
  ASSERT_EQ(sepa({"start", "15m"}).status, 0);
  EXPECT_EQ(read_all(backup()), fuller) << "the backup with 2000 separations was rotated away";
}

TEST_F(LargeLadder, AFullerFileMovesASmallerBackupOn)
{
  const std::string current = serialize(bench::synthetic_ladder({300, 1}));
  write_all(file(), current);
  write_all(backup(), serialize(bench::synthetic_ladder({200, 1})));
  ASSERT_EQ(sepa({"start", "15m"}).status, 0);
  EXPECT_EQ(read_all(backup()), current);
}

} // namespace
} // namespace sepa::test
