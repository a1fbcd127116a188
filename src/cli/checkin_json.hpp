#pragma once
// `sepa checkin --format json` (docs/json.md): every figure the check-in's text shows, as one
// JSON object. Pure: it returns the text. "version": 1; keys are added later, never removed.

#include "sepa/ladder.hpp"
#include "sepa/wait_rule.hpp"

#include <string>

namespace sepa {

// `ladder` is the ladder as saved after the check-in, `start` what the wait rule said.
std::string checkin_json(const Ladder& ladder, const CheckinStart& start, const Timestamp& now,
                         const TimeZone& zone);

} // namespace sepa
