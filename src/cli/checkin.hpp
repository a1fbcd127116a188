#pragma once
// `sepa checkin`: the urge to call home, and the wait before acting on it (docs/checkin.md).

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct CheckinOptions {
  std::string urge;
  bool passed = false;
  bool emergency = false;
  bool no_wait = false;
  bool texted = false; // after the window: the one text was sent
  std::string format = "text"; // json: one object, as with --no-wait, and never a question
};

void register_checkin(CLI::App& app, Context& ctx);
int run_checkin(const CheckinOptions& options, Context& ctx);

} // namespace sepa
