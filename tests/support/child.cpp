#include "support/child.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <stdexcept>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sepa::test {

namespace fs = std::filesystem;

namespace {

std::string why(const char* what)
{
  return std::string(what) + ": " + std::strerror(errno);
}

void write_fully(int fd, const std::string& text)
{
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) {
      return;
    }
    done += static_cast<std::size_t>(n);
  }
}

std::string read_fully(int fd)
{
  std::string text;
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return text;
    }
    text.append(buf, static_cast<std::size_t>(n));
  }
}

} // namespace

ChildReport in_child(const std::function<std::string()>& body)
{
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    throw std::runtime_error(why("pipe"));
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    throw std::runtime_error(why("fork"));
  }
  if (pid == 0) {
    ::close(pipe_fds[0]);
    std::string text;
    try {
      text = body();
    } catch (const std::exception& e) {
      text = std::string("exception: ") + e.what();
    }
    write_fully(pipe_fds[1], text);
    ::_exit(0);
  }
  ::close(pipe_fds[1]);
  ChildReport report;
  report.text = read_fully(pipe_fds[0]);
  ::close(pipe_fds[0]);
  report.status = wait_for(pid);
  return report;
}

std::optional<std::string> private_mounts()
{
  if (::unshare(CLONE_NEWNS) != 0) {
    return why("unshare(CLONE_NEWNS)");
  }
  // Without this, mounts made here would propagate back to the rest of the system.
  if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    return why("making mounts private");
  }
  return std::nullopt;
}

std::optional<std::string> mount_tmpfs(const fs::path& dir, std::size_t kib)
{
  const std::string options = "size=" + std::to_string(kib) + "k,mode=0700";
  if (::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) != 0) {
    return why("mounting a tmpfs");
  }
  return std::nullopt;
}

std::optional<std::string> make_read_only(const fs::path& dir)
{
  if (::mount(dir.c_str(), dir.c_str(), nullptr, MS_BIND, nullptr) != 0) {
    return why("bind-mounting");
  }
  if (::mount(nullptr, dir.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
    return why("remounting read-only");
  }
  return std::nullopt;
}

std::optional<std::string> become_unprivileged(const fs::path& dir)
{
  constexpr uid_t k_nobody = 65534;
  std::error_code ec;
  if (::chown(dir.c_str(), k_nobody, k_nobody) != 0) {
    return why("chown");
  }
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (::lchown(entry.path().c_str(), k_nobody, k_nobody) != 0) {
      return why("chown");
    }
  }
  return become_nobody();
}

std::optional<std::string> become_nobody()
{
  constexpr uid_t k_nobody = 65534;
  if (::setgroups(0, nullptr) != 0 || ::setresgid(k_nobody, k_nobody, k_nobody) != 0 ||
      ::setresuid(k_nobody, k_nobody, k_nobody) != 0) {
    return why("dropping privileges");
  }
  return std::nullopt;
}

std::optional<std::string> mount_over_itself(const fs::path& file)
{
  if (::mount(file.c_str(), file.c_str(), nullptr, MS_BIND, nullptr) != 0) {
    return why("bind-mounting the file over itself");
  }
  return std::nullopt;
}

bool running_as_root()
{
  return ::geteuid() == 0;
}

pid_t spawn_sepa(const std::vector<std::string>& args, const SpawnOptions& options)
{
  std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"},
                                         {"TZ", "UTC"},
                                         {"HOME", "/nonexistent-sepa-test-home"},
                                         {"LANG", "C.UTF-8"}};
  for (const auto& [key, value] : options.env) {
    env[key] = value;
  }
  // Everything the child needs is prepared before fork: between fork and exec only system
  // calls run.
  std::vector<std::string> strings{options.binary.string()};
  strings.insert(strings.end(), args.begin(), args.end());
  const std::size_t argc = strings.size();
  for (const auto& [key, value] : env) {
    strings.push_back(key + "=" + value);
  }
  std::vector<char*> argv, envp;
  for (std::size_t i = 0; i < strings.size(); ++i) {
    (i < argc ? argv : envp).push_back(strings[i].data());
  }
  argv.push_back(nullptr);
  envp.push_back(nullptr);
  const int out = ::open(options.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  const int err = ::open(options.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  const int in = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (out < 0 || err < 0 || in < 0) {
    throw std::runtime_error(why("opening the child's streams"));
  }
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (options.gate_fd >= 0) {
      char c;
      while (::read(options.gate_fd, &c, 1) < 0 && errno == EINTR) {
      }
    }
    if (options.file_size_limit) {
      const rlimit limit{*options.file_size_limit, *options.file_size_limit};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(out);
  ::close(err);
  ::close(in);
  if (pid < 0) {
    throw std::runtime_error(why("fork"));
  }
  return pid;
}

int wait_for(pid_t pid)
{
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return -1;
    }
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::vector<fs::path> temp_files_beside(const fs::path& ladder)
{
  const std::string prefix = "." + ladder.filename().string() + ".tmp-";
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(ladder.parent_path(), ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      found.push_back(entry.path());
    }
  }
  return found;
}

} // namespace sepa::test
