#pragma once
// Runs a script in another program (bash, zsh, fish, man) with exactly the environment given,
// for the tests of the shell completions and the man page.

#include "support/run.hpp"

#include <map>
#include <string>

namespace sepa::test {

// `program` is run as `program SCRIPT_FILE` with the script's text in SCRIPT_FILE, stdin empty.
RunResult run_script(const std::string& program, const std::string& script,
                     const std::map<std::string, std::string>& env);

// The folder of the built sepa first, then /usr/bin:/bin: completion scripts call `sepa`.
std::string path_with_sepa();

} // namespace sepa::test
