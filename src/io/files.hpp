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

// Writes `text` to a new temp file (0600, O_EXCL) beside `target`, fsyncs and closes it, and
// returns its path. On failure nothing is left behind.
std::filesystem::path write_temp_synced(const std::filesystem::path& target, std::string_view text);

// Temp files a killed sepa left beside `target`; call only while holding the lock.
void remove_stale_temps(const std::filesystem::path& target);

void sync_dir(const std::filesystem::path& dir);

// The lock file holds the pid of the process holding the lock.
std::string read_small(int fd);
void write_small(int fd, const std::string& text);

} // namespace sepa
