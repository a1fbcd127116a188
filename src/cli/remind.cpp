#include "cli/remind.hpp"

#include "cli/checks.hpp"
#include "cli/ladder_access.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>
#include <ostream>

namespace sepa {

void register_remind(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<RemindOptions>();
  CLI::App* sub = app.add_subcommand("remind", "A gentle nudge for cron, only when it is due");
  sub->fallthrough();
  sub
    ->add_option("--after-days", o->after_days,
                 "Nudge after this many days without a separation (default 2)")
    ->check(whole_number(1, k_remind_max_days,
                         fmt::format("is not a number of days from 1 to {}", k_remind_max_days)))
    ->type_name("N");
  sub->footer("Prints nothing (and exits 0) when there is nothing to say.\n\nExamples:\n"
              "  sepa remind\n  sepa remind --after-days 3\n"
              "  crontab: 0 18 * * * /usr/local/bin/sepa remind");
  sub->callback([o, &ctx] { ctx.status = run_remind(*o, ctx); });
}

int run_remind(const RemindOptions& options, Context& ctx)
{
  const std::optional<Ladder> ladder = read_ladder(ctx);
  if (!ladder) {
    return 0;
  }
  if (const auto nudge = reminder(*ladder, ctx.now(), ctx.zone, options.after_days)) {
    ctx.out << *nudge;
  }
  return 0;
}

} // namespace sepa
