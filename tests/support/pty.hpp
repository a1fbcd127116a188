#pragma once
// Runs the built `sepa` binary on a new pseudo-terminal (stdin, stdout and stderr), for the
// end-to-end tests of what only happens on a terminal: questions, the countdown, signals.

#include <array>
#include <chrono>
#include <csignal>
#include <functional>
#include <poll.h>
#include <pty.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace sepa::test {

using namespace std::chrono_literals;

// The built binary in a child whose stdin, stdout and stderr are a new pseudo-terminal.
class PtyRun {
public:
  // `locale` is LANG's value (C.UTF-8 unless a test asks for another).
  PtyRun(const std::vector<std::string>& args, unsigned short columns = 80,
         const std::string& locale = "C.UTF-8")
  {
    std::string lang = "LANG=" + locale;
    winsize ws{};
    ws.ws_row = 24;
    ws.ws_col = columns;
    m_pid = ::forkpty(&m_master, nullptr, nullptr, &ws);
    if (m_pid == 0) {
      std::vector<std::string> argv_s{SEPA_BINARY};
      argv_s.insert(argv_s.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : argv_s) {
        argv.push_back(a.data());
      }
      argv.push_back(nullptr);
      std::array<char*, 6> envp{const_cast<char*>("PATH=/usr/bin:/bin"),
                                const_cast<char*>("TERM=xterm"),
                                const_cast<char*>("TZ=UTC"),
                                const_cast<char*>("HOME=/nonexistent-sepa-test-home"),
                                lang.data(),
                                nullptr};
      ::execve(argv[0], argv.data(), envp.data());
      ::_exit(127);
    }
  }

  ~PtyRun()
  {
    if (m_pid > 0 && m_status < 0) {
      ::kill(m_pid, SIGKILL);
      ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0) {
      ::close(m_master);
    }
  }

  // Reads until `done(output)` holds or `timeout` passes; whether it held.
  bool read_until(const std::function<bool(const std::string&)>& done,
                  std::chrono::milliseconds timeout = 15s)
  {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (!done(m_out)) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
      if (left <= 0ms || !read_some(static_cast<int>(left.count()))) {
        return done(m_out);
      }
    }
    return true;
  }

  void send(const std::string& keys) { ASSERT_GT(::write(m_master, keys.data(), keys.size()), 0); }
  void signal(int sig) { ::kill(m_pid, sig); }
  void resize(unsigned short columns)
  {
    winsize ws{};
    ws.ws_row = 24;
    ws.ws_col = columns;
    ::ioctl(m_master, TIOCSWINSZ, &ws);
  }

  // Reads to the end and returns the exit status (128 + signal when killed).
  int wait()
  {
    read_until([](const std::string&) { return false; }, 20s);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m_status;
  }

  const std::string& output() const { return m_out; }
  int master() const { return m_master; }

private:
  // False at the end of output (EIO once the child is gone) or on timeout.
  bool read_some(int timeout_ms)
  {
    pollfd fd{m_master, POLLIN, 0};
    if (::poll(&fd, 1, timeout_ms) <= 0) {
      return false;
    }
    std::array<char, 4096> buf{};
    const ssize_t n = ::read(m_master, buf.data(), buf.size());
    if (n <= 0) {
      return false;
    }
    m_out.append(buf.data(), static_cast<std::size_t>(n));
    return true;
  }

  pid_t m_pid = -1;
  int m_master = -1;
  int m_status = -1;
  std::string m_out;
};

} // namespace sepa::test
