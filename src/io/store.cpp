#include "sepa/store.hpp"

#include "io/backups.hpp"
#include "io/files.hpp"
#include "io/heap.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace sepa {

namespace fs = std::filesystem;

namespace {

// Whether a backup reads as a ladder; its own problems do not matter here.
bool readable(const fs::path& backup)
{
  try {
    const auto text = read_file(backup);
    return text && (parse_ladder(*text), true);
  } catch (const Error&) {
    return false;
  }
}

// The way back from a file that cannot be read: the newest backup that reads as a ladder (a
// damaged file's backups may be damaged too, by the same sync tool), or what to do without one.
std::string restore_hint(const Store& store)
{
  const auto backups = store.backups();
  std::vector<std::string> unreadable;
  for (const fs::path& backup : backups) {
    if (readable(backup)) {
      return fmt::format("the file is left exactly as it was; {} is in {}. To restore it: cp -p {} "
                         "{}",
                         unreadable.empty() ? "the previous version"
                                            : "the newest earlier version that reads well",
                         quote(backup), quote(backup), quote(store.path()));
    }
    unreadable.push_back(quote(backup));
  }
  const std::string where =
    unreadable.empty() ? "no earlier copy was found beside it"
                       : fmt::format("the earlier copies beside it ({}) cannot be read either",
                                     fmt::join(unreadable, ", "));
  return fmt::format("the file is left exactly as it was; {}. Mend the place named above in a "
                     "text editor, or move the file aside to start a new ladder: mv {} {}",
                     where, quote(store.path()), quote(store.path().string() + ".damaged"));
}

// How many separations a backup in sepa's own layout holds, without parsing it or holding it in
// memory: sepa writes each separation's "id" at one indentation inside the top-level
// "separations" list, so keys named "id" anywhere else (in unknown keys, in rungs) are not
// counted. The file is read a block at a time. Empty when it cannot be read or has no such list.
std::optional<std::size_t> count_in_layout(const fs::path& path)
{
  static constexpr std::string_view k_open = "\n  \"separations\": [";
  static constexpr std::string_view k_id = "\n      \"id\": ";
  static constexpr std::string_view k_close = "\n  ]";
  // Kept from one block to the next: the longest pattern and the byte after it.
  static constexpr std::size_t k_tail = k_open.size();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    return std::nullopt;
  }
  std::string block(std::size_t{1} << 16, '\0');
  std::size_t count = 0;
  std::size_t kept = 0; // the end of the last block, in case a pattern straddles two
  bool inside = false;
  const auto done = [&](std::optional<std::size_t> result) {
    ::close(fd);
    return result;
  };
  for (;;) {
    const ssize_t n = ::read(fd, block.data() + kept, block.size() - kept);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return done(std::nullopt); // an error, or the list never closed
    }
    const std::string_view text(block.data(), kept + static_cast<std::size_t>(n));
    std::size_t pos = 0;
    // Where the list closes in this block, looked for once per block: looking again after
    // every id would read the rest of the block each time.
    std::optional<std::size_t> close;
    for (;;) {
      if (!inside) {
        const auto open = text.find(k_open, pos);
        if (open == std::string_view::npos || open + k_open.size() == text.size()) {
          pos = open == std::string_view::npos ? pos : open; // read the byte after it first
          break;
        }
        if (text[open + k_open.size()] == ']') {
          return done(0); // "separations": []
        }
        inside = true;
        pos = open + k_open.size();
        continue;
      }
      if (!close) {
        close = text.find(k_close, pos);
      }
      const auto id = text.find(k_id, pos);
      if (*close != std::string_view::npos && (id == std::string_view::npos || *close < id)) {
        return done(count);
      }
      if (id == std::string_view::npos) {
        break;
      }
      ++count;
      pos = id + k_id.size();
    }
    // Keep only bytes not yet matched, so nothing is counted twice.
    const std::size_t from = std::max(pos, text.size() - std::min(text.size(), k_tail));
    kept = text.size() - from;
    std::memmove(block.data(), text.data() + from, kept);
  }
}

// How many separations a backup holds. A backup laid out by hand (the ladder was edited, then
// rotated) is read as plain JSON, so that a backup written by a newer version still counts.
// Empty when it cannot be read at all.
std::optional<std::size_t> count_separations(const fs::path& path)
{
  if (const auto n = count_in_layout(path)) {
    return n;
  }
  try {
    const auto text = read_file(path);
    const auto j = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
    const auto it = j.is_object() ? j.find("separations") : j.end();
    return it != j.end() && it->is_array() ? std::optional{it->size()} : std::nullopt;
  } catch (const Error&) {
    return std::nullopt;
  }
}

// A ladder reached through a symlink (often into a sync folder) is saved where the link points,
// so the link itself survives the rename. The links are followed by hand because the target may
// not exist yet (a fresh sync folder); a loop leaves the path as given, so opening it says why.
fs::path link_target(const fs::path& path)
{
  fs::path p = path;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(p, ec)) {
      return p;
    }
    const fs::path target = fs::read_symlink(p, ec);
    if (ec) {
      return path;
    }
    p = target.is_absolute() ? target : p.parent_path() / target;
  }
  return path;
}

// The first save that upgrades a schema-1 ladder keeps the file as the first release wrote it,
// byte for byte, beside it as <file>.schema1 (mode 0600). The kernel copies it into a private
// temp file (a large ladder is not read into memory again), which is synced and then linked into
// place: link() never replaces a copy already there, even one that appeared a moment ago.
std::optional<fs::path> keep_schema1_copy(const fs::path& path)
{
  const fs::path copy = fs::path(path).concat(".schema1");
  std::error_code ec;
  if (fs::exists(fs::symlink_status(copy, ec)) || !fs::exists(path, ec)) {
    return std::nullopt;
  }
  const fs::path temp = write_temp_synced(path, {});
  std::error_code failed;
  fs::copy_file(path, temp, fs::copy_options::overwrite_existing, failed);
  if (!failed) {
    fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, failed);
  }
  const int fd = failed ? -1 : ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
  int err = failed.value();
  if (!failed && (fd < 0 || ::fsync(fd) != 0 || ::link(temp.c_str(), copy.c_str()) != 0)) {
    err = errno;
  }
  if (fd >= 0) {
    ::close(fd);
  }
  ::unlink(temp.c_str());
  if (err != 0 && err != EEXIST) {
    throw IoError(fmt::format("cannot keep a copy of the schema-1 ladder as {}: {}", quote(copy),
                              std::strerror(err)),
                  "the ladder is unchanged; free some space or fix the permissions, then try "
                  "again");
  }
  // Made now, so a save that fails after this takes it away again.
  return err == 0 ? std::optional<fs::path>(copy) : std::nullopt;
}

} // namespace

Store::Store(fs::path path, StoreOptions options)
  : m_path(link_target(std::move(path))), m_options(options)
{
}

fs::path Store::lock_path() const
{
  return fs::path(m_path).concat(".lock");
}

fs::path Store::backup_path(int generation) const
{
  return generation_path(m_path, generation);
}

std::vector<fs::path> Store::backups() const
{
  std::vector<fs::path> found;
  for (int g = 1; g <= m_options.backups; ++g) {
    std::error_code ec;
    if (fs::is_regular_file(backup_path(g), ec)) {
      found.push_back(backup_path(g));
    }
  }
  return found;
}

std::optional<Ladder> Store::load() const
{
  if (struct stat st{}; ::stat(m_path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    prepare_heap(heap_for_ladder(static_cast<std::size_t>(st.st_size)));
  }
  const auto text = read_file(m_path);
  if (!text) {
    return std::nullopt;
  }
  try {
    return parse_ladder(*text);
  } catch (const NewerSchema& e) {
    throw DataError(fmt::format("cannot read the ladder {}: {}", quote(m_path), e.what()),
                    e.hint());
  } catch (const DataError& e) {
    // The reason can quote the file's own bytes: neutralised, so a damaged file cannot drive
    // the terminal.
    throw DataError(
      fmt::format("cannot read the ladder {}: {}", quote(m_path), neutralise(e.what())),
      e.hint().empty() ? restore_hint(*this) : e.hint() + "; " + restore_hint(*this));
  }
}

Transaction Store::begin() const
{
  // Nothing is created beside a folder, a pipe or a device (`--file /dev/null`).
  refuse_if_not_a_file(m_path);
  make_private_dirs(m_path.parent_path());
  const fs::path lock = lock_path();
  const int fd = open_lock_file(lock);
  const auto deadline = std::chrono::steady_clock::now() + m_options.lock_timeout;
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int err = errno;
      ::close(fd);
      throw IoError(fmt::format("cannot lock {}: {}", quote(lock), std::strerror(err)));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      const std::string holder = read_small(fd);
      ::close(fd);
      throw LockBusy(fmt::format("another sepa{} has been using {} for over {:g} s",
                                 holder.empty() ? "" : " (process " + holder + ")", quote(m_path),
                                 static_cast<double>(m_options.lock_timeout.count()) / 1000),
                     "nothing was changed; try again in a moment");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  write_small(fd, std::to_string(::getpid()));
  try {
    remove_stale_temps(m_path);
    return Transaction(*this, fd);
  } catch (...) {
    ::close(fd);
    throw;
  }
}

bool Store::keeps_backup(std::size_t current_count) const
{
  if (m_options.backups <= 0 || !fs::exists(m_path)) {
    return false;
  }
  // An unreadable backup is no reason to keep it.
  const auto newest = count_separations(backup_path(1));
  return !newest || current_count >= *newest; // else keep the fuller history in the backups
}

void Store::save(const Ladder& ladder, std::size_t loaded_count, const Change& change) const
{
  const std::string text = serialize(ladder);
  const fs::path temp = write_temp_synced(m_path, text);
  std::optional<fs::path> kept;
  std::optional<fs::path> schema1;
  const History history(m_path);
  std::optional<std::uint64_t> recorded;
  try {
    if (ladder.schema == 1) {
      schema1 = keep_schema1_copy(m_path);
    }
    if (keeps_backup(loaded_count)) {
      kept = keep_aside(m_path);
    }
    std::error_code ec;
    if (!change.what.empty() && fs::is_regular_file(m_path, ec)) {
      recorded = history.record(m_path, change, text, kept ? 1U : 0U);
    }
    if (::rename(temp.c_str(), m_path.c_str()) != 0) {
      throw IoError(fmt::format("cannot replace {}: {}", quote(m_path), std::strerror(errno)),
                    "nothing was changed: not the ladder, not its backups");
    }
  } catch (...) {
    ::unlink(temp.c_str());
    if (recorded) {
      history.forget(*recorded);
    }
    for (const auto& made : {kept, schema1}) {
      if (made) {
        ::unlink(made->c_str());
      }
    }
    throw;
  }
  // The backups move only now that the new file is in place: a failed save changes none.
  if (kept) {
    shift_in(*kept, m_path, m_options.backups);
  }
  if (recorded) {
    history.trim();
  }
  sync_dir(m_path.parent_path());
}

Transaction::Transaction(Store store, int lock_fd)
  : m_store(std::move(store)), m_lock_fd(lock_fd), m_ladder(m_store.load())
{
  m_loaded_count = m_ladder ? m_ladder->separations.size() : 0;
}

Transaction::Transaction(Transaction&& other) noexcept
  : m_store(std::move(other.m_store)), m_lock_fd(other.m_lock_fd),
    m_ladder(std::move(other.m_ladder)), m_loaded_count(other.m_loaded_count)
{
  other.m_lock_fd = -1;
}

Transaction::~Transaction()
{
  if (m_lock_fd >= 0) {
    ::close(m_lock_fd); // releases the flock
  }
}

std::optional<Ladder> Transaction::take()
{
  std::optional<Ladder> ladder = std::move(m_ladder);
  m_ladder.reset();
  return ladder;
}

void Transaction::commit(const Ladder& ladder, const Change& change)
{
  m_store.save(ladder, m_loaded_count, change);
  m_loaded_count = ladder.separations.size();
}

} // namespace sepa
