// The questions `start` and `done` ask on a terminal: each one answered, skipped with Enter, or
// not asked at all with --no-input.

#include "support/pty.hpp"
#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

bool has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

auto shows(const std::string& part)
{
  return [part](const std::string& out) { return has(out, part); };
}

class Prompts : public ::testing::Test {
protected:
  std::string file() const { return (m_dir / "ladder.json").string(); }
  TempDir m_dir;
};

TEST_F(Prompts, StartAndDoneAskForWhatWasNotGiven)
{
  PtyRun start({"--file", file(), "start", "15m", "--at", "-20m"});
  ASSERT_TRUE(start.read_until(shows("How anxious do you feel right now?"))) << start.output();
  start.send("6\r");
  ASSERT_TRUE(start.read_until(shows("What do you fear might happen?"))) << start.output();
  start.send("She cries the whole time\r");
  EXPECT_EQ(start.wait(), 0) << start.output();

  PtyRun done({"--file", file(), "done"});
  ASSERT_TRUE(done.read_until(shows("at its peak?"))) << done.output();
  done.send("eleven\r");
  ASSERT_TRUE(done.read_until(shows("A whole number from 0"))) << done.output();
  done.send("4\r");
  ASSERT_TRUE(done.read_until(shows("how is it now?"))) << done.output();
  done.send("1\r");
  ASSERT_TRUE(done.read_until(shows("Did it happen?"))) << done.output();
  done.send("n\r");
  ASSERT_TRUE(done.read_until(shows("your partner did well?"))) << done.output();
  done.send("Sang her to sleep\r");
  ASSERT_TRUE(done.read_until(shows("want to remember"))) << done.output();
  done.send("First time in the rain\r");
  EXPECT_EQ(done.wait(), 0) << done.output();
  EXPECT_TRUE(has(done.output(), "6 before → 4 at the peak → 1 after")) << done.output();

  const std::string saved = read_all(file());
  for (const char* part :
       {"\"anxiety\": 6", "\"prediction\": \"She cries the whole time\"", "\"peak\": 4",
        "\"after\": 1", "\"happened\": \"no\"", "\"praise\": \"Sang her to sleep\"",
        "\"note\": \"First time in the rain\""}) {
    EXPECT_TRUE(has(saved, part)) << part;
  }
}

TEST_F(Prompts, EnterSkipsEveryQuestion)
{
  PtyRun start({"--file", file(), "start", "5m"});
  ASSERT_TRUE(start.read_until(shows("right now?")));
  start.send("\r");
  ASSERT_TRUE(start.read_until(shows("might happen?")));
  start.send("\r");
  EXPECT_EQ(start.wait(), 0) << start.output();
  const std::string saved = read_all(file());
  EXPECT_FALSE(has(saved, "\"anxiety\""));
  EXPECT_FALSE(has(saved, "\"prediction\""));
}

TEST_F(Prompts, NoInputMeansNoQuestionsEvenOnATerminal)
{
  PtyRun start({"--file", file(), "--no-input", "start", "5m"});
  EXPECT_EQ(start.wait(), 0);
  EXPECT_FALSE(has(start.output(), "?")) << start.output();
  PtyRun done({"--file", file(), "done", "--no-input"});
  EXPECT_EQ(done.wait(), 0);
  EXPECT_FALSE(has(done.output(), "peak?")) << done.output();
}

TEST_F(Prompts, GivenFlagsAreNotAskedAgain)
{
  PtyRun start({"--file", file(), "start", "5m", "--anxiety", "3", "--predict", "Crying"});
  EXPECT_EQ(start.wait(), 0);
  EXPECT_FALSE(has(start.output(), "right now?")) << start.output();
  EXPECT_FALSE(has(start.output(), "might happen?")) << start.output();
}

} // namespace
} // namespace sepa::test
