// Local days and durations across daylight-saving changes, with the real 2026 transition
// instants of Europe/Paris and America/New_York. Durations must come from the instants (a
// separation across the change lasts what the clock on the wall does not say), and a day of 23
// or 25 hours is still one calendar day.

#include "sepa/reminders.hpp"
#include "sepa/report_facts.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono;

// One year of a zone's rules: its standard offset, one hour more between the two changes.
class SummerTimeZone final : public TimeZone {
public:
  SummerTimeZone(minutes standard, SysSeconds spring, SysSeconds autumn)
    : m_standard(standard), m_spring(spring), m_autumn(autumn)
  {
  }
  minutes offset_at(SysSeconds utc) const override
  {
    return utc >= m_spring && utc < m_autumn ? m_standard + hours{1} : m_standard;
  }

private:
  minutes m_standard;
  SysSeconds m_spring;
  SysSeconds m_autumn;
};

// Paris: 29 Mar 01:00 UTC (02:00 → 03:00), 25 Oct 01:00 UTC (03:00 → 02:00).
const SummerTimeZone k_paris(hours{1}, sys_days{2026y / March / 29} + 1h,
                             sys_days{2026y / October / 25} + 1h);
// New York: 8 Mar 07:00 UTC (02:00 → 03:00), 1 Nov 06:00 UTC (02:00 → 01:00).
const SummerTimeZone k_new_york(hours{-5}, sys_days{2026y / March / 8} + 7h,
                                sys_days{2026y / November / 1} + 6h);

struct DstCase {
  const char* name;
  const TimeZone& zone;
  local_days change; // the day of 23 or 25 hours
  minutes day_length;
  minutes across; // 01:30 to 03:30 on the wall clock that day, as it really lasts
};

const DstCase k_cases[] = {
  {"Paris spring", k_paris, local_days{2026y / March / 29}, hours{23}, hours{1}},
  {"Paris autumn", k_paris, local_days{2026y / October / 25}, hours{25}, hours{3}},
  {"New York spring", k_new_york, local_days{2026y / March / 8}, hours{23}, hours{1}},
  {"New York autumn", k_new_york, local_days{2026y / November / 1}, hours{25}, hours{3}},
};

Timestamp wall(const TimeZone& zone, local_days day, minutes time)
{
  return zone.stamp(zone.to_utc(local_seconds{day} + time));
}

Separation finished(const std::string& id, Timestamp start, Timestamp end, minutes planned)
{
  Separation s;
  s.id = id;
  s.started = start;
  s.ended = end;
  s.planned = planned;
  return s;
}

TEST(ReportDst, TheFakeZonesChangeOnTheRealDays)
{
  for (const DstCase& c : k_cases) {
    SCOPED_TRACE(c.name);
    const Timestamp midnight = wall(c.zone, c.change, minutes{0});
    const Timestamp next = wall(c.zone, c.change + days{1}, minutes{0});
    EXPECT_EQ(next - midnight, c.day_length);
  }
}

TEST(ReportDst, ASeparationAcrossTheChangeHasItsExactDuration)
{
  for (const DstCase& c : k_cases) {
    SCOPED_TRACE(c.name);
    Ladder ladder = default_ladder(wall(c.zone, c.change - days{30}, hours{9}));
    ladder.separations = {
      finished("across", wall(c.zone, c.change, 90min), wall(c.zone, c.change, 210min), hours{2})};
    const Report r = build_report(ladder, std::nullopt, wall(c.zone, c.change, 23h));
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(*r.rows[0].actual, c.across);
    EXPECT_EQ(r.totals.apart, c.across);
    EXPECT_EQ(r.rows[0].early, c.across < hours{2} - 12min);
  }
}

// now: 23:59 on the long or short day.
//   T-7 23:30 → last week        T-6 00:30 → this week        T 00:10, T 23:50 → today
// Counting by hours from now instead of by calendar days gets the first two wrong.
TEST(ReportDst, DaysOfTwentyThreeOrTwentyFiveHoursAreBucketedByTheCalendar)
{
  for (const DstCase& c : k_cases) {
    SCOPED_TRACE(c.name);
    Ladder ladder = default_ladder(wall(c.zone, c.change - days{30}, hours{9}));
    const auto at = [&](int day, minutes time) { return wall(c.zone, c.change + days{day}, time); };
    ladder.separations = {finished("a", at(-7, 23h + 30min), at(-7, 23h + 36min), 5min),
                          finished("b", at(-6, 30min), at(-6, 36min), 5min),
                          finished("c", at(0, 10min), at(0, 16min), 5min),
                          finished("d", at(0, 23h + 50min), at(0, 23h + 56min), 5min)};
    const Timestamp now = at(0, 23h + 59min);
    const Report r = build_report(ladder, std::nullopt, now);
    EXPECT_EQ(r.totals.days_this_week, 2);
    EXPECT_EQ(r.totals.days_last_week, 1);
    EXPECT_EQ(r.rows[2].source->started.local_day(), r.rows[3].source->started.local_day());
    const Report today = build_report(ladder, c.change, now);
    EXPECT_EQ(today.rows.size(), 2u);
    const Report week = build_report(ladder, c.change - days{6}, now);
    EXPECT_EQ(week.rows.size(), 3u);
  }
}

TEST(ReportDst, RemindCountsCalendarDaysAcrossTheChange)
{
  for (const DstCase& c : k_cases) {
    SCOPED_TRACE(c.name);
    Ladder ladder = default_ladder(wall(c.zone, c.change - days{30}, hours{9}));
    // Back at 23:50 the day before the change; the nudge is due at 00:10 the day after it,
    // fewer than (or just over) 24 hours later, because that is two calendar days.
    ladder.separations = {finished("a", wall(c.zone, c.change - days{1}, 23h + 40min),
                                   wall(c.zone, c.change - days{1}, 23h + 50min), 10min)};
    EXPECT_FALSE(reminder(ladder, wall(c.zone, c.change, 23h + 59min), c.zone, 2));
    EXPECT_TRUE(reminder(ladder, wall(c.zone, c.change + days{1}, 10min), c.zone, 2));
  }
}

} // namespace
} // namespace sepa::test
