#pragma once
// What every subcommand gets: streams, the clock and zone, the environment, terminal facts
// decided once, the global options, and the ladder's store.

#include "sepa/paths.hpp"
#include "sepa/store.hpp"
#include "sepa/system.hpp"
#include "sepa/time.hpp"

#include <functional>
#include <iosfwd>
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

// Decided once from the flag, NO_COLOR, TERM and whether stdout is a terminal.
bool use_color(ColorMode mode, const TerminalInfo& term, const Environment& env);

struct Context {
  Context(std::ostream& out_, std::ostream& err_, std::istream& in_, const Clock& clock_,
          const TimeZone& zone_, Environment env_, TerminalInfo term_,
          std::function<std::string()> new_id_)
    : out(out_), err(err_), in(in_), clock(clock_), zone(zone_), env(std::move(env_)), term(term_),
      new_id(std::move(new_id_))
  {
  }

  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  const Clock& clock;
  const TimeZone& zone;
  Environment env;
  TerminalInfo term;
  std::function<std::string()> new_id;

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

  Timestamp now() const
  {
    report_unknown_zone(*this);
    return zone.stamp(clock.now());
  }
  // Prompts only when a person is there to answer them.
  bool interactive() const { return term.stdin_tty && term.stdout_tty && !no_input; }
  bool color() const { return use_color(color_mode, term, env); }
  LadderPath ladder_path() const { return resolve_ladder_path(file_flag, env); }
  // Every command reaches the ladder through here, so this is the one place that checks for a
  // sync tool's conflict copies beside it.
  Store store() const
  {
    report_conflict_copies(*this);
    return Store(ladder_path().path, store_options);
  }
};

} // namespace sepa
