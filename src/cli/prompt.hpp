#pragma once
// Questions on a terminal. Each can be skipped with Enter; none is asked unless
// Context::interactive().

#include "cli/context.hpp"
#include "sepa/parse.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

// The answer, trimmed; empty when skipped or at end of input.
std::string ask_text(Context& ctx, const std::string& question);
// A 0–10 rating; asks again (twice at most) when the answer is not one.
std::optional<int> ask_rating(Context& ctx, const std::string& question,
                              Scale scale = Scale::worry);
// yes / no; empty when skipped.
std::optional<bool> ask_yes_no(Context& ctx, const std::string& question);
// A 0–100 percentage; asks again (twice at most) when the answer is not one.
std::optional<int> ask_percent(Context& ctx, const std::string& question);
// no / partly / yes; asks again (twice at most) on anything else; empty when skipped.
std::optional<Happened> ask_happened(Context& ctx, const std::string& question);
// Items of a numbered list, by their numbers separated by spaces or commas; none when skipped.
// Asks again (twice at most) when a number is not on the list.
std::vector<std::string> ask_items(Context& ctx, const std::string& question,
                                   const std::vector<std::string>& items);

} // namespace sepa
