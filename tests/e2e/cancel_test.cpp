// `sepa cancel` through the real binary: the open separation goes, undo brings it back, and
// with nothing open it says so kindly (exit 1).

#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

class Cancel : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args);
  }
  RunResult ok(const std::vector<std::string>& args)
  {
    RunResult r = sepa(args);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    return r;
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  std::string contents() const { return read_all(file()); }

  TempDir m_dir;
};

TEST_F(Cancel, DiscardsTheOpenSeparationAndUndoBringsItBack)
{
  ok({"plan"});
  const std::string before = contents();
  ok({"start", "15m", "Walk"});
  const std::string open = contents();
  RunResult r = ok({"cancel"});
  EXPECT_TRUE(has(r.out, "Cancelled the 15m separation (Walk)")) << r.out;
  EXPECT_TRUE(has(r.out, "sepa undo")) << r.out;
  EXPECT_EQ(contents(), before);
  EXPECT_EQ(sepa({"done"}).status, 1) << "nothing is open any more";
  r = ok({"undo"});
  EXPECT_TRUE(has(r.out, "Undid: cancel of the 15m separation (Walk)")) << r.out;
  EXPECT_EQ(contents(), open);
  ok({"done"});
}

TEST_F(Cancel, WithNothingOpenSaysSoKindlyAndChangesNothing)
{
  RunResult r = sepa({"cancel"});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(has(r.out, "No separation is open")) << r.out;
  ok({"plan"});
  ok({"start", "5m"});
  ok({"done"});
  const std::string before = contents();
  r = sepa({"cancel"});
  EXPECT_EQ(r.status, 1);
  EXPECT_FALSE(has(r.err, "sepa: error:")) << r.err;
  EXPECT_EQ(contents(), before) << "a finished separation is never cancelled";
}

TEST_F(Cancel, APlanKeptByTheSeparationIsPlannedAgain)
{
  // 09:00 plan "10:00 20m" → 10:00 start keeps it → cancel → planned again
  const auto at = [&](const char* when, std::vector<std::string> args) {
    args.insert(args.begin(), {"--file", file()});
    const RunResult r = run_sepa(args, {{}, {}, when});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    return r;
  };
  at("@2026-11-22 09:00:00", {"plan", "next", "today", "10:00", "20m"});
  at("@2026-11-22 10:00:00", {"start"});
  EXPECT_TRUE(has(contents(), "\"kept\"")) << contents();
  at("@2026-11-22 10:01:00", {"cancel"});
  EXPECT_FALSE(has(contents(), "\"kept\"")) << contents();
  EXPECT_TRUE(has(at("@2026-11-22 10:02:00", {"plan", "next"}).out, "20m"));
}

} // namespace
} // namespace sepa::test
