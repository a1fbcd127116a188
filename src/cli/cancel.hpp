#pragma once
// `sepa cancel`: take the open separation off the ladder, for one started by mistake. It can be
// undone like any change (cli/undo.hpp).

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace sepa {

void register_cancel(CLI::App& app, Context& ctx);
int run_cancel(Context& ctx);

} // namespace sepa
