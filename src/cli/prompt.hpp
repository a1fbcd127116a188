#pragma once
// Questions on a terminal. Each can be skipped with Enter; none is asked unless
// Context::interactive().

#include "cli/context.hpp"

#include <optional>
#include <string>

namespace sepa {

// The answer, trimmed; empty when skipped or at end of input.
std::string ask_text(Context& ctx, const std::string& question);
// A 0–10 rating; asks again (twice at most) when the answer is not one.
std::optional<int> ask_rating(Context& ctx, const std::string& question);
// yes / no; empty when skipped.
std::optional<bool> ask_yes_no(Context& ctx, const std::string& question);

} // namespace sepa
