#pragma once
// Instants and the clock. An instant is stored with the UTC offset in force at that moment, so
// local days can be computed later without a time-zone database, and durations always come from
// the UTC instants, never from local clock readings.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace sepa {

using Seconds = std::chrono::seconds;
using SysSeconds = std::chrono::sys_seconds;

struct Timestamp {
  SysSeconds utc{};
  std::chrono::minutes offset{0}; // local = utc + offset

  std::chrono::local_seconds local() const;
  std::chrono::local_days local_day() const;
  friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

inline Seconds operator-(const Timestamp& a, const Timestamp& b)
{
  return a.utc - b.utc;
}
inline bool operator<(const Timestamp& a, const Timestamp& b)
{
  return a.utc < b.utc;
}

// The instants sepa records: from 1970 to the end of 9999. A file keeps four-digit years, and a
// clock reading outside them is a clock that is wrong.
inline constexpr SysSeconds k_earliest{};
inline constexpr SysSeconds k_latest{std::chrono::sys_days{std::chrono::year{9999} / 12 / 31} +
                                     std::chrono::seconds{86399}};
inline bool recordable(SysSeconds t)
{
  return t >= k_earliest && t <= k_latest;
}

// "2026-11-22T10:05:00+01:00"; "Z" is never written, "+00:00" is.
std::string format_rfc3339(const Timestamp& t);
// The same, appended to `out` (for writing a large file without a string per instant).
void append_rfc3339(std::string& out, const Timestamp& t);
// Accepts the form above, "Z", and fractional seconds (dropped). Empty optional when invalid or
// not recordable().
std::optional<Timestamp> parse_rfc3339(std::string_view text);

// "10:05" in the instant's own local time.
std::string format_clock(const Timestamp& t);
// "Sun 22 Nov 10:05" for dates in the past.
std::string format_day_clock(const Timestamp& t);

// The user's time zone: the UTC offset in force at an instant.
class TimeZone {
public:
  virtual ~TimeZone() = default;
  virtual std::chrono::minutes offset_at(SysSeconds utc) const = 0;
  Timestamp stamp(SysSeconds utc) const { return {utc, offset_at(utc)}; }
  // The instant a local wall-clock reading names; for a reading skipped by a DST jump, the
  // instant just after the jump, and for a repeated one, the first.
  SysSeconds to_utc(std::chrono::local_seconds local) const;
  // For a reading the clock shows twice (the hour repeated when the clocks go back), the second
  // instant; to_utc gives the first. Empty for every other reading.
  std::optional<SysSeconds> repeated(std::chrono::local_seconds local) const;
};

class FixedZone final : public TimeZone {
public:
  explicit FixedZone(std::chrono::minutes offset) : m_offset(offset) {}
  std::chrono::minutes offset_at(SysSeconds) const override { return m_offset; }

private:
  std::chrono::minutes m_offset;
};

class Clock {
public:
  virtual ~Clock() = default;
  virtual SysSeconds now() const = 0;
};

} // namespace sepa
