#pragma once
// The real world behind the core's interfaces: the system clock, the local time zone (TZ
// honoured), the process environment, the terminal, and random ids. Only main and the
// end-to-end paths use these; tests use fakes.

#include "sepa/time.hpp"

#include <map>
#include <optional>
#include <string>

namespace sepa {

class SystemClock final : public Clock {
public:
  SysSeconds now() const override;
};

// The zone from TZ (or /etc/localtime), through localtime_r.
class LocalZone final : public TimeZone {
public:
  std::chrono::minutes offset_at(SysSeconds utc) const override;
};

// The environment variables sepa reads, captured once at start-up.
struct Environment {
  std::map<std::string, std::string> vars;

  std::optional<std::string> get(const std::string& name) const;
  static Environment capture();
};

// TZ's value when it names no zone the C library can find (a typo, a zone file not installed):
// the C library then uses UTC without a word, so the caller says so. Empty when TZ is unset,
// empty (UTC), a zone file under TZDIR (or /usr/share/zoneinfo), or a POSIX rule such as
// "EST5EDT,M3.2.0,M11.1.0".
std::optional<std::string> unknown_zone(const Environment& env);

// What the terminal can do, probed once from isatty and the window size.
struct TerminalInfo {
  bool stdin_tty = false;
  bool stdout_tty = false;
  bool stderr_tty = false;
  int width = 80;

  static TerminalInfo probe();
};

// Where this sepa binary is (/proc/self/exe), for the crontab line a user copies; "sepa" when it
// cannot be read.
std::string running_binary();

// A random RFC 4122 version-4 id, unique across machines sharing one ladder.
std::string random_id();

} // namespace sepa
