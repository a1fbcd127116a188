#pragma once
// `sepa diagnostics`: what to paste into a bug report or check when something seems off — the
// version, which ladder file is used and why, its schema, size and separations, the lock, the
// backups, conflict copies, the time zone and colour. It only looks; it never changes a file and
// exits 0 even when the ladder cannot be read (it says why instead).

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace sepa {

struct DiagnosticsOptions {};

void register_diagnostics(CLI::App& app, Context& ctx);
int run_diagnostics(const DiagnosticsOptions& options, Context& ctx);

// Why colour is on or off: "off: stdout is not a terminal", "on: --color always", …
std::string colour_reason(const Context& ctx);

} // namespace sepa
