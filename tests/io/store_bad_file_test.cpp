// Every kind of bad ladder file: the store refuses it with exit 65 and a message that says what
// is wrong and where, names the newest backup and the command that restores it, and leaves the
// file, its backups and its folder exactly as they were.

#include "sepa/errors.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/says.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// The rich ladder with one value replaced, as a hand edit would.
std::string edited(const std::function<void(Json&)>& edit)
{
  Json j = Json::parse(k_rich_ladder);
  edit(j);
  return j.dump(2);
}

std::string with_raw(const std::string& from, const std::string& to)
{
  std::string text = k_rich_ladder;
  const auto pos = text.find(from);
  if (pos == std::string::npos) {
    throw std::invalid_argument("not in the sample: " + from);
  }
  return text.replace(pos, from.size(), to);
}

struct BadFile {
  const char* kind;
  std::string text;
  std::vector<std::string> says;
};

std::vector<BadFile> bad_files()
{
  return {
    {"bad JSON",
     "{\n  \"schema\": 1,\n  \"wait\" \"20m\"\n}\n",
     {"line 3, column 14: this is not valid JSON (", "expected ':')"}},
    {"trailing comma",
     with_raw("\"Knows every cry\"]", "\"Knows every cry\",]"),
     {"line 17, column 56: this is not valid JSON"}},
    {"empty", "", {"the file is empty"}},
    {"only spaces", "  \n\n", {"the file is empty"}},
    {"NUL bytes",
     std::string(k_rich_ladder).replace(40, 8, std::string(8, '\0')),
     {"line 3, column 24: the file contains NUL bytes"}},
    {"all NUL", std::string(4096, '\0'), {"line 1, column 1: the file contains NUL bytes"}},
    {"truncated", k_rich_ladder.substr(0, k_rich_ladder.size() / 2), {"cut short"}},
    {"newer schema",
     with_raw("\"schema\": 1", "\"schema\": 3"),
     {"written by a newer sepa (schema 3)", "upgrade sepa"}},
    {"schema as text",
     with_raw("\"schema\": 1", "\"schema\": \"1\""),
     {"at /schema: expected a whole number, found text"}},
    {"not an object", "[1, 2, 3]\n", {"at /: expected an object, found a list"}},
    {"missing key",
     edited([](Json& j) { j.erase("rungs"); }),
     {"at /: the key \"rungs\" is missing"}},
    {"rating out of range",
     edited([](Json& j) { j["separations"][0]["peak"] = 11; }),
     {"at /separations/0/peak: expected a whole number from 0 to 10, found 11"}},
    {"negative rating",
     edited([](Json& j) { j["separations"][0]["anxiety"] = -1; }),
     {"at /separations/0/anxiety: expected a whole number from 0 to 10, found -1"}},
    {"rating as text",
     edited([](Json& j) { j["separations"][0]["after"] = "low"; }),
     {"at /separations/0/after: expected a whole number from 0 to 10, found text"}},
    {"huge integer",
     with_raw("\"peak\": 5", "\"peak\": 99999999999999999999999"),
     {"at /separations/0/peak: expected a whole number from 0 to 10, found "
      "9.999999999999999e+22"}},
    {"largest unsigned",
     with_raw("\"peak\": 5", "\"peak\": 18446744073709551615"),
     {"at /separations/0/peak: expected a whole number from 0 to 10, found "
      "18446744073709551615"}},
    {"number too large for a double",
     with_raw("\"anxiety\": 6", "\"anxiety\": 1e400"),
     {"line 26, column 18 (at \"anxiety\"): the number 1e400 is too large"}},
    {"unknown outcome",
     edited([](Json& j) { j["separations"][0]["checkins"][0]["outcome"] = "maybe"; }),
     {"at /separations/0/checkins/0/outcome: expected \"passed\", \"texted\" or \"emergency\", "
      "found \"maybe\""}},
    {"rule out of range",
     edited([](Json& j) { j["rules"]["good_peak"] = 1000000; }),
     {"at /rules/good_peak: expected a whole number from 0 to 10, found 1000000"}},
    {"wait outside 20-30 minutes",
     edited([](Json& j) { j["wait"] = "2h"; }),
     {"at /wait: expected a wait from 20m to 30m"}},
    {"bad duration",
     edited([](Json& j) { j["rungs"][1]["length"] = "15"; }),
     {"at /rungs/1/length: expected a duration like \"15m\", found \"15\""}},
    {"escape sequence in a bad value",
     edited([](Json& j) { j["rungs"][1]["length"] = "\x1b[2J\x1b]0;title\x07"; }),
     {"at /rungs/1/length: expected a duration like \"15m\", found \"^[[2J^[]0;title^G\""}},
    {"bad instant",
     edited([](Json& j) { j["separations"][0]["started"] = "2026-13-01T10:00:00+01:00"; }),
     {"at /separations/0/started: expected a time like"}},
    {"end before start",
     edited([](Json& j) { j["separations"][0]["ended"] = "2026-11-20T09:00:00+01:00"; }),
     {"at /separations/0/ended: the end is before the start"}},
    {"duplicate id",
     edited([](Json& j) { j["separations"].push_back(j["separations"][0]); }),
     {"at /separations/1/id: the id \"a1\" appears twice"}},
    {"nested too deep",
     with_raw("\"future_top\": [\"kept\", 1, null]",
              "\"future_top\": " + std::string(100000, '[') + std::string(100000, ']')),
     {"(at \"future_top\"): the values nest more than 64 levels deep"}},
  };
}

class StoreBadFile : public ::testing::Test {
protected:
  fs::path path() const { return m_dir / "ladder.json"; }
  TempDir m_dir;
};

TEST_F(StoreBadFile, EveryKindIsRefusedWithWhereAndHowToRestoreAndLeftByteIdentical)
{
  for (const BadFile& c : bad_files()) {
    SCOPED_TRACE(c.kind);
    TempDir dir;
    const fs::path file = dir / "ladder.json";
    const Store store(file);
    write_all(file, c.text);
    write_all(store.backup_path(1), k_rich_ladder);
    for (const bool locked : {false, true}) {
      try {
        locked ? static_cast<void>(store.begin()) : static_cast<void>(store.load());
        ADD_FAILURE() << "expected a DataError";
      } catch (const DataError& e) {
        EXPECT_EQ(to_int(e.code()), 65);
        const std::string message = e.what();
        EXPECT_EQ(message.find('\x1b'), std::string::npos) << "printed safely";
        EXPECT_TRUE(has(message, "cannot read the ladder " + file.string() + ": ")) << message;
        for (const std::string& part : c.says) {
          EXPECT_TRUE(has(message + " " + e.hint(), part)) << message << "\nhint: " << e.hint();
        }
        const std::string backup = store.backup_path(1).string();
        if (std::string_view(c.kind) == "newer schema") {
          // An older copy would lose what the newer sepa recorded: no restore is offered.
          EXPECT_FALSE(has(e.hint(), "cp -p")) << e.hint();
          EXPECT_EQ(e.hint(), "upgrade sepa to read it; the file is left exactly as it was");
        } else {
          EXPECT_TRUE(has(e.hint(), "the previous version is in " + backup)) << e.hint();
          EXPECT_TRUE(has(e.hint(), "cp -p " + backup + " " + file.string())) << e.hint();
        }
      }
      EXPECT_EQ(read_all(file), c.text) << "the file must be left byte-identical";
      EXPECT_EQ(read_all(store.backup_path(1)), k_rich_ladder);
      EXPECT_FALSE(fs::exists(store.backup_path(2)));
      EXPECT_TRUE(temp_files_beside(file).empty());
    }
  }
}

TEST_F(StoreBadFile, WithoutABackupTheHintSaysSoAndWhatToDo)
{
  write_all(path(), "{");
  try {
    Store(path()).load();
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_TRUE(has(e.hint(), "no earlier copy was found beside it")) << e.hint();
    EXPECT_TRUE(has(e.hint(), "mv " + path().string() + " " + path().string() + ".damaged"))
      << e.hint();
  }
}

TEST_F(StoreBadFile, TheHintNamesTheNewestBackupThatReadsWell)
{
  // The sync tool that damaged the ladder damaged its newest backup too.
  const Store store(path());
  write_all(path(), "garbage");
  write_all(store.backup_path(1), "{\"schema\": 1,");
  write_all(store.backup_path(2), k_rich_ladder);
  try {
    store.load();
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    const std::string second = store.backup_path(2).string();
    EXPECT_TRUE(has(e.hint(), "the newest earlier version that reads well is in " + second))
      << e.hint();
    EXPECT_TRUE(has(e.hint(), "cp -p " + second + " " + path().string())) << e.hint();
    EXPECT_FALSE(has(e.hint(), "cp -p " + store.backup_path(1).string())) << e.hint();
  }
  EXPECT_EQ(read_all(store.backup_path(1)), "{\"schema\": 1,");
}

TEST_F(StoreBadFile, WhenNoBackupReadsWellTheHintNamesThemAndWhatToDo)
{
  const Store store(path());
  write_all(path(), "garbage");
  write_all(store.backup_path(1), "");
  try {
    store.load();
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_TRUE(has(e.hint(), "the earlier copies beside it (" + store.backup_path(1).string() +
                                ") cannot be read either"))
      << e.hint();
    EXPECT_TRUE(has(e.hint(), "mv ")) << e.hint();
    EXPECT_FALSE(has(e.hint(), "cp -p")) << e.hint();
  }
}

TEST_F(StoreBadFile, TheRestoreCommandQuotesAPathWithSpaces)
{
  fs::create_directory(m_dir / "My Files");
  const fs::path file = m_dir / "My Files" / "ladder.json";
  const Store store(file);
  write_all(file, "");
  write_all(store.backup_path(1), k_rich_ladder);
  try {
    store.load();
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_TRUE(
      has(e.hint(), "cp -p '" + store.backup_path(1).string() + "' '" + file.string() + "'"))
      << e.hint();
  }
}

} // namespace
} // namespace sepa::test
