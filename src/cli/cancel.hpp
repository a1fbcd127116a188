#pragma once
// `sepa cancel`: take the open separation off the ladder, for one started by mistake. It can be
// undone like any change (cli/undo.hpp).

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct CancelOptions {
  std::string format = "text"; // or "json"
};

void register_cancel(CLI::App& app, Context& ctx);
int run_cancel(const CancelOptions& options, Context& ctx);

} // namespace sepa
