#pragma once
// `sepa status`: the open separation (elapsed, remaining, the wait window) or the next rung.

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace sepa {

struct StatusOptions {
  std::string format = "text"; // text, json or short
};

void register_status(CLI::App& app, Context& ctx);
int run_status(const StatusOptions& options, Context& ctx);

// One screen, pure; clock times in `zone` as it is at each instant.
std::string render_status(const Ladder& ladder, const Timestamp& now, const TimeZone& zone);

} // namespace sepa
