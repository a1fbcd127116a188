#pragma once
// Small POSIX file helpers for the store. Each throws IoError (or DataError where the path is not
// a file at all) with a message that names the path.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace sepa {

// The path as it can be pasted into a shell: bare when safe, otherwise in single quotes.
std::string quote(const std::filesystem::path& path);

// The whole file; empty when it does not exist. A directory, FIFO or device is a DataError.
std::optional<std::string> read_file(const std::filesystem::path& path);

// Creates the missing folders of `dir` with mode 0700.
void make_private_dirs(const std::filesystem::path& dir);

// Whether `name` (a file name, no folder) is one write_temp_synced gives its temp files: left
// behind only by a sepa killed before moving one into place.
bool is_temp_name(const std::string& name);

// Writes `text` to a new temp file (0600, O_EXCL) beside `target`, fsyncs and closes it, and
// returns its path. On failure nothing is left behind, and the IoError's hint starts with
// `unchanged` (what the failure did not touch).
std::filesystem::path write_temp_synced(const std::filesystem::path& target, std::string_view text,
                                        std::string_view unchanged = "the ladder is unchanged");

// Writes `text` to `target` as the ladder is saved: a temp file beside it, mode 0600 whatever
// the umask, fsynced, renamed over `target`, and the folder fsynced. A file already there is
// replaced by the new, private one (a symbolic link is replaced, never written through). On
// failure `target` is as it was and no temp file is left; throws IoError naming it.
void write_private_file(const std::filesystem::path& target, std::string_view text);

// Temp files a killed sepa left beside `target` (and a backup it had kept aside); call only
// while holding the lock.
void remove_stale_temps(const std::filesystem::path& target);

// Where a save keeps the old file while the new one is put in place: ".ladder.json.bak".
std::filesystem::path pending_backup_path(const std::filesystem::path& target);

// Throws DataError (exit 65) when something other than a regular file sits at `path` (a
// folder, a pipe, a device), before anything is created beside it. Nothing there is fine.
void refuse_if_not_a_file(const std::filesystem::path& path);

// Opens (creating 0600) the lock file without following a symbolic link. A link, or anything
// but a regular file, is an IoError (exit 74) and nothing is written through it.
int open_lock_file(const std::filesystem::path& lock);

void sync_dir(const std::filesystem::path& dir);

// The lock file holds the pid of the process holding the lock.
std::string read_small(int fd);
void write_small(int fd, const std::string& text);

} // namespace sepa
