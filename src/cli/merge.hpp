#pragma once
// `sepa merge FILE`: bring another copy of the ladder (a sync tool's conflict copy, or the
// ladder from another machine) into this one, under the lock and in one atomic save.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct MergeOptions {
  std::string file;
};

void register_merge(CLI::App& app, Context& ctx);
int run_merge(const MergeOptions& options, Context& ctx);

} // namespace sepa
