#include "cli/cancel.hpp"

#include "cli/checks.hpp"
#include "cli/json_slips.hpp"
#include "cli/ladder_access.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>
#include <ostream>

namespace sepa {

namespace {

// Nothing open is not an error: a plain sentence and exit 1.
int nothing_open(Context& ctx, bool json)
{
  if (json) {
    ctx.data << cancel_json(nullptr);
    return to_int(Exit::refused);
  }
  ctx.out << wrap("No separation is open, so there is nothing to cancel. To take back "
                  "another change: sepa undo",
                  ctx.width());
  return to_int(Exit::refused);
}

} // namespace

void register_cancel(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<CancelOptions>();
  CLI::App* sub = app.add_subcommand("cancel", "Discard a separation started by mistake");
  sub->fallthrough();
  sub->add_option("--format", o->format, "text (default) or json, for scripts")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa cancel\n  sepa undo      (to bring it back)");
  sub->callback([o, &ctx] { ctx.status = run_cancel(*o, ctx); });
}

int run_cancel(const CancelOptions& options, Context& ctx)
{
  const Timestamp now = ctx.now();
  const bool json = options.format == "json";
  if (!has_ladder_file(ctx)) {
    return nothing_open(ctx, json); // before the lock makes a folder
  }
  Transaction tx = ctx.store().begin();
  std::optional<Ladder> ladder = tx.take();
  if (!ladder || open_separation(*ladder) == nullptr) {
    return nothing_open(ctx, json);
  }
  const Separation gone = cancel_separation(*ladder, now);
  tx.commit(*ladder, change(ctx, "cancel of " + separation_words(gone)));
  if (json) {
    ctx.data << cancel_json(&gone);
    return 0;
  }
  ctx.out << wrap(fmt::format("Cancelled {}, started {}: it is as if it never began. "
                              "`sepa undo` brings it back.",
                              neutralise(separation_words(gone)), format_clock(gone.started)),
                  ctx.width());
  return 0;
}

} // namespace sepa
