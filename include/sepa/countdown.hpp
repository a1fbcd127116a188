#pragma once
// The live countdown of the wait window (docs/checkin.md). A pure renderer turns (deadline, now,
// width, strengths) into a frame of text; a small loop draws one frame at each whole second of
// the wall clock until the deadline. The clock, the sleep and the screen come in through the
// interfaces below, so a 20-minute countdown runs in microseconds under test, and only the
// terminal writer in src/io knows about escape codes.

#include "sepa/time.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace sepa {

struct CountdownView {
  Timestamp deadline;                   // the end of the window; its offset gives the clock time
  Seconds total{20 * 60};               // the window's whole length, for the bar
  std::vector<std::string> strengths;   // the partner's strengths, in the parent's words
  std::string partner = "Your partner"; // who has the baby, neutralised, to start a sentence
};

// The frame at `now` for a terminal `width` columns wide: lines joined by '\n' (none after the
// last), each at most `width` columns. The time left is `deadline - now` as mm:ss, never below
// 00:00; the bar fills as the window passes; one strength is shown, a different one every 20
// seconds. A nonzero `slept` adds a line saying the computer slept that long. Sentences wrap
// at spaces on a narrow terminal, up to three lines each (one below 20 columns), so the frame
// can grow or shrink as strengths turn.
std::string render_countdown(const CountdownView& view, SysSeconds now, std::size_t width,
                             Seconds slept = Seconds{0});

// The wall clock to the microsecond (in 64 bits that spans every year sepa records; nanoseconds
// would wrap after 2262), and a monotonic clock that stands still while the computer sleeps: the
// gap between them is how a suspend is noticed.
using WallTime = std::chrono::sys_time<std::chrono::microseconds>;

class TickClock {
public:
  virtual ~TickClock() = default;
  virtual WallTime wall() const = 0;
  virtual std::chrono::steady_clock::time_point mono() const = 0;
};

enum class Wake {
  timeout, // the time asked for has passed
  resize,  // the terminal changed size: draw again now
  passed,  // the parent said the worry has passed
  stop,    // Ctrl-C, SIGTERM or SIGHUP
  // Another window ended, cancelled or changed the separation waited on (follow.hpp's
  // changed_elsewhere): stop without recording anything.
  elsewhere,
};

class Sleeper {
public:
  virtual ~Sleeper() = default;
  // Sleeps for `d`, or less when something wakes it; never spins.
  virtual Wake sleep_for(std::chrono::nanoseconds d) = 0;
};

class Screen {
public:
  virtual ~Screen() = default;
  virtual std::size_t width() const = 0;
  // Replaces the previous frame with this one.
  virtual void draw(const std::string& frame) = 0;
};

enum class CountdownEnd { finished, passed, stopped, elsewhere };

// Draws a frame now and then at every whole wall-clock second until the deadline has come (after
// drawing 00:00), the parent says the worry passed, a stop signal arrives, or the sleeper says
// the separation changed in another window. Every frame is computed afresh from the deadline
// and the wall clock; a jump of the wall clock ahead of the monotonic one (a suspend) is
// reported in the frames that follow.
CountdownEnd run_countdown(const CountdownView& view, const TickClock& clock, Sleeper& sleeper,
                           Screen& screen);

} // namespace sepa
