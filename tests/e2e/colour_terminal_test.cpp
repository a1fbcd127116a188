// Colour as users meet it: on a real terminal (a pseudo-terminal from util-linux `script`),
// into a pipe, and with --color, NO_COLOR and TERM=dumb.

#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>

namespace sepa::test {
namespace {

constexpr const char* k_script = "/usr/bin/script";

// Runs `sepa --file LADDER plan ARGS` on a pseudo-terminal with exactly `env`; returns its output.
std::string on_terminal(const std::string& ladder, const std::string& env, const std::string& args)
{
  const std::string command = "env -i PATH=/usr/bin:/bin HOME=/nonexistent-sepa-test-home TZ=UTC " +
                              env + " " + k_script + " -qec '" + SEPA_BINARY + " --file " + ladder +
                              " " + args + " plan' /dev/null </dev/null";
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return out;
  }
  std::array<char, 4096> buf{};
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0;) {
    out.append(buf.data(), n);
  }
  ::pclose(pipe);
  return out;
}

bool coloured(const std::string& text)
{
  return text.find("\x1b[") != std::string::npos;
}

TEST(ColourOnATerminal, FollowsNoColorTermAndTheFlag)
{
  if (!std::filesystem::exists(k_script)) {
    GTEST_SKIP() << "util-linux `script` is not installed, so there is no pseudo-terminal";
  }
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", ladder, "plan"}).status, 0);
  struct Case {
    const char* env;
    const char* args;
    bool colour;
  };
  const Case cases[] = {
    {"TERM=xterm", "", true},
    {"TERM=xterm NO_COLOR=1", "", false},
    {"TERM=xterm NO_COLOR=", "", true},
    {"TERM=dumb", "", false},
    {"TERM=xterm", "--color never", false},
    {"TERM=dumb NO_COLOR=1", "--color always", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.env) + " " + c.args);
    const std::string out = on_terminal(ladder, c.env, c.args);
    ASSERT_NE(out.find("Your ladder"), std::string::npos) << out;
    EXPECT_EQ(coloured(out), c.colour) << out;
  }
}

TEST(ColourIntoAPipe, OnlyWithColorAlways)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", ladder, "plan"}).status, 0);
  EXPECT_FALSE(coloured(run_sepa({"--file", ladder, "plan"}, {{{"TERM", "xterm"}}, "", ""}).out));
  EXPECT_FALSE(coloured(run_sepa({"--file", ladder, "--color", "never", "plan"}).out));
  EXPECT_FALSE(coloured(run_sepa({"--file", ladder, "--color", "auto", "plan"}).out));
  EXPECT_TRUE(coloured(run_sepa({"--file", ladder, "--color", "always", "plan"}).out));
  EXPECT_TRUE(coloured(run_sepa({"--file", ladder, "plan", "--color=ALWAYS"}).out));
  const RunResult bad = run_sepa({"--file", ladder, "--color", "sometimes", "plan"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_FALSE(coloured(bad.err)) << "diagnostics are never coloured by a bad flag";
}

} // namespace
} // namespace sepa::test
