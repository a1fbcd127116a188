// What may sit at the lock file's path, and beside what a lock file may be made. The lock is
// opened without following a symbolic link, so a link planted there (to the ladder, or to any
// other file) is refused with exit 74 and nothing is written through it; and no lock file is made
// beside a folder, a pipe or a device at the ladder's path.

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

struct OddLock {
  const char* name;
  std::function<void(const fs::path& dir, const fs::path& lock)> make;
  const char* says;
};

TEST(StoreLockFile, ALinkOrAnythingButAFileIsRefusedAndNothingIsWrittenThroughIt)
{
  const OddLock cases[] = {
    // Before, this turned the ladder into a five-byte process id.
    {"a link to the ladder",
     [](const fs::path&, const fs::path& lock) { fs::create_symlink("ladder.json", lock); },
     "is a symbolic link"},
    // Before, this silently overwrote the other file.
    {"a link to another file",
     [](const fs::path& dir, const fs::path& lock) {
       write_all(dir / "other.txt", "someone's notes\n");
       fs::create_symlink(dir / "other.txt", lock);
     },
     "is a symbolic link"},
    // Before, this created the file the link names.
    {"a dangling link",
     [](const fs::path& dir, const fs::path& lock) { fs::create_symlink(dir / "made", lock); },
     "is a symbolic link"},
    {"a folder", [](const fs::path&, const fs::path& lock) { fs::create_directory(lock); },
     "is a folder"},
    {"a pipe",
     [](const fs::path&, const fs::path& lock) { ASSERT_EQ(::mkfifo(lock.c_str(), 0600), 0); },
     "is a pipe (FIFO)"},
  };
  for (const OddLock& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    const Store store(dir / "ladder.json");
    write_all(store.path(), k_rich_ladder);
    c.make(dir.path(), store.lock_path());
    std::map<std::string, std::string> before;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
      if (entry.is_regular_file()) {
        before[entry.path().filename().string()] = read_all(entry.path());
      }
    }
    try {
      Transaction tx = store.begin();
      tx.commit(parse_ladder(k_rich_ladder));
      ADD_FAILURE() << "expected an IoError";
    } catch (const IoError& e) {
      EXPECT_EQ(e.code(), Exit::io);
      EXPECT_NE(std::string(e.what()).find(c.says), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(store.lock_path().string()), std::string::npos);
      EXPECT_NE(e.hint().find("nothing was changed"), std::string::npos) << e.hint();
    }
    for (const auto& [name, text] : before) {
      EXPECT_EQ(read_all(dir / name), text) << name;
    }
    EXPECT_FALSE(fs::exists(dir / "made"));
    EXPECT_TRUE(fs::is_symlink(store.lock_path()) || !fs::is_regular_file(store.lock_path()))
      << "left as it was";
  }
}

TEST(StoreLockFile, NoLockFileIsMadeBesideAPipeAtTheLadderPath)
{
  TempDir dir;
  const fs::path path = dir / "ladder.json";
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  const Store store(path);
  EXPECT_THROW(store.begin(), DataError);
  EXPECT_FALSE(fs::exists(store.lock_path()));
}

TEST(StoreLockFile, NoLockFileIsMadeBesideADevice)
{
  // `--file /dev/null` once left /dev/null.lock behind.
  const Store store("/dev/null");
  EXPECT_THROW(store.begin(), DataError);
  const bool made = fs::exists("/dev/null.lock");
  EXPECT_FALSE(made);
  if (made && ::geteuid() == 0) {
    fs::remove("/dev/null.lock"); // left by a sepa without this fix
  }
}

} // namespace
} // namespace sepa::test
