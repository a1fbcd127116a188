#pragma once
// `sepa plan` and its subcommands: show the ladder, change rungs, the wait, the lists, the text,
// and the partner's card.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sepa {

enum class PlanAction { show, add, remove, wait, strength, emergency, safety, message, card };

struct PlanOptions {
  PlanAction action = PlanAction::show;
  std::string duration;
  std::vector<std::string> words;
  int remove = 0;              // 1-based item for --remove; 0 when not given
  std::string format = "text"; // text or json, for showing the ladder
};

void register_plan(CLI::App& app, Context& ctx);
int run_plan(const PlanOptions& options, Context& ctx);

// The ladder as one screen, and the partner's card. Pure: they only format.
std::string render_plan(const Ladder& ladder, const Context& ctx);
std::string render_card(const Ladder& ladder);

} // namespace sepa
