#pragma once
// What every subcommand gets: streams, the clock and zone, the environment, terminal facts
// decided once, the global options, and the ladder's store.

#include "cli/line_layout.hpp"
#include "sepa/countdown.hpp"
#include "sepa/paths.hpp"
#include "sepa/store.hpp"
#include "sepa/system.hpp"
#include "sepa/time.hpp"

#include <algorithm>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace sepa {

enum class ColorMode { automatic, always, never };

struct Context;
// Once per run, warns about conflict copies a sync tool left beside the ladder (docs/sync.md).
// Defined in cli/ladder_access.cpp.
void report_conflict_copies(const Context& ctx);
// Once per run, warns when TZ names no zone, so times are in UTC (docs/reliability.md). Defined
// in cli/output.cpp.
void report_unknown_zone(const Context& ctx);

// Columns a terminal gives text: its own width, at least 40 and at most 200.
inline std::size_t terminal_width(const TerminalInfo& term)
{
  return static_cast<std::size_t>(std::clamp(term.width, 40, 200));
}

// Whether the locale (LC_ALL, else LC_CTYPE, else LANG) names UTF-8; none set is the C locale,
// which is ASCII. Defined in cli/output.cpp.
bool unicode_locale(const Environment& env);

// --color's word (auto, always or never; anything else is auto). Defined in cli/output.cpp.
ColorMode color_mode_from(std::string_view when);

// Decided once from the flag, NO_COLOR, TERM and whether stdout is a terminal.
bool use_color(ColorMode mode, const TerminalInfo& term, const Environment& env);

// What the live countdown runs on (countdown.hpp): the real clocks, signals and terminal from
// main, fakes in tests, so a whole `sepa checkin` can run on a virtual clock.
struct CountdownDevices {
  const TickClock& ticks;
  // Wakes on signals, and on key presses when `keys` (a person is there to press them).
  std::function<std::unique_ptr<Sleeper>(bool keys)> sleeper;
  // Draws frames on stdout; `fallback_width` when the terminal cannot say.
  std::function<std::unique_ptr<Screen>(std::size_t fallback_width)> screen;
};

struct Context {
  // `out_` and `err_` are the real streams: what people read reaches them through a layout of
  // lines to the width (cli/line_layout.hpp), and in ASCII under a locale that is not UTF-8.
  Context(std::ostream& out_, std::ostream& err_, std::istream& in_, const Clock& clock_,
          const TimeZone& zone_, Environment env_, TerminalInfo term_,
          std::function<std::string()> new_id_, CountdownDevices countdown_)
    : m_out_layout(out_.rdbuf(), term_.stdout_tty ? terminal_width(term_) : 80,
                   !unicode_locale(env_)),
      m_err_layout(err_.rdbuf(), term_.stderr_tty ? terminal_width(term_) : 0,
                   !unicode_locale(env_)),
      m_out(&m_out_layout), m_err(&m_err_layout), out(m_out), err(m_err), data(out_), in(in_),
      clock(clock_), zone(zone_), env(std::move(env_)), term(term_), new_id(std::move(new_id_)),
      countdown(std::move(countdown_))
  {
    in.tie(&out); // a question is on the screen before its answer is read
  }
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

private:
  LineLayout m_out_layout;
  LineLayout m_err_layout;
  std::ostream m_out;
  std::ostream m_err;

public:
  // What people read: prose, tables, questions, diagnostics.
  std::ostream& out;
  std::ostream& err;
  // stdout byte for byte: JSON, CSV, HTML, Markdown, completion scripts.
  std::ostream& data;
  std::istream& in;
  const Clock& clock;
  const TimeZone& zone;
  Environment env;
  TerminalInfo term;
  std::function<std::string()> new_id;
  CountdownDevices countdown;

  // Global options, set by the parser before any subcommand runs.
  std::string file_flag;
  bool no_input = false;
  ColorMode color_mode = ColorMode::automatic;
  StoreOptions store_options;

  // A subcommand's exit status, set by its callback.
  int status = 0;
  // Conflict copies beside the ladder are reported once per run, however often it is read; a
  // command that handles them itself sets this first.
  mutable bool conflicts_reported = false;
  mutable bool zone_reported = false;

  // The command's `now`, read from the clock once, at the first use, and the same for the rest of
  // the command: every time it records and every message agree.
  Timestamp now() const
  {
    if (!m_now) {
      report_unknown_zone(*this);
      m_now = zone.stamp(clock.now());
    }
    return *m_now;
  }
  // The time after a wait (the countdown, a question answered): from the countdown's wall clock.
  Timestamp after_wait() const
  {
    return zone.stamp(std::chrono::floor<Seconds>(countdown.ticks.wall()));
  }
  // Prompts only when a person is there to answer them.
  bool interactive() const { return term.stdin_tty && term.stdout_tty && !no_input; }
  bool color() const { return use_color(color_mode, term, env); }
  // Columns to lay text out in: the terminal's (at least 40), or 80 without one.
  std::size_t width() const { return term.stdout_tty ? terminal_width(term) : 80; }
  LadderPath ladder_path() const { return resolve_ladder_path(file_flag, env); }
  // Every command reaches the ladder through here, so this is the one place that checks for a
  // sync tool's conflict copies beside it.
  Store store() const
  {
    report_conflict_copies(*this);
    return Store(ladder_path().path, store_options);
  }

private:
  mutable std::optional<Timestamp> m_now;
};

} // namespace sepa
