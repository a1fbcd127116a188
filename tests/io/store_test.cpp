// The store on real temp dirs: round trips, unknown keys, private modes, backups, and what sits
// at the ladder's path when it is not a plain file.

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Sets the process umask for one test and restores it after.
class Umask {
public:
  explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
  ~Umask() { ::umask(m_old); }
  Umask(const Umask&) = delete;
  Umask& operator=(const Umask&) = delete;

private:
  mode_t m_old;
};

mode_t mode_of(const fs::path& p)
{
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

void save(const Store& store, const Ladder& ladder)
{
  Transaction tx = store.begin();
  tx.commit(ladder);
}

Ladder with_strength(Ladder ladder, const std::string& strength)
{
  ladder.strengths.push_back(strength);
  return ladder;
}

TEST(Store, MissingFileMeansNoLadderYetAndLoadingCreatesNothing)
{
  TempDir dir;
  const Store store(dir / "sub" / "ladder.json");
  EXPECT_FALSE(store.load().has_value());
  EXPECT_FALSE(fs::exists(dir / "sub"));
  EXPECT_FALSE(store.begin().ladder().has_value());
}

TEST(Store, RoundTripKeepsEveryFieldAndTheTextIsStable)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  const Ladder rich = parse_ladder(k_rich_ladder);
  save(store, rich);
  const std::string first = read_all(store.path());
  EXPECT_EQ(first, serialize(rich));
  const auto loaded = store.load();
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(serialize(*loaded), first);
  save(store, *loaded);
  EXPECT_EQ(read_all(store.path()), first) << "saving what was loaded changes nothing";
}

TEST(Store, UnknownKeysArePreservedAtEveryLevel)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  write_all(store.path(), k_rich_ladder);
  {
    Transaction tx = store.begin();
    tx.commit(with_strength(*tx.ladder(), "Sings to her"));
  }
  const Json j = Json::parse(read_all(store.path()));
  EXPECT_EQ(j["future_top"], Json::parse(R"(["kept", 1, null])"));
  EXPECT_EQ(j["rules"]["future_rule"], Json::parse(R"({"kind": "gentle"})"));
  EXPECT_EQ(j["rungs"][0]["future_rung"], Json::parse("[1, 2, 3]"));
  const Json& s = j["separations"][0];
  EXPECT_EQ(s["future_separation"], Json::parse(R"({"weather": "rain"})"));
  EXPECT_EQ(s["urges"][0]["future_urge"], true);
  EXPECT_EQ(s["checkins"][0]["future_checkin"], "x");
  EXPECT_EQ(j["strengths"].back(), "Sings to her");
}

TEST(Store, FilesAndFoldersArePrivateWhateverTheUmask)
{
  const Umask permissive(0);
  TempDir dir;
  const Store store(dir / "a" / "b" / "ladder.json");
  const Ladder ladder = parse_ladder(k_rich_ladder);
  save(store, ladder);
  save(store, with_strength(ladder, "second"));
  EXPECT_EQ(mode_of(dir / "a"), 0700u);
  EXPECT_EQ(mode_of(dir / "a" / "b"), 0700u);
  EXPECT_EQ(mode_of(store.path()), 0600u);
  EXPECT_EQ(mode_of(store.backup_path(1)), 0600u);
  EXPECT_EQ(mode_of(store.lock_path()), 0600u);
}

TEST(Store, ASaveMakesTheFilePrivateEvenIfItWasNot)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  write_all(store.path(), k_rich_ladder);
  fs::permissions(store.path(), fs::perms(0644));
  save(store, parse_ladder(k_rich_ladder));
  EXPECT_EQ(mode_of(store.path()), 0600u);
}

TEST(Store, KeepsTheLastThreeGenerationsNewestFirst)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  const Ladder base = parse_ladder(k_rich_ladder);
  std::vector<std::string> generations;
  for (int g = 0; g < 5; ++g) {
    save(store, with_strength(base, "generation " + std::to_string(g)));
    generations.push_back(read_all(store.path()));
  }
  EXPECT_EQ(read_all(store.backup_path(1)), generations[3]);
  EXPECT_EQ(read_all(store.backup_path(2)), generations[2]);
  EXPECT_EQ(read_all(store.backup_path(3)), generations[1]);
  EXPECT_FALSE(fs::exists(store.backup_path(4)));
  EXPECT_EQ(store.backups().size(), 3u);
}

TEST(Store, AShorterHistoryNeverPushesAFullerOneOutOfTheBackups)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  Ladder full = parse_ladder(k_rich_ladder);
  for (int i = 0; i < 3; ++i) {
    Separation s = full.separations.front();
    s.id = "extra-" + std::to_string(i);
    full.separations.push_back(s);
  }
  save(store, full);
  save(store, with_strength(full, "x"));
  const std::string fuller = read_all(store.backup_path(1));
  // A sync tool puts back a stale copy holding one separation; the next save must not rotate it
  // over the fuller backup.
  write_all(store.path(), k_rich_ladder);
  save(store, with_strength(parse_ladder(k_rich_ladder), "y"));
  EXPECT_EQ(read_all(store.backup_path(1)), fuller);
}

TEST(Store, BackupCensusCountsOnlySeparationsNotOtherIdKeys)
{
  // A newer minor version might give rungs ids too; that must not freeze the backups.
  TempDir dir;
  const Store store(dir / "ladder.json");
  Json j = Json::parse(k_rich_ladder);
  for (auto& rung : j["rungs"]) {
    rung["id"] = "rung";
  }
  const Ladder ladder = parse_ladder(j.dump());
  save(store, ladder);
  save(store, with_strength(ladder, "one"));
  const std::string second = read_all(store.path());
  save(store, with_strength(ladder, "two"));
  EXPECT_EQ(read_all(store.backup_path(1)), second);
}

Ladder with_separations(std::size_t n)
{
  Ladder ladder = parse_ladder(k_rich_ladder);
  const Separation first = ladder.separations.front();
  ladder.separations.clear();
  for (std::size_t i = 0; i < n; ++i) {
    Separation s = first;
    s.id = "s" + std::to_string(i);
    ladder.separations.push_back(s);
  }
  return ladder;
}

// The backups are compared with ==: a failure should not print megabytes.
TEST(Store, BackupCensusCountsALargeBackupAcrossItsBlocks)
{
  // 1,000 separations make a backup of several of the census's 64 KB blocks.
  TempDir dir;
  const Store store(dir / "ladder.json");
  save(store, with_separations(1000));
  save(store, with_strength(with_separations(1000), "x"));
  const std::string thousand = read_all(store.backup_path(1));
  ASSERT_GT(thousand.size(), std::size_t{4} << 16);
  // A stale copy with 999 comes back: it is not rotated over the backup holding 1000.
  write_all(store.path(), serialize(with_separations(999)));
  save(store, with_strength(with_separations(1000), "y"));
  EXPECT_TRUE(read_all(store.backup_path(1)) == thousand) << "999 < 1000: the fuller one stays";
  // 1000 is not fewer than 1000, so that one rotates.
  const std::string current = read_all(store.path());
  save(store, with_separations(1001));
  EXPECT_TRUE(read_all(store.backup_path(1)) == current) << "1000 is not fewer: it rotates";
}

TEST(Store, BackupCensusReadsABackupLaidOutByHand)
{
  // The ladder was edited by hand into one line, then a save rotated it into the backups.
  TempDir dir;
  const Store store(dir / "ladder.json");
  const std::string compact = Json::parse(serialize(with_separations(5))).dump();
  write_all(store.path(), compact);
  save(store, with_strength(with_separations(5), "x"));
  ASSERT_EQ(read_all(store.backup_path(1)), compact);
  // A stale copy with 4 comes back: the hand-laid backup still counts as holding 5.
  write_all(store.path(), serialize(with_separations(4)));
  save(store, with_strength(with_separations(4), "y"));
  EXPECT_EQ(read_all(store.backup_path(1)), compact);
}

TEST(Store, BackupCensusCountsAnEmptyListAsNone)
{
  // No separations yet, and a newer version's key after the list holding objects with ids at
  // the depth a separation's id has: they are not separations.
  TempDir dir;
  const Store store(dir / "ladder.json");
  Json j = Json::parse(serialize(with_separations(0)));
  j["zz_future"] = Json::array({{{"id", "a"}}, {{"id", "b"}}});
  save(store, parse_ladder(j.dump()));
  save(store, with_strength(parse_ladder(j.dump()), "x"));
  const std::string current = read_all(store.path());
  save(store, with_separations(1));
  EXPECT_EQ(read_all(store.backup_path(1)), current);
}

TEST(Store, ASymlinkedLadderIsSavedWhereTheLinkPoints)
{
  TempDir dir;
  fs::create_directory(dir / "sync");
  const fs::path target = dir / "sync" / "ladder.json";
  write_all(target, k_rich_ladder);
  fs::create_symlink(target, dir / "ladder.json");
  const Store store(dir / "ladder.json");
  save(store, with_strength(parse_ladder(k_rich_ladder), "through the link"));
  EXPECT_TRUE(fs::is_symlink(dir / "ladder.json")) << "the link survives the save";
  EXPECT_NE(read_all(target).find("through the link"), std::string::npos);
  EXPECT_TRUE(fs::exists(fs::path(target).concat(".1"))) << "backups sit beside the target";
}

TEST(Store, ADanglingRelativeSymlinkCreatesTheLadderWhereItPoints)
{
  // A link made before the sync folder holds a ladder: the first save must not replace the link.
  TempDir dir;
  fs::create_directory(dir / "sync");
  fs::create_symlink("sync/ladder.json", dir / "ladder.json");
  save(Store(dir / "ladder.json"), parse_ladder(k_rich_ladder));
  EXPECT_TRUE(fs::is_symlink(dir / "ladder.json"));
  EXPECT_EQ(read_all(dir / "sync" / "ladder.json"), serialize(parse_ladder(k_rich_ladder)));
}

TEST(Store, ASymlinkLoopIsAnIoErrorNamingItAndWritesNothingElsewhere)
{
  TempDir dir;
  fs::create_symlink("loop", dir / "loop");
  const Store store(dir / "loop");
  try {
    store.begin();
    FAIL() << "expected an error";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find((dir / "loop").string()), std::string::npos) << e.what();
  }
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == "loop" || name == "loop.lock") << name;
  }
}

struct OddPath {
  const char* name;
  std::function<void(const fs::path&)> make;
  const char* says;
};

TEST(Store, AFolderOrPipeAtTheLadderPathIsRefusedAndLeftAlone)
{
  const OddPath cases[] = {
    {"folder", [](const fs::path& p) { fs::create_directory(p); }, "is a folder, not a ladder"},
    {"fifo", [](const fs::path& p) { ASSERT_EQ(::mkfifo(p.c_str(), 0600), 0); },
     "is a pipe (FIFO), not a ladder"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    const fs::path path = dir / "ladder.json";
    c.make(path);
    const Store store(path);
    for (const auto& attempt : {std::function<void()>([&] { store.load(); }),
                                std::function<void()>([&] { store.begin(); })}) {
      try {
        attempt();
        ADD_FAILURE() << "expected a DataError";
      } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find(c.says), std::string::npos) << e.what();
        EXPECT_EQ(e.code(), Exit::data);
      }
    }
    EXPECT_TRUE(temp_files_beside(path).empty());
    EXPECT_FALSE(fs::is_regular_file(path));
  }
}

} // namespace
} // namespace sepa::test
