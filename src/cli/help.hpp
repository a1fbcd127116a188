#pragma once
// `sepa help [COMMAND]`: the same text as `--help`.

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace sepa {

void register_help(CLI::App& app, Context& ctx);

} // namespace sepa
