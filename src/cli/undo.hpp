#pragma once
// `sepa undo [N] [--list]`: take back the last change to the ladder (or the last N), from the
// history the store keeps beside it (history.hpp, docs/undo.md). An undo is a change like any
// other, so it can be undone too.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct UndoOptions {
  int steps = 1; // how many changes to take back, newest first
  bool list = false;
  std::string format = "text"; // or "json"
};

void register_undo(CLI::App& app, Context& ctx);
int run_undo(const UndoOptions& options, Context& ctx);

} // namespace sepa
