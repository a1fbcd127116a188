#pragma once
// `sepa plan names` and `sepa plan next`: the couple's names, and the separations they plan ahead
// together (docs/together.md).

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace sepa {

void register_plan_together(CLI::App& plan, Context& ctx);

// "Next planned: tomorrow 10:00, 1h: Coffee" for `plan` and `status`; empty when none is.
std::string next_plan_line(const Ladder& ladder, const Timestamp& now);

} // namespace sepa
