// The first save that upgrades a schema-1 ladder keeps the file the first release wrote, byte for
// byte, beside it as ladder.json.schema1 (mode 0600); a later save never replaces that copy, and
// a schema-2 ladder gets none.

#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

mode_t mode_of(const fs::path& p)
{
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

// Loads the ladder under the lock and saves it with one more strength.
void change(const Store& store, const std::string& strength)
{
  Transaction tx = store.begin();
  std::optional<Ladder> ladder = tx.take();
  ASSERT_TRUE(ladder.has_value());
  ladder->strengths.push_back(strength);
  tx.commit(*ladder);
}

TEST(StoreUpgrade, TheFirstSaveKeepsTheSchema1FileOnceByteForByteAndPrivate)
{
  TempDir dir;
  const fs::path file = dir / "ladder.json";
  const fs::path copy = dir / "ladder.json.schema1";
  const Store store(file);
  write_all(file, k_rich_ladder);
  ::chmod(file.c_str(), 0644);
  ASSERT_EQ(store.load()->schema, 1);

  change(store, "Sings to her");
  EXPECT_EQ(read_all(copy), k_rich_ladder);
  EXPECT_EQ(mode_of(copy), 0600U);
  EXPECT_TRUE(temp_files_beside(file).empty());
  EXPECT_EQ(read_all(file).substr(0, 16), "{\n  \"schema\": 2,");
  EXPECT_EQ(store.load()->schema, 2);

  change(store, "Knows the songs"); // schema 2 now: no copy is made again
  EXPECT_EQ(read_all(copy), k_rich_ladder);

  // Another schema-1 file put in its place (a sync tool, an old backup): the first copy stays.
  const std::string other =
    std::string(k_rich_ladder).replace(k_rich_ladder.find("Mailbox"), 7, "Letterbox");
  write_all(file, other);
  change(store, "Laughs at my jokes");
  EXPECT_EQ(read_all(copy), k_rich_ladder);
  EXPECT_NE(read_all(file).find("Letterbox"), std::string::npos);
}

TEST(StoreUpgrade, ASchema2LadderGetsNoCopy)
{
  TempDir dir;
  const fs::path file = dir / "ladder.json";
  const Store store(file);
  write_all(file, serialize(parse_ladder(k_rich_ladder)));
  change(store, "Sings to her");
  EXPECT_FALSE(fs::exists(dir / "ladder.json.schema1"));
  EXPECT_TRUE(temp_files_beside(file).empty());
}

TEST(StoreUpgrade, NothingIsCopiedWhenThereIsNoFileYet)
{
  TempDir dir;
  const Store store(dir / "ladder.json");
  Ladder ladder = parse_ladder(k_rich_ladder); // a schema-1 copy merged into no ladder at all
  Transaction tx = store.begin();
  tx.commit(ladder);
  EXPECT_FALSE(fs::exists(dir / "ladder.json.schema1"));
  EXPECT_EQ(read_all(dir / "ladder.json").substr(0, 16), "{\n  \"schema\": 2,");
}

} // namespace
} // namespace sepa::test
