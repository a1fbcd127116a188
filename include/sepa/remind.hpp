#pragma once
// `sepa remind`, pure: a short, kind nudge for a cron job, or nothing at all. There is something
// to say when the open separation was left open far past its plan (left_open_too_long), or when
// no separation has started or ended for `after_days` local calendar days (counting from the day
// the ladder was created when there are none yet). A separation under way within its plan is
// never nagged about.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>

namespace sepa {

inline constexpr int k_remind_after_days = 2;
inline constexpr int k_remind_max_days = 365;

// The nudge, one to three lines each ending in a newline, plain text; empty when there is
// nothing to say.
std::optional<std::string> reminder(const Ladder& ladder, const Timestamp& now,
                                    const TimeZone& zone, int after_days);

} // namespace sepa
