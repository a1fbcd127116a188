#include "sepa/parse.hpp"

#include "sepa/when.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fmt/format.h>

namespace sepa {

namespace {

struct Unit {
  std::string_view name;
  long long seconds; // 0: a unit people try that sepa does not take
};

constexpr std::array<Unit, 26> k_units{{
  {"s", 1},      {"sec", 1},     {"secs", 1},     {"second", 1},   {"seconds", 1}, {"m", 60},
  {"min", 60},   {"mins", 60},   {"minute", 60},  {"minutes", 60}, {"h", 3600},    {"hr", 3600},
  {"hrs", 3600}, {"hour", 3600}, {"hours", 3600}, {"d", 0},        {"day", 0},     {"days", 0},
  {"w", 0},      {"week", 0},    {"mo", 0},       {"month", 0},    {"months", 0},  {"y", 0},
  {"year", 0},   {"years", 0},
}};

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

std::string lower(std::string_view s)
{
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

const char* k_units_hint = "use s, m or h, e.g. 45s, 15m, 1h30m";

} // namespace

Parsed<Seconds> parse_duration(std::string_view text)
{
  using P = Parsed<Seconds>;
  if (text.empty()) {
    return P::fail("a duration is needed", "for example 15m or 1h30m");
  }
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
    std::string joined;
    std::copy_if(text.begin(), text.end(), std::back_inserter(joined),
                 [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
    return P::fail(fmt::format("'{}': a duration has no spaces", text),
                   joined.empty() ? "for example 15m" : fmt::format("did you mean {}?", joined));
  }
  if (text.front() == '-') {
    return P::fail(fmt::format("{}: a duration must be more than zero", text),
                   "for a time in the past, use --at, e.g. --at -10m");
  }
  const std::string s = lower(text);
  long long total = 0;
  long long last_unit = 0;
  // "1h60m": a part that makes a whole unit of the one before it; the two units, when found.
  std::optional<std::pair<long long, long long>> spilled;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t num_start = pos;
    while (pos < s.size() && is_digit(s[pos])) {
      ++pos;
    }
    if (pos == num_start) {
      return P::fail(fmt::format("{}: a number goes before '{}'", text, s.substr(pos)),
                     "for example 15m or 1h30m");
    }
    const std::string_view digits = std::string_view(s).substr(num_start, pos - num_start);
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      return P::fail(fmt::format("{}: use whole numbers", text),
                     "for example 1h30m instead of 1.5h");
    }
    const std::size_t unit_start = pos;
    while (pos < s.size() && !is_digit(s[pos])) {
      ++pos;
    }
    const std::string_view unit_name = std::string_view(s).substr(unit_start, pos - unit_start);
    if (unit_name.empty()) {
      if (last_unit != 0) {
        // "1h30": the number after a unit is in the next smaller one.
        return P::fail(fmt::format("{}: missing unit — did you mean {}{}?", text, text,
                                   last_unit == 3600 ? "m" : "s"),
                       "each number needs its unit, e.g. 1h30m");
      }
      return P::fail(fmt::format("{}: missing unit — did you mean {}m?", text, text),
                     fmt::format("a length needs its unit, such as {0}m for {0} minutes", digits));
    }
    const auto unit = std::find_if(k_units.begin(), k_units.end(),
                                   [&](const Unit& u) { return u.name == unit_name; });
    if (unit == k_units.end()) {
      return P::fail(fmt::format("{}: unknown unit '{}'", text, unit_name), k_units_hint);
    }
    if (unit->seconds == 0) {
      return P::fail(
        fmt::format("{}: sepa measures separations in seconds, minutes and hours", text),
        "m is always minutes; the longest is 24h");
    }
    if (last_unit != 0 && unit->seconds >= last_unit) {
      return P::fail(fmt::format("{}: put each unit once, largest first", text),
                     "for example 1h30m");
    }
    const long long larger = last_unit;
    last_unit = unit->seconds;
    if (digits.size() > 6) {
      return P::fail(fmt::format("{}: more than 24 hours", text), "the longest separation is 24h");
    }
    const long long value = std::stoll(std::string(digits));
    if (larger != 0 && value >= 60 && !spilled) {
      spilled = {{larger, unit->seconds}};
    }
    total += value * unit->seconds;
  }
  if (total == 0) {
    return P::fail(fmt::format("{}: a duration must be more than zero", text), "for example 5m");
  }
  if (total > k_max_duration.count()) {
    return P::fail(fmt::format("{}: more than 24 hours", text), "the longest separation is 24h");
  }
  if (spilled) {
    // Likely a slip ("1h60m" for 1h06m?), so it is not quietly read as another length.
    const auto word = [](long long unit) {
      return unit == 3600 ? "hours" : unit == 60 ? "minutes" : "seconds";
    };
    return P::fail(fmt::format("{}: after the {}, the {} go from 0 to 59", text,
                               word(spilled->first), word(spilled->second)),
                   fmt::format("did you mean {}?", format_duration(Seconds{total})));
  }
  return {Seconds{total}, {}, {}};
}

std::string format_duration(Seconds d)
{
  const long long total = d.count();
  const long long h = total / 3600;
  const long long m = (total % 3600) / 60;
  const long long s = total % 60;
  std::string out;
  if (h > 0) {
    out += fmt::format("{}h", h);
  }
  if (m > 0) {
    out += fmt::format("{}m", m);
  }
  if (s > 0 || out.empty()) {
    out += fmt::format("{}s", s);
  }
  return out;
}

Parsed<Timestamp> parse_at(std::string_view text, const Timestamp& now, const TimeZone& zone)
{
  using P = Parsed<Timestamp>;
  using namespace std::chrono;
  const char* forms = "use HH:MM (today), yesterday 18:00, mon 9:30, -10m (ten minutes ago) or "
                      "2026-11-22T10:05:00+01:00";
  if (text.empty()) {
    return P::fail("a time is needed", forms);
  }
  std::optional<Timestamp> at;
  bool clock_reading = false;
  if (text.front() == '-') {
    const std::string_view amount = text.substr(1);
    const auto ago = parse_duration(amount);
    if (!ago) {
      if (!amount.empty() && std::all_of(amount.begin(), amount.end(), is_digit)) {
        return P::fail(fmt::format("{}: missing unit — did you mean {}m?", text, text),
                       fmt::format("{}m is {} minutes ago", text, amount));
      }
      return P::fail(fmt::format("{}: {}", text, ago.error), forms);
    }
    at = zone.stamp(now.utc - *ago.value);
  } else if (text.size() >= 4 && text.size() <= 5 && text.find(':') != std::string_view::npos) {
    const auto colon = text.find(':');
    const std::string_view hh = text.substr(0, colon);
    const std::string_view mm = text.substr(colon + 1);
    const auto digits = [](std::string_view v) {
      return !v.empty() && std::all_of(v.begin(), v.end(), is_digit);
    };
    if (!digits(hh) || !digits(mm) || mm.size() != 2) {
      return P::fail(fmt::format("{}: not a time", text), forms);
    }
    const int h = std::stoi(std::string(hh));
    const int m = std::stoi(std::string(mm));
    if (h > 23 || m > 59) {
      return P::fail(fmt::format("{}: not a time of day", text), forms);
    }
    const local_seconds local = now.local_day() + hours{h} + minutes{m};
    at = zone.stamp(zone.to_utc(local));
    clock_reading = true;
    // The night the clocks go back, a reading in the repeated hour names two instants: once
    // both have passed, guessing one could record a separation an hour off.
    if (const auto second = zone.repeated(local); second && *second <= now.utc) {
      return P::fail(fmt::format("{}: the clock showed {} twice today, before and after it went "
                                 "back",
                                 text, text),
                     fmt::format("say which: --at {} (the first) or --at {} (after the clock went "
                                 "back)",
                                 format_rfc3339(*at), format_rfc3339(zone.stamp(*second))));
    }
  } else if (const auto space = text.find(' ');
             space != std::string_view::npos && is_day_word(text.substr(0, space))) {
    // "yesterday 18:00", "mon 9:30": the most recent such day.
    const std::size_t from = text.find_first_not_of(' ', space);
    const std::string_view clock = from == std::string_view::npos ? "" : text.substr(from);
    const auto day_time = parse_day_time(text.substr(0, space), clock, now, zone, Direction::back);
    if (!day_time) {
      return day_time;
    }
    at = day_time.value;
  } else {
    at = parse_rfc3339(text);
    if (!at && text.size() >= 4 && std::all_of(text.begin(), text.begin() + 4, is_digit) &&
        (text.substr(0, 4) < "1970")) {
      return P::fail(fmt::format("{}: sepa records times from 1970 on", text), forms);
    }
    if (!at) {
      return P::fail(fmt::format("{}: not a time sepa understands", text), forms);
    }
  }
  if (at->utc > now.utc) {
    std::string hint = "give a time that has already passed";
    if (clock_reading) {
      // Just after midnight, "23:55" was meant as last night: say how to write that.
      const Timestamp yesterday = zone.stamp(zone.to_utc(at->local() - days{1}));
      const auto ago = duration_cast<minutes>(now.utc - yesterday.utc);
      if (ago.count() > 0) {
        hint = fmt::format("HH:MM is today; for yesterday at {0}, use --at \"yesterday {0}\" or "
                           "--at -{1}",
                           text, format_duration(ago));
      }
    }
    return P::fail(fmt::format("{}: that is in the future (it is {} now)", text, format_clock(now)),
                   hint);
  }
  return {at, {}, {}};
}

Parsed<int> parse_rating(std::string_view text, std::string_view what, Scale scale)
{
  const bool digits =
    !text.empty() && text.size() <= 2 && std::all_of(text.begin(), text.end(), is_digit);
  const int value = digits ? std::stoi(std::string(text)) : -1;
  if (value < 0 || value > 10) {
    return Parsed<int>::fail(fmt::format("{} '{}': use a whole number from 0 to 10", what, text),
                             scale == Scale::worry
                               ? "0 is calm, 10 is the most anxious you can imagine"
                               : "0 is not confident at all, 10 is as sure as you can be");
  }
  return {value, {}, {}};
}

Parsed<int> parse_percent(std::string_view text, std::string_view what)
{
  std::string_view digits = text;
  if (!digits.empty() && digits.back() == '%') {
    digits.remove_suffix(1);
  }
  const bool ok =
    !digits.empty() && digits.size() <= 3 && std::all_of(digits.begin(), digits.end(), is_digit);
  const int value = ok ? std::stoi(std::string(digits)) : -1;
  if (value < 0 || value > 100) {
    return Parsed<int>::fail(fmt::format("{} '{}': use a whole number from 0 to 100", what, text),
                             "how likely it feels, in percent: 0 is not at all, 100 is certain");
  }
  return {value, {}, {}};
}

} // namespace sepa
