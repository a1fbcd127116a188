#pragma once
// `sepa status`: the open separation (elapsed, remaining, the wait window) or the next rung.

#include "cli/context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sepa {

struct StatusOptions {
  std::string format = "text"; // text, json or short
};

void register_status(CLI::App& app, Context& ctx);
int run_status(const StatusOptions& options, Context& ctx);

// The prompt line's way in past the command tree, whose building costs more than the line
// itself (docs/performance.md). Only the plain spellings of `status --format short` are taken:
// --file PATH, --color WHEN and --no-input, each at most once, before or after the command,
// a value after a space or an "=". Anything else, even a spelling that means the same, is none
// and goes through the tree like every other command.
struct PromptLineArgs {
  std::optional<std::string> file;
  std::optional<std::string> color;
  bool no_input = false;
};
std::optional<PromptLineArgs> prompt_line_args(const std::vector<std::string>& args);
// `status --format short` with those options applied to `ctx`.
int run_prompt_line(const PromptLineArgs& args, Context& ctx);

// One screen, pure; clock times in `zone` as it is at each instant.
std::string render_status(const Ladder& ladder, const Timestamp& now, const TimeZone& zone);

} // namespace sepa
