// The binary against what a hostile test found in how the ladder is kept (docs/reliability.md,
// "Hostile cases"): world-readable backups, a failed save that still rotated them, a lock file
// that was a link, a lock left beside /dev/null, and `--file` values that named no file. Each
// failed on the first release (443aaeb). Another user's rights are taken in a forked child.

#include "support/child.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

mode_t mode_of(const fs::path& p)
{
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

class HostileStore : public ::testing::Test {
protected:
  RunResult sepa(std::vector<std::string> args, const RunOptions& options = {})
  {
    args.insert(args.begin(), {"--file", file().string()});
    return run_sepa(args, options);
  }
  fs::path file() const { return m_dir / "ladder.json"; }
  fs::path backup(int g) const { return fs::path(file()).concat("." + std::to_string(g)); }

  TempDir m_dir;
};

TEST_F(HostileStore, AWorldReadableLadderEndsWithEveryBackupPrivate)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  fs::permissions(file(), fs::perms(0644)); // as a copy or a sync tool may leave it
  // The first release kept the old 0644 in .1, then walked it through .2 and .3.
  for (const char* strength : {"Calm", "Funny", "Patient", "Kind"}) {
    ASSERT_EQ(sepa({"plan", "strength", strength}).status, 0);
    for (const fs::path& p : {file(), backup(1), backup(2), backup(3)}) {
      if (fs::exists(p)) {
        EXPECT_EQ(mode_of(p), 0600u) << p << " after adding " << strength;
      }
    }
  }
  EXPECT_TRUE(fs::exists(backup(3)));
}

TEST_F(HostileStore, ALockFileThatIsALinkIsRefusedAndNothingIsWrittenThroughIt)
{
  ASSERT_EQ(sepa({"plan"}).status, 0);
  const std::string before = read_all(file());
  const fs::path lock = fs::path(file()).concat(".lock");
  fs::remove(lock);
  fs::create_symlink("ladder.json", lock);
  const RunResult r = sepa({"plan", "strength", "Calm"});
  EXPECT_EQ(r.status, 74);
  EXPECT_TRUE(has(r.err, "is a symbolic link; sepa will not write through it")) << r.err;
  EXPECT_TRUE(has(r.err, "sepa: hint: nothing was changed")) << r.err;
  EXPECT_EQ(read_all(file()), before) << "the first release wrote its process id here";
  EXPECT_TRUE(fs::is_symlink(lock));
}

TEST_F(HostileStore, DevNullIsRefusedAndNoLockIsLeftBesideIt)
{
  const RunResult r = run_sepa({"--file", "/dev/null", "plan", "strength", "Calm"});
  EXPECT_EQ(r.status, 65);
  EXPECT_TRUE(has(r.err, "/dev/null is a device, not a ladder file")) << r.err;
  const bool left = fs::exists("/dev/null.lock");
  EXPECT_FALSE(left);
  if (left && ::geteuid() == 0) {
    fs::remove("/dev/null.lock"); // left by a sepa without this fix
  }
}

TEST_F(HostileStore, AnEmptyFileOptionIsRefusedRatherThanMeaningTheDefault)
{
  RunOptions options;
  options.env = {{"XDG_DATA_HOME", (m_dir / "xdg").string()}};
  const RunResult r = run_sepa({"--file", "", "plan"}, options);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "sepa: error: --file is empty")) << r.err;
  EXPECT_FALSE(fs::exists(m_dir / "xdg")) << "no ladder was made in the default place";
}

TEST_F(HostileStore, AFileOptionThatNamesAFolderIsRefusedAndMakesNone)
{
  for (const std::string& path : {(m_dir / "new").string() + "/", (m_dir / "new" / ".").string(),
                                  (m_dir / "new" / "..").string()}) {
    const RunResult r = run_sepa({"--file", path, "plan"});
    EXPECT_EQ(r.status, 2) << path;
    EXPECT_TRUE(has(r.err, "names a folder, not a file")) << r.err;
    EXPECT_FALSE(fs::exists(m_dir / "new")) << path;
  }
  RunOptions env;
  env.env = {{"SEPA_FILE", m_dir.path().string() + "/"}};
  const RunResult r = run_sepa({"plan"}, env);
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(has(r.err, "SEPA_FILE")) << r.err;
}

TEST_F(HostileStore, AFailedSaveInAStickyFolderChangesNothingAndMakesNoBackup)
{
  // Root's ladder, readable by all, in a folder like /tmp where only a file's owner may replace
  // it; another user tries a change three times. The first release made a world-readable
  // backup each time and rotated it on: four identical copies.
  ASSERT_EQ(sepa({"plan", "strength", "Calm"}).status, 0);
  for (const fs::path& extra : {backup(1), fs::path(file()).concat(".lock")}) {
    fs::remove(extra);
  }
  fs::permissions(file(), fs::perms(0644));
  const std::string before = read_all(file());
  const ChildReport report = in_child([&]() -> std::string {
    if (!running_as_root()) {
      return "skip: making a file another user owns needs root";
    }
    // The other user may not reach the built sepa (a build under /root), so it runs a copy.
    SpawnOptions options;
    options.binary = m_dir / "sepa";
    fs::copy_file(SEPA_BINARY, options.binary);
    fs::permissions(m_dir.path(), fs::perms(01777));
    if (const auto why = become_nobody()) {
      return "skip: " + *why;
    }
    std::string problems;
    for (int attempt = 0; attempt < 3; ++attempt) {
      options.err = m_dir / ("err" + std::to_string(attempt));
      const int status =
        wait_for(spawn_sepa({"--file", file().string(), "plan", "strength", "Kind"}, options));
      const std::string err = read_all(options.err);
      if (status != 74 || !has(err, "Operation not permitted") ||
          !has(err, "nothing was changed")) {
        problems += "exit " + std::to_string(status) + ": " + err;
      }
    }
    return problems;
  });
  if (report.text.rfind("skip: ", 0) == 0) {
    GTEST_SKIP() << report.text;
  }
  EXPECT_EQ(report.text, "");
  EXPECT_EQ(read_all(file()), before);
  for (int g = 1; g <= 3; ++g) {
    EXPECT_FALSE(fs::exists(backup(g))) << g;
  }
  EXPECT_FALSE(fs::exists(m_dir / ".ladder.json.bak"));
  EXPECT_TRUE(temp_files_beside(file()).empty());
}

} // namespace
} // namespace sepa::test
