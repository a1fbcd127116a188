// The system clock moved backwards: a start or an end that the clock puts before what is
// already recorded is refused with a plain word about the clock (an --at hint would not help,
// since --at cannot be in the future), never recorded as a negative duration.

#include "sepa/errors.hpp"
#include "sepa/session.hpp"
#include "sepa/wait_rule.hpp"
#include "support/fake_clock.hpp"
#include "support/says.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;

using test::has;

TEST(ClockChange, EndingWhenTheClockReadsBeforeTheStartSaysSoAndChangesNothing)
{
  // 10:00 start; the clock is then set back to 09:00 and `sepa done` runs.
  Ladder l = default_ladder(at("2026-11-22T08:00:00+01:00"));
  start_separation(l, {minutes{15}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00+01:00"), "a");
  try {
    finish_separation(l, {}, at("2026-11-22T09:00:00+01:00"));
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_STREQ(e.what(), "the clock says it is Sun 22 Nov 09:00, which is before this "
                           "separation started (Sun 22 Nov 10:00)");
    EXPECT_TRUE(has(e.hint(), "clock seems to have been moved back")) << e.hint();
    EXPECT_FALSE(has(e.hint(), "--at")) << "an --at would be in the future";
  }
  EXPECT_TRUE(l.separations.back().open());
}

TEST(ClockChange, StartingWhenTheClockReadsBeforeTheLastEndSaysSo)
{
  Ladder l = default_ladder(at("2026-11-22T08:00:00Z"));
  start_separation(l, {minutes{5}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00Z"), "a");
  finish_separation(l, {}, at("2026-11-22T10:05:00Z"));
  try {
    start_separation(l, {minutes{5}, "", {}, "", {}, {}}, at("2026-11-22T09:30:00Z"), "b");
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_TRUE(has(e.what(), "which is before your last separation ended (Sun 22 Nov 10:05)"))
      << e.what();
  }
  EXPECT_EQ(l.separations.size(), 1u);
}

TEST(ClockChange, AnExplicitTimeBeforeTheStartIsStillAUsageError)
{
  Ladder l = default_ladder(at("2026-11-22T08:00:00Z"));
  start_separation(l, {minutes{5}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00Z"), "a");
  DoneRequest r;
  r.at = at("2026-11-22T09:59:00Z");
  EXPECT_THROW(finish_separation(l, r, at("2026-11-22T10:30:00Z")), UsageError);
}

TEST(ClockChange, ACheckinWhenTheClockReadsBeforeTheStartSaysSoAndRecordsNothing)
{
  // 10:00 start; the clock is set back to 09:00 and the urge to call home comes.
  Ladder l = default_ladder(at("2026-11-22T08:00:00+01:00"));
  start_separation(l, {minutes{30}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00+01:00"), "a");
  const FixedZone zone(minutes{60});
  for (const CheckinRequest& request :
       {CheckinRequest{}, CheckinRequest{5, true, false}, CheckinRequest{{}, false, true}}) {
    try {
      begin_checkin(l, request, at("2026-11-22T09:00:00+01:00"), zone);
      FAIL() << "expected a refusal";
    } catch (const StateError& e) {
      EXPECT_TRUE(has(e.what(), "which is before this separation started (Sun 22 Nov 10:00)"))
        << e.what();
    }
  }
  const Separation& s = l.separations.back();
  EXPECT_TRUE(s.urges.empty());
  EXPECT_FALSE(s.wait_until.has_value());
  // Later, after an urge at 10:10, the clock reads 10:05.
  begin_checkin(l, {}, at("2026-11-22T10:10:00+01:00"), zone);
  EXPECT_THROW(begin_checkin(l, {}, at("2026-11-22T10:05:00+01:00"), zone), StateError);
  EXPECT_EQ(l.separations.back().urges.size(), 1U);
}

TEST(ClockChange, AnEndBeforeAnUrgeOrCheckinAlreadyRecordedIsRefused)
{
  // 10:00 start, urge at 10:10: an end given as 10:05 would leave the urge after the end.
  Ladder l = default_ladder(at("2026-11-22T08:00:00+01:00"));
  start_separation(l, {minutes{30}, "", {}, "", {}, {}}, at("2026-11-22T10:00:00+01:00"), "a");
  begin_checkin(l, {}, at("2026-11-22T10:10:00+01:00"), FixedZone(minutes{60}));
  DoneRequest r;
  r.at = at("2026-11-22T10:05:00+01:00");
  try {
    finish_separation(l, r, at("2026-11-22T10:40:00+01:00"));
    FAIL() << "expected a refusal";
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(), "the end (Sun 22 Nov 10:05) is before your last urge to call home "
                           "(Sun 22 Nov 10:10)");
  }
  EXPECT_TRUE(l.separations.back().open());
  // Without --at, a clock that reads before the urge is named as the clock's doing.
  try {
    finish_separation(l, {}, at("2026-11-22T10:06:00+01:00"));
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_TRUE(has(e.what(), "which is before you logged an urge to call home")) << e.what();
  }
  r.at = at("2026-11-22T10:12:00+01:00");
  EXPECT_EQ(finish_separation(l, r, at("2026-11-22T10:40:00+01:00")).ended, r.at);
}

} // namespace
} // namespace sepa
