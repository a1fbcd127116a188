#pragma once
// What a hook hears (docs/hooks.md), pure: the event's name, the JSON object a hook reads on
// its stdin, and which of the one-time events of a separation under way are due at `now`.

#include "sepa/ladder.hpp"

#include <string>
#include <vector>

namespace sepa {

enum class HookEvent {
  start,     // a separation began
  checkin,   // the urge to call home, recorded
  done,      // a separation ended
  wait_over, // the wait before calling home is over (once per separation)
  due,       // the planned end is reached (once per separation)
};

// "start", "checkin", "done", "wait-over", "due"; the hook is "on-" and this.
const char* event_name(HookEvent event);

// The object on the hook's stdin: "version": 1, the event, when sepa noticed it (`now`), and
// the separation it is about. Ends in a newline.
std::string event_json(HookEvent event, const Separation& s, const Ladder& ladder,
                       const Timestamp& now, const TimeZone& zone);

// The one-time events of the separation under way whose moment has come by `now`: the wait
// over, the planned end reached. None when nothing is under way.
std::vector<HookEvent> timed_events(const Ladder& ladder, const Timestamp& now);

// How a one-time event is remembered as fired: "wait-over ID".
std::string fired_key(HookEvent event, const std::string& separation_id);

} // namespace sepa
