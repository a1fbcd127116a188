#pragma once
// Looking around the ladder without changing anything: the folder's file names (for conflict
// copies), a file's size and mode, whether the lock is held, and the time zone's name. Used by
// warnings and `sepa diagnostics`; none of these throws.

#include "sepa/system.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace sepa {

// The names of the entries in `dir`; empty when it cannot be listed.
std::vector<std::string> names_in(const std::filesystem::path& dir);

struct FileFacts {
  bool exists = false;
  std::uintmax_t size = 0;
  unsigned mode = 0; // permission bits, e.g. 0600
};

FileFacts file_facts(const std::filesystem::path& path);

enum class LockState { no_file, free, held };

struct LockProbe {
  LockState state = LockState::no_file;
  std::string holder; // the pid written by the holder, when held
};

// Asks for a shared lock without waiting and lets go at once; never creates the lock file.
LockProbe probe_lock(const std::filesystem::path& lock);

// "TZ=Europe/Paris", "Europe/Paris (from /etc/localtime)", or "the system default (UTC)".
std::string zone_description(const Environment& env);

} // namespace sepa
