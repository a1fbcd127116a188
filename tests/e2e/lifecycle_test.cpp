// The separation lifecycle through the real binary: plan, start, done and status, their refusals
// and exit codes, and the file left byte-identical by every refusal.

#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <chrono>
#include <gtest/gtest.h>

namespace sepa::test {
namespace {

class Lifecycle : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args, const std::string& input = {})
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args, {{}, input, {}});
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  std::string contents() const { return read_all(file()); }

  // Runs a command that must be refused with `status`, and checks the file did not change.
  RunResult refused(const std::vector<std::string>& args, int status)
  {
    const std::string before = contents();
    RunResult r = sepa(args);
    EXPECT_EQ(r.status, status) << r.out << r.err;
    EXPECT_EQ(contents(), before) << "a refusal must leave the file byte-identical";
    EXPECT_TRUE(has(r.err, "sepa: error: ")) << r.err;
    EXPECT_TRUE(has(r.err, "sepa: hint: ")) << r.err;
    return r;
  }

  TempDir m_dir;
};

TEST_F(Lifecycle, FirstPlanCreatesTheDefaultLadderAndSaysWhere)
{
  const RunResult r = sepa({"plan"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.err, "Created your ladder in " + file()));
  EXPECT_FALSE(has(r.out, "Created")) << "news on stderr, so the result can be redirected alone";
  for (const char* rung : {" 5m ", " 15m ", " 30m ", " 1h ", " 2h ", " 4h "}) {
    EXPECT_TRUE(has(r.out, rung)) << rung;
  }
  EXPECT_TRUE(has(r.out, "Wait before calling home: 20m"));
  EXPECT_TRUE(has(r.out, "\"How are things going?\""));
  EXPECT_TRUE(has(r.out, "sepa plan strength"));
  EXPECT_FALSE(has(sepa({"plan"}).err, "Created")) << "said only the first time";
}

TEST_F(Lifecycle, PlanEditsAreSavedAndShown)
{
  EXPECT_EQ(sepa({"plan", "add", "20m", "A", "walk", "to", "the", "park"}).status, 0);
  EXPECT_EQ(sepa({"plan", "wait", "25m"}).status, 0);
  EXPECT_EQ(sepa({"plan", "strength", "Knows every cry"}).status, 0);
  EXPECT_EQ(sepa({"plan", "emergency", "A fever over 38"}).status, 0);
  EXPECT_EQ(sepa({"plan", "message", "All good?"}).status, 0);
  EXPECT_EQ(sepa({"plan", "remove", "4h"}).status, 0);
  const RunResult r = sepa({"plan"});
  EXPECT_TRUE(has(r.out, "A walk to the park"));
  EXPECT_TRUE(has(r.out, "Wait before calling home: 25m"));
  EXPECT_TRUE(has(r.out, "1. Knows every cry"));
  EXPECT_TRUE(has(r.out, "1. A fever over 38"));
  EXPECT_TRUE(has(r.out, "\"All good?\""));
  EXPECT_FALSE(has(r.out, " 4h "));
  EXPECT_EQ(sepa({"plan", "strength", "--remove", "1"}).status, 0);
  EXPECT_FALSE(has(sepa({"plan"}).out, "Knows every cry"));
}

TEST_F(Lifecycle, PlanRefusals)
{
  sepa({"plan"});
  EXPECT_TRUE(has(refused({"plan", "wait", "45m"}, 2).err, "20 to 30 minutes"));
  EXPECT_TRUE(has(refused({"plan", "wait", "25"}, 2).err, "25: missing unit — did you mean 25m?"));
  refused({"plan", "add", "15x"}, 2);
  refused({"plan", "add", "15m"}, 1);
  refused({"plan", "remove", "20m"}, 1);
  refused({"plan", "strength", "--remove", "3"}, 2);
  refused({"plan", "bogus"}, 2);
  // Blank text has nothing to say: refused, never a blank item or a blank check-in text.
  for (const char* what : {"strength", "emergency", "message"}) {
    SCOPED_TRACE(what);
    EXPECT_TRUE(has(refused({"plan", what, ""}, 2).err, "is empty")) << what;
    refused({"plan", what, "   "}, 2);
  }
  sepa({"plan", "strength", "Calm"});
  EXPECT_TRUE(has(refused({"plan", "strength", "--remove", "1", "extra"}, 2).err, "not both"));
}

TEST_F(Lifecycle, AnEditThatChangesNothingIsNotSavedSoTheBackupsStay)
{
  sepa({"plan", "strength", "Calm at bath time"});
  sepa({"plan", "wait", "25m"});
  sepa({"plan", "message", "All good?"});
  const std::string backup = read_all(file() + ".1");
  const std::string current = contents();
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"plan", "strength", "Calm at bath time"},
        {"plan", "wait", "25m"},
        {"plan", "message", "All good?"},
        {"plan", "add", "5m", "A shower, or out to the mailbox"}}) {
    SCOPED_TRACE(args[1]);
    EXPECT_EQ(sepa(args).status, 0);
    EXPECT_EQ(contents(), current);
    EXPECT_EQ(read_all(file() + ".1"), backup) << "a no-op must not rotate the backups";
  }
  EXPECT_TRUE(has(sepa({"plan", "strength", "Calm at bath time"}).out, "already on the list"));
}

TEST_F(Lifecycle, CardIsOneScreenForThePartner)
{
  sepa({"plan", "emergency", "Trouble breathing"});
  const RunResult r = sepa({"plan", "card"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(has(r.out, "Trouble breathing"));
  EXPECT_TRUE(has(r.out, "\"How are things going?\""));
  EXPECT_TRUE(has(r.out, "together"));
  EXPECT_TRUE(r.err.empty());
  for (int i = 0; i < 25; ++i) {
    sepa({"plan", "emergency", "Case " + std::to_string(i)});
  }
  EXPECT_TRUE(has(sepa({"plan", "card"}).err, "longer than one screen"));
}

TEST_F(Lifecycle, StartDoneStatusRoundTrip)
{
  RunResult r = sepa(
    {"start", "15m", "Corner", "shop", "--anxiety", "6", "--predict", "Crying", "--at", "-20m"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Started at ")) << "started 20 minutes ago, for 15";
  EXPECT_TRUE(has(r.out, " for 15m, so the planned time is already up")) << r.out;
  EXPECT_TRUE(has(r.out, "Corner shop"));
  EXPECT_TRUE(has(r.out, "sepa checkin"));
  r = sepa({"status"});
  EXPECT_TRUE(has(r.out, "of the 15m planned")) << r.out;
  EXPECT_TRUE(has(r.out, "Your planned time is up")) << r.out;
  r = sepa({"done", "--peak", "3", "--after", "1", "--happened", "no", "--praise", "Sang"});
  ASSERT_EQ(r.status, 0) << r.err;
  // A second may tick between the two commands: 20m or 20m1s.
  EXPECT_TRUE(has(r.out, "Recorded: 20m")) << r.out;
  EXPECT_TRUE(has(r.out, " apart, of the 15m you planned.")) << r.out;
  EXPECT_TRUE(has(r.out, "6 before → 3 at the peak → 1 after"));
  EXPECT_TRUE(has(r.out, "It did not happen."));
  EXPECT_TRUE(has(r.out, "\"Sang\""));
  EXPECT_TRUE(has(r.out, "The ladder's next step is still 5m")) << r.out;
  r = sepa({"status"});
  // The start was 20 minutes ago in UTC (the runner's zone): yesterday just after midnight.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const bool same_day = std::chrono::floor<std::chrono::days>(now - std::chrono::minutes{20}) ==
                        std::chrono::floor<std::chrono::days>(now);
  EXPECT_TRUE(has(r.out, same_day ? "Last practised today" : "Last practised yesterday")) << r.out;
}

TEST_F(Lifecycle, EarlyReturnIsRecordedKindly)
{
  sepa({"start", "30m", "--at", "-10m"});
  const RunResult r = sepa({"done"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(has(r.out, "earlier than planned")) << r.out;
  EXPECT_TRUE(has(r.out, "still counts")) << r.out;
}

TEST_F(Lifecycle, RepeatedEarlyReturnsBringTheGentleNoteToDone)
{
  for (int i = 1; i <= 3; ++i) {
    SCOPED_TRACE(i);
    ASSERT_EQ(sepa({"start", "15m"}).status, 0);
    const RunResult r = sepa({"done"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(has(r.out, "Your last 3 separations ended earlier than planned."), i == 3) << r.out;
    EXPECT_EQ(has(r.out, "call a crisis line or emergency services now"), i == 3) << r.out;
  }
}

TEST_F(Lifecycle, StartAndDoneRefusals)
{
  sepa({"plan"});
  refused({"done"}, 1);
  refused({"start", "15"}, 2);
  // A mistyped length is refused, never taken as the activity of the current rung.
  for (const char* typo : {"-5m", "+5m", "h1", "-0m", "1h30", ".5h"}) {
    SCOPED_TRACE(typo);
    refused({"start", typo}, 2);
  }
  EXPECT_TRUE(has(refused({"start", "Walk", "to", "the", "shop", "15m"}, 2).err,
                  "sepa: hint: sepa start 15m Walk to the shop"));
  refused({"start", "0m"}, 2);
  refused({"start", "25h"}, 2);
  refused({"start", "15m", "--anxiety", "11"}, 2);
  refused({"start", "15m", "--at", "23:61"}, 2);
  refused({"start", "15m", "--at", "2099-01-01T00:00:00Z"}, 2);
  ASSERT_EQ(sepa({"start", "15m", "--at", "-5m"}).status, 0);
  EXPECT_TRUE(has(refused({"start", "5m"}, 1).err, "already open (started"));
  refused({"done", "--at", "-10m"}, 2);
  refused({"done", "--happened", "maybe"}, 2);
  refused({"done", "--peak", "x"}, 2);
}

TEST_F(Lifecycle, ASeparationLeftOpenFarTooLongAsksForTheRealEnd)
{
  ASSERT_EQ(sepa({"start", "5m", "--at", "-2h"}).status, 0);
  EXPECT_TRUE(has(sepa({"status"}).out, "e.g. `sepa done --at ")) << "the planned end";
  EXPECT_TRUE(has(refused({"start"}, 1).err, "e.g. `sepa done --at "));
  EXPECT_TRUE(has(refused({"done"}, 1).err, "e.g. `sepa done --at "));
  const RunResult r = sepa({"done", "--at", "-1h50m"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Recorded: 10m")) << r.out; // 10m, or 10m1s if a second ticked
}

TEST_F(Lifecycle, AStartWhosePlanIsAlreadyOverSaysSo)
{
  const RunResult r = sepa({"start", "5m", "--at", "-10m"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_FALSE(has(r.out, "Off you go")) << r.out;
  EXPECT_TRUE(has(r.out, "5m, so the planned time is already up")) << r.out;
}

TEST_F(Lifecycle, AReturnOnAnotherDayNamesTheDay)
{
  const RunResult r = sepa({"start", "24h"});
  ASSERT_EQ(r.status, 0) << r.err;
  bool named = false;
  for (const char* day : {"Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "}) {
    named = named || has(r.out, std::string("back around ") + day);
  }
  EXPECT_TRUE(named) << r.out;
}

TEST_F(Lifecycle, StartWithoutADurationUsesTheCurrentRung)
{
  const RunResult r = sepa({"start"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(has(r.out, "Off you go: 5m"));
}

TEST_F(Lifecycle, OffLadderDurationsSayWhichRungTheyCountToward)
{
  RunResult r = sepa({"start", "20m"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(has(r.out, "20m is not a rung on your ladder; done in full, it counts toward 15m."))
    << r.out;
  ASSERT_EQ(sepa({"done"}).status, 0);
  r = sepa({"start", "3m"});
  EXPECT_TRUE(has(r.out, "3m is shorter than every rung; `sepa plan add 3m` makes it the first."))
    << r.out;
}

TEST_F(Lifecycle, NothingAsksOrWaitsWithoutATerminal)
{
  // Input is offered, but with no terminal nothing may read it.
  RunResult r = sepa({"start", "15m"}, "7\nThe worst\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(has(contents(), "The worst"));
  r = sepa({"done"}, "9\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(has(contents(), "\"peak\""));
}

TEST_F(Lifecycle, StatusWithoutALadderIsKindAndChangesNothing)
{
  const RunResult r = sepa({"status"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(has(r.out, "No ladder yet"));
  EXPECT_FALSE(std::filesystem::exists(file()));
}

TEST_F(Lifecycle, UserTextIsNeutralisedOnOutput)
{
  const RunResult r = sepa({"start", "15m", "Walk \x1b[2J home"});
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(has(r.out, "\x1b")) << r.out;
  EXPECT_TRUE(has(r.out, "Walk ^[[2J home"));
  EXPECT_TRUE(has(contents(), "Walk \\u001b[2J home")) << "stored faithfully";
}

TEST_F(Lifecycle, InvalidUtf8IsRefusedAndNothingIsWritten)
{
  sepa({"plan"});
  refused({"plan", "strength", "bad \xff byte"}, 2);
}

TEST_F(Lifecycle, HelpForEveryCommandHasExamples)
{
  for (const char* command : {"plan", "start", "done", "status"}) {
    SCOPED_TRACE(command);
    const RunResult r = sepa({command, "--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(has(r.out, "Example")) << r.out;
    EXPECT_EQ(sepa({"help", command}).out, r.out);
  }
  EXPECT_EQ(sepa({"--version"}).out.rfind("sepa ", 0), 0u);
}

TEST_F(Lifecycle, MistypedCommandGetsASuggestion)
{
  const RunResult r = sepa({"strat", "15m"});
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "did you mean `sepa start`?")) << r.err;
}

} // namespace
} // namespace sepa::test

#include "support/child.hpp"

namespace sepa::test {
namespace {

TEST(FirstSave, AFailedFirstSaveNeverClaimsTheLadderWasCreated)
{
  TempDir dir;
  SpawnOptions options;
  options.file_size_limit = 100; // the default ladder is larger, so its first save fails
  options.out = dir / "out.txt";
  options.err = dir / "err.txt";
  const int status =
    wait_for(spawn_sepa({"--file", (dir / "ladder.json").string(), "plan"}, options));
  EXPECT_EQ(status, 74);
  EXPECT_EQ(read_all(dir / "err.txt").find("Created your ladder"), std::string::npos);
  EXPECT_NE(read_all(dir / "err.txt").find("sepa: error: "), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir / "ladder.json"));
}

} // namespace
} // namespace sepa::test
