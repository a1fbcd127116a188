// The ladder is mental-health data: private modes whatever the umask, a deliberate answer for
// every odd thing at the ladder's path (a symlink, a dangling one, a folder, a pipe), and no
// user text ever reaching a shell.

#include "support/child.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sys/stat.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

mode_t mode_of(const fs::path& p)
{
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

RunResult sepa(const fs::path& file, std::vector<std::string> args)
{
  args.insert(args.begin(), {"--file", file.string()});
  return run_sepa(args);
}

TEST(Security, FilesArePrivateEvenUnderAPermissiveUmask)
{
  const mode_t old = ::umask(0);
  TempDir dir;
  const fs::path file = dir / "new" / "sepa" / "ladder.json";
  EXPECT_EQ(sepa(file, {"plan"}).status, 0);
  EXPECT_EQ(sepa(file, {"plan", "strength", "Brave at the doctor's"}).status, 0);
  ::umask(old);
  EXPECT_EQ(mode_of(dir / "new"), 0700u);
  EXPECT_EQ(mode_of(dir / "new" / "sepa"), 0700u);
  EXPECT_EQ(mode_of(file), 0600u);
  EXPECT_EQ(mode_of(fs::path(file).concat(".1")), 0600u);
  EXPECT_EQ(mode_of(fs::path(file).concat(".lock")), 0600u);
}

TEST(Security, ASymlinkIsFollowedAndSurvivesEverySave)
{
  TempDir dir;
  fs::create_directory(dir / "Sync");
  const fs::path target = dir / "Sync" / "ladder.json";
  fs::create_symlink(target, dir / "ladder.json");
  // A dangling link: the ladder is created where it points.
  EXPECT_EQ(sepa(dir / "ladder.json", {"plan", "strength", "one"}).status, 0);
  EXPECT_EQ(sepa(dir / "ladder.json", {"plan", "strength", "two"}).status, 0);
  EXPECT_TRUE(fs::is_symlink(dir / "ladder.json"));
  EXPECT_TRUE(has(read_all(target), "\"two\""));
  EXPECT_EQ(mode_of(target), 0600u);
  EXPECT_TRUE(fs::exists(fs::path(target).concat(".1"))) << "backups sit beside the target";
}

TEST(Security, AFolderOrAPipeAtTheLadderPathIsExit65AndLeftAlone)
{
  TempDir dir;
  fs::create_directory(dir / "folder");
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  const std::pair<const char*, const char*> cases[] = {{"folder", "is a folder"},
                                                       {"pipe", "is a pipe (FIFO)"}};
  for (const auto& [name, says] : cases) {
    SCOPED_TRACE(name);
    for (const char* command : {"status", "plan"}) {
      const auto t0 = std::chrono::steady_clock::now();
      const RunResult r = sepa(dir / name, {command});
      EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5)) << "no hang";
      EXPECT_EQ(r.status, 65);
      EXPECT_TRUE(has(r.err, says)) << r.err;
      EXPECT_TRUE(has(r.err, "point --file or SEPA_FILE at a regular file")) << r.err;
    }
  }
  EXPECT_TRUE(fs::is_directory(dir / "folder") && fs::is_empty(dir / "folder"));
  EXPECT_TRUE(fs::is_fifo(dir / "pipe"));
}

TEST(Security, ASymlinkLoopIsExit74NamingIt)
{
  TempDir dir;
  fs::create_symlink("loop", dir / "loop");
  const RunResult r = sepa(dir / "loop", {"plan"});
  EXPECT_EQ(r.status, 74);
  EXPECT_TRUE(has(r.err, (dir / "loop").string() + ": Too many levels of symbolic links")) << r.err;
}

TEST(Security, NoSourceFileStartsAProcessOrAShell)
{
  // The only way user text could reach a shell is a call that starts one; sepa has none. The
  // one process sepa starts is a hook (docs/hooks.md), in io/hook_runner.cpp alone: by its path,
  // with fork and execve, no shell, no search of PATH, and nothing typed in its arguments.
  const std::regex shell(R"(\b(system|popen|execl|execlp|execle|execv|execvp|posix_spawn)\s*\()");
  const std::regex spawn(R"(\b(execve|fork)\s*\()");
  std::size_t scanned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(SEPA_SOURCE_DIR) / "src")) {
    if (!entry.is_regular_file()) {
      continue;
    }
    const bool runner = entry.path().filename() == "hook_runner.cpp";
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      EXPECT_FALSE(std::regex_search(line, shell)) << entry.path() << ":" << n << ": " << line;
      EXPECT_TRUE(runner || !std::regex_search(line, spawn))
        << entry.path() << ":" << n << ": " << line;
    }
    ++scanned;
  }
  EXPECT_GT(scanned, 20u);
}

} // namespace
} // namespace sepa::test
