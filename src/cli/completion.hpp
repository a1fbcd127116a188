#pragma once
// `sepa _durations`: a hidden command for the shell completions (completions/), printing the
// ladder's rung lengths one per line so `sepa start <TAB>` offers the user's own durations. It
// never creates, changes or warns about anything: without a readable ladder it prints the
// default ladder's lengths.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

void register_completion(CLI::App& app, Context& ctx);

// One duration per line, shortest first.
std::string rung_lengths(const Ladder& ladder);

} // namespace sepa
