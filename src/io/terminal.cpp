#include "io/terminal.hpp"

#include "sepa/text.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <ctime>
#include <ostream>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace sepa {

WallTime SystemTickClock::wall() const
{
  timespec ts{};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return WallTime{
    std::chrono::seconds{ts.tv_sec} +
    std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::nanoseconds{ts.tv_nsec})};
}

std::chrono::steady_clock::time_point SystemTickClock::mono() const
{
  return std::chrono::steady_clock::now();
}

namespace {

sigset_t watched_signals()
{
  sigset_t set;
  sigemptyset(&set);
  for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCONT}) {
    sigaddset(&set, sig);
  }
  return set;
}

} // namespace

// A signalfd rather than handlers: nothing runs asynchronously, and the sleep is a plain poll
// that a signal ends at once.
SignalSleeper::SignalSleeper(int keys_fd)
{
  const sigset_t set = watched_signals();
  ::sigprocmask(SIG_BLOCK, &set, &m_old_mask);
  m_signal_fd = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
  if (m_signal_fd < 0) {
    // Without the signalfd a blocked Ctrl-C would never arrive: leave signals and keys alone.
    ::sigprocmask(SIG_SETMASK, &m_old_mask, nullptr);
    return;
  }
  if (keys_fd >= 0 && ::tcgetattr(keys_fd, &m_saved) == 0) {
    m_keys_fd = keys_fd;
    m_restore_mode = true;
    quiet_keys();
  }
}

SignalSleeper::~SignalSleeper()
{
  if (m_restore_mode) {
    ::tcsetattr(m_keys_fd, TCSADRAIN, &m_saved);
  }
  if (m_signal_fd >= 0) {
    signalfd_siginfo info{};
    while (::read(m_signal_fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
    }
    ::close(m_signal_fd);
  }
  ::sigprocmask(SIG_SETMASK, &m_old_mask, nullptr);
}

// Keys arrive one at a time and unechoed, so typing cannot scribble over the frame; ISIG stays
// on, so Ctrl-C still sends SIGINT.
void SignalSleeper::quiet_keys()
{
  termios quiet = m_saved;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON);
  quiet.c_cc[VMIN] = 1;
  quiet.c_cc[VTIME] = 0;
  ::tcsetattr(m_keys_fd, TCSANOW, &quiet);
}

Wake SignalSleeper::sleep_for(std::chrono::nanoseconds d)
{
  const auto whole = std::chrono::floor<std::chrono::seconds>(std::max(d, decltype(d){0}));
  const timespec timeout{static_cast<time_t>(whole.count()),
                         static_cast<long>((std::max(d, decltype(d){0}) - whole).count())};
  std::array<pollfd, 2> fds{{{m_signal_fd, POLLIN, 0}, {m_keys_fd, POLLIN, 0}}};
  const int ready = ::ppoll(fds.data(), m_keys_fd >= 0 ? 2 : 1, &timeout, nullptr);
  if (ready < 0) {
    return errno == EINTR ? Wake::resize : Wake::stop;
  }
  if (ready > 0 && fds[0].revents != 0) {
    return read_signal();
  }
  if (ready > 0 && fds[1].revents != 0) {
    return read_keys();
  }
  return Wake::timeout;
}

Wake SignalSleeper::read_signal()
{
  signalfd_siginfo info{};
  if (::read(m_signal_fd, &info, sizeof info) != static_cast<ssize_t>(sizeof info)) {
    return Wake::timeout;
  }
  const auto sig = static_cast<int>(info.ssi_signo);
  if (sig == SIGCONT && m_restore_mode) {
    // Back from Ctrl-Z: the shell may have put its own terminal mode in place meanwhile.
    quiet_keys();
  }
  return sig == SIGWINCH || sig == SIGCONT ? Wake::resize : Wake::stop;
}

Wake SignalSleeper::read_keys()
{
  std::array<char, 64> buf{};
  const ssize_t n = ::read(m_keys_fd, buf.data(), buf.size());
  if (n <= 0) {
    // The terminal is gone or at its end: stop listening to it rather than wake forever.
    m_keys_fd = -1;
    return Wake::timeout;
  }
  const auto end = buf.begin() + n;
  return std::find_if(buf.begin(), end, [](char c) { return c == 'p' || c == 'P'; }) != end
           ? Wake::passed
           : Wake::timeout;
}

TerminalScreen::TerminalScreen(std::ostream& out, int fd, std::size_t fallback_width)
  : m_out(out), m_fd(fd), m_fallback_width(fallback_width)
{
}

TerminalScreen::~TerminalScreen()
{
  if (!m_widths.empty()) {
    m_out << '\n' << std::flush;
  }
}

// The terminal's columns, as it says now.
std::size_t TerminalScreen::columns() const
{
  winsize ws{};
  if (m_fd >= 0 && ::ioctl(m_fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    return ws.ws_col;
  }
  return std::max<std::size_t>(m_fallback_width, 1);
}

std::size_t TerminalScreen::width() const
{
  const std::size_t c = columns();
  return c > 1 ? c - 1 : 1;
}

void TerminalScreen::draw(const std::string& frame)
{
  std::string out;
  if (!m_widths.empty()) {
    // A line wider than the terminal is now has been reflowed over several rows by most
    // terminals. The few that cut it instead (xterm, the Linux console) get lines above the
    // frame cleared too, the header or the blank line: a clean screen either way, never a
    // stale frame.
    const std::size_t c = columns();
    std::size_t rows = 0;
    for (const std::size_t w : m_widths) {
      rows += std::max<std::size_t>(1, (w + c - 1) / c);
    }
    out += '\r';
    if (rows > 1) {
      out += "\x1b[" + std::to_string(rows - 1) + 'A';
    }
    out += "\x1b[J";
  }
  out += frame;
  m_widths.clear();
  for (std::size_t start = 0;;) {
    const std::size_t end = frame.find('\n', start);
    m_widths.push_back(display_width(std::string_view(frame).substr(start, end - start)));
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  m_out << out << std::flush;
}

void ring_bell(std::ostream& out)
{
  out << '\a' << std::flush;
}

} // namespace sepa
