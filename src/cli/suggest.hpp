#pragma once
// "Did you mean …?" for a mistyped command: `sepa strat` → `sepa start`, `sepa plan ad 5m` →
// `sepa plan add`.

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sepa {

struct UnknownCommand {
  std::string command;    // as typed, with the commands before it: "sepa plan ad"
  std::string parent;     // the command it was typed under: "sepa plan"
  std::string suggestion; // the closest real command, "sepa plan add"; empty when none is close
};

// Walks `args` (as typed, without the program name) the way the parser does, skipping options
// and their values, to the first word that names no command where a command was expected. Empty
// when every word was a command or an argument. Hidden commands are never suggested.
std::optional<UnknownCommand> unknown_command(const CLI::App& app,
                                              const std::vector<std::string>& args);

// Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`.
std::size_t edit_distance(const std::string& a, const std::string& b);

} // namespace sepa
