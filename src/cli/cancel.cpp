#include "cli/cancel.hpp"

#include "cli/ladder_access.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <ostream>

namespace sepa {

namespace {

// Nothing open is not an error: a plain sentence and exit 1.
int nothing_open(Context& ctx)
{
  ctx.out << wrap("No separation is open, so there is nothing to cancel. To take back "
                  "another change: sepa undo",
                  ctx.width());
  return to_int(Exit::refused);
}

} // namespace

void register_cancel(CLI::App& app, Context& ctx)
{
  CLI::App* sub = app.add_subcommand("cancel", "Discard a separation started by mistake");
  sub->fallthrough();
  sub->footer("Examples:\n  sepa cancel\n  sepa undo      (to bring it back)");
  sub->callback([&ctx] { ctx.status = run_cancel(ctx); });
}

int run_cancel(Context& ctx)
{
  const Timestamp now = ctx.now();
  if (!has_ladder_file(ctx)) {
    return nothing_open(ctx); // before the lock makes a folder
  }
  Transaction tx = ctx.store().begin();
  std::optional<Ladder> ladder = tx.take();
  if (!ladder || open_separation(*ladder) == nullptr) {
    return nothing_open(ctx);
  }
  const Separation gone = cancel_separation(*ladder, now);
  tx.commit(*ladder, change(ctx, "cancel of " + separation_words(gone)));
  ctx.out << wrap(fmt::format("Cancelled {}, started {}: it is as if it never began. "
                              "`sepa undo` brings it back.",
                              neutralise(separation_words(gone)), format_clock(gone.started)),
                  ctx.width());
  return 0;
}

} // namespace sepa
