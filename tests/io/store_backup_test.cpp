// The backups a save keeps: always private and the saver's own, whatever the old file's mode,
// owner or other names; and a save that fails at the rename (a file mounted in place, another
// user's file in a sticky folder) changes no backup at all. Work that needs a mount or another
// user runs in a forked child.

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

struct Facts {
  mode_t mode = 0;
  uid_t owner = 0;
};

Facts facts(const fs::path& p)
{
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return {st.st_mode & 07777, st.st_uid};
}

Ladder generation(int g)
{
  Ladder l = parse_ladder(k_rich_ladder);
  l.schema = k_schema; // as read back from the file these tests write: no upgrade copy
  l.strengths.push_back("generation " + std::to_string(g));
  return l;
}

void save(const Store& store, const Ladder& ladder)
{
  Transaction tx = store.begin();
  tx.commit(ladder);
}

// Every file in the folder, by name, with its bytes.
std::map<std::string, std::string> snapshot(const fs::path& dir)
{
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    out[entry.path().filename().string()] = read_all(entry.path());
  }
  return out;
}

TEST(StoreBackups, AWorldReadableLadderLeavesOnlyPrivateBackups)
{
  // A copy or a sync tool left the ladder 0644. Before, its first backup was a hard link to the
  // old file, 0644 too, and walked on through .2 and .3.
  TempDir dir;
  const Store store(dir / "ladder.json");
  write_all(store.path(), serialize(generation(0)));
  fs::permissions(store.path(), fs::perms(0644));
  for (int g = 1; g <= 4; ++g) {
    save(store, generation(g));
    for (const fs::path& file : {store.path(), store.backup_path(1)}) {
      EXPECT_EQ(facts(file).mode, 0600u) << file << " after save " << g;
    }
  }
  ASSERT_EQ(store.backups().size(), 3u);
  for (const fs::path& backup : store.backups()) {
    EXPECT_EQ(facts(backup).mode, 0600u) << backup;
    EXPECT_EQ(facts(backup).owner, ::geteuid()) << backup;
  }
  EXPECT_EQ(read_all(store.backup_path(3)), serialize(generation(1)));
}

TEST(StoreBackups, BackupsAnOlderSepaLeftReadableAreMadePrivate)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  write_all(store.path(), serialize(generation(0)));
  for (int g = 1; g <= 2; ++g) {
    write_all(store.backup_path(g), serialize(generation(-g)));
    fs::permissions(store.backup_path(g), fs::perms(0644));
  }
  save(store, generation(1));
  for (int g = 1; g <= 3; ++g) {
    EXPECT_EQ(facts(store.backup_path(g)).mode, 0600u) << g;
  }
}

TEST(StoreBackups, ALadderWithAnotherNameIsCopiedSoThatNameKeepsItsMode)
{
  // A hard link elsewhere (the user's own copy) shares the old file's mode: making the backup
  // private by chmod would change that file too, so the backup is a private copy instead.
  TempDir dir;
  const Store store(dir / "ladder.json");
  write_all(store.path(), serialize(generation(0)));
  fs::permissions(store.path(), fs::perms(0644));
  ASSERT_EQ(::link(store.path().c_str(), (dir / "mine.json").c_str()), 0);
  save(store, generation(1));
  EXPECT_EQ(facts(dir / "mine.json").mode, 0644u);
  EXPECT_EQ(read_all(dir / "mine.json"), serialize(generation(0)));
  EXPECT_EQ(facts(store.backup_path(1)).mode, 0600u);
  EXPECT_EQ(read_all(store.backup_path(1)), serialize(generation(0)));
}

class FailedSave : public ::testing::Test {
protected:
  void SetUp() override
  {
    fs::create_directory(folder());
    for (int g = 0; g <= 3; ++g) {
      save(store(), generation(g)); // the ladder and three different backups
    }
    m_before = snapshot(folder());
  }
  fs::path folder() const { return m_dir / "data"; }
  Store store() const { return Store(folder() / "ladder.json"); }

  // Inside the child: three saves, each refused with `cause`, and nothing changed by them.
  std::string three_refused(const std::string& cause)
  {
    for (int attempt = 0; attempt < 3; ++attempt) {
      try {
        save(store(), generation(10 + attempt));
        return "the save succeeded";
      } catch (const IoError& e) {
        if (std::string(e.what()).find(cause) == std::string::npos) {
          return std::string("unexpected message: ") + e.what();
        }
      }
      auto now = snapshot(folder());
      now.erase("ladder.json.lock"); // made by the first locked command, and harmless
      auto before = m_before;
      before.erase("ladder.json.lock");
      if (now != before) {
        std::string names;
        for (const auto& [name, text] : now) {
          names += " " + name + (before.count(name) && before[name] == text ? "" : "(changed)");
        }
        return "after attempt " + std::to_string(attempt + 1) + " the folder holds:" + names;
      }
    }
    return {};
  }

  void check(const ChildReport& report)
  {
    if (report.text.rfind("skip: ", 0) == 0) {
      GTEST_SKIP() << report.text;
    }
    EXPECT_EQ(report.status, 0);
    EXPECT_EQ(report.text, "");
  }

  TempDir m_dir;
  std::map<std::string, std::string> m_before;
};

TEST_F(FailedSave, ALadderMountedInPlaceKeepsItsBackupsAsTheyWere)
{
  // Renaming onto a mount point fails with EBUSY. Before, each failed save still rotated the
  // backups: three of them left four identical copies.
  check(in_child([&]() -> std::string {
    if (const auto why = private_mounts()) {
      return "skip: no bind mount can be made here (" + *why + ")";
    }
    if (const auto why = mount_over_itself(store().path())) {
      return "skip: " + *why;
    }
    return three_refused("Device or resource busy");
  }));
}

TEST_F(FailedSave, AnotherUsersLadderInAStickyFolderGetsNoBackup)
{
  // In a sticky folder (like /tmp) only a file's owner may replace it: here root's ladder,
  // readable by all, which another user tries to change. Before, each refused save still made
  // a backup, a world-readable copy of the old file, and rotated it on.
  check(in_child([&]() -> std::string {
    if (!running_as_root()) {
      return "skip: making a file another user owns needs root";
    }
    for (const fs::path& extra : store().backups()) {
      fs::remove(extra);
    }
    fs::remove(store().lock_path()); // root's, which the other user could not open
    fs::permissions(store().path(), fs::perms(0644));
    m_before = snapshot(folder());
    fs::permissions(m_dir.path(), fs::perms(0755));
    fs::permissions(folder(), fs::perms(01777));
    if (const auto why = become_nobody()) {
      return "skip: " + *why;
    }
    return three_refused("Operation not permitted");
  }));
}

} // namespace
} // namespace sepa::test
