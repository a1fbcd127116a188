// Saving when the disk says no: a full filesystem, a file-size limit, a folder that is not
// writable and a read-only filesystem. Each is an IoError (exit 74) with the old file
// byte-identical and no temp file left. Work that needs a limit, a mount or another user runs in
// a forked child, so the test process itself is never changed.

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/store.hpp"
#include "support/child.hpp"
#include "support/ladders.hpp"
#include "support/temp_dir.hpp"

#include <csignal>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sepa::test {
namespace {

namespace fs = std::filesystem;

// A change that makes the file bigger, so it cannot fit where the old one did.
Ladder grown(const Ladder& ladder)
{
  Ladder out = ladder;
  for (int i = 0; i < 200; ++i) {
    out.strengths.push_back("Patient and funny, and good at bedtime stories, number " +
                            std::to_string(i));
  }
  return out;
}

// Inside the child: the save must fail with an IoError whose message says why.
std::string expect_io_error(const fs::path& file, const std::string& cause)
{
  try {
    Transaction tx = Store(file).begin();
    tx.commit(grown(*tx.ladder()));
    return "the save succeeded";
  } catch (const IoError& e) {
    const std::string message = e.what();
    if (message.find(cause) == std::string::npos || to_int(e.code()) != 74) {
      return "unexpected message: " + message;
    }
    if (e.hint().empty()) {
      return "no hint";
    }
    return {};
  } catch (const std::exception& e) {
    return std::string("wrong error: ") + e.what();
  }
}

// Fills the filesystem holding `dir` until a write fails for lack of space.
std::string fill(const fs::path& dir)
{
  const int fd = ::open((dir / "filler").c_str(), O_WRONLY | O_CREAT, 0600);
  const std::string block(4096, 'x');
  while (::write(fd, block.data(), block.size()) > 0) {
  }
  const int err = errno;
  ::close(fd);
  return err == ENOSPC ? std::string() : "filling stopped with " + std::string(strerror(err));
}

class StoreDisk : public ::testing::Test {
protected:
  void SetUp() override
  {
    fs::create_directory(folder());
    write_all(file(), k_rich_ladder);
    // One plain save first, so the lock file and a backup exist as in daily use.
    Transaction tx = Store(file()).begin();
    tx.commit(*tx.ladder());
    m_before = read_all(file());
  }
  fs::path folder() const { return m_dir / "data"; }
  fs::path file() const { return folder() / "ladder.json"; }

  void check(const ChildReport& report)
  {
    if (report.text.rfind("skip: ", 0) == 0) {
      GTEST_SKIP() << report.text;
    }
    EXPECT_EQ(report.status, 0);
    EXPECT_EQ(report.text, "");
    EXPECT_EQ(read_all(file()), m_before) << "the old file must be byte-identical";
    EXPECT_TRUE(temp_files_beside(file()).empty()) << "no temp file may be left";
  }

  TempDir m_dir;
  std::string m_before;
};

TEST_F(StoreDisk, AWritePastTheFileSizeLimitChangesNothing)
{
  check(in_child([&] {
    std::signal(SIGXFSZ, SIG_IGN); // as main does
    const rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    return expect_io_error(file(), "File too large");
  }));
}

TEST_F(StoreDisk, AFullFilesystemChangesNothing)
{
  check(in_child([&]() -> std::string {
    if (const auto why = private_mounts()) {
      return "skip: no tmpfs can be mounted here (" + *why +
             "); the file-size limit test covers "
             "the same path";
    }
    if (const auto why = mount_tmpfs(folder(), 256)) {
      return "skip: " + *why;
    }
    write_all(file(), m_before);
    Transaction(Store(file()).begin()).commit(parse_ladder(m_before)); // lock file and backup
    write_all(file(), m_before);
    if (auto problem = fill(folder()); !problem.empty()) {
      return problem;
    }
    std::string problem = expect_io_error(file(), "No space left on device");
    if (problem.empty() && read_all(file()) != m_before) {
      problem = "the file changed on the full filesystem";
    }
    if (problem.empty() && !temp_files_beside(file()).empty()) {
      problem = "a temp file was left on the full filesystem";
    }
    return problem;
  }));
}

TEST_F(StoreDisk, AFolderThatIsNotWritableChangesNothing)
{
  check(in_child([&]() -> std::string {
    // Root ignores permission bits, so as root the child first becomes an ordinary user.
    if (running_as_root()) {
      if (const auto why = become_unprivileged(m_dir.path())) {
        return "skip: " + *why;
      }
    }
    ::chmod(folder().c_str(), 0500);
    std::string problem = expect_io_error(file(), "Permission denied");
    ::chmod(folder().c_str(), 0700);
    return problem;
  }));
}

TEST_F(StoreDisk, AReadOnlyFilesystemChangesNothing)
{
  check(in_child([&]() -> std::string {
    if (const auto why = private_mounts()) {
      return "skip: no read-only mount can be made here (" + *why + ")";
    }
    if (const auto why = make_read_only(folder())) {
      return "skip: " + *why;
    }
    return expect_io_error(file(), "Read-only file system");
  }));
}

} // namespace
} // namespace sepa::test
