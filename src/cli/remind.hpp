#pragma once
// `sepa remind [--after-days N]`, for cron: a short nudge only when there is something to say,
// otherwise no output at all (cron mails only when there is output). Never asks, never colours.

#include "cli/context.hpp"
#include "sepa/reminders.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct RemindOptions {
  int after_days = k_remind_after_days;
  std::string ahead;           // how far ahead a planned separation is due; empty: k_remind_ahead
  std::string format = "text"; // or "json"
};

void register_remind(CLI::App& app, Context& ctx);
int run_remind(const RemindOptions& options, Context& ctx);

} // namespace sepa
