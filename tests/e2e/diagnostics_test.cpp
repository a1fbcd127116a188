// `sepa diagnostics`: every field a bug report needs, and it never changes anything.

#include "sepa/version.hpp"
#include "support/run.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <filesystem>
#include <map>
#include <sys/file.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

// The value on the line that starts with `label`, or "(missing)".
std::string field(const std::string& out, const std::string& label)
{
  std::size_t pos = 0;
  while (pos < out.size()) {
    const std::size_t end = out.find('\n', pos);
    const std::string line = out.substr(pos, end - pos);
    if (line.rfind(label, 0) == 0) {
      const auto value = line.find_first_not_of(' ', label.size());
      return value == std::string::npos ? "" : line.substr(value);
    }
    pos = end == std::string::npos ? out.size() : end + 1;
  }
  return "(missing)";
}

TEST(Diagnostics, ShowsEveryFieldForALadderInUse)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", ladder, "start", "5m", "--at", "-1h"}).status, 0);
  ASSERT_EQ(run_sepa({"--file", ladder, "done", "--at", "-50m"}).status, 0);
  ASSERT_EQ(run_sepa({"--file", ladder, "start", "15m"}).status, 0);
  const RunResult r =
    run_sepa({"--file", ladder, "diagnostics"}, {{{"TZ", "Europe/Paris"}}, "", ""});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(field(r.out, "Version"), std::string("sepa ") + k_version);
  EXPECT_EQ(field(r.out, "Ladder file"), ladder);
  EXPECT_EQ(field(r.out, "  chosen by"), "--file");
  EXPECT_EQ(field(r.out, "  file"), std::to_string(fs::file_size(ladder)) + " bytes, mode 0600");
  EXPECT_EQ(field(r.out, "  schema"), "2 (this sepa reads up to 2)");
  EXPECT_EQ(field(r.out, "  separations"), "2, one under way");
  EXPECT_EQ(field(r.out, "  lock"), "free");
  EXPECT_EQ(field(r.out, "  backups"), ladder + ".1");
  EXPECT_EQ(field(r.out, "  conflict copies"), "none");
  EXPECT_EQ(field(r.out, "Time zone").rfind("TZ=Europe/Paris, now UTC+0", 0), 0u) << r.out;
  EXPECT_EQ(field(r.out, "Colour"), "off: stdout is not a terminal");
  EXPECT_NE(field(r.out, "Built with").find("CLI11"), std::string::npos);
  EXPECT_EQ(r.err, "");
}

TEST(Diagnostics, SaysWhereThePathCameFrom)
{
  TempDir dir;
  struct Case {
    std::map<std::string, std::string> env;
    std::string source;
    std::string path;
  };
  const Case cases[] = {
    {{{"SEPA_FILE", (dir / "a.json").string()}}, "SEPA_FILE", (dir / "a.json").string()},
    {{{"XDG_DATA_HOME", (dir / "xdg").string()}},
     "XDG_DATA_HOME",
     (dir / "xdg" / "sepa" / "ladder.json").string()},
    {{{"HOME", (dir / "home").string()}, {"XDG_DATA_HOME", "relative/ignored"}},
     "the default (~/.local/share)",
     (dir / "home" / ".local/share/sepa/ladder.json").string()},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.source);
    const RunResult r = run_sepa({"diagnostics"}, {c.env, "", ""});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(field(r.out, "  chosen by"), c.source);
    EXPECT_EQ(field(r.out, "Ladder file"), c.path);
    EXPECT_EQ(field(r.out, "  file"), "not created yet (`sepa plan` creates it)");
    EXPECT_EQ(field(r.out, "  lock"), "no lock file yet");
  }
  EXPECT_TRUE(fs::is_empty(dir.path())) << "diagnostics creates nothing";
}

TEST(Diagnostics, ReportsAnUnreadableLadderAHeldLockAndConflictCopiesWithoutFailing)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  write_all(ladder, "{ not json");
  fs::permissions(ladder, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  const std::string copy = (dir / "ladder.sync-conflict-20261122-100500-ABCDEFG.json").string();
  write_all(copy, "{}");
  const int fd = ::open((ladder + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  ASSERT_EQ(::pwrite(fd, "4242", 4, 0), 4);
  const std::string before = read_all(ladder);

  const RunResult r = run_sepa({"--file", ladder, "diagnostics"});
  ::close(fd);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(field(r.out, "  readable").rfind("no: cannot read the ladder", 0), 0u) << r.out;
  EXPECT_NE(field(r.out, "  file").find("others can read it, so run: chmod 600 " + ladder),
            std::string::npos)
    << r.out;
  EXPECT_EQ(field(r.out, "  lock"), "held by process 4242 right now");
  EXPECT_EQ(field(r.out, "  conflict copies"), copy);
  EXPECT_NE(r.out.find("merge it with: sepa --file " + ladder + " merge " + copy),
            std::string::npos)
    << r.out;
  EXPECT_EQ(r.err, "") << "no warning on top of the listing";
  EXPECT_EQ(read_all(ladder), before);
}

TEST(Diagnostics, ExplainsTheColourDecision)
{
  TempDir dir;
  const std::string ladder = (dir / "ladder.json").string();
  EXPECT_EQ(field(run_sepa({"--file", ladder, "--color", "always", "diagnostics"}).out, "Colour"),
            "on: --color always");
  EXPECT_EQ(field(run_sepa({"--file", ladder, "--color=never", "diagnostics"}).out, "Colour"),
            "off: --color never");
}

} // namespace
} // namespace sepa::test
