#include "sepa/history.hpp"

#include "io/files.hpp"
#include "sepa/errors.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void cannot_record(const fs::path& dir, int err)
{
  throw IoError(fmt::format("cannot keep the change in {}: {}", quote(dir), std::strerror(err)),
                "the ladder is unchanged; free some space or fix the permissions, then try "
                "again");
}

// The number in "<n>.json", or 0 for any other name.
std::uint64_t number_of(const fs::path& name)
{
  const std::string stem = name.stem().string();
  if (name.extension() != ".json" || stem.empty() || stem.size() > 18 ||
      !std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return std::stoull(stem);
}

// Moves a synced temp file into place; a file already there is a leftover of a killed sepa.
void put_in_place(const fs::path& temp, const fs::path& to, const fs::path& dir)
{
  if (::rename(temp.c_str(), to.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    cannot_record(dir, err);
  }
}

} // namespace

std::string content_hash(std::string_view text)
{
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

History::History(const fs::path& ladder) : m_dir(fs::path(ladder).concat(".history")) {}

fs::path History::file(std::uint64_t number, const char* ext) const
{
  return m_dir / fmt::format("{:08}{}", number, ext);
}

std::vector<HistoryEntry> History::entries() const
{
  std::vector<HistoryEntry> found;
  std::error_code ec;
  for (fs::directory_iterator it(m_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::uint64_t number = number_of(it->path().filename());
    if (number == 0) {
      continue;
    }
    HistoryEntry entry;
    entry.number = number;
    entry.before = file(number, ".ladder");
    try {
      const auto text = read_file(it->path());
      const auto meta = nlohmann::json::parse(text.value_or(""), nullptr, false);
      const auto at = meta.is_object() ? parse_rfc3339(meta.value("at", "")) : std::nullopt;
      if (!at || !fs::is_regular_file(entry.before, ec)) {
        continue;
      }
      entry.change = Change{meta.value("what", "a change"), *at};
      entry.after = meta.value("after", "");
    } catch (const std::exception&) {
      continue; // a damaged record is no record
    }
    found.push_back(std::move(entry));
  }
  std::sort(found.begin(), found.end(),
            [](const HistoryEntry& a, const HistoryEntry& b) { return a.number > b.number; });
  return found;
}

std::uint64_t History::record(const fs::path& ladder, const Change& change,
                              std::string_view new_text, unsigned other_names) const
{
  make_private_dirs(m_dir);
  ::chmod(m_dir.c_str(), 0700); // a folder made by hand stays private too
  std::uint64_t number = 1;
  std::error_code ec;
  for (fs::directory_iterator it(m_dir, ec), end; !ec && it != end; it.increment(ec)) {
    number = std::max(number, number_of(it->path().filename()) + 1);
    if (is_temp_name(it->path().filename().string())) {
      ::unlink(it->path().c_str()); // a sepa killed before its rename; we hold the lock
    }
  }
  const fs::path before = file(number, ".ladder");
  ::unlink(before.c_str()); // left by a sepa killed mid-save; we hold the lock
  // A hard link writes nothing; it is safe only for a private file of ours with no other name
  // (the rotated backup may be the one other name): nothing else writes to it afterwards.
  struct stat st {};
  const bool alone = ::lstat(ladder.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
                     st.st_uid == ::geteuid() && (st.st_mode & 0777) == 0600 &&
                     st.st_nlink <= 1 + other_names;
  if (!alone || ::link(ladder.c_str(), before.c_str()) != 0) {
    const auto text = read_file(ladder);
    put_in_place(write_temp_synced(before, text.value_or("")), before, m_dir);
  }
  const nlohmann::json meta = {
    {"what", change.what}, {"at", format_rfc3339(change.at)}, {"after", content_hash(new_text)}};
  try {
    const fs::path to = file(number, ".json");
    put_in_place(write_temp_synced(to, meta.dump(2) + "\n"), to, m_dir);
  } catch (...) {
    ::unlink(before.c_str());
    throw;
  }
  sync_dir(m_dir);
  return number;
}

void History::forget(std::uint64_t number) const
{
  ::unlink(file(number, ".json").c_str());
  ::unlink(file(number, ".ladder").c_str());
  ::rmdir(m_dir.c_str()); // a folder made for this change alone goes with it; else it stays
}

void History::trim() const
{
  const auto all = entries();
  for (std::size_t i = k_history_size; i < all.size(); ++i) {
    forget(all[i].number);
  }
}

} // namespace sepa
