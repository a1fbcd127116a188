#pragma once
// Runs sepa's command tree in this process on a virtual clock: the same code as the binary, with
// the clock, the countdown's devices and the streams replaced, so a test can start a separation,
// move time on by twenty minutes and end it, in microseconds, without faketime.

#include "cli/app.hpp"
#include "support/fake_clock.hpp"

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace sepa::test {

// One clock for both the command's `now` and the countdown: sleeping moves it on.
class VirtualTime final : public Clock, public TickClock, public Sleeper {
public:
  explicit VirtualTime(const Timestamp& start) : m_wall(start.utc) {}

  SysSeconds now() const override { return std::chrono::floor<Seconds>(m_wall); }
  WallTime wall() const override { return m_wall; }
  std::chrono::steady_clock::time_point mono() const override { return m_mono; }
  Wake sleep_for(std::chrono::nanoseconds d) override
  {
    advance(d);
    return Wake::timeout;
  }
  void advance(std::chrono::nanoseconds d)
  {
    m_wall += std::chrono::duration_cast<std::chrono::microseconds>(d);
    m_mono += d;
  }

private:
  WallTime m_wall;
  std::chrono::steady_clock::time_point m_mono{};
};

struct InProcessResult {
  int status = 0;
  std::string out;
  std::string err;
};

class InProcess {
public:
  InProcess(const Timestamp& start, std::chrono::minutes offset) : m_time(start), m_zone(offset) {}

  VirtualTime& time() { return m_time; }

  // One command line, with `terminal` saying whether stdin and stdout are terminals (the frames
  // of a countdown go to the result's output, one per draw).
  InProcessResult run(const std::vector<std::string>& args, const std::string& input = {},
                      bool terminal = false)
  {
    std::ostringstream out;
    std::ostringstream err;
    std::istringstream in(input);
    TerminalInfo term;
    term.stdin_tty = terminal;
    term.stdout_tty = terminal;
    CountdownDevices devices{
      m_time, [this](bool) { return std::make_unique<Borrowed>(m_time); },
      [&out](std::size_t width) { return std::make_unique<Frames>(out, width); }};
    Environment env;
    env.vars["TERM"] = terminal ? "xterm" : "dumb";
    env.vars["LANG"] = "C.UTF-8";
    Context ctx(
      out, err, in, m_time, m_zone, env, term, [this] { return next_id(); }, std::move(devices));
    InProcessResult r;
    r.status = run_app(args, ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
  }

private:
  // The virtual time as the countdown's sleeper, owned by the test.
  class Borrowed final : public Sleeper {
  public:
    explicit Borrowed(Sleeper& inner) : m_inner(inner) {}
    Wake sleep_for(std::chrono::nanoseconds d) override { return m_inner.sleep_for(d); }

  private:
    Sleeper& m_inner;
  };
  class Frames final : public Screen {
  public:
    Frames(std::ostream& out, std::size_t width) : m_out(out), m_width(width) {}
    std::size_t width() const override { return m_width; }
    void draw(const std::string& frame) override { m_out << frame << '\n'; }

  private:
    std::ostream& m_out;
    std::size_t m_width;
  };

  std::string next_id() { return "id-" + std::to_string(++m_ids); }

  VirtualTime m_time;
  FixedZone m_zone;
  int m_ids = 0;
};

} // namespace sepa::test
