// Every command on a real pseudo-terminal at 40, 80 and 120 columns: no line runs past the
// margin and no word is cut (each word of the narrow screen is a word of the same screen at 200
// columns). Under LANG=C every byte is ASCII, the countdown's included.

#include "bench/synth.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/text.hpp"

#include "support/pty.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

namespace sepa::test {
namespace {

// What reaches the screen, as lines: colour and cursor sequences dropped, "\r\n" as one break.
std::vector<std::string> screen_lines(const std::string& output)
{
  std::string plain;
  for (std::size_t i = 0; i < output.size(); ++i) {
    if (output[i] == '\x1b' && i + 1 < output.size() && output[i + 1] == '[') {
      i += 2;
      while (i < output.size() && !(output[i] >= 0x40 && output[i] <= 0x7E)) {
        ++i;
      }
    } else if (output[i] != '\r' && output[i] != '\a') {
      plain += output[i];
    }
  }
  std::vector<std::string> lines;
  std::istringstream in(plain);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// Words that say something: without digits (times and counts move on between two runs) and
// without the report's sparkline blocks (fewer tries fit a narrow screen).
std::set<std::string> words(const std::vector<std::string>& lines)
{
  std::set<std::string> out;
  for (const std::string& line : lines) {
    std::istringstream in(line);
    for (std::string word; in >> word;) {
      const bool figure = word.find_first_of("0123456789") != std::string::npos;
      const bool spark = word.find("\xE2\x96") != std::string::npos;
      if (!figure && !spark) {
        out.insert(word);
      }
    }
  }
  return out;
}

// Commands in the order a week of practice uses them; each is run on two ladders in step.
const std::vector<std::vector<std::string>> k_commands{
  {"plan"},
  {"status"},
  {"report"},
  {"report", "--since", "2026-10-20"},
  {"week"},
  {"why"},
  {"why", "15m"},
  {"undo", "--list"},
  {"plan", "next", "list"},
  {"plan", "safety", "Checking the baby monitor app every few minutes"},
  {"start", "15m", "A walk round the neighbourhood park with a coffee"},
  {"status"},
  {"status", "--format", "short"},
  {"checkin", "--no-wait", "--urge", "5"},
  {"checkin", "--no-wait"},
  {"done", "--happened", "no", "--peak", "4", "--after", "2", "--likely", "30"},
  {"partner", "--confidence", "7", "--note", "It went fine, the baby slept most of the time"},
  {"report"},
  {"undo"},
  {"cancel"},
  {"--help"},
  {"start", "--help"},
  {"done", "--help"},
  {"checkin", "--help"},
  {"report", "--help"},
  {"remind", "--help"},
  {"plan", "--help"},
  {"edit", "--help"},
  {"stop"},
  {"start", "15x"},
};

class TerminalFit : public ::testing::Test {
protected:
  struct Ladder {
    TempDir dir;
    std::string file = (dir.path() / "ladder.json").string();
    Ladder() { write_all(file, serialize(bench::synthetic_ladder({40, 3}))); }
  };

  static std::string screen(const Ladder& ladder, const std::vector<std::string>& command,
                            unsigned short columns, const std::string& locale = "C.UTF-8")
  {
    std::vector<std::string> args{"--file", ladder.file, "--no-input"};
    args.insert(args.end(), command.begin(), command.end());
    PtyRun run(args, columns, locale);
    run.wait();
    return run.output();
  }
};

TEST_F(TerminalFit, EveryCommandFitsFortyEightyAndOneHundredTwentyColumnsWithNoWordCut)
{
  for (const unsigned short columns : std::initializer_list<unsigned short>{40, 80, 120}) {
    const Ladder narrow;
    const Ladder wide;
    for (const auto& command : k_commands) {
      const std::string name = fmt::format("{} at {} columns", fmt::join(command, " "), columns);
      SCOPED_TRACE(name);
      // The two ladders' folders differ; the narrow screen names the wide one's to compare.
      std::string out = screen(narrow, command, columns);
      for (std::size_t at = out.find(narrow.file); at != std::string::npos;
           at = out.find(narrow.file, at)) {
        out.replace(at, narrow.file.size(), wide.file);
      }
      const auto lines = screen_lines(out);
      const auto reference = words(screen_lines(screen(wide, command, 200)));
      ASSERT_FALSE(lines.empty());
      for (const std::string& line : lines) {
        EXPECT_LE(display_width(line), columns) << line;
      }
      for (const std::string& word : words(lines)) {
        EXPECT_TRUE(reference.count(word) == 1) << "\"" << word << "\" is not a word at 200 "
                                                << "columns: cut?";
      }
    }
  }
}

TEST_F(TerminalFit, UnderTheCLocaleEveryByteIsAscii)
{
  const auto ascii = [](const std::string& out) {
    return std::all_of(out.begin(), out.end(), [](char c) { return (c & 0x80) == 0; });
  };
  const Ladder ladder;
  for (const auto& command : k_commands) {
    const std::string out = screen(ladder, command, 80, "C");
    EXPECT_TRUE(ascii(out)) << fmt::format("{}", fmt::join(command, " ")) << "\n" << out;
  }
  // Text the user wrote, and the countdown's frames: a second of them, then Ctrl-C.
  const std::string started = screen(ladder, {"start", "30m", "Caf\u00e9 au parc \u2615"}, 80, "C");
  EXPECT_TRUE(ascii(started)) << started;
  EXPECT_NE(started.find("Cafe au parc ??"), std::string::npos) << started;
  PtyRun countdown({"--file", ladder.file, "checkin"}, 80, "C");
  countdown.read_until([](const std::string&) { return false; }, 1500ms);
  countdown.signal(SIGINT);
  EXPECT_EQ(countdown.wait(), 130);
  EXPECT_NE(countdown.output().find("--"), std::string::npos) << countdown.output();
  EXPECT_TRUE(ascii(countdown.output())) << countdown.output();
}

} // namespace
} // namespace sepa::test
