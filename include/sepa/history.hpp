#pragma once
// The last changes to the ladder, kept so that `sepa undo` can take them back (docs/undo.md).
// They live beside the ladder in the private folder "<file>.history/" (0700): for each change,
// "<n>.ladder" is the ladder as it was before it and "<n>.json" says what changed, when, and
// the hash of the text it left behind (both 0600). Only the newest k_history_size are kept,
// apart from the rotated backups. The store records a change under its lock, before the new
// file is renamed into place; a save that fails takes the record back.

#include "sepa/time.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sepa {

inline constexpr std::size_t k_history_size = 10;

// What a save did, in a few words ("done for the 15m separation"), and when.
struct Change {
  std::string what;
  Timestamp at;
};

struct HistoryEntry {
  std::uint64_t number = 0; // grows with each change
  Change change;
  std::string after;            // content_hash() of the ladder the change wrote
  std::filesystem::path before; // the ladder as it was before the change
};

// A hash of a ladder's text (FNV-1a, 64 bits, as 16 hex digits): enough to tell whether the
// file is still the one a change wrote.
std::string content_hash(std::string_view text);

class History {
public:
  // The history of the ladder at `ladder` (the file, not a symbolic link to it).
  explicit History(const std::filesystem::path& ladder);

  const std::filesystem::path& dir() const { return m_dir; }

  // Newest first. An entry whose files are missing or unreadable is left out. Throws nothing
  // when there is no history yet.
  std::vector<HistoryEntry> entries() const;

  // Keeps the current ladder file (a hard link when it is private and has no other name, else
  // a private copy) and what changed. Returns the entry's number. Throws IoError, leaving
  // nothing behind.
  std::uint64_t record(const std::filesystem::path& ladder, const Change& change,
                       std::string_view new_text, unsigned other_names) const;
  // Takes an entry back, for a save that failed after record(), and the folder when it is empty.
  void forget(std::uint64_t number) const;
  // Drops all but the newest k_history_size entries; never throws.
  void trim() const;

private:
  std::filesystem::path file(std::uint64_t number, const char* ext) const;
  std::filesystem::path m_dir;
};

} // namespace sepa
