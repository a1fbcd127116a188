#pragma once
// What `sepa remind` has already said about planned separations, so each nudge comes once:
// one line per nudge ("due ID", "missed ID") in $XDG_STATE_HOME/sepa/reminded (by default
// ~/.local/state/sepa/reminded), private to the user. Never the ladder: a cron job only reads it.

#include "sepa/system.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>

namespace sepa {

// Where the record lives; none when neither XDG_STATE_HOME nor HOME says.
std::optional<std::filesystem::path> nudged_path(const Environment& env);

// The keys said so far; an absent or unreadable record is empty.
std::set<std::string> read_nudged(const std::filesystem::path& path);

// Adds one key; throws IoError when it cannot be recorded.
void add_nudged(const std::filesystem::path& path, const std::string& key);

} // namespace sepa
