#include "cli/context.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

struct Case {
  const char* name;
  ColorMode mode;
  bool tty;
  std::map<std::string, std::string> env;
  bool expected;
};

TEST(UseColor, HonoursTheFlagNoColorTermAndTheTerminal)
{
  const Case cases[] = {
    {"auto on a terminal", ColorMode::automatic, true, {{"TERM", "xterm-256color"}}, true},
    {"auto on a terminal without TERM", ColorMode::automatic, true, {}, true},
    {"auto into a pipe", ColorMode::automatic, false, {{"TERM", "xterm"}}, false},
    {"NO_COLOR set", ColorMode::automatic, true, {{"TERM", "xterm"}, {"NO_COLOR", "1"}}, false},
    {"NO_COLOR set to anything", ColorMode::automatic, true, {{"NO_COLOR", "no"}}, false},
    {"NO_COLOR empty counts as unset", ColorMode::automatic, true, {{"NO_COLOR", ""}}, true},
    {"TERM=dumb", ColorMode::automatic, true, {{"TERM", "dumb"}}, false},
    {"never on a terminal", ColorMode::never, true, {{"TERM", "xterm"}}, false},
    {"always into a pipe", ColorMode::always, false, {}, true},
    {"NO_COLOR beats always", ColorMode::always, false, {{"NO_COLOR", "1"}}, false},
    {"TERM=dumb beats always", ColorMode::always, true, {{"TERM", "dumb"}}, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    TerminalInfo term;
    term.stdout_tty = c.tty;
    EXPECT_EQ(use_color(c.mode, term, Environment{c.env}), c.expected);
  }
}

} // namespace
} // namespace sepa
