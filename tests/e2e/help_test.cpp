// Every command answers --help with examples, and a mistyped command gets a "did you mean".

#include "support/run.hpp"
#include "support/surface.hpp"
#include "support/temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
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

// The crontab line to copy names this binary wherever it is installed, quoted when it must be.
TEST(Help, TheCrontabLineNamesTheRunningBinary)
{
  const std::string self = std::filesystem::canonical(SEPA_BINARY).string();
  EXPECT_NE(run_sepa({"remind", "--help"}).out.find("crontab: 0 18 * * * " + self + " remind"),
            std::string::npos);
  TempDir dir;
  std::filesystem::create_directory(dir / "my tools");
  const auto copy = dir / "my tools" / "sepa";
  std::filesystem::copy_file(self, copy);
  const auto out = dir / "out.txt";
  const std::string command = "'" + copy.string() + "' remind --help > '" + out.string() + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_NE(read_all(out.string()).find("crontab: 0 18 * * * '" + copy.string() + "' remind"),
            std::string::npos)
    << read_all(out.string());
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
    {{"back"}, "there is no command `sepa back`", "did you mean `sepa done`?"},
    {{"stop"}, "there is no command `sepa stop`", "did you mean `sepa done`?"},
    {{"end"}, "there is no command `sepa end`", "did you mean `sepa done`?"},
    {{"finish"}, "there is no command `sepa finish`", "did you mean `sepa done`?"},
    {{"return"}, "there is no command `sepa return`", "did you mean `sepa done`?"},
    {{"begin", "15m"}, "there is no command `sepa begin`", "did you mean `sepa start`?"},
    {{"leave"}, "there is no command `sepa leave`", "did you mean `sepa start`?"},
    {{"go"}, "there is no command `sepa go`", "did you mean `sepa start`?"},
    {{"wait"}, "there is no command `sepa wait`", "did you mean `sepa checkin`?"},
    {{"urge"}, "there is no command `sepa urge`", "did you mean `sepa checkin`?"},
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

TEST(UsageMessages, SayWhatIsWrongInPlainWordsAndWhereToLook)
{
  struct Case {
    std::vector<std::string> args;
    std::string error;
    std::string hint;
  };
  const Case cases[] = {
    {{"start", "--anxity", "5"}, "`sepa start` has no option --anxity", "did you mean --anxiety?"},
    {{"report", "--formt", "json"},
     "`sepa report` has no option --formt",
     "did you mean --format?"},
    {{"done", "--peek=3"}, "`sepa done` has no option --peek", "did you mean --peak?"},
    {{"status", "--zzzzzz"},
     "`sepa status` has no option --zzzzzz",
     "see `sepa status --help` for its options"},
    {{"plan", "add"},
     "`sepa plan add` needs DURATION",
     "see `sepa plan add --help` for an example"},
    {{"merge"}, "`sepa merge` needs FILE", "see `sepa merge --help` for an example"},
    {{"start", "15m", "--at"},
     "--at needs a value (TIME)",
     "see `sepa start --help` for an example"},
    {{"plan", "strength", "--remove", "0"},
     "--remove: '0' is not an item number; `sepa plan` shows the numbered lists",
     "see `sepa plan strength --help` for an example"},
    {{"--color", "sometimes", "plan"},
     "--color: 'sometimes' is not one of the choices: auto, always, never",
     "see `sepa plan --help` for an example"},
    {{"remind", "--after-days", "x"},
     "--after-days: 'x' is not a number of days from 1 to 365",
     "see `sepa remind --help` for an example"},
    {{"done", "--at", ""},
     "--at: is empty; give a value, e.g. --at -10m",
     "see `sepa done --help` for an example"},
    {{"start", "--anxiety", " "},
     "--anxiety: is empty; give a value, e.g. --anxiety 6",
     "see `sepa start --help` for an example"},
    {{"done", "--peak", ""},
     "--peak: is empty; give a value, e.g. --peak 3",
     "see `sepa done --help` for an example"},
    {{"checkin", "--urge", ""},
     "--urge: is empty; give a value, e.g. --urge 6",
     "see `sepa checkin --help` for an example"},
    {{"report", "--format", "pdf"},
     "--format: 'pdf' is not one of the choices: text, json, csv, markdown, md, html",
     "see `sepa report --help` for an example"},
  };
  TempDir dir;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.error);
    std::vector<std::string> args{"--file", (dir / "ladder.json").string()};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const RunResult r = run_sepa(args);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "sepa: error: " + c.error + "\nsepa: hint: " + c.hint + "\n");
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "ladder.json"));
}

TEST(UsageMessages, ChoicesAreTakenInAnyCase)
{
  TempDir dir;
  const std::string file = (dir / "ladder.json").string();
  EXPECT_EQ(run_sepa({"--file", file, "--color", "NEVER", "report", "--format", "JSON"}).status, 0);
  EXPECT_EQ(run_sepa({"--file", file, "report", "--format", "Md"}).status, 0);
}

} // namespace
} // namespace sepa::test
