#pragma once
// `sepa week [--since DATE] [--format text|markdown|json]`: the weekly conversation for two.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct WeekOptions {
  std::string since;           // empty: the seven days ending today
  std::string format = "text"; // text, markdown (md) or json
};

void register_week(CLI::App& app, Context& ctx);
int run_week(const WeekOptions& options, Context& ctx);

} // namespace sepa
