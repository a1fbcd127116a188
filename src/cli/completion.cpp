#include "cli/completion.hpp"

#include "sepa/errors.hpp"
#include "sepa/parse.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

namespace sepa {

std::string rung_lengths(const Ladder& ladder)
{
  std::string out;
  for (const Rung& rung : ladder.rungs) {
    out += format_duration(rung.length) + "\n";
  }
  return out;
}

void register_completion(CLI::App& app, Context& ctx)
{
  // An empty group hides it from help; completion scripts are its only callers.
  CLI::App* sub = app.add_subcommand("_durations", "Rung lengths, for shell completion");
  sub->group("");
  sub->fallthrough();
  sub->callback([&ctx] {
    std::optional<Ladder> ladder;
    // Nothing but durations may reach the command line.
    ctx.conflicts_reported = true;
    ctx.zone_reported = true;
    try {
      ladder = ctx.store().load();
    } catch (const Error&) {
      ladder.reset(); // a completion must never print an error into the command line
    }
    ctx.data << rung_lengths(ladder ? *ladder : default_ladder(ctx.now()));
    ctx.status = 0;
  });
}

} // namespace sepa
