#pragma once
// Getting at the ladder from a command: under the lock for changes (creating the default ladder
// on first use and saying where), or a plain read for commands that only look.

#include "cli/context.hpp"
#include "sepa/ladder.hpp"
#include "sepa/store.hpp"

#include <optional>

namespace sepa {

// The ladder read under the transaction's lock, or a new default one (and a line saying where it
// was created).
Ladder ladder_or_default(const Transaction &tx, const Context &ctx);

// For commands that only look: the ladder, or empty when there is none yet.
std::optional<Ladder> read_ladder(const Context &ctx);

} // namespace sepa
