#pragma once
// Builds the command tree and runs one command line. This is the one place errors are caught and
// turned into `sepa: error: …` / `sepa: hint: …` and an exit status.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace sepa {

// `args` without the program name. Returns the exit status.
int run_app(const std::vector<std::string>& args, Context& ctx);

} // namespace sepa
