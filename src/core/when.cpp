#include "sepa/when.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace sepa {

using namespace std::chrono;

namespace {

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

constexpr std::array<const char*, 7> k_days{"sunday",   "monday", "tuesday", "wednesday",
                                            "thursday", "friday", "saturday"};

// 0 = Sunday … 6 = Saturday, from "sat", "saturday" (and "thu", "thur", "thurs").
std::optional<unsigned> weekday_of(const std::string& word)
{
  if (word.size() < 3) {
    return std::nullopt;
  }
  for (unsigned i = 0; i < k_days.size(); ++i) {
    if (std::string_view(k_days[i]).starts_with(word)) {
      return i;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<minutes> parse_clock(std::string_view text)
{
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3) {
    return std::nullopt;
  }
  const auto digits = [](std::string_view v) {
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string_view hh = text.substr(0, colon);
  const std::string_view mm = text.substr(colon + 1);
  if (!digits(hh) || !digits(mm)) {
    return std::nullopt;
  }
  const int h = std::stoi(std::string(hh));
  const int m = std::stoi(std::string(mm));
  if (h > 23 || m > 59) {
    return std::nullopt;
  }
  return hours{h} + minutes{m};
}

bool is_day_word(std::string_view word)
{
  const std::string w = lower(word);
  return w == "today" || w == "tomorrow" || w == "yesterday" || weekday_of(w).has_value();
}

Parsed<Timestamp> parse_day_time(std::string_view day, std::string_view clock, const Timestamp& now,
                                 const TimeZone& zone, Direction direction)
{
  using P = Parsed<Timestamp>;
  const std::string shown = fmt::format("{} {}", day, clock);
  const auto time = parse_clock(clock);
  if (!time) {
    return P::fail(fmt::format("{}: {} is not a time of day", shown, clock),
                   "write the time as HH:MM, e.g. 18:30");
  }
  const std::string word = lower(day);
  const local_days today = now.local_day();
  const bool ahead = direction == Direction::ahead;
  std::optional<local_days> date;
  if (word == "today") {
    date = today;
  } else if (word == "tomorrow" || word == "yesterday") {
    if ((word == "tomorrow") != ahead) {
      return P::fail(fmt::format("{}: that is {}", shown, ahead ? "in the past" : "in the future"),
                     ahead ? "a planned separation is ahead: today, tomorrow or a weekday"
                           : "a time that has passed: today, yesterday or a weekday");
    }
    date = today + days{ahead ? 1 : -1};
  } else if (const auto wd = weekday_of(word)) {
    const unsigned now_wd = weekday{today}.c_encoding();
    const int step =
      ahead ? static_cast<int>((*wd + 7 - now_wd) % 7) : -static_cast<int>((now_wd + 7 - *wd) % 7);
    date = today + days{step};
    const local_seconds local = *date + *time;
    // Today's weekday means today while the time is on the right side of now, else a week on.
    if (step == 0 && (ahead ? local <= now.local() : local > now.local())) {
      date = *date + days{ahead ? 7 : -7};
    }
  } else {
    return P::fail(fmt::format("{}: {} is not a day sepa understands", shown, day),
                   "use today, tomorrow, yesterday or a weekday such as sat");
  }
  const Timestamp at = zone.stamp(zone.to_utc(*date + *time));
  if (ahead && at.utc <= now.utc) {
    return P::fail(fmt::format("{}: that time has passed (it is {} now)", shown, format_clock(now)),
                   "plan a time still ahead, e.g. tomorrow " + std::string(clock));
  }
  if (!ahead && at.utc > now.utc) {
    return P::fail(
      fmt::format("{}: that is in the future (it is {} now)", shown, format_clock(now)),
      "give a time that has already passed");
  }
  return {at, {}, {}};
}

} // namespace sepa
