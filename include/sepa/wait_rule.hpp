#pragma once
// The wait rule (docs/checkin.md), pure: `now` comes in as a value. When the urge to call home
// comes during a separation, the first `sepa checkin` opens a wait window of the plan's length
// (20–30 min); later calls see what is left of it and never move it. Once it is over, the worry
// has either passed or the parent sends the one simple text. Refusals throw StateError and leave
// the ladder as it was; urges and outcomes are only ever appended.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>

namespace sepa {

struct CheckinRequest {
  std::optional<int> urge; // 0–10
  bool passed = false;     // the worry has passed: record that, no wait
  bool emergency = false;  // an agreed emergency: skip the wait
};

enum class Step {
  waiting,   // the window is still open
  over,      // the window is over: the worry passed, or the one text is due
  passed,    // --passed: record it
  emergency, // --emergency: record it
  texted,    // the one text was already sent: there is no second (nothing recorded)
};

struct CheckinStart {
  Step step = Step::waiting;
  std::string separation_id;
  std::optional<Timestamp> deadline;  // the window's end; empty on the emergency path
  bool opened_now = false;            // this call opened the window
  std::optional<Timestamp> texted_at; // Step::texted: when the one text was sent
};

// The wait the plan asks for, kept within 20–30 minutes whatever the file says.
Seconds wait_length(const Ladder& ladder);

// Whether the last urge is still waiting for its outcome (passed, texted or emergency).
bool urge_pending(const Separation& s);

// How many urges have passed on their own, across the whole ladder.
int passed_count(const Ladder& ladder);

// When the separation is planned to end before the window does: its planned end.
std::optional<Timestamp> home_before_window(const Separation& s, const Timestamp& deadline);

// For a plain call, opens the window and records the urge if no window is open yet; a later
// plain call only looks, recording an urge only when `urge` is given. `--emergency` always
// records one; `--passed` does unless an urge is already pending (it then reports on that one).
// Says what comes next: Step::texted, recording nothing, for a plain call once the one text was
// sent. Throws StateError when no separation is open. The deadline carries
// the offset `zone` has in force at that instant.
CheckinStart begin_checkin(Ladder& ladder, const CheckinRequest& request, const Timestamp& now,
                           const TimeZone& zone);

// The kind words for a second text, said once: that the one text went at `at` ("10:20"), and
// what to do instead. `sepa checkin` prints them as two sentences; record_outcome refuses with
// them.
struct SecondText {
  std::string why;  // "you already sent your one text this time, at 10:20"
  std::string next; // trust the answer; the emergency path stays open
};
SecondText second_text_words(const std::string& at);

// Appends the outcome to the separation with this id. Throws StateError when it has ended or is
// gone (another shell ran `sepa done` meanwhile), or for a second `texted`.
const Checkin& record_outcome(Ladder& ladder, const std::string& separation_id, Outcome outcome,
                              const Timestamp& now);

} // namespace sepa
