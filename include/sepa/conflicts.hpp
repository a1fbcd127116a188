#pragma once
// Copies of the ladder that a sync tool left beside it when two machines changed it at once
// (docs/sync.md). Pure: file names in, file names out; listing the folder is the caller's job.

#include <string>
#include <string_view>
#include <vector>

namespace sepa {

// The names among `names` that are conflict copies of the file `ladder_name` ("ladder.json"),
// sorted. Recognised: Syncthing ("ladder.sync-conflict-20261122-100500-ABCDEFG.json"), Dropbox
// and Nextcloud ("ladder (conflicted copy 2026-11-22).json", "ladder (Sam's conflicted copy
// 2026-11-22).json") and ownCloud or older Nextcloud ("ladder_conflict-20261122-100500.json").
// Conflict copies of the lock file or the backups are not the ladder and are not listed.
std::vector<std::string> conflict_copies(std::string_view ladder_name,
                                         const std::vector<std::string>& names);

} // namespace sepa
