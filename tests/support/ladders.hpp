#pragma once
// Ladder files for tests that need one on disk: a rich one that uses every field sepa knows,
// plus keys from an imagined newer version at every level, which a rewrite must keep.

#include <string>

namespace sepa::test {

inline const std::string k_rich_ladder = R"({
  "schema": 1,
  "created": "2026-11-01T09:00:00+01:00",
  "wait": "25m",
  "message": "All good at home?",
  "rules": {
    "good_peak": 4,
    "mastery_days": 3,
    "stall_tries": 3,
    "early_returns": 2,
    "future_rule": {"kind": "gentle"}
  },
  "rungs": [
    {"length": "5m", "activity": "Mailbox", "future_rung": [1, 2, 3]},
    {"length": "15m", "activity": "Corner shop"}
  ],
  "strengths": ["Calm at bath time", "Knows every cry"],
  "emergencies": ["A fever over 38 °C"],
  "separations": [
    {
      "id": "a1",
      "started": "2026-11-20T10:00:00+01:00",
      "ended": "2026-11-20T10:32:00+01:00",
      "planned": "30m",
      "activity": "A walk round the block",
      "anxiety": 6,
      "peak": 5,
      "after": 2,
      "prediction": "She will cry the whole time",
      "happened": false,
      "praise": "Got her to nap",
      "note": "Easier than I thought",
      "urges": [{"at": "2026-11-20T10:04:00+01:00", "level": 7, "future_urge": true}],
      "wait_until": "2026-11-20T10:29:00+01:00",
      "checkins": [{"at": "2026-11-20T10:29:00+01:00", "outcome": "passed", "future_checkin": "x"}],
      "future_separation": {"weather": "rain"}
    }
  ],
  "future_top": ["kept", 1, null]
}
)";

} // namespace sepa::test
