#pragma once
// The command-line surface of the built binary, read from its own --help output: every command
// and subcommand with its long options. Tests use it to check that the man page, the shell
// completions and the help examples cover everything the binary really accepts.

#include <string>
#include <vector>

namespace sepa::test {

struct Command {
  std::string path;                     // "sepa plan add"
  std::vector<std::string> words;       // {"plan", "add"}
  std::vector<std::string> options;     // long options, e.g. "--anxiety", "--help"
  std::vector<std::string> subcommands; // names, e.g. "add"
};

// "sepa" first, then every visible subcommand, depth first.
std::vector<Command> command_surface();

} // namespace sepa::test
