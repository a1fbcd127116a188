#pragma once
// Looking around the ladder without changing anything: the folder's file names (for conflict
// copies), a file's size and mode and stamp, whether the lock is held, and the time zone's name.
// Used by warnings, `sepa diagnostics` and the countdown; none of these throws.

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

// Who a file is and how it last looked, from one stat: every save renames a new file over the
// ladder, so a change by any sepa moves the inode; the size and modification time catch a tool
// that writes in place. Used by the countdown to notice another window's change cheaply.
struct FileStamp {
  bool exists = false;
  std::uintmax_t device = 0;
  std::uintmax_t inode = 0;
  std::uintmax_t size = 0;
  long long mtime_ns = 0;
  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

FileStamp file_stamp(const std::filesystem::path& path);

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
