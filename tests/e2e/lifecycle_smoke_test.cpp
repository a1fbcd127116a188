#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

TEST(Lifecycle, PlanStartDoneWithoutATerminalNeverAsks)
{
  TempDir dir;
  const std::string file = (dir / "ladder.json").string();
  EXPECT_EQ(run_sepa({"--file", file, "plan"}).status, 0);
  const RunResult start = run_sepa({"start", "15m", "--file", file});
  EXPECT_EQ(start.status, 0) << start.err;
  EXPECT_NE(start.out.find("Off you go: 15m"), std::string::npos) << start.out;
  const RunResult done = run_sepa({"done", "--file", file, "--peak", "2"});
  EXPECT_EQ(done.status, 0) << done.err;
  EXPECT_EQ(done.out.find("?"), std::string::npos) << "no question without a terminal: " << done.out;
}

} // namespace
} // namespace sepa::test
