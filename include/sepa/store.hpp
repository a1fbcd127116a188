#pragma once
// The ladder file on disk (docs/file-format.md, docs/reliability.md). Every change is one locked
// read-modify-write: an exclusive lock on the sibling "<file>.lock" is taken before the read and
// released after the rename, the new text goes to a temp file in the same directory that is
// fsynced and renamed over the ladder, then the directory is fsynced. The last generations are
// kept as "<file>.1" … "<file>.3" (0600), shifted only once the new file is in place: a save
// that fails changes neither the ladder nor a backup.

#include "sepa/history.hpp"
#include "sepa/ladder.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace sepa {

struct StoreOptions {
  std::chrono::milliseconds lock_timeout{5000};
  int backups = 3;
};

class Transaction;

class Store {
public:
  explicit Store(std::filesystem::path path, StoreOptions options = {});

  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path lock_path() const;
  std::filesystem::path backup_path(int generation) const; // 1 = newest

  // Unlocked read for commands that only look. Empty when the file does not exist; throws
  // DataError (exit 65, naming the file, the place and the newest backup) or IoError.
  std::optional<Ladder> load() const;

  // Takes the lock (creating the directory 0700 if needed) and reads. Throws LockBusy naming the
  // process that holds it after the timeout, DataError when a folder, pipe or device sits at the
  // ladder's path (nothing is created then), IoError when the lock file is a symbolic link or
  // not a regular file (nothing is written through it).
  Transaction begin() const;

  // Newest first, only those that exist.
  std::vector<std::filesystem::path> backups() const;

private:
  friend class Transaction;
  void save(const Ladder& ladder, std::size_t loaded_count, const Change& change) const;
  // Whether a save keeps the old file as the newest backup. Never a file holding fewer
  // separations over a backup holding more, so a stale copy from a sync tool cannot push the
  // good history out of the backups. (Only `cancel` and `undo` remove a separation; the saves
  // after one are kept in the history instead, docs/undo.md.)
  bool keeps_backup(std::size_t current_count) const;

  std::filesystem::path m_path;
  StoreOptions m_options;
};

// Holds the lock for its lifetime. Load happens at begin; commit saves; destruction without
// commit leaves the file byte-for-byte as it was.
class Transaction {
public:
  Transaction(Transaction&&) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  // The ladder as read under the lock; empty when the file does not exist yet.
  const std::optional<Ladder>& ladder() const { return m_ladder; }
  // Moves the ladder read under the lock out, for a command that changes it and commits it:
  // no copy of a large ladder. ladder() is empty afterwards.
  std::optional<Ladder> take();
  // Atomic, durable save; throws IoError, leaving the old file intact and no temp file behind.
  // ladder() is not changed by it. With a `change` (what the command did, when), the file as it
  // was is kept in the history for `sepa undo` (history.hpp); a save without one (a tool, a
  // test) is not recorded, nor is the save that creates the file.
  void commit(const Ladder& ladder, const Change& change = {});

private:
  friend class Store;
  Transaction(Store store, int lock_fd);

  Store m_store;
  int m_lock_fd;
  std::optional<Ladder> m_ladder;
  std::size_t m_loaded_count = 0;
};

} // namespace sepa
