// `sepa plan remove` then `sepa plan add` of the same length, through the real binary: the rung
// comes back with the activity it was practised with, unless a new one is given.

#include "sepa/ladder_json.hpp"
#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

bool has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

class PlanRung : public ::testing::Test {
protected:
  RunResult ok(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    RunResult r = run_sepa(args);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    return r;
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  std::string activity_of(Seconds length) const
  {
    for (const Rung& r : parse_ladder(read_all(file())).rungs) {
      if (r.length == length) {
        return r.activity;
      }
    }
    ADD_FAILURE() << "no rung of " << length.count() << "s";
    return {};
  }

  // A 25m rung with its activity, practised once, then removed.
  void practised_then_removed()
  {
    ok({"plan", "add", "25m", "Coffee", "on", "the", "porch"});
    ok({"start", "25m", "--at", "-2h"});
    ok({"done", "--at", "-90m"});
    ok({"plan", "remove", "25m"});
  }

  TempDir m_dir;
};

TEST_F(PlanRung, AddedBackWithoutAnActivityKeepsTheOneItWasPractisedWith)
{
  practised_then_removed();
  const RunResult r = ok({"plan", "add", "25m"});
  EXPECT_TRUE(has(r.out, "Added a 25m rung: Coffee on the porch, as last time.")) << r.out;
  EXPECT_EQ(activity_of(std::chrono::minutes{25}), "Coffee on the porch");
}

TEST_F(PlanRung, ANewActivityGivenWins)
{
  practised_then_removed();
  const RunResult r = ok({"plan", "add", "25m", "Library"});
  EXPECT_TRUE(has(r.out, "Added a 25m rung: Library.")) << r.out;
  EXPECT_EQ(activity_of(std::chrono::minutes{25}), "Library");
}

TEST_F(PlanRung, TheLatestSeparationAtThatLengthIsTheOneRemembered)
{
  practised_then_removed();
  ok({"start", "25m", "Bookshop", "--at", "-60m"});
  ok({"done", "--at", "-30m"});
  ok({"plan", "add", "25m"});
  EXPECT_EQ(activity_of(std::chrono::minutes{25}), "Bookshop");
}

TEST_F(PlanRung, ARungNeverPractisedComesBackBareAndUndoRestoresIt)
{
  ok({"plan", "add", "25m", "Coffee"});
  ok({"plan", "remove", "25m"});
  ok({"undo"});
  EXPECT_EQ(activity_of(std::chrono::minutes{25}), "Coffee");
  ok({"plan", "remove", "25m"});
  const RunResult r = ok({"plan", "add", "25m"});
  EXPECT_TRUE(has(r.out, "Added a 25m rung.")) << r.out;
  EXPECT_EQ(activity_of(std::chrono::minutes{25}), "");
}

} // namespace
} // namespace sepa::test
