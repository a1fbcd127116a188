#pragma once
// What the prompt line (`sepa status --format short`) needs of a ladder, kept between prompts
// so a prompt does not read a year of practice each time: the open separation's times and the
// plans still to come, without any text the user wrote. The shell keeps it beside the cache
// key of the ladder file it came from (io/prompt_cache).

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace sepa {

// The ladder cut down to what the prompt line reads: status_short() gives the same line for
// both, at any `now`.
Ladder prompt_facts(const Ladder& ladder);

// One line per fact ("open STARTED PLANNED WAIT", "plan AT LENGTH"); read_prompt_facts gives
// back what write_prompt_facts wrote, and nothing for anything else.
std::string write_prompt_facts(const Ladder& facts);
std::optional<Ladder> read_prompt_facts(std::string_view text);

} // namespace sepa
