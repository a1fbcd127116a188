// The binary against the smaller findings of a hostile test (docs/reliability.md, "Hostile
// cases"): escape sequences in bad arguments, "--" after the first word, blank texts, a part of
// a duration past 59, an unknown TZ, a clock past 2262, and the hint the night the clocks go
// back. Each failed on the first release (443aaeb).

#include "sepa/ladder_json.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

// Every byte a terminal could act on, other than the line ends of sepa's own lines.
bool has_controls(const std::string& text)
{
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && c != '\n') || b == 0x7F) {
      return true;
    }
  }
  return false;
}

class HostileArgs : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args, RunOptions options = {})
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args, options);
  }
  // Under a faked clock reading `now` (seconds since 1970) in `zone`.
  RunResult sepa_at(const std::string& zone, long long now, std::vector<std::string> args)
  {
    RunOptions options;
    options.env = {
      {"TZ", zone}, {"FAKETIME_FMT", "%s"}, {"ASAN_OPTIONS", "verify_asan_link_order=0"}};
    options.faketime = "@" + std::to_string(now);
    return sepa(std::move(args), options);
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  Ladder ladder() const { return parse_ladder(read_all(file())); }

  TempDir m_dir;
};

TEST_F(HostileArgs, EscapeSequencesAndLineBreaksInBadArgumentsNeverReachTheTerminal)
{
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"plan", "add", "5m\n\x1b[2J"},
        {"\x1b[2J"},
        {"plan", "\x1b]0;title\x07"},
        {"start", "--anxiety", "\x1b[31m9"},
        {"done", "--at", "10:00\r\x1b[K"}}) {
    const RunResult r = sepa(args);
    SCOPED_TRACE(r.err);
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(has_controls(r.err));
    EXPECT_FALSE(has_controls(r.out));
    EXPECT_TRUE(has(r.err, "^[")) << "the escape is shown, made harmless";
    for (std::size_t at = 0; at < r.err.size(); at = r.err.find('\n', at) + 1) {
      EXPECT_EQ(r.err.compare(at, 6, "sepa: "), 0) << "every line is sepa's own";
    }
  }
}

TEST_F(HostileArgs, AfterDashDashEveryWordIsTextWhereverItStands)
{
  ASSERT_EQ(sepa({"plan", "strength", "Very", "--", "--calm"}).status, 0);
  ASSERT_EQ(sepa({"plan", "strength", "--", "add"}).status, 0);
  ASSERT_EQ(sepa({"plan", "emergency", "Fever", "--", "--", "-x"}).status, 0);
  const RunResult started = sepa({"start", "15m", "Walk", "--", "--peak", "3"});
  ASSERT_EQ(started.status, 0) << started.err;
  const Ladder l = ladder();
  EXPECT_EQ(l.strengths, (std::vector<std::string>{"Very --calm", "add"}));
  EXPECT_EQ(l.emergencies, (std::vector<std::string>{"Fever -- -x"}));
  EXPECT_EQ(l.separations.back().activity, "Walk --peak 3");
  const RunResult stray = sepa({"--", "plan"});
  EXPECT_EQ(stray.status, 2);
  EXPECT_TRUE(has(stray.err, "does not know what to do with 'plan'")) << stray.err;
}

TEST_F(HostileArgs, BlankPraiseEmergenciesAndActivitiesAreRefused)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  const std::string before = read_all(file());
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"plan", "emergency", "\u00A0"},
        {"plan", "strength", " \u3000 "},
        {"plan", "add", "20m", "\u200B"},
        {"start", "15m", "\t"},
        {"start", ""},
        {"start", " "},
        {"start", "15m", "Walk", ""},
        {"start", "15m", "Walk", "--predict", " "}}) {
    const RunResult r = sepa(args);
    SCOPED_TRACE(args.front() + " " + args[1]);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(has(r.err, "is blank") || has(r.err, "is empty")) << r.err;
    EXPECT_EQ(read_all(file()), before);
  }
  ASSERT_EQ(sepa({"start", "15m"}).status, 0);
  const std::string open = read_all(file());
  const RunResult praise = sepa({"done", "--praise", "\u00A0 ", "--no-input"});
  EXPECT_EQ(praise.status, 2);
  EXPECT_TRUE(has(praise.err, "the praise is blank")) << praise.err;
  EXPECT_EQ(read_all(file()), open);
}

TEST_F(HostileArgs, AnOptionGivenTwiceTakesTheLastValue)
{
  ASSERT_EQ(
    sepa({"start", "15m", "--anxiety", "3", "--anxiety", "5", "--predict", "A", "--predict", "B"})
      .status,
    0);
  ASSERT_EQ(sepa({"done", "--peak", "9", "--peak", "2", "--used", "1", "--no-input"}).status, 2)
    << "a repeatable option still checks each value";
  ASSERT_EQ(sepa({"done", "--peak", "9", "--peak", "2", "--no-input"}).status, 0);
  const Ladder ladder = parse_ladder(read_all(file()));
  ASSERT_EQ(ladder.separations.size(), 1u);
  EXPECT_EQ(ladder.separations[0].anxiety, 5);
  EXPECT_EQ(ladder.separations[0].prediction, "B");
  EXPECT_EQ(ladder.separations[0].peak, 2);
}

TEST_F(HostileArgs, AUnitWithoutItsNumberIsNotAnActivity)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  const std::string before = read_all(file());
  for (const char* unit : {"m", "mins", "Hour", "s"}) {
    const RunResult r = sepa({"start", unit});
    EXPECT_EQ(r.status, 2) << unit;
    EXPECT_EQ(r.err, std::string("sepa: error: ") + unit +
                       ": a unit without its number\nsepa: hint: give the length whole, e.g. "
                       "sepa start 15m\n");
    EXPECT_EQ(read_all(file()), before);
  }
  EXPECT_EQ(sepa({"start", "Make", "tea"}).status, 0) << "ordinary words are still an activity";
}

TEST_F(HostileArgs, APartOfADurationPast59IsAskedAboutNotReadAsAnotherLength)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  const std::string before = read_all(file());
  const RunResult r = sepa({"plan", "add", "1h60m"});
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "1h60m: after the hours, the minutes go from 0 to 59")) << r.err;
  EXPECT_TRUE(has(r.err, "sepa: hint: did you mean 2h?")) << r.err;
  EXPECT_EQ(read_all(file()), before);
}

TEST_F(HostileArgs, AnUnknownTimeZoneIsNamedInAWarningAndUtcIsUsed)
{
  RunOptions typo;
  typo.env = {{"TZ", "Europe/Londn"}};
  const RunResult r = sepa({"plan"}, typo);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(has(r.err, "sepa: warning: TZ=Europe/Londn is not a time zone this system knows, "
                         "so times are in UTC"))
    << r.err;
  EXPECT_TRUE(has(r.err, "sepa: hint: set TZ to a zone name such as Europe/London")) << r.err;
  for (const char* known : {"Europe/London", ":Europe/Paris", "UTC", "EST5EDT",
                            "EST5EDT,M3.2.0,M11.1.0", "<+03>-3", ""}) {
    RunOptions fine;
    fine.env = {{"TZ", known}};
    const RunResult ok = sepa({"status"}, fine);
    EXPECT_EQ(ok.status, 0) << known;
    EXPECT_FALSE(has(ok.err, "warning")) << known << ": " << ok.err;
  }
}

TEST_F(HostileArgs, AClockPast2262IsRecordedAsItReads)
{
  // 2300-06-01T10:00:00Z. The first release read the clock in 64-bit nanoseconds, which wrap
  // after 2262: it recorded 1815.
  const RunResult r = sepa_at("UTC", 10426874400, {"start", "15m"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(format_rfc3339(ladder().separations.back().started), "2300-06-01T10:00:00+00:00");
}

TEST_F(HostileArgs, TheNightTheClocksGoBackTheHintRecordsThePlannedEnd)
{
  // London, 25 Oct 2026: out at 00:50 BST for 30 minutes; `done` at 01:25 GMT, long after. The
  // first release hinted `sepa done --at 00:20`, a time before the start.
  const long long start = 1792885800; // 2026-10-24T23:50:00Z
  const long long late = 1792891500;  // 2026-10-25T01:25:00Z
  ASSERT_EQ(sepa_at("Europe/London", start, {"start", "30m"}).status, 0);
  const RunResult refused = sepa_at("Europe/London", late, {"done", "--no-input"});
  EXPECT_EQ(refused.status, 1);
  EXPECT_TRUE(has(refused.err, "e.g. `sepa done --at 2026-10-25T01:20:00+01:00`")) << refused.err;
  // 01:20 came twice that night; typed alone it is refused with both written out.
  const RunResult twice = sepa_at("Europe/London", late, {"done", "--at", "01:20", "--no-input"});
  EXPECT_EQ(twice.status, 2);
  EXPECT_TRUE(has(twice.err, "--at 2026-10-25T01:20:00+01:00 (the first) or --at "
                             "2026-10-25T01:20:00+00:00 (after the clock went back)"))
    << twice.err;
  const RunResult done =
    sepa_at("Europe/London", late, {"done", "--at", "2026-10-25T01:20:00+01:00", "--no-input"});
  ASSERT_EQ(done.status, 0) << done.err;
  const Separation s = ladder().separations.back();
  EXPECT_EQ(*s.ended - s.started, std::chrono::minutes{30});
}

} // namespace
} // namespace sepa::test
