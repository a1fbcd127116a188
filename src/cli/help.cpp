#include "cli/help.hpp"

#include "cli/suggest.hpp"
#include "sepa/errors.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

namespace sepa {

void register_help(CLI::App& app, Context& ctx)
{
  auto topic = std::make_shared<std::vector<std::string>>();
  CLI::App* sub = app.add_subcommand("help", "Show help for sepa or one command");
  sub->add_option("COMMAND", *topic, "A command, e.g. start");
  sub->footer("Examples:\n  sepa help\n  sepa help checkin");
  sub->callback([topic, &app, &ctx] {
    const CLI::App* target = &app;
    std::string path = app.get_name(); // "sepa plan add", so the usage line is whole
    for (const std::string& name : *topic) {
      try {
        target = target->get_subcommand(name);
        path += " " + name;
      } catch (const CLI::OptionNotFound&) {
        const auto unknown = unknown_command(app, *topic);
        throw UsageError("there is no command '" + name + "'",
                         unknown && !unknown->suggestion.empty()
                           ? "did you mean `" + unknown->suggestion + "`?"
                           : std::string("see `sepa help` for the list"));
      }
    }
    // The formatter directly: App::help would show the help of `help` itself, the command
    // being run.
    ctx.out << target->get_formatter()->make_help(target, path, CLI::AppFormatMode::Normal);
    ctx.status = 0;
  });
}

} // namespace sepa
