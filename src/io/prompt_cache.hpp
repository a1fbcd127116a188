#pragma once
// The prompt line's cache: $XDG_CACHE_HOME/sepa/prompt (by default ~/.cache/sepa/prompt),
// private to the user. It holds the prompt facts (sepa/prompt_facts.hpp) of the ladder file
// as it was when they were read, under that file's key: its path, device, inode, size and
// modification time. sepa saves a ladder by renaming a new file over it, so any save, by sepa
// or by a sync tool, changes the key and the next prompt reads the ladder again. The cache is
// only ever a shortcut: one that is missing, stale, damaged or cannot be written is passed by.

#include "sepa/system.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace sepa {

// Where the cache lives; none when neither XDG_CACHE_HOME nor HOME says.
std::optional<std::filesystem::path> prompt_cache_path(const Environment& env);

// The key of `ladder` as it is now; none when it cannot be read (missing, say).
std::optional<std::string> file_key(const std::filesystem::path& ladder);

// The facts kept under `key`; none when the cache holds another key or nothing readable.
std::optional<std::string> read_prompt_cache(const std::filesystem::path& cache,
                                             const std::string& key);

// Keeps `facts` under `key`, replacing the file in one step (0600); a failure is ignored.
void write_prompt_cache(const std::filesystem::path& cache, const std::string& key,
                        std::string_view facts) noexcept;

} // namespace sepa
