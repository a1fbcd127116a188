#pragma once
// The countdown's edge with the real world: the system's wall and monotonic clocks, a sleeper
// woken by signals and key presses, and the terminal writer that redraws a frame in place. This
// is the only code that knows about escape codes, termios and signal masks.

#include "sepa/countdown.hpp"

#include <csignal>
#include <iosfwd>
#include <termios.h>
#include <vector>

namespace sepa {

class SystemTickClock final : public TickClock {
public:
  WallTime wall() const override;
  std::chrono::steady_clock::time_point mono() const override;
};

// For its lifetime, SIGINT, SIGTERM, SIGHUP, SIGWINCH and SIGCONT are blocked and received
// through a signalfd, so they wake the sleep instead of killing the process: the first three
// stop, the others ask for a redraw. With `keys_fd` on a terminal, echo and line buffering are
// turned off there (Ctrl-C still works) and a key press wakes it: 'p' means the worry passed.
// The destructor puts the terminal mode and the signal mask back as they were, discarding
// signals already received, so Ctrl-C always ends in a tidy terminal.
class SignalSleeper final : public Sleeper {
public:
  explicit SignalSleeper(int keys_fd = -1);
  ~SignalSleeper() override;
  SignalSleeper(const SignalSleeper&) = delete;
  SignalSleeper& operator=(const SignalSleeper&) = delete;

  Wake sleep_for(std::chrono::nanoseconds d) override;

private:
  void quiet_keys();
  Wake read_signal();
  Wake read_keys();

  sigset_t m_old_mask{};
  int m_signal_fd = -1;
  int m_keys_fd = -1;
  termios m_saved{};
  bool m_restore_mode = false;
};

// Redraws each frame over the previous one: back to the first line of the old frame, clear to
// the end of the screen, write the new one. The width is read from `fd` at every frame so a
// resize takes effect at once; one column is kept free so a full line never wraps. After a
// narrowing resize most terminals reflow the old frame, a long line over several rows, so the
// way back up counts the rows each old line takes at the width now. The destructor ends the
// last frame with a newline.
class TerminalScreen final : public Screen {
public:
  TerminalScreen(std::ostream& out, int fd, std::size_t fallback_width);
  ~TerminalScreen() override;
  TerminalScreen(const TerminalScreen&) = delete;
  TerminalScreen& operator=(const TerminalScreen&) = delete;

  std::size_t width() const override;
  void draw(const std::string& frame) override;

private:
  std::size_t columns() const;

  std::ostream& m_out;
  int m_fd;
  std::size_t m_fallback_width;
  std::vector<std::size_t> m_widths; // the columns each line of the frame on screen takes
};

// The terminal bell.
void ring_bell(std::ostream& out);

} // namespace sepa
