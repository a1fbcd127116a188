#include "cli/hook_events.hpp"

#include "cli/output.hpp"
#include "io/hook_runner.hpp"
#include "io/nudged.hpp"
#include "sepa/errors.hpp"
#include "sepa/session.hpp"

#include <ostream>

namespace sepa {

void release(Transaction&& tx)
{
  [[maybe_unused]] const Transaction done = std::move(tx);
}

void fire_hook(Context& ctx, HookEvent event, const Separation& s, const Ladder& ladder,
               const Timestamp& now)
{
  const auto dir = hooks_dir(ctx.env);
  const std::string name = std::string("on-") + event_name(event);
  if (!dir || !hook_present(*dir, name)) {
    return;
  }
  // What we wrote so far comes first, then whatever the hook says on stderr.
  ctx.out.flush();
  const HookRun run = run_hook(*dir, name, event_json(event, s, ladder, now, ctx.zone));
  ctx.err << run.output;
  for (const std::string& warning : run.warnings) {
    print_warning(ctx, warning + "; your ladder is unchanged by it");
  }
  ctx.err.flush();
}

void fire_once(Context& ctx, HookEvent event, const Ladder& ladder, const Timestamp& now)
{
  const Separation* s = open_separation(ladder);
  const auto dir = hooks_dir(ctx.env);
  const std::string name = std::string("on-") + event_name(event);
  if (s == nullptr || !dir || !hook_present(*dir, name)) {
    return; // nothing is noted for a hook that is not there: one added later still fires
  }
  try {
    const auto path = fired_path(ctx.env);
    if (!path) {
      throw IoError("cannot note that a hook ran: neither XDG_STATE_HOME nor HOME is set",
                    "the hook was not run, so that it does not run again and again");
    }
    if (!claim_once(*path, fired_key(event, s->id))) {
      return;
    }
  } catch (const IoError& e) {
    print_warning(ctx, e.what());
    return;
  }
  fire_hook(ctx, event, *s, ladder, now);
}

void fire_timed(Context& ctx, const Ladder& ladder, const Timestamp& now)
{
  for (const HookEvent event : timed_events(ladder, now)) {
    fire_once(ctx, event, ladder, now);
  }
}

} // namespace sepa
