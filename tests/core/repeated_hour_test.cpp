// The night the clocks go back, a clock time in the repeated hour names two instants. A time sepa
// suggests must name the one it means, and `--at HH:MM` that could mean either is refused with
// both written out. Also the years sepa records: 1970 to 9999.

#include "sepa/parse.hpp"
#include "sepa/session.hpp"
#include "sepa/time.hpp"
#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using namespace std::chrono;
using test::at;

// Europe/London in 2026: +01:00 from 29 Mar 01:00 UTC to 25 Oct 01:00 UTC, when 02:00 BST
// becomes 01:00 GMT and the hour from 01:00 to 02:00 comes twice.
class LondonZone final : public TimeZone {
public:
  minutes offset_at(SysSeconds utc) const override
  {
    const auto spring = sys_days{2026y / March / 29} + hours{1};
    const auto autumn = sys_days{2026y / October / 25} + hours{1};
    return utc >= spring && utc < autumn ? minutes{60} : minutes{0};
  }
};

// What `sepa done --at VALUE` in the example would record.
std::optional<Timestamp> typed_back(const std::string& example, const Timestamp& now,
                                    const TimeZone& zone)
{
  const std::string prefix = "sepa done --at ";
  EXPECT_EQ(example.rfind(prefix, 0), 0u) << example;
  return parse_at(example.substr(prefix.size()), now, zone).value;
}

Separation open_separation(const char* started, minutes planned)
{
  Separation s;
  s.id = "a";
  s.started = at(started);
  s.planned = planned;
  return s;
}

TEST(RepeatedHour, AClockTimeThatCameTwiceIsRefusedWithBothChoices)
{
  const LondonZone london;
  const Timestamp now = at("2026-10-25T01:30:00+00:00"); // both 01:20s are past
  const auto r = parse_at("01:20", now, london);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error, "01:20: the clock showed 01:20 twice today, before and after it went back");
  EXPECT_EQ(r.hint, "say which: --at 2026-10-25T01:20:00+01:00 (the first) or --at "
                    "2026-10-25T01:20:00+00:00 (after the clock went back)");
  // Each choice, typed as shown, is the instant it names.
  EXPECT_EQ(parse_at("2026-10-25T01:20:00+01:00", now, london).value->utc,
            at("2026-10-25T00:20:00Z").utc);
  EXPECT_EQ(parse_at("2026-10-25T01:20:00+00:00", now, london).value->utc,
            at("2026-10-25T01:20:00Z").utc);
}

TEST(RepeatedHour, WhileTheSecondIsStillToComeTheFirstIsMeant)
{
  const LondonZone london;
  const Timestamp now = at("2026-10-25T01:10:00+00:00");
  EXPECT_EQ(parse_at("01:20", now, london).value, at("2026-10-25T01:20:00+01:00"));
  EXPECT_FALSE(parse_at("01:05", now, london)) << "01:05 GMT has passed too";
  EXPECT_EQ(parse_at("00:50", now, london).value, at("2026-10-25T00:50:00+01:00"));
  EXPECT_EQ(parse_at("02:00", at("2026-10-25T03:00:00+00:00"), london).value,
            at("2026-10-25T02:00:00+00:00"))
    << "02:00 came once";
}

TEST(DoneAtExample, TheNightTheClocksGoBackItNamesThePlannedEndExactly)
{
  const LondonZone london;
  struct Case {
    const char* name;
    const char* started;
    minutes planned;
    const char* now;
    const char* example;
  };
  const Case cases[] = {
    // Out at 00:50 BST for 30 minutes, `done` at 01:25 GMT: the first release said
    // `--at 00:20` (its GMT reading), a time before the start.
    {"planned end in the first 01:xx", "2026-10-25T00:50:00+01:00", 30min,
     "2026-10-25T01:25:00+00:00", "sepa done --at 2026-10-25T01:20:00+01:00"},
    // Out at 01:20 BST for an hour: the planned end is the second 01:20, and `--at 01:20`
    // would record the first one, the start itself.
    {"planned end in the second 01:xx", "2026-10-25T01:20:00+01:00", 60min,
     "2026-10-25T05:00:00+00:00", "sepa done --at 2026-10-25T01:20:00+00:00"},
    {"planned end after the repeated hour", "2026-10-24T23:30:00+01:00", 4h,
     "2026-10-25T12:00:00+00:00", "sepa done --at 02:30"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Separation s = open_separation(c.started, c.planned);
    const Timestamp now = at(c.now);
    const std::string example = done_at_example(s, now, london);
    EXPECT_EQ(example, c.example);
    const auto recorded = typed_back(example, now, london);
    ASSERT_TRUE(recorded.has_value()) << example;
    EXPECT_EQ(recorded->utc, s.started.utc + s.planned) << "the hint records the planned end";
  }
}

TEST(DoneAtExample, EveryHintThroughAnAutumnNightTypesBackToThePlannedEnd)
{
  // A 20-minute separation started every 5 minutes from 22:00 BST to 03:00 GMT, checked an
  // hour and a quarter after its planned end: each hint names the planned end's minute.
  const LondonZone london;
  for (SysSeconds start = at("2026-10-24T21:00:00Z").utc; start <= at("2026-10-25T03:00:00Z").utc;
       start += 5min) {
    Separation s;
    s.started = london.stamp(start);
    s.planned = 20min;
    const Timestamp now = london.stamp(start + 20min + 75min);
    const std::string example = done_at_example(s, now, london);
    SCOPED_TRACE(format_rfc3339(s.started) + " → " + example);
    const auto recorded = typed_back(example, now, london);
    ASSERT_TRUE(recorded.has_value());
    EXPECT_EQ(recorded->utc, start + 20min);
  }
}

TEST(RecordableYears, InstantsOutside1970To9999AreRefused)
{
  EXPECT_TRUE(parse_rfc3339("1970-01-01T00:00:00Z"));
  EXPECT_TRUE(parse_rfc3339("9999-12-31T23:59:59Z"));
  EXPECT_TRUE(parse_rfc3339("2300-06-01T10:00:00+01:00")) << "past 2262, where nanoseconds wrap";
  EXPECT_FALSE(parse_rfc3339("1969-12-31T23:59:59Z"));
  EXPECT_FALSE(parse_rfc3339("1815-06-18T11:00:00+01:00"));
  EXPECT_FALSE(parse_rfc3339("1970-01-01T00:30:00+01:00")) << "that is 1969 in UTC";
  EXPECT_FALSE(parse_rfc3339("9999-12-31T23:30:00-01:00")) << "that is the year 10000 in UTC";
  const auto r = parse_at("1960-05-01T10:00:00Z", at("2026-11-22T10:00:00Z"), FixedZone{0min});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error, "1960-05-01T10:00:00Z: sepa records times from 1970 on");
  const auto later = parse_rfc3339("2300-06-01T10:00:00+01:00");
  EXPECT_EQ(format_rfc3339(*later), "2300-06-01T10:00:00+01:00");
}

} // namespace
} // namespace sepa
