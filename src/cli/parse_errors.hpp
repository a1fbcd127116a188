#pragma once
// What the command-line parser refused, in sepa's words: which command or option, what it needs,
// a "did you mean" for a mistyped command or option, and the help of the command where it was
// typed.

#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
} // namespace CLI

namespace sepa {

struct Refusal {
  std::string message;
  std::string hint;
};

// `app` after the failed parse of `args` (as typed, without the program name).
Refusal explain(const CLI::ParseError& error, const CLI::App& app,
                const std::vector<std::string>& args);

} // namespace sepa
