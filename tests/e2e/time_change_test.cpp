// Time through the real binary, the real time-zone database and a faked system clock: a
// separation across a DST change lasts exactly the time that passed, and a clock moved backwards
// while a separation is open gets a plain message, never a negative duration or a crash.

#include "sepa/ladder_json.hpp"
#include "sepa/time.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

class TimeChange : public ::testing::Test {
protected:
  // Runs sepa in `zone` with the system clock reading `now` (an RFC 3339 instant).
  RunResult sepa_at(const std::string& zone, const std::string& now, std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    const auto t = parse_rfc3339(now);
    EXPECT_TRUE(t.has_value()) << now;
    RunOptions options;
    options.env = {{"TZ", zone},
                   {"FAKETIME_FMT", "%s"},
                   // libfaketime is preloaded ahead of the sanitizer runtime in ASan builds.
                   {"ASAN_OPTIONS", "verify_asan_link_order=0"}};
    options.faketime = "@" + std::to_string(t->utc.time_since_epoch().count());
    return run_sepa(args, options);
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  Separation last() const { return parse_ladder(read_all(file())).separations.back(); }

  TempDir m_dir;
};

struct Crossing {
  const char* name;
  const char* zone;
  const char *start_utc, *end_utc;
  const char *started, *ended; // as stored: local time with the offset in force
  const char* recorded;
};

TEST_F(TimeChange, StatusGivesTheReturnInTheClockTimeThatWillBeShowing)
{
  // Paris, spring forward at 02:00 → 03:00: out at 01:55 for an hour means back at 03:55.
  ASSERT_EQ(sepa_at("Europe/Paris", "2027-03-28T00:55:00Z", {"start", "1h"}).status, 0);
  const RunResult before = sepa_at("Europe/Paris", "2027-03-28T00:58:00Z", {"status"});
  EXPECT_TRUE(has(before.out, "back around 03:55")) << before.out;
  const RunResult after = sepa_at("Europe/Paris", "2027-03-28T01:05:00Z", {"status"});
  EXPECT_TRUE(has(after.out, "50m to go, back around 03:55")) << after.out;
}

TEST_F(TimeChange, ASeparationAcrossADstChangeHasItsExactDuration)
{
  const Crossing cases[] = {
    {"Paris, spring forward", "Europe/Paris", "2026-03-29T00:30:00Z", "2026-03-29T01:45:00Z",
     "2026-03-29T01:30:00+01:00", "2026-03-29T03:45:00+02:00", "Recorded: 1h15m apart"},
    {"Paris, fall back", "Europe/Paris", "2026-10-25T00:30:00Z", "2026-10-25T01:15:00Z",
     "2026-10-25T02:30:00+02:00", "2026-10-25T02:15:00+01:00", "Recorded: 45m apart"},
    {"New York, spring forward", "America/New_York", "2026-03-08T06:30:00Z", "2026-03-08T07:40:00Z",
     "2026-03-08T01:30:00-05:00", "2026-03-08T03:40:00-04:00", "Recorded: 1h10m apart"},
    {"New York, fall back", "America/New_York", "2026-11-01T05:20:00Z", "2026-11-01T06:10:00Z",
     "2026-11-01T01:20:00-04:00", "2026-11-01T01:10:00-05:00", "Recorded: 50m apart"},
  };
  for (const Crossing& c : cases) {
    SCOPED_TRACE(c.name);
    std::filesystem::remove(file());
    const RunResult start = sepa_at(c.zone, c.start_utc, {"start", "2h"});
    ASSERT_EQ(start.status, 0) << start.err;
    const RunResult done = sepa_at(c.zone, c.end_utc, {"done"});
    ASSERT_EQ(done.status, 0) << done.err;
    EXPECT_TRUE(has(done.out, c.recorded)) << done.out;
    EXPECT_EQ(format_rfc3339(last().started), c.started);
    EXPECT_EQ(format_rfc3339(*last().ended), c.ended);
  }
}

TEST_F(TimeChange, ClockTimesTypedAcrossTheSpringGapMeanWhatTheClockOnTheWallSaid)
{
  // 01:30 is before the jump and 03:45 after it: 1h15m passed, though the wall clock moved 2h15m.
  ASSERT_EQ(
    sepa_at("Europe/Paris", "2026-03-29T02:00:00Z", {"start", "2h", "--at", "01:30"}).status, 0);
  const RunResult done = sepa_at("Europe/Paris", "2026-03-29T02:00:00Z", {"done", "--at", "03:45"});
  ASSERT_EQ(done.status, 0) << done.err;
  EXPECT_TRUE(has(done.out, "Recorded: 1h15m apart")) << done.out;
  EXPECT_EQ(format_rfc3339(last().started), "2026-03-29T01:30:00+01:00");
  EXPECT_EQ(format_rfc3339(*last().ended), "2026-03-29T03:45:00+02:00");
}

TEST_F(TimeChange, AClockMovedBackWhileASeparationIsOpenGetsAPlainMessage)
{
  ASSERT_EQ(sepa_at("Europe/Paris", "2026-11-22T09:00:00Z", {"start", "30m"}).status, 0);
  const std::string open = read_all(file());

  const RunResult status = sepa_at("Europe/Paris", "2026-11-22T08:00:00Z", {"status"});
  EXPECT_EQ(status.status, 0) << status.err;
  EXPECT_TRUE(has(status.out, "The clock reads earlier than the start")) << status.out;
  EXPECT_FALSE(has(status.out, "-")) << "no negative duration: " << status.out;

  const RunResult done = sepa_at("Europe/Paris", "2026-11-22T08:00:00Z", {"done"});
  EXPECT_EQ(done.status, 1);
  EXPECT_TRUE(has(done.err, "sepa: error: the clock says it is Sun 22 Nov 09:00, which is "
                            "before this separation started (Sun 22 Nov 10:00)"))
    << done.err;
  EXPECT_TRUE(has(done.err, "sepa: hint: the clock seems to have been moved back")) << done.err;
  EXPECT_EQ(read_all(file()), open) << "nothing recorded while the clock is wrong";

  const RunResult later = sepa_at("Europe/Paris", "2026-11-22T09:20:00Z", {"done"});
  EXPECT_EQ(later.status, 0) << later.err;
  EXPECT_TRUE(has(later.out, "Recorded: 20m apart")) << later.out;
}

TEST_F(TimeChange, StatusAfterTheClockMovedBackADaySaysSo)
{
  ASSERT_EQ(sepa_at("UTC", "2026-11-22T09:00:00Z", {"start", "5m"}).status, 0);
  ASSERT_EQ(sepa_at("UTC", "2026-11-22T09:05:00Z", {"done"}).status, 0);
  const RunResult r = sepa_at("UTC", "2026-11-21T09:00:00Z", {"status"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(has(r.out, "the clock reads earlier than that")) << r.out;
  EXPECT_FALSE(has(r.out, "-1 days")) << r.out;
}

} // namespace
} // namespace sepa::test
