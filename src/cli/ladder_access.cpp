#include "cli/ladder_access.hpp"

#include "io/files.hpp"

#include <ostream>

namespace sepa {

Ladder ladder_or_default(const Transaction &tx, const Context &ctx)
{
  if (tx.ladder()) {
    return *tx.ladder();
  }
  const LadderPath where = ctx.ladder_path();
  ctx.out << "Created your ladder in " << quote(where.path) << " (only you can read it).\n\n";
  return default_ladder(ctx.now());
}

std::optional<Ladder> read_ladder(const Context &ctx)
{
  return ctx.store().load();
}

} // namespace sepa
