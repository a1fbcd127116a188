#pragma once
// Starting and ending separations on the ladder, pure: `now` comes in as a value, ids come in
// from the caller. Refusals throw StateError (exit 1) or UsageError (exit 2) and leave the ladder
// as it was.

#include "sepa/ladder.hpp"
#include "sepa/progress.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

struct StartRequest {
  std::optional<Seconds> planned; // empty: the current rung
  std::string activity;           // empty: the rung's own activity
  std::optional<int> anxiety;
  std::string prediction;
  std::optional<Timestamp> at; // empty: now
  std::optional<int> likely;   // how likely the feared outcome feels, 0–100
};

struct DoneRequest {
  std::optional<int> peak;
  std::optional<int> after;
  std::optional<Happened> happened;
  std::optional<int> likely;     // how likely it feels now, 0–100
  std::string coped;             // when it happened: how it went
  std::vector<std::string> used; // safety behaviours used, by their text
  std::string praise;
  std::string note;
  std::optional<Timestamp> at;
};

Separation* open_separation(Ladder& ladder);
const Separation* open_separation(const Ladder& ladder);

// The step `sepa start` takes without a duration (progress.hpp's NextStep). Throws StateError
// when the ladder has no rungs.
NextStep default_step(const Ladder& ladder, const Timestamp& now);

Separation& start_separation(Ladder& ladder, const StartRequest& request, const Timestamp& now,
                             std::string id);

Separation& finish_separation(Ladder& ladder, const DoneRequest& request, const Timestamp& now);

// Takes the open separation off the ladder, as if it had never been started, and returns it; a
// planned separation it kept is planned again. Throws StateError when none is open.
Separation cancel_separation(Ladder& ladder, const Timestamp& now);

// The clock reads earlier than `recorded` ("before {what} (…)"): it was moved back, or another
// machine sharing the ladder runs ahead. Throws StateError saying so; nothing is changed.
[[noreturn]] void clock_behind(const Timestamp& now, const char* what, const Timestamp& recorded);

// The latest instant a separation has recorded: its start, or a later urge or check-in. An end
// or a new urge before it would contradict the record.
struct LatestRecord {
  Timestamp at;
  const char* noun;  // "the start", "your last urge to call home", "your check-in"
  const char* event; // "this separation started", "you logged an urge", "you checked in"
};
LatestRecord latest_record(const Separation& s);

// Left open far past its plan: more than three times its length, or more than 12 hours.
bool left_open_too_long(const Separation& s, const Timestamp& now);

// How to end `s` at the time it was planned to end, for a hint: "sepa done --at 10:20" when that
// names exactly that minute today, else the full date, time and offset (another day, or a
// reading the clock showed twice the night it went back).
std::string done_at_example(const Separation& s, const Timestamp& now, const TimeZone& zone);

// What to do about a separation left open long past its plan, worded once for every message that
// notices one: "if you came back earlier, end it with the time you came back, e.g. `sepa done
// --at 10:20`" (a clause: a sentence capitalises it).
std::string end_it_earlier(const Separation& s, const Timestamp& now, const TimeZone& zone);

// "started 10:05, planned 15m" — how a separation is named in messages.
std::string describe(const Separation& s, const Timestamp& now);

// The refusals more than one command gives, worded once. Both throw StateError.
// A separation is already open: the hint says how to end it, or is `left_open` (end_it_earlier)
// when it was left open long past its plan.
[[noreturn]] void refuse_already_open(const Separation& open, const Timestamp& now,
                                      const std::string& left_open = {});
// `sepa done` with nothing open.
[[noreturn]] void refuse_nothing_to_finish();

} // namespace sepa
