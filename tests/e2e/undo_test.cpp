// `sepa undo` through the real binary: each kind of change taken back, an undo undone, several
// at once, the list, the refusal when something else changed the file, the cap of ten, and the
// history's private modes, and a killed sepa's leftovers cleared.

#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

class Undo : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", file()});
    return run_sepa(args);
  }
  // Runs a command that must succeed.
  RunResult ok(const std::vector<std::string>& args)
  {
    RunResult r = sepa(args);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    return r;
  }
  std::string file() const { return (m_dir / "ladder.json").string(); }
  std::string contents() const { return read_all(file()); }
  fs::path history() const { return m_dir / "ladder.json.history"; }

  TempDir m_dir;
};

TEST_F(Undo, NothingToUndoIsAKindSentenceAndExitOne)
{
  RunResult r = sepa({"undo"});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(has(r.out, "Nothing to undo")) << r.out;
  EXPECT_FALSE(has(r.err, "sepa: error:")) << r.err;
  EXPECT_FALSE(fs::exists(file())) << "nothing is made by asking";
  ok({"plan"});
  r = sepa({"undo"});
  EXPECT_EQ(r.status, 1) << "making the ladder is not a change to take back";
  EXPECT_TRUE(has(r.out, "Nothing to undo"));
}

TEST_F(Undo, StartIsTakenBackAndAnUndoOfTheUndoPutsItBack)
{
  ok({"plan"});
  const std::string before = contents();
  ok({"start", "15m", "Walk", "to", "the", "shop"});
  const std::string started = contents();
  RunResult r = ok({"undo"});
  EXPECT_TRUE(has(r.out, "Undid: start of the 15m separation (Walk to the shop)")) << r.out;
  EXPECT_EQ(contents(), before);
  EXPECT_EQ(sepa({"done"}).status, 1) << "nothing is open any more";
  r = ok({"undo"});
  EXPECT_TRUE(has(r.out, "Put back: start of the 15m separation")) << r.out;
  EXPECT_EQ(contents(), started);
  ok({"done", "--peak", "2"});
}

// The same steps for a script: what was taken back, whether it was put back, and what is next.
TEST_F(Undo, JsonSaysWhatWasTakenBackAndWhatCanBeNext)
{
  using Json = nlohmann::json;
  RunResult r = sepa({"undo", "--format", "json"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(Json::parse(r.out), Json::parse(R"({"version": 1, "undone": null, "changes": []})"));
  EXPECT_EQ(r.err, "");
  ok({"plan"});
  r = sepa({"undo", "--list", "--format", "json"});
  EXPECT_EQ(r.status, 1) << "nothing to list yet";
  EXPECT_EQ(Json::parse(r.out).at("changes"), Json::array());
  const std::string before = contents();
  ok({"start", "15m", "Walk"});
  Json undone = Json::parse(ok({"undo", "--format", "json"}).out);
  EXPECT_EQ(undone.at("undone").at("what"), "start of the 15m separation (Walk)");
  EXPECT_EQ(undone.at("undone").at("steps"), 1);
  EXPECT_EQ(undone.at("undone").at("put_back"), false);
  EXPECT_EQ(undone.at("changes").at(0).at("what"), "undo of start of the 15m separation (Walk)");
  EXPECT_EQ(contents(), before) << "the change is taken back as on the screen";
  undone = Json::parse(ok({"undo", "--format", "json"}).out);
  EXPECT_EQ(undone.at("undone").at("put_back"), true);
  const Json listed = Json::parse(ok({"undo", "--list", "--format", "json"}).out);
  EXPECT_TRUE(listed.at("undone").is_null());
  EXPECT_EQ(listed.at("changes").size(), 3U) << listed.dump();
  EXPECT_EQ(listed.at("changes"), undone.at("changes")) << "--list changes nothing";
  // Back past a later change to an undo: what that undo took away is back.
  ok({"undo"});
  ok({"plan", "add", "45m"});
  undone = Json::parse(ok({"undo", "2", "--format", "json"}).out);
  EXPECT_EQ(undone.at("undone").at("steps"), 2);
  EXPECT_EQ(undone.at("undone").at("put_back"), true);
  EXPECT_EQ(sepa({"done"}).status, 0) << "the separation is open again";
}

TEST_F(Undo, DoneIsTakenBackAndTheSeparationIsOpenAgain)
{
  ok({"plan"});
  ok({"start", "15m"});
  const std::string open = contents();
  ok({"done", "--peak", "2", "--after", "1"});
  const RunResult r = ok({"undo"});
  EXPECT_TRUE(has(r.out, "Undid: done for the 15m separation")) << r.out;
  EXPECT_EQ(contents(), open);
  EXPECT_TRUE(has(ok({"status"}).out, "15m")) << "open again";
}

TEST_F(Undo, PlanChangeIsTakenBack)
{
  ok({"plan"});
  const std::string before = contents();
  ok({"plan", "add", "20m", "Round", "the", "block"});
  const RunResult r = ok({"undo"});
  EXPECT_TRUE(has(r.out, "Undid: plan add 20m")) << r.out;
  EXPECT_EQ(contents(), before);
  EXPECT_FALSE(has(ok({"plan"}).out, "Round the block"));
}

TEST_F(Undo, ListShowsTheChangesNewestFirstWithTheirTimes)
{
  ok({"plan"});
  ok({"plan", "wait", "25m"});
  ok({"start", "5m"});
  const RunResult r = ok({"undo", "--list"});
  const auto start = r.out.find("1. start of the 5m separation");
  const auto wait = r.out.find("2. plan wait 25m");
  ASSERT_NE(start, std::string::npos) << r.out;
  ASSERT_NE(wait, std::string::npos) << r.out;
  EXPECT_LT(start, wait);
  EXPECT_TRUE(has(r.out, "    ")) << "each with its day and time below it: " << r.out;
  for (std::size_t from = 0, end; (end = r.out.find('\n', from)) != std::string::npos;
       from = end + 1) {
    EXPECT_LE(end - from, 80U) << r.out.substr(from, end - from);
  }
}

TEST_F(Undo, GoesBackSeveralChangesAtOnceAndThatTooCanBeUndone)
{
  ok({"plan"});
  const std::string first = contents();
  ok({"plan", "strength", "Calm at bath time"});
  ok({"plan", "message", "All well?"});
  const std::string last = contents();
  RunResult r = ok({"undo", "2"});
  EXPECT_TRUE(has(r.out, "Went back 2 changes")) << r.out;
  EXPECT_EQ(contents(), first);
  ok({"undo"});
  EXPECT_EQ(contents(), last) << "nothing is lost by undoing";
  r = sepa({"undo", "9"});
  EXPECT_EQ(r.status, 2) << r.out << r.err;
  EXPECT_TRUE(has(r.err, "sepa undo --list")) << r.err;
}

TEST_F(Undo, RefusesWhenTheFileWasChangedBySomethingElse)
{
  ok({"plan"});
  ok({"plan", "add", "20m"});
  const std::string edited = contents() + "\n";
  write_all(file(), edited); // a text editor's extra newline: still a good ladder
  const RunResult r = sepa({"undo"});
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_TRUE(has(r.err, "changed since sepa last saved it")) << r.err;
  EXPECT_TRUE(has(r.err, "ladder.json.history")) << r.err;
  EXPECT_EQ(contents(), edited) << "never overwritten";
}

TEST_F(Undo, KeepsTheLastTenChanges)
{
  ok({"plan"});
  for (int i = 0; i < 12; ++i) {
    ok({"plan", "strength", "Strength " + std::to_string(i)});
  }
  const RunResult r = ok({"undo", "--list"});
  EXPECT_TRUE(has(r.out, "10. plan strength")) << r.out;
  EXPECT_FALSE(has(r.out, "11.")) << r.out;
  EXPECT_EQ(std::distance(fs::directory_iterator(history()), fs::directory_iterator()), 20);
  ok({"undo", "10"});
  EXPECT_TRUE(has(ok({"plan"}).out, "Strength 1"));
  EXPECT_FALSE(has(ok({"plan"}).out, "Strength 2"));
}

TEST_F(Undo, HistoryIsPrivateWhateverTheUmask)
{
  const mode_t old = ::umask(022);
  ok({"plan"});
  ok({"start", "15m"});
  ok({"done"});
  ::umask(old);
  struct stat st {};
  ASSERT_EQ(::stat(history().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700U);
  int files = 0;
  for (const auto& entry : fs::directory_iterator(history())) {
    ASSERT_EQ(::stat(entry.path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U) << entry.path();
    ++files;
  }
  EXPECT_EQ(files, 4);
}

// A sepa killed between writing a history file and moving it into place leaves its temp file;
// the next change clears it, and the list and undo never see it.
TEST_F(Undo, ATempFileLeftByAKilledSepaIsClearedByTheNextChange)
{
  ok({"plan"});
  ok({"start", "15m"});
  const fs::path stray = history() / ".2.ladder.tmp-Ab3dE9";
  write_all(stray, "{\"half\": ");
  ASSERT_TRUE(fs::exists(stray));
  EXPECT_TRUE(has(ok({"undo", "--list"}).out, "1. start")) << "the stray is not a change";
  ok({"done"});
  EXPECT_FALSE(fs::exists(stray));
  int files = 0;
  for (const auto& entry : fs::directory_iterator(history())) {
    EXPECT_NE(entry.path().filename().string().front(), '.') << entry.path();
    ++files;
  }
  EXPECT_EQ(files, 4);
  ok({"undo"});
  EXPECT_TRUE(has(ok({"status"}).out, "15m")) << "the separation is open again";
}

} // namespace
} // namespace sepa::test
