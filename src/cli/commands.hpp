#pragma once
// Registers every subcommand on the tree; each lives in its own file with its own header.

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace sepa {

void register_commands(CLI::App& app, Context& ctx);

} // namespace sepa
