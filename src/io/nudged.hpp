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

// Where the one-time hook events already fired are noted, one "EVENT ID" a line:
// $XDG_STATE_HOME/sepa/fired (docs/hooks.md).
std::optional<std::filesystem::path> fired_path(const Environment& env);

// Notes `key` unless it is there already, holding an exclusive lock on the file meanwhile, so
// that of a countdown and a cron job reaching the same moment only one claims it. True when
// this call noted it; throws IoError when it cannot.
bool claim_once(const std::filesystem::path& path, const std::string& key);

} // namespace sepa
