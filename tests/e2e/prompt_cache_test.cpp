// `sepa status --format short` keeps what the prompt line needs in $XDG_CACHE_HOME/sepa/prompt
// under the ladder file's key: the next prompt reads the cache alone, and any save of the
// ladder, or a damaged cache, sends it back to the ladder.

#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

class PromptCache : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args)
  {
    args.insert(args.begin(), {"--file", ladder.string()});
    RunOptions options;
    options.env = {{"XDG_CACHE_HOME", (m_dir / "cache").string()}};
    return run_sepa(args, options);
  }
  std::string short_line()
  {
    const RunResult r = sepa({"status", "--format", "short"});
    EXPECT_EQ(r.status, 0) << r.err;
    return r.out;
  }

  TempDir m_dir;
  fs::path ladder = m_dir / "ladder.json";
  fs::path cache = m_dir / "cache" / "sepa" / "prompt";
};

TEST_F(PromptCache, TheNextPromptReadsTheCacheUntilTheLadderIsSaved)
{
  ASSERT_EQ(sepa({"--no-input", "start", "45m", "A walk"}).status, 0);
  EXPECT_EQ(short_line(), "sepa 45m left\n");
  ASSERT_TRUE(fs::exists(cache));
  struct stat st {};
  ASSERT_EQ(::stat(cache.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600U);
  const std::string kept = read_all(cache);
  EXPECT_EQ(kept.find("A walk"), std::string::npos) << "no text the user wrote: " << kept;

  // While the file is as it was, the line comes from the cache alone: a cache that says
  // something else (written here under the same key) is what the prompt shows.
  const std::string key = kept.substr(0, kept.find('\n') + 1);
  write_all(cache, key + "sepa prompt facts 1\nopen 2000-01-01T00:00:00Z 60 -\n");
  EXPECT_EQ(short_line(), "sepa time is up\n");

  // Any save of the ladder changes its key: the prompt reads the ladder again.
  ASSERT_EQ(sepa({"--no-input", "done"}).status, 0);
  EXPECT_EQ(short_line(), "");
  EXPECT_NE(read_all(cache).substr(0, key.size()), key);
}

TEST_F(PromptCache, ADamagedOrUnwritableCacheIsPassedBy)
{
  ASSERT_EQ(sepa({"--no-input", "start", "15m"}).status, 0);
  fs::create_directories(cache.parent_path());
  write_all(cache, "not a cache at all");
  EXPECT_EQ(short_line(), "sepa 15m left\n");
  EXPECT_EQ(read_all(cache).rfind("key ", 0), 0U) << "written again";

  fs::remove(cache);
  fs::create_directories(cache); // a folder where the file should be
  EXPECT_EQ(short_line(), "sepa 15m left\n");
}

TEST_F(PromptCache, ADamagedLadderIsStillReportedAfterACachedPrompt)
{
  ASSERT_EQ(sepa({"--no-input", "start", "15m"}).status, 0);
  EXPECT_EQ(short_line(), "sepa 15m left\n");
  write_all(ladder, "{ not json");
  const RunResult r = sepa({"status", "--format", "short"});
  EXPECT_EQ(r.status, 65) << r.err;
  EXPECT_EQ(r.out, "");
}

} // namespace
} // namespace sepa::test
