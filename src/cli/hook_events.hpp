#pragma once
// Telling the user's hooks (docs/hooks.md): called only once a change is saved and the lock is
// released. A hook that is missing, refused, failing or hanging never changes the ladder or the
// exit status: at most a warning on stderr.

#include "cli/context.hpp"
#include "sepa/events.hpp"

namespace sepa {

// Ends the transaction, releasing the lock, so the hooks that follow never hold up another sepa.
void release(Transaction&& tx);

// Runs on-EVENT, if there is one, with the event about `s`.
void fire_hook(Context& ctx, HookEvent event, const Separation& s, const Ladder& ladder,
               const Timestamp& now);

// Runs on-EVENT for a one-time event (wait-over, due) of the separation under way, unless it
// has already fired for it (noted in $XDG_STATE_HOME/sepa/fired).
void fire_once(Context& ctx, HookEvent event, const Ladder& ladder, const Timestamp& now);

// Every one-time event whose moment has come by `now` (for `sepa remind`).
void fire_timed(Context& ctx, const Ladder& ladder, const Timestamp& now);

} // namespace sepa
