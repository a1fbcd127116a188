// Every command answers --help with examples, and a mistyped command gets a "did you mean".

#include "support/run.hpp"
#include "support/surface.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

TEST(Help, EveryCommandHasExamples)
{
  const auto commands = command_surface();
  ASSERT_GE(commands.size(), 10u);
  for (const Command& c : commands) {
    SCOPED_TRACE(c.path);
    std::vector<std::string> args(c.words);
    args.push_back("--help");
    const RunResult r = run_sepa(args);
    EXPECT_EQ(r.status, 0);
    if (!c.words.empty()) {
      EXPECT_NE(r.out.find("Example"), std::string::npos) << r.out;
    }
  }
}

TEST(Help, HelpCommandMatchesTheFlag)
{
  EXPECT_EQ(run_sepa({"help"}).out, run_sepa({"--help"}).out);
  EXPECT_EQ(run_sepa({"help", "start"}).out, run_sepa({"start", "--help"}).out);
  EXPECT_EQ(run_sepa({"help", "plan", "add"}).out, run_sepa({"plan", "add", "--help"}).out);
}

TEST(DidYouMean, SuggestsTheClosestCommandAtTheRightLevel)
{
  struct Case {
    std::vector<std::string> args;
    std::string error;
    std::string hint;
  };
  const Case cases[] = {
    {{"strat"}, "there is no command `sepa strat`", "did you mean `sepa start`?"},
    {{"stauts"}, "there is no command `sepa stauts`", "did you mean `sepa status`?"},
    {{"--file", "x.json", "dne"}, "there is no command `sepa dne`", "did you mean `sepa done`?"},
    {{"--color", "never", "diagnostic"},
     "there is no command `sepa diagnostic`",
     "did you mean `sepa diagnostics`?"},
    {{"merg", "copy.json"}, "there is no command `sepa merg`", "did you mean `sepa merge`?"},
    {{"plan", "ad", "5m"}, "there is no command `sepa plan ad`", "did you mean `sepa plan add`?"},
    {{"plan", "strenght", "Calm"},
     "there is no command `sepa plan strenght`",
     "did you mean `sepa plan strength`?"},
    {{"xyzzy"}, "there is no command `sepa xyzzy`", "see `sepa --help` for the commands"},
    {{"durations"}, "there is no command `sepa durations`", "see `sepa --help` for the commands"},
    {{"help", "strat"}, "there is no command 'strat'", "did you mean `sepa start`?"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.args.front());
    const RunResult r = run_sepa(c.args);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "sepa: error: " + c.error + "\nsepa: hint: " + c.hint + "\n");
    EXPECT_EQ(r.out, "");
  }
}

} // namespace
} // namespace sepa::test
