#pragma once
// Where the ladder lives: --file, else $SEPA_FILE, else $XDG_DATA_HOME/sepa/ladder.json (a
// relative XDG value is ignored, as the XDG spec says), else ~/.local/share/sepa/ladder.json.

#include "sepa/system.hpp"

#include <filesystem>
#include <string>

namespace sepa {

enum class PathSource { flag, env, xdg, home };

struct LadderPath {
  std::filesystem::path path;
  PathSource source = PathSource::home;
};

// Throws UsageError when no rule gives a path (no HOME and nothing else set).
LadderPath resolve_ladder_path(const std::string& flag, const Environment& env);

const char* to_string(PathSource source);

} // namespace sepa
