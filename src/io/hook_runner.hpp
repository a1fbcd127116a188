#pragma once
// Running the user's hooks (docs/hooks.md): executables named on-EVENT in
// $XDG_CONFIG_HOME/sepa/hooks/ (by default ~/.config/sepa/hooks/). Each gets the event's JSON on
// stdin and at most a few seconds; what it writes comes back, capped, for sepa's stderr. Nothing
// here throws: a hook that is missing, refused, failing or hanging is at most a warning.

#include "sepa/system.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sepa {

inline constexpr std::chrono::milliseconds k_hook_limit{5000};
inline constexpr std::size_t k_hook_output_cap = 64 * 1024;

// The hooks folder; none when neither XDG_CONFIG_HOME (absolute) nor HOME says.
std::optional<std::filesystem::path> hooks_dir(const Environment& env);

// Whether anything is at dir/name (a hook to run, or one to refuse with a warning).
bool hook_present(const std::filesystem::path& dir, const std::string& name);

struct HookRun {
  bool ran = false;                  // it was started
  std::string output;                // its stdout and stderr, each line prefixed "name: "
  std::vector<std::string> warnings; // refused, failed, stopped, output cut
};

// Runs dir/name with `input` on stdin, its stdout and stderr collected (up to `cap` bytes kept),
// in a process group of its own that is killed when it outlives `limit`. Refused unless it is a
// regular executable file owned by this user and writable by no one else, in a folder that is
// also the user's and writable by no one else.
HookRun run_hook(const std::filesystem::path& dir, const std::string& name, std::string_view input,
                 std::chrono::milliseconds limit = k_hook_limit,
                 std::size_t cap = k_hook_output_cap);

} // namespace sepa
