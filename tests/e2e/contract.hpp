#pragma once
// The commands and options of the command-line contract (cli.md) that the man page and the
// completions must cover, besides whatever the built binary reports in its --help.

#include <map>
#include <string>
#include <vector>

namespace sepa::test {

// Command path (without "sepa") → its long options.
inline const std::map<std::string, std::vector<std::string>>& contract_commands()
{
  static const std::map<std::string, std::vector<std::string>> commands{
    {"", {"--file", "--no-input", "--color", "--help", "--version"}},
    {"plan", {}},
    {"plan add", {}},
    {"plan remove", {}},
    {"plan wait", {}},
    {"plan strength", {"--remove"}},
    {"plan emergency", {"--remove"}},
    {"plan message", {}},
    {"plan card", {}},
    {"start", {"--anxiety", "--predict", "--at"}},
    {"checkin", {"--urge", "--passed", "--emergency", "--no-wait"}},
    {"done", {"--peak", "--after", "--happened", "--praise", "--note", "--at"}},
    {"status", {}},
    {"report", {"--format", "--since"}},
    {"remind", {}},
    {"diagnostics", {}},
    {"merge", {}},
    {"help", {}},
  };
  return commands;
}

} // namespace sepa::test
