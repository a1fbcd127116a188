// The system clock moved backwards: a start or an end that the clock puts before what is
// already recorded is refused with a plain word about the clock (an --at hint would not help,
// since --at cannot be in the future), never recorded as a negative duration.

#include "sepa/errors.hpp"
#include "sepa/session.hpp"
#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;

bool has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

TEST(ClockChange, EndingWhenTheClockReadsBeforeTheStartSaysSoAndChangesNothing)
{
  // 10:00 start; the clock is then set back to 09:00 and `sepa done` runs.
  Ladder l = default_ladder(at("2026-11-22T08:00:00+01:00"));
  start_separation(l, {minutes{15}, "", {}, "", {}}, at("2026-11-22T10:00:00+01:00"), "a");
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
  start_separation(l, {minutes{5}, "", {}, "", {}}, at("2026-11-22T10:00:00Z"), "a");
  finish_separation(l, {}, at("2026-11-22T10:05:00Z"));
  try {
    start_separation(l, {minutes{5}, "", {}, "", {}}, at("2026-11-22T09:30:00Z"), "b");
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
  start_separation(l, {minutes{5}, "", {}, "", {}}, at("2026-11-22T10:00:00Z"), "a");
  DoneRequest r;
  r.at = at("2026-11-22T09:59:00Z");
  EXPECT_THROW(finish_separation(l, r, at("2026-11-22T10:30:00Z")), UsageError);
}

} // namespace
} // namespace sepa
