// The questions `start` and `done` ask on a terminal: each one answered, skipped with Enter, or
// not asked at all with --no-input.

#include "support/pty.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

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
  ASSERT_EQ(run_sepa({"--file", file(), "plan", "safety", "Checking the monitor app"}).status, 0);
  ASSERT_EQ(run_sepa({"--file", file(), "plan", "safety", "A long instruction sheet"}).status, 0);
  PtyRun start({"--file", file(), "start", "15m", "--at", "-20m"});
  ASSERT_TRUE(start.read_until(shows("How anxious do you feel right now?"))) << start.output();
  start.send("6\r");
  ASSERT_TRUE(start.read_until(shows("What do you fear might happen?"))) << start.output();
  start.send("She cries the whole time\r");
  ASSERT_TRUE(start.read_until(shows("How likely does that feel right now? (0–100%")))
    << start.output();
  start.send("80%\r");
  EXPECT_EQ(start.wait(), 0) << start.output();

  PtyRun done({"--file", file(), "done"});
  ASSERT_TRUE(done.read_until(shows("at its peak?"))) << done.output();
  done.send("eleven\r");
  ASSERT_TRUE(done.read_until(shows("A whole number from 0"))) << done.output();
  done.send("4\r");
  ASSERT_TRUE(done.read_until(shows("how is it now?"))) << done.output();
  done.send("1\r");
  ASSERT_TRUE(done.read_until(shows("Did it happen? (no/partly/yes"))) << done.output();
  done.send("maybe\r");
  ASSERT_TRUE(done.read_until(shows("No, partly or yes, please."))) << done.output();
  done.send("partly\r");
  ASSERT_TRUE(done.read_until(shows("how did you get through it?"))) << done.output();
  done.send("Sang to her on the phone\r");
  ASSERT_TRUE(done.read_until(shows("How likely does it feel now, for next time?")))
    << done.output();
  done.send("30\r");
  ASSERT_TRUE(done.read_until(shows("2. A long instruction sheet"))) << done.output();
  ASSERT_TRUE(done.read_until(shows("Which did you lean on this time?"))) << done.output();
  done.send("3\r");
  ASSERT_TRUE(done.read_until(shows("The numbers 1 to 2, please"))) << done.output();
  done.send("2\r");
  ASSERT_TRUE(done.read_until(shows("your partner did well?"))) << done.output();
  done.send("Sang her to sleep\r");
  ASSERT_TRUE(done.read_until(shows("want to remember"))) << done.output();
  done.send("First time in the rain\r");
  EXPECT_EQ(done.wait(), 0) << done.output();
  EXPECT_TRUE(has(done.output(), "6 before → 4 at the peak → 1 after")) << done.output();
  EXPECT_TRUE(has(done.output(), "it felt 80% likely before, 30% now")) << done.output();
  EXPECT_TRUE(has(done.output(), "Leaned on this time: A long instruction sheet."))
    << done.output();

  const std::string saved = read_all(file());
  for (const char* part :
       {"\"anxiety\": 6", "\"prediction\": \"She cries the whole time\"", "\"likely_before\": 80",
        "\"peak\": 4", "\"after\": 1", "\"happened\": \"partly\"",
        "\"coped\": \"Sang to her on the phone\"", "\"likely_after\": 30",
        "\"A long instruction sheet\"\n      ]", "\"praise\": \"Sang her to sleep\"",
        "\"note\": \"First time in the rain\""}) {
    EXPECT_TRUE(has(saved, part)) << part << "\n" << saved;
  }
}

// At 40 columns a question wraps, and what is typed still starts one space after it.
TEST_F(Prompts, AnAnswerStartsOneSpaceAfterAWrappedQuestion)
{
  PtyRun start({"--file", file(), "start", "15m"}, 40);
  ASSERT_TRUE(start.read_until(shows("Enter to skip) "))) << start.output();
  start.send("6\r");
  ASSERT_TRUE(start.read_until(shows("(0–10, Enter to skip) 6"))) << start.output();
  ASSERT_TRUE(start.read_until(shows("What do you fear might happen?"))) << start.output();
  start.send("\r\r");
  EXPECT_EQ(start.wait(), 0) << start.output();
}

TEST_F(Prompts, EnterSkipsEveryQuestion)
{
  ASSERT_EQ(run_sepa({"--file", file(), "plan", "safety", "Checking the monitor app"}).status, 0);
  PtyRun start({"--file", file(), "start", "5m", "--predict", "She cries"});
  ASSERT_TRUE(start.read_until(shows("right now?")));
  start.send("\r");
  ASSERT_TRUE(start.read_until(shows("How likely does that feel")));
  start.send("\r");
  EXPECT_EQ(start.wait(), 0) << start.output();

  PtyRun done({"--file", file(), "done"});
  for (const char* question : {"at its peak?", "how is it now?", "Did it happen?", "for next time?",
                               "lean on this time?", "did well?", "remember"}) {
    ASSERT_TRUE(done.read_until(shows(question))) << question << "\n" << done.output();
    done.send("\r");
  }
  EXPECT_EQ(done.wait(), 0) << done.output();
  const std::string saved = read_all(file());
  for (const char* key : {"\"anxiety\"", "\"likely_before\"", "\"peak\"", "\"happened\"",
                          "\"likely_after\"", "\"used\"", "\"coped\"", "\"praise\""}) {
    EXPECT_FALSE(has(saved, key)) << key;
  }
  EXPECT_TRUE(has(saved, "\"ended\"")) << "the separation is ended all the same";
}

TEST_F(Prompts, WhatYouFearedHappeningIsMetKindly)
{
  ASSERT_EQ(run_sepa({"--file", file(), "--no-input", "start", "5m", "--predict", "She cries",
                      "--at", "-6m"})
              .status,
            0);
  PtyRun done({"--file", file(), "done", "--peak", "5", "--after", "2", "--happened", "yes",
               "--likely", "60", "--praise", "Calm", "--note", "x"});
  ASSERT_TRUE(done.read_until(shows("That is hard. How did it go"))) << done.output();
  done.send("Held her until she settled\r");
  EXPECT_EQ(done.wait(), 0) << done.output();
  EXPECT_TRUE(has(done.output(), "It did happen, and you came through it")) << done.output();
  EXPECT_TRUE(has(done.output(), "Coping with what you feared is learning too.")) << done.output();
  EXPECT_FALSE(has(done.output(), "for next time?")) << "--likely was given";
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
  PtyRun start(
    {"--file", file(), "start", "5m", "--anxiety", "3", "--predict", "Crying", "--likely", "70"});
  EXPECT_EQ(start.wait(), 0);
  EXPECT_FALSE(has(start.output(), "right now?")) << start.output();
  EXPECT_FALSE(has(start.output(), "might happen?")) << start.output();
  EXPECT_FALSE(has(start.output(), "How likely")) << start.output();
}

} // namespace
} // namespace sepa::test
