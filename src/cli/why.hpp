#pragma once
// `sepa why [DURATION]`: the move-up rule explaining itself for one rung or step.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct WhyOptions {
  std::string duration; // empty: the next step
  bool json = false;
};

void register_why(CLI::App& app, Context& ctx);
int run_why(const WhyOptions& options, Context& ctx);

} // namespace sepa
