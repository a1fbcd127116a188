// The prompt line's way past the command tree takes only the plain spellings of
// `status --format short`, and says exactly what the tree says for them: the same line, the same
// refusal of a damaged ladder, the same exit status.

#include "cli/status.hpp"
#include "support/in_process.hpp"
#include "support/temp_dir.hpp"

#include <fstream>
#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;
using Args = std::vector<std::string>;

TEST(PromptLineArgs, TakesThePlainSpellings)
{
  EXPECT_TRUE(prompt_line_args({"status", "--format", "short"}));
  EXPECT_TRUE(prompt_line_args({"status", "--format=short"}));
  EXPECT_TRUE(prompt_line_args({"status", "--format", "short", "--no-input"}));

  const auto line =
    prompt_line_args({"--file", "my ladder.json", "status", "--color=always", "--format", "short"});
  ASSERT_TRUE(line);
  EXPECT_EQ(line->file, "my ladder.json");
  EXPECT_EQ(line->color, "always");
  EXPECT_FALSE(line->no_input);

  const auto after = prompt_line_args({"status", "--format", "short", "--file=a=b.json"});
  ASSERT_TRUE(after);
  EXPECT_EQ(after->file, "a=b.json") << "only the first = splits";
  EXPECT_EQ(after->color, std::nullopt);
}

TEST(PromptLineArgs, LeavesEverythingElseToTheTree)
{
  for (const Args& args : std::vector<Args>{
         {},
         {"status"},
         {"status", "--format", "json"},
         {"status", "--format"},
         {"--format", "short", "status"},
         {"status", "status", "--format", "short"},
         {"status", "--format", "short", "--format", "short"},
         {"--file", "a", "--file", "b", "status", "--format", "short"},
         {"status", "--format", "short", "--help"},
         {"status", "--format", "short", "--file"},
         {"status", "--format", "short", "--", "x"},
         {"--file", "", "status", "--format", "short"},
         {"--file", "-x", "status", "--format", "short"},
         {"--color", "sometimes", "status", "--format", "short"},
         {"report", "--format", "short"},
         {"--version", "status", "--format", "short"},
       }) {
    EXPECT_FALSE(prompt_line_args(args)) << ::testing::PrintToString(args);
  }
}

class PromptLineOutput : public ::testing::Test {
protected:
  InProcessResult sepa(Args args)
  {
    args.insert(args.begin(), {"--file", (m_dir / "ladder.json").string()});
    return m_sepa.run(args);
  }
  // The same command line twice: as a prompt spells it, and with a repeated option, which the
  // tree takes the last of and the shortcut declines.
  void expect_same(const Args& args)
  {
    ASSERT_TRUE(prompt_line_args(args));
    Args through_tree = args;
    through_tree.insert(through_tree.begin(), {"--no-input", "--no-input"});
    ASSERT_FALSE(prompt_line_args(through_tree));
    const InProcessResult quick = sepa(args);
    const InProcessResult tree = sepa(through_tree);
    EXPECT_EQ(quick.status, tree.status);
    EXPECT_EQ(quick.out, tree.out);
    EXPECT_EQ(quick.err, tree.err);
  }

  TempDir m_dir;
  InProcess m_sepa{at("2026-11-22T09:00:00Z"), 60min};
};

TEST_F(PromptLineOutput, SaysWhatTheTreeSays)
{
  expect_same({"status", "--format", "short"}); // no ladder yet: nothing
  ASSERT_EQ(sepa({"start", "15m"}).status, 0);
  m_sepa.time().advance(3min);
  expect_same({"status", "--format", "short"});
  expect_same({"status", "--format=short", "--color", "always"});
  const InProcessResult r = sepa({"status", "--format", "short"});
  EXPECT_EQ(r.out, "sepa 12m left\n");

  std::ofstream(m_dir / "ladder.json") << "{\"schema\": 2,";
  expect_same({"status", "--format", "short"});
  EXPECT_EQ(sepa({"status", "--format", "short"}).status, 65) << "a damaged ladder is still said";
}

} // namespace
} // namespace sepa::test
