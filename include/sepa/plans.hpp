#pragma once
// Separations the couple plans ahead (`sepa plan next`, docs/together.md). Pure: `now` comes in
// as a value. A plan is kept by a separation started within an hour of its time; one whose hour
// has passed unkept is missed, which the week counts without blame.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

inline constexpr Seconds k_plan_window{3600}; // a start this close to a plan keeps it

// Adds a plan; refuses (UsageError) a time not ahead of `now`.
const PlannedSeparation& add_plan(Ladder& ladder, const Timestamp& at, Seconds length,
                                  std::string activity, std::string id, const Timestamp& now);

bool is_missed(const PlannedSeparation& p, const Timestamp& now);

// Plans still to come (planned, their hour not yet over), soonest first: the list that
// `plan next` numbers and `--remove N` counts in.
std::vector<const PlannedSeparation*> upcoming(const Ladder& ladder, const Timestamp& now);

// Marks upcoming plan `n` (1-based) removed; UsageError when there is no such plan. Returns a
// copy of it as it was.
PlannedSeparation remove_plan(Ladder& ladder, int n, const Timestamp& now);

// The plan a start without a length keeps: planned, and its time within the hour either side.
PlannedSeparation* plan_near(Ladder& ladder, const Timestamp& now);

// Marks `p` kept by the separation `id`.
void keep_plan(PlannedSeparation& p, const std::string& id, const Timestamp& now);

// "Sat 10:00, 1h: Coffee with a friend" ("today 18:30", "tomorrow 10:00" when close).
std::string describe_plan(const PlannedSeparation& p, const Timestamp& now);

} // namespace sepa
