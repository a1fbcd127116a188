#include "io/files.hpp"

#include "sepa/errors.hpp"
#include "sepa/text.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa {

namespace fs = std::filesystem;

namespace {

std::string temp_prefix(const fs::path& target)
{
  // Appended piecewise: GCC 12 reports a false -Wrestrict for `"." + string + ".tmp-"`.
  std::string prefix = ".";
  prefix += target.filename().string();
  prefix += ".tmp-";
  return prefix;
}

fs::path parent_or_dot(const fs::path& path)
{
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

const char* file_kind(mode_t mode)
{
  if (S_ISDIR(mode)) {
    return "a folder";
  }
  if (S_ISFIFO(mode)) {
    return "a pipe (FIFO)";
  }
  if (S_ISSOCK(mode)) {
    return "a socket";
  }
  return "a device";
}

} // namespace

std::string quote(const fs::path& path)
{
  const std::string s = path.string();
  if (neutralise(s) != s || s.find_first_of("\t\n\r") != std::string::npos) {
    // A name with control characters (or bytes that are not UTF-8) is written the way bash and
    // zsh read it back, $'…', so it pastes exactly and nothing in it reaches the terminal raw.
    std::string out = "$'";
    for (const char c : s) {
      const auto byte = static_cast<unsigned char>(c);
      if (c == '\'' || c == '\\') {
        out += '\\';
        out += c;
      } else if (byte < 0x20 || byte >= 0x7F) {
        out += fmt::format("\\x{:02x}", byte);
      } else {
        out += c;
      }
    }
    return out + "'";
  }
  const bool safe =
    !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"
                                      "QRSTUVWXYZ0123456789/._-+:,@%") == std::string::npos;
  if (safe) {
    return s;
  }
  std::string out = "'";
  for (char c : s) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::optional<std::string> read_file(const fs::path& path)
{
  // O_NONBLOCK so that a FIFO at the ladder's path cannot hang sepa.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) {
      return std::nullopt;
    }
    throw IoError(fmt::format("cannot read {}: {}", quote(path), std::strerror(errno)),
                  "check the file's permissions");
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    const mode_t mode = st.st_mode;
    ::close(fd);
    throw DataError(fmt::format("{} is {}, not a ladder file", quote(path), file_kind(mode)),
                    "point --file or SEPA_FILE at a regular file (it is created if missing)");
  }
  std::string text;
  text.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  for (;;) {
    if (got == text.size()) {
      text.resize(text.size() + 4096); // the file grew while we read it
    }
    const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw IoError(fmt::format("cannot read {}: {}", quote(path), std::strerror(err)));
    }
    if (n == 0) {
      break;
    }
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  text.resize(got);
  return text;
}

void make_private_dirs(const fs::path& dir)
{
  if (dir.empty()) {
    return;
  }
  std::error_code ec;
  if (fs::is_directory(dir, ec)) {
    return;
  }
  make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw IoError(fmt::format("cannot create the folder {}: {}", quote(dir), std::strerror(errno)),
                  "create it yourself, or choose another place with --file");
  }
  ::chmod(dir.c_str(), 0700); // whatever the umask: the folder holds mental-health data
}

bool is_temp_name(const std::string& name)
{
  return name.starts_with('.') && name.find(".tmp-") != std::string::npos;
}

fs::path write_temp_synced(const fs::path& target, std::string_view text,
                           std::string_view unchanged)
{
  std::string name = (parent_or_dot(target) / temp_prefix(target)).string() + "XXXXXX";
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    throw IoError(fmt::format("cannot save {}: {}", quote(target), std::strerror(errno)),
                  fmt::format("{}; check the folder's permissions and free space", unchanged));
  }
  const auto fail = [&](int err) {
    ::close(fd);
    ::unlink(name.c_str());
    throw IoError(
      fmt::format("cannot save {}: {}", quote(target), std::strerror(err)),
      fmt::format("{}; free some space or fix the permissions, then try again", unchanged));
  };
  if (::fchmod(fd, 0600) != 0) {
    fail(errno);
  }
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      fail(n < 0 ? errno : EIO);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    fail(errno);
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(name.c_str());
    throw IoError(fmt::format("cannot save {}: {}", quote(target), std::strerror(err)),
                  std::string(unchanged));
  }
  return name;
}

void write_private_file(const fs::path& target, std::string_view text)
{
  const std::string unchanged = fs::exists(fs::symlink_status(target))
                                  ? "the file already there is unchanged"
                                  : "nothing was written";
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    throw IoError(fmt::format("cannot save {}: it is a folder", quote(target)),
                  "give the name of a file to write, inside that folder or elsewhere");
  }
  const fs::path temp = write_temp_synced(target, text, unchanged);
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    throw IoError(fmt::format("cannot save {}: {}", quote(target), std::strerror(err)),
                  unchanged + "; check the folder's permissions, then try again");
  }
  sync_dir(parent_or_dot(target));
}

fs::path pending_backup_path(const fs::path& target)
{
  return parent_or_dot(target) / ("." + target.filename().string() + ".bak");
}

void remove_stale_temps(const fs::path& target)
{
  const std::string prefix = temp_prefix(target);
  std::error_code ec;
  fs::remove(pending_backup_path(target), ec);
  for (const auto& entry : fs::directory_iterator(parent_or_dot(target), ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      fs::remove(entry.path(), ec);
    }
  }
}

void refuse_if_not_a_file(const fs::path& path)
{
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    throw DataError(fmt::format("{} is {}, not a ladder file", quote(path), file_kind(st.st_mode)),
                    "point --file or SEPA_FILE at a regular file (it is created if missing)");
  }
}

int open_lock_file(const fs::path& lock)
{
  const auto refuse = [&](const std::string& what) {
    throw IoError(
      fmt::format("the lock file {} is {}; sepa will not write through it", quote(lock), what),
      fmt::format("nothing was changed; if it is not yours, look into how it got "
                  "there, then remove it (rm {}) and sepa makes a new one",
                  quote(lock)));
  };
  // Looked at before opening, so a device there is never opened at all.
  struct stat st {};
  if (::lstat(lock.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    refuse(S_ISLNK(st.st_mode) ? "a symbolic link" : file_kind(st.st_mode));
  }
  // O_NOFOLLOW: a link made between the look and the open is refused too.
  const int fd =
    ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK, 0600);
  if (fd < 0) {
    if (errno == ELOOP) {
      refuse("a symbolic link");
    }
    throw IoError(
      fmt::format("cannot open the lock file {}: {}", quote(lock), std::strerror(errno)),
      "check that the folder is yours and writable");
  }
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    refuse(file_kind(st.st_mode));
  }
  return fd;
}

void sync_dir(const fs::path& dir)
{
  const fs::path d = dir.empty() ? fs::path(".") : dir;
  const int fd = ::open(d.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    return;
  }
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0 && err == EIO) {
    throw IoError(fmt::format("the disk reported an error while saving in {}", quote(d)),
                  "check the disk; the previous version is kept as a backup beside the ladder");
  }
}

std::string read_small(int fd)
{
  char buf[32] = {};
  const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

void write_small(int fd, const std::string& text)
{
  if (::ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const ssize_t n = ::pwrite(fd, text.data(), text.size(), 0);
  }
}

} // namespace sepa
