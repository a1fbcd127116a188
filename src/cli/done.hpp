#pragma once
// `sepa done`: end the open separation, record how it went, and say what the ladder suggests.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sepa {

struct DoneOptions {
  std::string peak;
  std::string after;
  std::string happened;
  std::string likely;
  std::string coped;
  std::vector<std::string> used;
  std::string praise;
  std::string note;
  std::string at;
  std::string format = "text"; // text or json (json never asks)
};

// --used as given (numbers from the list of safety behaviours, or words), as the texts to keep;
// throws UsageError for a number not on the list. Shared with `sepa edit`.
std::vector<std::string> used_value(const std::vector<std::string>& given,
                                    const std::vector<std::string>& safety);

void register_done(CLI::App& app, Context& ctx);
int run_done(const DoneOptions& options, Context& ctx);

} // namespace sepa
