#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <array>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace sepa::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
  std::string pattern = (fs::temp_directory_path() / "sepa-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_path = pattern;
}

TempDir::~TempDir()
{
  std::error_code ec;
  fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
  for (const auto& entry : fs::recursive_directory_iterator(m_path, ec)) {
    if (entry.is_directory(ec)) {
      fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
  }
  fs::remove_all(m_path, ec);
}

std::string read_all(const fs::path& file)
{
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_all(const fs::path& file, const std::string& text)
{
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
}

namespace {

void drain(int out_fd, int err_fd, RunResult& r)
{
  std::array<pollfd, 2> fds{{{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}}};
  int open = 2;
  std::array<char, 65536> buf{};
  while (open > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      continue;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) {
        continue;
      }
      const ssize_t n = ::read(fds[i].fd, buf.data(), buf.size());
      if (n <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open;
        continue;
      }
      (i == 0 ? r.out : r.err).append(buf.data(), static_cast<std::size_t>(n));
    }
  }
}

} // namespace

RunResult run_sepa(const std::vector<std::string>& args, const RunOptions& options)
{
  std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"},
                                         {"TZ", "UTC"},
                                         {"HOME", "/nonexistent-sepa-test-home"},
                                         {"LANG", "C.UTF-8"}};
  for (const auto& [k, v] : options.env) {
    env[k] = v;
  }
  std::vector<std::string> argv_s;
  if (!options.faketime.empty()) {
    argv_s = {"/usr/bin/faketime", "-f", options.faketime};
    // faketime preloads its library ahead of the sanitizer runtime in the ASan build.
    env.emplace("ASAN_OPTIONS", "verify_asan_link_order=0");
  }
  argv_s.push_back(SEPA_BINARY);
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<std::string> env_s;
  for (const auto& [k, v] : env) {
    env_s.push_back(k + "=" + v);
  }

  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (::pipe2(in_pipe, O_CLOEXEC) != 0 || ::pipe2(out_pipe, O_CLOEXEC) != 0 ||
      ::pipe2(err_pipe, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(in_pipe[0], 0);
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    std::vector<char*> argv, envp;
    for (auto& s : argv_s) {
      argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    for (auto& s : env_s) {
      envp.push_back(s.data());
    }
    envp.push_back(nullptr);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (!options.input.empty()) {
    [[maybe_unused]] const ssize_t n =
      ::write(in_pipe[1], options.input.data(), options.input.size());
  }
  ::close(in_pipe[1]);
  RunResult r;
  drain(out_pipe[0], err_pipe[0], r);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

} // namespace sepa::test
