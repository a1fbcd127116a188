// A ladder the first release wrote (tests/fixtures/schema1, a month of practice in London) goes
// through one change with this sepa: it is written as schema 2 with nothing lost, whether the
// fear came true becomes "yes" or "no", every finished separation is marked as judged by the
// first release's rule and the open one is not, and the file as it was is kept beside it.

#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

TEST(Upgrade, ASchema1LadderLosesNothingOnItsFirstChange)
{
  TempDir dir;
  const fs::path file = dir / "ladder.json";
  const std::string original =
    read_all(fs::path(SEPA_SOURCE_DIR) / "tests/fixtures/schema1/ladder.json");
  write_all(file, original);
  const RunResult r = run_sepa({"--no-input", "--file", file.string(), "plan", "strength", "x"});
  ASSERT_EQ(r.status, 0) << r.err;

  const std::string upgraded = read_all(file);
  EXPECT_EQ(upgraded.substr(0, 16), "{\n  \"schema\": 2,");
  EXPECT_EQ(read_all(dir / "ladder.json.schema1"), original);
  struct stat st {};
  ASSERT_EQ(::stat((dir / "ladder.json.schema1").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600U);

  Json before = Json::parse(original);
  const Json after = Json::parse(upgraded);
  ASSERT_EQ(after["separations"].size(), before["separations"].size());
  std::size_t open = 0;
  for (std::size_t i = 0; i < before["separations"].size(); ++i) {
    SCOPED_TRACE(i);
    Json expected = before["separations"][i];
    if (expected.contains("happened")) {
      expected["happened"] = expected["happened"].get<bool>() ? "yes" : "no";
    }
    if (expected.contains("ended")) {
      expected["rule"] = 1;
    } else {
      ++open;
    }
    // Every separation, urge, check-in, text, rating and unknown key, and nothing more.
    EXPECT_EQ(Json::diff(expected, after["separations"][i]), Json::array());
  }
  EXPECT_EQ(open, 1U);
  EXPECT_EQ(after["separations"][0]["mood"], "sunny");
  EXPECT_EQ(after["rungs"][0]["place"], "porch");
  EXPECT_EQ(after["x_sync"], before["x_sync"]);
  for (const char* key : {"created", "wait", "message", "rungs", "emergencies", "x_sync"}) {
    EXPECT_EQ(after[key], before[key]) << key;
  }
  before["strengths"].push_back("x");
  EXPECT_EQ(after["strengths"], before["strengths"]);
  for (const char* rule : {"good_peak", "mastery_days", "stall_tries", "early_returns"}) {
    EXPECT_EQ(after["rules"][rule], before["rules"][rule]) << rule;
  }

  // A second change reads the upgraded file and keeps the first copy as it was.
  ASSERT_EQ(run_sepa({"--no-input", "--file", file.string(), "plan", "strength", "y"}).status, 0);
  EXPECT_EQ(read_all(dir / "ladder.json.schema1"), original);
}

// sepa merge takes a schema-1 copy and a schema-2 one together, either way round.
TEST(Upgrade, MergeTakesASchema1CopyAndASchema2One)
{
  TempDir dir;
  const std::string original =
    read_all(fs::path(SEPA_SOURCE_DIR) / "tests/fixtures/schema1/ladder.json");
  const fs::path old = dir / "old.json";
  const fs::path upgraded = dir / "upgraded.json";
  write_all(old, original);
  write_all(upgraded, original);
  ASSERT_EQ(run_sepa({"--no-input", "--file", upgraded.string(), "plan", "strength", "x"}).status,
            0);

  const RunResult same =
    run_sepa({"--no-input", "--file", upgraded.string(), "merge", old.string()});
  ASSERT_EQ(same.status, 0) << same.err;
  EXPECT_NE(same.out.find("already holds everything"), std::string::npos) << same.out;

  const RunResult r = run_sepa({"--no-input", "--file", old.string(), "merge", upgraded.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Also added: 1 strength."), std::string::npos) << r.out;
  EXPECT_EQ(read_all(old), read_all(upgraded));
  EXPECT_EQ(read_all(dir / "old.json.schema1"), original);
}

} // namespace
} // namespace sepa::test
