#include "io/hook_runner.hpp"

#include "io/files.hpp"
#include "sepa/text.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace sepa {

namespace fs = std::filesystem;

namespace {

using Steady = std::chrono::steady_clock;

// Why the file or folder may not be trusted with running code as this user; empty if it may.
std::string distrust(const fs::path& path, const struct stat& st, bool folder)
{
  const std::string what = folder ? "the hooks folder" : "it";
  if (st.st_uid != ::geteuid()) {
    return fmt::format("{} belongs to another user", what);
  }
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    return fmt::format("{} can be changed by other users (chmod go-w {})", what, quote(path));
  }
  return {};
}

// Why the hook may not run; empty when it may.
std::string refusal(const fs::path& dir, const fs::path& hook)
{
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return "the hooks folder cannot be read";
  }
  if (std::string why = distrust(dir, st, true); !why.empty()) {
    return why;
  }
  if (::stat(hook.c_str(), &st) != 0) {
    return fmt::format("it cannot be read: {}", std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) {
    return "it is not a regular file";
  }
  if (std::string why = distrust(hook, st, false); !why.empty()) {
    return why;
  }
  if ((st.st_mode & S_IXUSR) == 0) {
    return fmt::format("it is not executable (chmod u+x {})", quote(hook));
  }
  return {};
}

// The event on a file in memory: the hook reads it at its own pace, and a hook that never
// reads cannot block sepa or kill it with SIGPIPE.
int input_fd(std::string_view input)
{
  const int fd = ::memfd_create("sepa-event", MFD_CLOEXEC);
  if (fd < 0) {
    return -1;
  }
  std::size_t done = 0;
  while (done < input.size()) {
    const ssize_t n = ::write(fd, input.data() + done, input.size() - done);
    if (n <= 0) {
      ::close(fd);
      return -1;
    }
    done += static_cast<std::size_t>(n);
  }
  ::lseek(fd, 0, SEEK_SET);
  return fd;
}

// Lines of what the hook wrote, each prefixed with its name and neutralised.
std::string relayed(const std::string& name, const std::string& raw)
{
  std::string out;
  std::size_t from = 0;
  while (from < raw.size()) {
    std::size_t end = raw.find('\n', from);
    if (end == std::string::npos) {
      end = raw.size();
    }
    out += name + ": " + neutralise(raw.substr(from, end - from)) + '\n';
    from = end + 1;
  }
  return out;
}

pid_t start(const fs::path& hook, int in, int out)
{
  std::string path = hook.string();
  char* argv[] = {path.data(), nullptr};
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    ::setpgid(0, 0);
    ::signal(SIGPIPE, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(out, 2);
    ::execve(argv[0], argv, environ);
    ::_exit(127);
  }
  if (pid > 0) {
    ::setpgid(pid, pid); // as the child does: whichever runs first, the group exists to kill
  }
  return pid;
}

} // namespace

std::optional<fs::path> hooks_dir(const Environment& env)
{
  if (const auto xdg = env.get("XDG_CONFIG_HOME"); xdg && fs::path(*xdg).is_absolute()) {
    return fs::path(*xdg) / "sepa" / "hooks";
  }
  if (const auto home = env.get("HOME"); home && !home->empty()) {
    return fs::path(*home) / ".config" / "sepa" / "hooks";
  }
  return std::nullopt;
}

bool hook_present(const fs::path& dir, const std::string& name)
{
  struct stat st {};
  return ::lstat((dir / name).c_str(), &st) == 0;
}

HookRun run_hook(const fs::path& dir, const std::string& name, std::string_view input,
                 std::chrono::milliseconds limit, std::size_t cap)
{
  HookRun run;
  const fs::path hook = dir / name;
  if (const std::string why = refusal(dir, hook); !why.empty()) {
    run.warnings.push_back(fmt::format("the hook {} was not run: {}", quote(hook), why));
    return run;
  }
  const int in = input_fd(input);
  int pipe_fds[2] = {-1, -1};
  if (in < 0 || ::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    if (in >= 0) {
      ::close(in);
    }
    run.warnings.push_back(fmt::format("the hook {} was not run: {}", name, std::strerror(errno)));
    return run;
  }
  const pid_t pid = start(hook, in, pipe_fds[1]);
  ::close(in);
  ::close(pipe_fds[1]);
  if (pid < 0) {
    ::close(pipe_fds[0]);
    run.warnings.push_back(fmt::format("the hook {} was not run: cannot start it", name));
    return run;
  }
  run.ran = true;
  const auto deadline = Steady::now() + limit;
  std::string raw;
  bool cut = false, exited = false, stopped = false;
  int status = 0;
  int fd = pipe_fds[0];
  char buffer[16384];
  for (;;) {
    if (!exited && ::waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
    }
    const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Steady::now());
    if (fd < 0 && exited) {
      break;
    }
    if (left.count() <= 0) {
      stopped = !exited;
      break;
    }
    pollfd p{fd, POLLIN, 0};
    // Once it has exited, only what is already written is read: a background job it left
    // holding the pipe does not hold sepa.
    const int ready =
      fd < 0 ? (::poll(nullptr, 0, 20), 0)
             : ::poll(&p, 1, exited ? 0 : static_cast<int>(std::min<long long>(left.count(), 50)));
    if (ready > 0) {
      const ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n > 0) {
        const auto got = static_cast<std::size_t>(n);
        const std::size_t keep = raw.size() < cap ? std::min(got, cap - raw.size()) : 0;
        raw.append(buffer, keep);
        cut = cut || keep < got;
      } else if (n == 0 || errno != EINTR) {
        ::close(fd);
        fd = -1;
      }
    } else if (ready == 0 && exited) {
      break;
    }
  }
  if (fd >= 0) {
    ::close(fd);
  }
  if (stopped) {
    ::kill(-pid, SIGKILL);
    ::waitpid(pid, &status, 0);
  }
  run.output = relayed(name, raw);
  if (cut) {
    run.warnings.push_back(
      fmt::format("the hook {} wrote more than {} KiB; the rest was not shown", name, cap / 1024));
  }
  if (stopped) {
    run.warnings.push_back(fmt::format("the hook {} was still running after {} seconds and was "
                                       "stopped",
                                       name, limit.count() / 1000));
  } else if (WIFSIGNALED(status)) {
    run.warnings.push_back(
      fmt::format("the hook {} was ended by signal {}", name, WTERMSIG(status)));
  } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    run.warnings.push_back(
      fmt::format("the hook {} exited with status {}", name, WEXITSTATUS(status)));
  }
  return run;
}

} // namespace sepa
