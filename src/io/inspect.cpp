#include "io/inspect.hpp"

#include "io/files.hpp"

#include <fcntl.h>
#include <fstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa {

namespace fs = std::filesystem;

std::vector<std::string> names_in(const fs::path& dir)
{
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  return names;
}

FileFacts file_facts(const fs::path& path)
{
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return {};
  }
  return {true, static_cast<std::uintmax_t>(st.st_size), static_cast<unsigned>(st.st_mode & 07777)};
}

FileStamp file_stamp(const fs::path& path)
{
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return {};
  }
  return {true, static_cast<std::uintmax_t>(st.st_dev), static_cast<std::uintmax_t>(st.st_ino),
          static_cast<std::uintmax_t>(st.st_size),
          static_cast<long long>(st.st_mtim.tv_sec) * 1'000'000'000LL + st.st_mtim.tv_nsec};
}

LockProbe probe_lock(const fs::path& lock)
{
  const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
  if (fd < 0) {
    return {};
  }
  LockProbe probe{LockState::free, {}};
  if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
    probe.state = LockState::held;
    probe.holder = read_small(fd);
  }
  ::close(fd); // also lets go of the shared lock
  return probe;
}

std::string zone_description(const Environment& env)
{
  if (const auto tz = env.get("TZ")) {
    return "TZ=" + *tz;
  }
  std::error_code ec;
  const fs::path target = fs::read_symlink("/etc/localtime", ec);
  const std::string s = target.string();
  if (const auto at = s.find("zoneinfo/"); !ec && at != std::string::npos) {
    return s.substr(at + 9) + " (from /etc/localtime)";
  }
  std::ifstream in("/etc/timezone");
  std::string name;
  if (std::getline(in, name) && !name.empty()) {
    return name + " (from /etc/timezone)";
  }
  return "the system default";
}

} // namespace sepa
