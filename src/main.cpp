// sepa's entry point: the real clock, zone, environment and terminal, then the command tree.

#include "cli/app.hpp"
#include "io/terminal.hpp"
#include "sepa/system.hpp"

#include <csignal>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv)
{
  // A write past RLIMIT_FSIZE must fail with EFBIG (and exit 74), not kill the process.
  std::signal(SIGXFSZ, SIG_IGN);
  const sepa::SystemClock clock;
  const sepa::LocalZone zone;
  const sepa::SystemTickClock ticks;
  sepa::Environment env = sepa::Environment::capture();
  // The countdown draws its own frames; they only need ASCII under a locale that is not UTF-8.
  sepa::LineLayout frames_layout(std::cout.rdbuf(), 0, !sepa::unicode_locale(env));
  std::ostream frames(&frames_layout);
  sepa::CountdownDevices countdown{
    ticks,
    [](bool keys) { return std::make_unique<sepa::SignalSleeper>(keys ? STDIN_FILENO : -1); },
    [&frames](std::size_t width) {
      return std::make_unique<sepa::TerminalScreen>(frames, STDOUT_FILENO, width);
    }};
  sepa::Context ctx{std::cout,
                    std::cerr,
                    std::cin,
                    clock,
                    zone,
                    std::move(env),
                    sepa::TerminalInfo::probe(),
                    sepa::random_id,
                    std::move(countdown)};
  return sepa::run_app(std::vector<std::string>(argv + 1, argv + argc), ctx);
}
