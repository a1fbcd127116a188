// Doing the practice together through the built binary: names, the partner's side, planned
// separations, `sepa week` in every format and width, and remind's word on a plan under a faked
// clock (docs/together.md).

#include "sepa/ladder_json.hpp"
#include "sepa/text.hpp"
#include "sepa/time.hpp"
#include "support/pty.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace sepa::test {
namespace {

class Together : public ::testing::Test {
protected:
  // Runs sepa with the clock reading `now` (RFC 3339) and remind's record in the temp dir.
  RunResult at(const std::string& now, std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file(), "--no-input"});
    const auto t = parse_rfc3339(now);
    EXPECT_TRUE(t.has_value()) << now;
    RunOptions options;
    options.env = {{"XDG_STATE_HOME", (m_dir / "state").string()},
                   {"FAKETIME_FMT", "%s"},
                   {"ASAN_OPTIONS", "verify_asan_link_order=0"}};
    options.faketime = "@" + std::to_string(t->utc.time_since_epoch().count());
    return run_sepa(args, options);
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  Ladder ladder() const { return parse_ladder(read_all(file())); }

  // A week of practice: names, a plan kept, a separation with both sides, another plan ahead.
  void a_week()
  {
    ASSERT_EQ(
      at("2026-11-20T09:00:00Z", {"plan", "names", "--parent", "Sam", "--partner", "Alex"}).status,
      0);
    ASSERT_EQ(
      at("2026-11-20T09:00:00Z", {"plan", "next", "tomorrow", "10:00", "15m", "Coffee"}).status, 0);
    const RunResult start = at("2026-11-21T10:05:00Z", {"start", "--predict", "She cries",
                                                        "--likely", "70", "--anxiety", "6"});
    ASSERT_EQ(start.status, 0) << start.err;
    EXPECT_TRUE(has(start.out, "The one you planned together: you kept it.")) << start.out;
    const RunResult done =
      at("2026-11-21T10:21:00Z", {"done", "--peak", "4", "--after", "2", "--happened", "no",
                                  "--likely", "30", "--praise", "Calm with her bath"});
    ASSERT_EQ(done.status, 0) << done.err;
    EXPECT_TRUE(has(done.out, "Thank Alex for it")) << done.out;
    EXPECT_TRUE(has(done.out, "Alex can add their side too")) << done.out;
    ASSERT_EQ(
      at("2026-11-21T12:00:00Z", {"partner", "--confidence", "7", "--thanks", "For trusting me",
                                  "--needed", "A heads-up first", "--baby", "Napped an hour"})
        .status,
      0);
    ASSERT_EQ(
      at("2026-11-26T09:00:00Z", {"plan", "next", "sat", "10:00", "30m", "A", "walk"}).status, 0);
  }

  TempDir m_dir;
};

TEST_F(Together, NamesAreKeptShownAndUsed)
{
  EXPECT_EQ(at("2026-11-20T09:00:00Z", {"plan", "names", "--partner", "Alex"}).status, 0);
  const RunResult plan = at("2026-11-20T09:00:00Z", {"plan"});
  EXPECT_TRUE(has(plan.out, "Alex's strengths")) << plan.out;
  EXPECT_TRUE(has(plan.out, "Alex stays with the baby while you go out")) << plan.out;
  EXPECT_EQ(ladder().names.partner, "Alex");
  const RunResult blank = at("2026-11-20T09:00:00Z", {"plan", "names", "--parent", " "});
  EXPECT_EQ(blank.status, 2) << blank.err;
  const RunResult both = at("2026-11-20T09:00:00Z", {"plan", "names", "--clear", "--parent", "S"});
  EXPECT_EQ(both.status, 2);
  EXPECT_EQ(at("2026-11-20T09:00:00Z", {"plan", "names", "--clear"}).status, 0);
  EXPECT_TRUE(ladder().names.partner.empty());
}

TEST_F(Together, ThePartnersSideIsKeptOnTheRightSeparationAndEdited)
{
  a_week();
  const Ladder l = ladder();
  ASSERT_EQ(l.separations.size(), 1u);
  ASSERT_TRUE(l.separations[0].partner);
  EXPECT_EQ(l.separations[0].partner->confidence, 7);
  EXPECT_EQ(at("2026-11-21T13:00:00Z", {"partner", "--went-well", "Bath time"}).status, 0);
  const PartnerSide side = *ladder().separations[0].partner;
  EXPECT_EQ(side.went_well, "Bath time");
  EXPECT_EQ(side.thanks, "For trusting me") << "what was not given again is kept";
  const RunResult shown = at("2026-11-21T13:00:00Z", {"partner"});
  EXPECT_EQ(shown.status, 0);
  EXPECT_TRUE(has(shown.out, "Thanks: For trusting me")) << shown.out;
  const RunResult too_high = at("2026-11-21T13:00:00Z", {"partner", "--confidence", "11"});
  EXPECT_EQ(too_high.status, 2);
  EXPECT_TRUE(has(too_high.err, "10 is as sure as you can be")) << "confidence, not worry";
  EXPECT_EQ(at("2026-11-21T13:00:00Z", {"partner", "--for", "nosuchid", "--baby", "x"}).status, 2);
}

TEST_F(Together, PlansAreListedRemovedAndRefusedWhenPast)
{
  a_week();
  const RunResult list = at("2026-11-27T09:00:00Z", {"plan", "next"});
  EXPECT_TRUE(has(list.out, "1. tomorrow 10:00, 30m: A walk")) << list.out;
  EXPECT_TRUE(has(at("2026-11-27T09:00:00Z", {"status"}).out, "Next planned: tomorrow 10:00"));
  EXPECT_EQ(at("2026-11-27T09:00:00Z", {"plan", "next", "yesterday", "10:00", "30m"}).status, 2);
  EXPECT_EQ(at("2026-11-27T09:00:00Z", {"plan", "next", "sat", "10:00"}).status, 2);
  EXPECT_EQ(at("2026-11-27T09:00:00Z", {"plan", "next", "--remove", "2"}).status, 2);
  const RunResult gone = at("2026-11-27T09:00:00Z", {"plan", "next", "--remove", "1"});
  EXPECT_EQ(gone.status, 0) << gone.err;
  EXPECT_TRUE(has(at("2026-11-27T09:00:00Z", {"plan", "next"}).out, "Nothing planned yet"));
  EXPECT_EQ(ladder().plans.size(), 2u) << "a removed plan is kept, marked removed";
}

TEST_F(Together, TheWeekInEveryFormat)
{
  a_week();
  const RunResult text = at("2026-11-27T09:00:00Z", {"week"});
  ASSERT_EQ(text.status, 0) << text.err;
  for (const char* part : {"Separations: 1", "Planned ahead: 1, kept 1", "\"She cries\"",
                           "70% before going, 30% after", "Sam to Alex", "For trusting me",
                           "tomorrow 10:00, 30m: A walk", "What went well this week"}) {
    EXPECT_TRUE(has(text.out, part)) << part << "\n" << text.out;
  }
  const RunResult md = at("2026-11-27T09:00:00Z", {"week", "--format", "md"});
  EXPECT_EQ(md.out.rfind("# ", 0), 0u) << md.out;
  EXPECT_TRUE(has(md.out, "For trusting me"));
  const RunResult json = at("2026-11-27T09:00:00Z", {"week", "--format", "json"});
  EXPECT_TRUE(has(json.out, "\"separations\": 1")) << json.out;
  EXPECT_TRUE(has(json.out, "\"likely_before\": 70")) << json.out;
  const RunResult since = at("2026-11-27T09:00:00Z", {"week", "--since", "2026-11-10"});
  EXPECT_TRUE(has(since.out, "Separations: 0 (the week before: 0)")) << since.out;
  EXPECT_EQ(at("2026-11-27T09:00:00Z", {"week", "--since", "someday"}).status, 2);
  EXPECT_EQ(at("2026-11-27T09:00:00Z", {"week", "--format", "csv"}).status, 2);
}

TEST_F(Together, RemindMentionsAPlanOnceWhenNearAndOnceWhenItWentBy)
{
  ASSERT_EQ(at("2026-11-20T09:00:00Z", {"plan", "next", "today", "18:00", "30m"}).status, 0);
  EXPECT_EQ(at("2026-11-20T17:00:00Z", {"remind"}).out, "") << "an hour ahead is not near";
  const RunResult near = at("2026-11-20T17:40:00Z", {"remind"});
  EXPECT_TRUE(has(near.out, "Coming up, as you planned together: today 18:00, 30m")) << near.out;
  EXPECT_EQ(at("2026-11-20T17:45:00Z", {"remind"}).out, "") << "said once";
  const RunResult missed = at("2026-11-20T20:00:00Z", {"remind"});
  EXPECT_TRUE(has(missed.out, "did not happen, and that is all right")) << missed.out;
  EXPECT_EQ(at("2026-11-20T21:00:00Z", {"remind"}).out, "") << "said once";
  EXPECT_EQ(at("2026-11-20T21:00:00Z", {"remind", "--ahead", "soon"}).status, 2);
  ASSERT_EQ(at("2026-11-21T09:00:00Z", {"plan", "next", "tomorrow", "12:00", "1h"}).status, 0);
  EXPECT_FALSE(has(at("2026-11-22T10:30:00Z", {"remind"}).out, "Coming up")) << "90m is not near";
  EXPECT_TRUE(has(at("2026-11-22T10:30:00Z", {"remind", "--ahead", "2h"}).out, "Coming up"));
}

TEST_F(Together, ThePartnerIsAskedOnATerminalAndEnterSkips)
{
  a_week();
  PtyRun run({"--file", file(), "partner", "--for", ladder().separations[0].id});
  const auto shows = [](const char* part) {
    return [part](const std::string& out) { return has(out, part); };
  };
  ASSERT_TRUE(run.read_until(shows("How confident did you feel with the baby?"))) << run.output();
  run.send("8\r");
  ASSERT_TRUE(run.read_until(shows("What went well?"))) << run.output();
  run.send("Story time\r");
  ASSERT_TRUE(run.read_until(shows("next time?"))) << run.output();
  run.send("\r");
  ASSERT_TRUE(run.read_until(shows("Something to thank Sam for?"))) << run.output();
  run.send("\r");
  ASSERT_TRUE(run.read_until(shows("on the baby"))) << run.output();
  run.send("\r");
  EXPECT_EQ(run.wait(), 0) << run.output();
  const PartnerSide side = *ladder().separations[0].partner;
  EXPECT_EQ(side.confidence, 8);
  EXPECT_EQ(side.went_well, "Story time");
  EXPECT_EQ(side.thanks, "For trusting me") << "Enter keeps what was said before";
}

TEST_F(Together, TheWeekFitsFortyAndEightyColumnsOnATerminal)
{
  a_week();
  for (const unsigned short columns :
       {static_cast<unsigned short>(40), static_cast<unsigned short>(80),
        static_cast<unsigned short>(120)}) {
    PtyRun run({"--file", file(), "week"}, columns);
    EXPECT_EQ(run.wait(), 0) << run.output();
    std::istringstream lines(run.output());
    std::size_t widest = 0;
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      widest = std::max(widest, display_width(line));
    }
    EXPECT_LE(widest, std::min<std::size_t>(columns, 80)) << run.output();
    EXPECT_GT(widest, 30u);
  }
}

} // namespace
} // namespace sepa::test

namespace sepa::test {
namespace {

// Without a terminal every screen is laid out for 80 columns, the plan's empty lists included.
TEST(PlanFit, AFreshPlanFitsEightyColumnsWithoutATerminal)
{
  TempDir dir;
  const std::string file = (dir.path() / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", file, "--no-input", "start", "5m"}).status, 0);
  const RunResult plan = run_sepa({"--file", file, "--no-input", "plan"});
  ASSERT_EQ(plan.status, 0) << plan.err;
  std::istringstream lines(plan.out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_LE(display_width(line), 80u) << line;
  }
  EXPECT_NE(plan.out.find("  none yet; name what you lean on: sepa plan safety \"Checking the "
                          "monitor\"\n"),
            std::string::npos)
    << plan.out;
}

} // namespace
} // namespace sepa::test
