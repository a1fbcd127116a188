// `report --output` and `week --output` write their file atomically and privately: mode 0600
// under a umask of 022, an existing file replaced by a private one, and a write that fails
// (a folder it may not write) leaves the old file as it was, exit 74, with a message.

#include "support/child.hpp"
#include "support/run.hpp"
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

class OutputFile : public ::testing::Test {
protected:
  void SetUp() override
  {
    m_umask = ::umask(022);
    fs::create_directory(m_dir / "out");
    ASSERT_EQ(sepa({"start", "15m", "--no-input"}, "1763632800").status, 0); // 2025-11-20 10:00Z
    ASSERT_EQ(sepa({"done", "--no-input", "--peak", "2"}, "1763633760").status, 0);
  }
  // sepa on this ladder with the clock stopped at `epoch` (a report says when it was made, so
  // the file and stdout are compared at the same second).
  RunResult sepa(std::vector<std::string> args, const std::string& epoch = "1763636400")
  {
    args.insert(args.begin(), {"--file", ladder()});
    RunOptions options;
    options.env = {{"FAKETIME_FMT", "%s"}};
    options.faketime = epoch;
    return run_sepa(args, options);
  }
  void TearDown() override { ::umask(m_umask); }
  std::string ladder() const { return (m_dir / "ladder.json").string(); }
  fs::path out(const std::string& name) const { return m_dir / "out" / name; }

  TempDir m_dir;
  mode_t m_umask = 022;
};

TEST_F(OutputFile, EveryFormatIsWrittenPrivateWhateverTheUmask)
{
  for (const char* format : {"text", "json", "csv", "markdown", "html"}) {
    SCOPED_TRACE(format);
    const fs::path file = out(std::string("report.") + format);
    const RunResult r = sepa({"report", "--format", format, "--output", file.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "") << "nothing on stdout without a terminal";
    EXPECT_EQ(mode_of(file), 0600u);
    const RunResult to_stdout = sepa({"report", "--format", format});
    EXPECT_EQ(read_all(file), to_stdout.out);
  }
  for (const char* format : {"text", "markdown", "json"}) {
    SCOPED_TRACE(format);
    const fs::path file = out(std::string("week.") + format);
    const RunResult r = sepa({"week", "--format", format, "--output", file.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(mode_of(file), 0600u);
    EXPECT_EQ(read_all(file), sepa({"week", "--format", format}).out);
  }
  EXPECT_EQ(run_sepa({"--file", ladder(), "report", "--output", ""}).status, 2);
}

TEST_F(OutputFile, AnOpenFileIsReplacedByAPrivateOneAndNoTempFileStays)
{
  const fs::path file = out("report.md");
  write_all(file, "old");
  ::chmod(file.c_str(), 0644);
  const RunResult r =
    run_sepa({"--file", ladder(), "report", "--format", "md", "--output", file.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(mode_of(file), 0600u);
  EXPECT_NE(read_all(file), "old");
  EXPECT_TRUE(temp_files_beside(file).empty());
}

TEST_F(OutputFile, AFolderItMayNotWriteLeavesTheOldFileAndSaysSo)
{
  const fs::path file = out("week.md");
  write_all(file, "last week");
  ::chmod(file.c_str(), 0600);
  const ChildReport report = in_child([&]() -> std::string {
    SpawnOptions options;
    if (running_as_root()) {
      // Root ignores permission bits: an ordinary user runs a copy of sepa.
      options.binary = m_dir / "sepa";
      fs::copy_file(SEPA_BINARY, options.binary);
      if (const auto why = become_unprivileged(m_dir.path())) {
        return "skip: " + *why;
      }
    }
    ::chmod(out("").c_str(), 0500);
    options.err = m_dir / "err";
    const int status = wait_for(spawn_sepa(
      {"--file", ladder(), "week", "--format", "markdown", "--output", file.string()}, options));
    ::chmod(out("").c_str(), 0700);
    const std::string err = read_all(options.err);
    std::string problems;
    if (status != 74) {
      problems += "exit " + std::to_string(status) + "; ";
    }
    if (err.find("sepa: error: cannot save") != 0 ||
        err.find("Permission denied") == std::string::npos ||
        err.find("the file already there is unchanged") == std::string::npos) {
      problems += "message: " + err;
    }
    return problems;
  });
  if (report.text.rfind("skip: ", 0) == 0) {
    GTEST_SKIP() << report.text;
  }
  EXPECT_EQ(report.status, 0);
  EXPECT_EQ(report.text, "");
  EXPECT_EQ(read_all(file), "last week");
  EXPECT_TRUE(temp_files_beside(file).empty());
}

} // namespace
} // namespace sepa::test
