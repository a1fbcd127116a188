#pragma once
// `sepa week [--since DATE] [--format text|markdown|json] [--output FILE]`: the weekly
// conversation for two.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct WeekOptions {
  std::string since;           // empty: the seven days ending today
  std::string format = "text"; // text, markdown (md) or json
  std::string output;          // --output FILE: written atomically, 0600; empty (or "-"): stdout
};

void register_week(CLI::App& app, Context& ctx);
int run_week(const WeekOptions& options, Context& ctx);

} // namespace sepa
