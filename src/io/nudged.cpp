#include "io/nudged.hpp"

#include "io/files.hpp"
#include "sepa/errors.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> state_file(const Environment& env, const char* name)
{
  if (const auto xdg = env.get("XDG_STATE_HOME"); xdg && fs::path(*xdg).is_absolute()) {
    return fs::path(*xdg) / "sepa" / name;
  }
  if (const auto home = env.get("HOME"); home && !home->empty()) {
    return fs::path(*home) / ".local" / "state" / "sepa" / name;
  }
  return std::nullopt;
}

} // namespace

std::optional<fs::path> nudged_path(const Environment& env)
{
  return state_file(env, "reminded");
}

std::optional<fs::path> fired_path(const Environment& env)
{
  return state_file(env, "fired");
}

bool claim_once(const fs::path& path, const std::string& key)
{
  const auto fail = [&](int err) {
    return IoError(
      fmt::format("cannot note in {} that a hook ran: {}", quote(path), std::strerror(err)),
      "the hook was not run, so that it does not run again and again");
  };
  make_private_dirs(path.parent_path());
  const int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    throw fail(errno);
  }
  if (::flock(fd, LOCK_EX) != 0) {
    const int err = errno;
    ::close(fd);
    throw fail(err);
  }
  const std::set<std::string> fired = read_nudged(path);
  if (fired.count(key) > 0) {
    ::close(fd);
    return false;
  }
  const std::string line = key + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  const int err = errno;
  ::close(fd);
  if (!ok) {
    throw fail(err);
  }
  return true;
}

std::set<std::string> read_nudged(const fs::path& path)
{
  std::set<std::string> keys;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) {
      keys.insert(line);
    }
  }
  return keys;
}

void add_nudged(const fs::path& path, const std::string& key)
{
  const auto fail = [&](int err) {
    return IoError(
      fmt::format("cannot note in {} that this was said: {}", quote(path), std::strerror(err)),
      "the nudge may come again next time");
  };
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    throw fail(ec.value());
  }
  ::chmod(path.parent_path().c_str(), 0700);
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) {
    throw fail(errno);
  }
  const std::string line = key + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
  const int err = errno;
  ::close(fd);
  if (!ok) {
    throw fail(err);
  }
}

} // namespace sepa
