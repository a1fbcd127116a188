#pragma once
// `sepa start [DURATION] [ACTIVITY...]`: begin a separation.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sepa {

struct StartOptions {
  std::vector<std::string> words; // DURATION then ACTIVITY, or only ACTIVITY
  std::string anxiety;
  std::string predict;
  std::string likely;
  std::string at;
  std::string format = "text"; // text or json (json never asks)
};

void register_start(CLI::App& app, Context& ctx);
int run_start(const StartOptions& options, Context& ctx);

} // namespace sepa
