// The binary when the disk or another sepa says no: a full filesystem, a file-size limit, a
// folder it may not write and a read-only filesystem each give exit 74 with the old file
// byte-identical and no temp file left; a lock held past the timeout gives exit 75 naming the
// process. Mounts and another user's rights are taken in a forked child, never by the test
// process itself.

#include "support/child.hpp"
#include "support/temp_dir.hpp"

#include <chrono>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

class Disk : public ::testing::Test {
protected:
  void SetUp() override
  {
    fs::create_directory(folder());
    ASSERT_EQ(wait_for(spawn_sepa({"--file", file().string(), "plan", "strength", "first"})), 0);
    ASSERT_EQ(wait_for(spawn_sepa({"--file", file().string(), "plan", "strength", "second"})), 0);
    m_before = read_all(file());
  }
  fs::path folder() const { return m_dir / "data"; }
  fs::path file() const { return folder() / "ladder.json"; }

  // Runs a saving command and describes whatever differs from a clean refusal with `status`
  // whose message mentions `cause`; empty when all is as it should be.
  std::string refused(int status, const std::string& cause, const SpawnOptions& base = {})
  {
    SpawnOptions options = base;
    options.err = m_dir / "err";
    const std::string grown(2000, 'g'); // more than the old file holds
    const int got =
      wait_for(spawn_sepa({"--file", file().string(), "plan", "strength", grown}, options));
    const std::string err = read_all(options.err);
    std::string problems;
    if (got != status) {
      problems += "exit " + std::to_string(got) + "; ";
    }
    if (err.rfind("sepa: error: ", 0) != 0 || err.find(cause) == std::string::npos ||
        err.find("\nsepa: hint: ") == std::string::npos) {
      problems += "message: " + err + "; ";
    }
    if (read_all(file()) != m_before) {
      problems += "the old file changed; ";
    }
    if (!temp_files_beside(file()).empty()) {
      problems += "a temp file was left; ";
    }
    return problems;
  }

  void check(const ChildReport& report)
  {
    if (report.text.rfind("skip: ", 0) == 0) {
      GTEST_SKIP() << report.text;
    }
    EXPECT_EQ(report.status, 0);
    EXPECT_EQ(report.text, "");
    EXPECT_EQ(read_all(file()), m_before);
  }

  TempDir m_dir;
  std::string m_before;
};

TEST_F(Disk, PastTheFileSizeLimitItIsExit74AndNothingChanges)
{
  SpawnOptions limited;
  limited.file_size_limit = 1024;
  EXPECT_EQ(refused(74, "File too large", limited), "");
}

TEST_F(Disk, OnAFullFilesystemItIsExit74AndNothingChanges)
{
  check(in_child([&]() -> std::string {
    if (const auto why = private_mounts()) {
      return "skip: no tmpfs can be mounted here (" + *why +
             "); the file-size limit test "
             "covers the same path";
    }
    if (const auto why = mount_tmpfs(folder(), 256)) {
      return "skip: " + *why;
    }
    write_all(file(), m_before);
    write_all(fs::path(file()).concat(".lock"), "");
    const int fd = ::open((folder() / "filler").c_str(), O_WRONLY | O_CREAT, 0600);
    const std::string block(4096, 'x');
    while (::write(fd, block.data(), block.size()) > 0) {
    }
    ::close(fd);
    return refused(74, "No space left on device");
  }));
}

TEST_F(Disk, InAFolderItMayNotWriteItIsExit74AndNothingChanges)
{
  check(in_child([&]() -> std::string {
    // Root ignores permission bits, so as root the child first becomes an ordinary user. That
    // user may not reach the built sepa (a build under /root, mode 0700), so it runs a copy.
    SpawnOptions options;
    if (running_as_root()) {
      options.binary = m_dir / "sepa";
      fs::copy_file(SEPA_BINARY, options.binary);
      if (const auto why = become_unprivileged(m_dir.path())) {
        return "skip: " + *why;
      }
    }
    ::chmod(folder().c_str(), 0500);
    const std::string problems = refused(74, "Permission denied", options);
    ::chmod(folder().c_str(), 0700);
    return problems;
  }));
}

TEST_F(Disk, OnAReadOnlyFilesystemItIsExit74AndNothingChanges)
{
  check(in_child([&]() -> std::string {
    if (const auto why = private_mounts()) {
      return "skip: no read-only mount can be made here (" + *why + ")";
    }
    if (const auto why = make_read_only(folder())) {
      return "skip: " + *why;
    }
    return refused(74, "Read-only file system");
  }));
}

TEST_F(Disk, ALockHeldPastFiveSecondsIsExit75NamingTheProcess)
{
  // This test process plays the other sepa: it holds the lock and has written its pid there.
  const fs::path lock = fs::path(file()).concat(".lock");
  const int fd = ::open(lock.c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  const std::string pid = std::to_string(::getpid());
  ASSERT_EQ(::ftruncate(fd, 0), 0);
  ASSERT_EQ(::pwrite(fd, pid.data(), pid.size(), 0), static_cast<ssize_t>(pid.size()));
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(refused(75, "another sepa (process " + pid + ") has been using " + file().string() +
                          " for over 5 s"),
            "");
  EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  ::close(fd);
}

TEST_F(Disk, OutputThatCannotBeWrittenIsExit74NotASilentSuccess)
{
  // A report or a card sent to a full disk must not come back empty with exit 0.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"report", "--format", "markdown"},
        {"plan", "card"},
        {"status"},
        {"plan", "strength", "third"}}) {
    SCOPED_TRACE(args.front());
    SpawnOptions options;
    options.out = "/dev/full";
    options.err = m_dir / "err";
    std::vector<std::string> command{"--file", file().string()};
    command.insert(command.end(), args.begin(), args.end());
    EXPECT_EQ(wait_for(spawn_sepa(command, options)), 74);
    const std::string err = read_all(options.err);
    EXPECT_NE(err.find("sepa: error: could not write the output: No space left on device"),
              std::string::npos)
      << err;
    EXPECT_NE(err.find("sepa: hint: anything the command changed in your ladder is saved"),
              std::string::npos)
      << err;
  }
  EXPECT_NE(read_all(file()).find("third"), std::string::npos) << "the change itself was saved";
}

} // namespace
} // namespace sepa::test
