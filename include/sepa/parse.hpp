#pragma once
// Parsers for what people type: durations ("15m", "1h30m") and times for --at ("10:05", "-10m",
// an RFC 3339 instant). They never throw: a failure is a value carrying the message and a hint,
// turned into a UsageError at the command-line boundary.

#include "sepa/time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace sepa {

template <class T> struct Parsed {
  std::optional<T> value;
  std::string error; // what is wrong, naming the input
  std::string hint;  // what to type instead; may be empty

  explicit operator bool() const { return value.has_value(); }
  static Parsed fail(std::string error, std::string hint = {})
  {
    return {std::nullopt, std::move(error), std::move(hint)};
  }
};

inline constexpr Seconds k_max_duration{24 * 3600};

// s/sec/secs/second(s), m/min/mins/minute(s), h/hr/hrs/hour(s), combined in descending order
// ("1h30m", "2h15m"). Zero, negative, bare numbers, month/year units and more than 24 h fail.
Parsed<Seconds> parse_duration(std::string_view text);

// The shortest exact spelling: 300 s → "5m", 5400 s → "1h30m", 45 s → "45s".
std::string format_duration(Seconds d);

// "HH:MM" (today, local), a day and a time ("yesterday 18:00", "mon 9:30": the most recent such
// day, see when.hpp), "-10m" (that long before now), or an RFC 3339 instant. A time after `now`
// fails.
Parsed<Timestamp> parse_at(std::string_view text, const Timestamp& now, const TimeZone& zone);

// What a 0–10 rating measures, for the words that explain its two ends.
enum class Scale { worry, confidence };

// A 0–10 rating; fails with a message naming `what`, and a hint saying what 0 and 10 mean.
Parsed<int> parse_rating(std::string_view text, std::string_view what, Scale scale = Scale::worry);

// How likely something feels, 0–100, with or without a trailing "%".
Parsed<int> parse_percent(std::string_view text, std::string_view what);

} // namespace sepa
