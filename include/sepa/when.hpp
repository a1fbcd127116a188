#pragma once
// Days and times as people say them: "today 18:30", "tomorrow 10:00", "sat 10:00" for a planned
// separation (ahead), "yesterday 18:00", "mon 9:30" for one that already happened (back). Pure.

#include "sepa/parse.hpp"
#include "sepa/time.hpp"

#include <string_view>

namespace sepa {

enum class Direction { ahead, back };

// "H:MM" or "HH:MM" as minutes since midnight.
std::optional<std::chrono::minutes> parse_clock(std::string_view text);

// A day word (today, tomorrow, yesterday, mon…sun or monday…sunday, any case) and a clock time.
// Ahead, a weekday is the next such day (today while the time is still ahead); back, the most
// recent (today once the time has passed). A day word that points the wrong way (tomorrow, back)
// fails.
Parsed<Timestamp> parse_day_time(std::string_view day, std::string_view clock, const Timestamp& now,
                                 const TimeZone& zone, Direction direction);

// Whether a word names a day (today, tomorrow, yesterday, a weekday).
bool is_day_word(std::string_view word);

} // namespace sepa
