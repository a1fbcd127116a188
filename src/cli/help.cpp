#include "cli/help.hpp"

#include "sepa/errors.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

namespace sepa {

void register_help(CLI::App &app, Context &ctx)
{
  auto topic = std::make_shared<std::vector<std::string>>();
  CLI::App *sub = app.add_subcommand("help", "Show help for sepa or one command");
  sub->add_option("COMMAND", *topic, "A command, e.g. start");
  sub->footer("Examples:\n  sepa help\n  sepa help checkin");
  sub->callback([topic, &app, &ctx] {
    CLI::App *target = &app;
    std::string prefix;
    for (const std::string &name : *topic) {
      try {
        prefix += prefix.empty() ? target->get_name() : " " + target->get_name();
        target = target->get_subcommand(name);
      } catch (const CLI::OptionNotFound &) {
        throw UsageError("there is no command '" + name + "'", "see `sepa help` for the list");
      }
    }
    // The same usage line as `sepa COMMAND --help`, which names the parents.
    ctx.out << target->help(prefix);
    ctx.status = 0;
  });
}

} // namespace sepa
