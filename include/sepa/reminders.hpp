#pragma once
// `sepa remind`, pure: a short, kind nudge for a cron job, or nothing at all. There is something
// to say when the open separation was left open far past its plan (left_open_too_long), or when
// no separation has started or ended for `after_days` local calendar days (counting from the day
// the ladder was created when there are none yet). A separation under way within its plan is
// never nagged about.

#include "sepa/ladder.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sepa {

inline constexpr int k_remind_after_days = 2;
inline constexpr int k_remind_max_days = 365;

// The nudge, one to three lines each ending in a newline, plain text; empty when there is
// nothing to say.
std::optional<std::string> reminder(const Ladder& ladder, const Timestamp& now,
                                    const TimeZone& zone, int after_days);

inline constexpr Seconds k_remind_ahead{30 * 60};
inline constexpr int k_missed_days = 7; // a missed plan older than this is not brought up

// A nudge about a planned separation (docs/together.md), said once: `key` ("due ID",
// "missed ID") is what the shell remembers having said.
struct PlanNudge {
  std::string key;
  std::string text; // one or two lines, each ending in a newline
};

// A plan starting within `ahead` of `now` is due; one whose hour passed unkept in the last week
// was missed, which is said without blame. Nudges whose key is in `given` are left out.
std::vector<PlanNudge> plan_nudges(const Ladder& ladder, const Timestamp& now, Seconds ahead,
                                   const std::set<std::string>& given);

} // namespace sepa
