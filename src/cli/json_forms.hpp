#pragma once
// `--format json` of status, plan, start, done and edit, and `status --format short`
// (docs/json.md): the same facts as the screen, for scripts, and one short line for a shell prompt
// or a status bar. Pure: each returns the text. Every object carries "version": 1; keys are added
// in later releases, never renamed or removed.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

inline constexpr std::size_t k_short_status_width = 30;

// Every figure `sepa status` shows; `ladder` is empty when there is no ladder file yet.
std::string status_json(const std::optional<Ladder>& ladder, const Timestamp& now,
                        const TimeZone& zone);

// "sepa 12m left, wait 08:31", "sepa 18:30 30m planned", or nothing at all (an empty string)
// when nothing is under way or planned for today. At most k_short_status_width columns, ASCII.
std::string status_short(const Ladder& ladder, const Timestamp& now, const TimeZone& zone);

// The separation just started, when it is due back, and the plan it kept (if any).
std::string start_json(const Separation& s, const Ladder& ladder, const TimeZone& zone);

// The separation just finished with its verdict, and the ladder's next step.
std::string done_json(const Separation& s, const Ladder& ladder, const Timestamp& now);

// The separation as corrected, its verdict and the ladder's next step, and the names of the
// fields that changed (the file's keys: "peak", "likely_before").
std::string edit_json(const Separation& s, const Ladder& ladder, const Timestamp& now,
                      const std::vector<std::string>& changed);

// The ladder as `sepa plan` shows it: rungs and their states, the next step, the wait, the one
// text, the lists, the names and the plans still ahead.
std::string plan_json(const Ladder& ladder, const Timestamp& now);

} // namespace sepa
