#include "io/backups.hpp"

#include "io/files.hpp"
#include "sepa/errors.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa {

namespace fs = std::filesystem;

namespace {

// Closes a descriptor on every way out.
class Fd {
public:
  explicit Fd(int fd) : m_fd(fd) {}
  ~Fd()
  {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return m_fd; }

private:
  int m_fd;
};

[[noreturn]] void cannot_keep(const fs::path& target, int err)
{
  throw IoError(fmt::format("cannot keep the previous version of {} as a backup: {}", quote(target),
                            std::strerror(err)),
                "nothing was changed: not the ladder, not its backups; free some space or fix "
                "the folder's permissions, then try again");
}

bool write_fully(int fd, const std::string& text)
{
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      if (n == 0) {
        errno = EIO;
      }
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// A private copy of the old file's bytes, for a file that is not ours (a hard link would keep
// its owner and mode) or that has another name elsewhere (changing its mode would change that
// one too).
void copy_private(const fs::path& target, const fs::path& to)
{
  const auto text = read_file(target);
  if (!text) {
    cannot_keep(target, ENOENT);
  }
  const Fd out(::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
  if (out.get() < 0) {
    cannot_keep(target, errno);
  }
  if (::fchmod(out.get(), 0600) != 0 || !write_fully(out.get(), *text) || ::fsync(out.get()) != 0) {
    const int err = errno;
    ::unlink(to.c_str());
    cannot_keep(target, err);
  }
}

// A backup someone else can read is made private, when it is ours to change.
void make_private(const fs::path& file)
{
  const Fd fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  struct stat st {};
  if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
    return;
  }
  if (st.st_uid == ::geteuid() && (st.st_mode & 07777) != 0600) {
    ::fchmod(fd.get(), 0600);
  }
}

} // namespace

fs::path generation_path(const fs::path& target, int g)
{
  return fs::path(target).concat(fmt::format(".{}", g));
}

fs::path keep_aside(const fs::path& target)
{
  const fs::path kept = pending_backup_path(target);
  ::unlink(kept.c_str()); // left by a sepa killed mid-save; we hold the lock
  const Fd fd(::open(target.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  struct stat st {};
  if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) {
    cannot_keep(target, errno);
  }
  const bool ours_alone = st.st_uid == ::geteuid() && st.st_nlink == 1;
  if (ours_alone && ::link(target.c_str(), kept.c_str()) == 0) {
    return kept; // made private in shift_in, once the new ladder is in place
  }
  // Not ours, another name elsewhere, or a link the file system refuses (a file mounted on
  // its own path, a file system without hard links).
  copy_private(target, kept);
  return kept;
}

void shift_in(const fs::path& kept, const fs::path& target, int generations)
{
  for (int g = generations - 1; g >= 1; --g) {
    ::rename(generation_path(target, g).c_str(), generation_path(target, g + 1).c_str());
  }
  make_private(kept);
  if (::rename(kept.c_str(), generation_path(target, 1).c_str()) != 0) {
    ::unlink(kept.c_str());
  }
  for (int g = 2; g <= generations; ++g) {
    make_private(generation_path(target, g)); // kept by an older sepa, or copied by a sync tool
  }
}

} // namespace sepa
