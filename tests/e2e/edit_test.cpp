// `sepa edit` through the real binary: every field it can correct, old → new, the refusals of
// start and done (an end before its start, a time in the future), and undo.

#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::test {
namespace {

// 10:00 [==== 15m, back 10:20 ====] … now 12:00
constexpr const char* k_now = "@2026-11-22 12:00:00";

class Edit : public ::testing::Test {
protected:
  void SetUp() override
  {
    ok({"plan"});
    ok({"plan", "safety", "Checking the monitor app"});
    ok({"start", "15m", "Walk", "--at", "10:00", "--anxiety", "6"});
    ok({"done", "--at", "10:20", "--peak", "5"});
  }
  RunResult sepa(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args, {{}, {}, k_now});
  }
  RunResult ok(const std::vector<std::string>& args)
  {
    RunResult r = sepa(args);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    return r;
  }
  // Runs a command that must be refused with `status`, leaving the file byte-identical.
  RunResult refused(const std::vector<std::string>& args, int status)
  {
    const std::string before = contents();
    RunResult r = sepa(args);
    EXPECT_EQ(r.status, status) << r.out << r.err;
    EXPECT_EQ(contents(), before);
    return r;
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  std::string contents() const { return read_all(file()); }

  TempDir m_dir;
};

TEST_F(Edit, CorrectsEveryFieldAndSaysOldToNew)
{
  struct Case {
    std::vector<std::string> args;
    std::string said;
    std::string saved;
  };
  const std::vector<Case> cases = {
    {{"--started", "09:55"}, "started: Sun 22 Nov 10:00 → Sun 22 Nov 09:55", "T09:55:00"},
    {{"--ended", "10:25"}, "ended: Sun 22 Nov 10:20 → Sun 22 Nov 10:25", "T10:25:00"},
    {{"--planned", "20m"}, "planned: 15m → 20m", "\"planned\": \"20m\""},
    {{"--activity", "Round the block"}, "activity: Walk → Round the block", "Round the block"},
    {{"--anxiety", "4"}, "anxiety: 6/10 → 4/10", "\"anxiety\": 4"},
    {{"--predict", "She cries"}, "prediction: (none) → She cries", "She cries"},
    {{"--likely-before", "70"}, "likely before: (none) → 70%", "70"},
    {{"--peak", "3"}, "peak: 5/10 → 3/10", "\"peak\": 3"},
    {{"--after", "1"}, "after: (none) → 1/10", "\"after\": 1"},
    {{"--happened", "no"}, "happened: (none) → no", "\"no\""},
    {{"--likely-after", "20"}, "likely after: (none) → 20%", "20"},
    {{"--coped", "Breathed"}, "coped: (none) → Breathed", "Breathed"},
    {{"--used", "1"}, "used: (none) → Checking the monitor app", "Checking the monitor app"},
    {{"--praise", "Bathed her"}, "praise: (none) → Bathed her", "Bathed her"},
    {{"--note", "Rain"}, "note: (none) → Rain", "Rain"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args.front());
    std::vector<std::string> args{"edit"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const RunResult r = ok(args);
    EXPECT_TRUE(has(r.out, c.said)) << r.out;
    EXPECT_TRUE(has(contents(), c.saved)) << c.saved;
  }
  EXPECT_TRUE(has(ok({"edit", "--no-used"}).out, "used: Checking the monitor app → (none)"));
  EXPECT_TRUE(has(ok({"edit", "last", "--note", ""}).out, "note: Rain → (none)"));
}

TEST_F(Edit, RefusesAnEndBeforeItsStartAndAFutureTime)
{
  RunResult r = refused({"edit", "--ended", "09:50"}, 2);
  EXPECT_TRUE(has(r.err, "before the start")) << r.err;
  r = refused({"edit", "--started", "10:30"}, 2);
  EXPECT_TRUE(has(r.err, "before the start")) << r.err;
  r = refused({"edit", "--ended", "13:00"}, 2);
  EXPECT_TRUE(has(r.err, "--ended")) << r.err;
  EXPECT_TRUE(has(r.err, "future")) << r.err;
  EXPECT_FALSE(has(r.err, "--at")) << "named as the option given: " << r.err;
  refused({"edit", "--peak", "11"}, 2);
  refused({"edit", "--happened", "maybe"}, 2);
  refused({"edit", "--used", "7"}, 2);
}

TEST_F(Edit, RefusesAnOpenOrUnknownSeparationWithExitOne)
{
  refused({"edit", "nosuchid", "--peak", "2"}, 1);
  ok({"start", "5m", "--at", "11:00"});
  refused({"edit", "--started", "10:30"}, 2); // into the open one
  const RunResult r = ok({"edit", "--peak", "2"});
  EXPECT_TRUE(has(r.out, "the 15m separation (Walk)")) << "last is the newest finished one";
}

TEST_F(Edit, IsUndoneLikeAnyChange)
{
  const std::string before = contents();
  ok({"edit", "--peak", "2", "--note", "Fine"});
  const std::string edited = contents();
  RunResult r = ok({"undo"});
  EXPECT_TRUE(has(r.out, "Undid: edit of the 15m separation (Walk)")) << r.out;
  EXPECT_EQ(contents(), before);
  ok({"undo"});
  EXPECT_EQ(contents(), edited);
}

TEST_F(Edit, NothingToChangeSavesNothing)
{
  const std::string before = contents();
  const RunResult r = ok({"edit", "--peak", "5"});
  EXPECT_TRUE(has(r.out, "Nothing to change")) << r.out;
  EXPECT_EQ(contents(), before);
  EXPECT_TRUE(has(ok({"undo", "--list"}).out, "1. done for")) << "no change recorded";
}

// A start moved by seconds is a change too: said to the second, and saved.
TEST_F(Edit, ATimeMovedBySecondsIsSaidToTheSecondAndSaved)
{
  const RunResult r = ok({"edit", "--started", "2026-11-22T10:00:20Z"});
  EXPECT_TRUE(has(r.out, "started: Sun 22 Nov 10:00:00 → Sun 22 Nov 10:00:20")) << r.out;
  EXPECT_TRUE(has(contents(), "T10:00:20")) << contents();
  EXPECT_TRUE(has(ok({"undo", "--list"}).out, "1. edit of")) << "the change is kept";
  const RunResult both = ok({"edit", "--started", "2026-11-22T10:00:40Z", "--peak", "3"});
  EXPECT_TRUE(has(both.out, "started: Sun 22 Nov 10:00:20 → Sun 22 Nov 10:00:40")) << both.out;
  EXPECT_TRUE(has(both.out, "peak: 5/10 → 3/10")) << both.out;
}

// For a script: the separation as saved, the keys that changed, and nothing printed that was
// not saved.
TEST_F(Edit, JsonGivesTheSeparationAsSavedAndTheKeysThatChanged)
{
  using Json = nlohmann::json;
  Json j =
    Json::parse(ok({"edit", "--format", "json", "--likely-before", "70", "--peak", "3"}).out);
  EXPECT_EQ(j.at("changed"), Json::array({"likely_before", "peak"}));
  EXPECT_EQ(j.at("separation").at("peak"), 3);
  const std::string saved = contents();
  EXPECT_TRUE(has(saved, "\"likely_before\": 70")) << saved;
  j = Json::parse(ok({"edit", "--format", "json", "--peak", "3"}).out);
  EXPECT_EQ(j.at("changed"), Json::array());
  EXPECT_EQ(contents(), saved) << "nothing to change: nothing saved";
  j = Json::parse(ok({"edit", "--format", "json", "--started", "2026-11-22T10:00:20Z"}).out);
  EXPECT_EQ(j.at("changed"), Json::array({"started"}));
  EXPECT_EQ(j.at("separation").at("started"), "2026-11-22T10:00:20+00:00");
  EXPECT_TRUE(has(contents(), "T10:00:20")) << "what is printed is what is saved";
}

} // namespace
} // namespace sepa::test
