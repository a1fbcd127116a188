#pragma once
// The backups of a save (docs/reliability.md, "How a change is saved"). The old file is kept
// aside under a pending name before the new one is renamed into place, and moved in as the
// newest backup only once the rename has succeeded; a save that fails removes it again, so
// neither the ladder nor a backup changes. Every backup sepa keeps is private (0600) and owned
// by the user who saved, whatever mode or owner the old file had.

#include <filesystem>

namespace sepa {

// Keeps the current text of `target` at pending_backup_path(target): a hard link when the file is
// ours and has no other name (no copy is written), else a private copy. Throws IoError, leaving
// nothing behind.
std::filesystem::path keep_aside(const std::filesystem::path& target);

// After the new ladder is in place: shifts `backup(1)` … to the next generation (the oldest
// falls off) and moves `kept` in as generation 1, every generation made private.
void shift_in(const std::filesystem::path& kept, const std::filesystem::path& target,
              int generations);

// The name of generation `g` of `target`: "ladder.json.1".
std::filesystem::path generation_path(const std::filesystem::path& target, int g);

} // namespace sepa
