#pragma once
// Running part of a test in another process: a forked child for work that must not touch the
// test process itself (resource limits, dropped privileges, a private mount namespace, being
// killed), and the sepa binary started without waiting, for tests that race or kill it.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace sepa::test {

// What a forked child reported: its exit status (or 128 + signal) and the text its body returned.
struct ChildReport {
  int status = -1;
  std::string text;
};

// Runs `body` in a forked child and waits for it. The body's return value comes back as text
// (empty means all went well; "skip: …" asks the test to skip); an exception becomes
// "exception: …". The child leaves with _exit, never through the test framework.
ChildReport in_child(const std::function<std::string()>& body);

// Inside a child: a mount namespace of its own, so every mount vanishes with the child. Each
// returns why not when the system does not allow it (not root, or a container without the right).
std::optional<std::string> private_mounts();
std::optional<std::string> mount_tmpfs(const std::filesystem::path& dir, std::size_t kib);
std::optional<std::string> make_read_only(const std::filesystem::path& dir);

// Inside a child running as root: hands `dir` (recursively) to an unprivileged user and becomes
// that user, so permission bits apply again.
std::optional<std::string> become_unprivileged(const std::filesystem::path& dir);

// Inside a child running as root: becomes the unprivileged user 65534 without handing it
// anything, so the files root made stay root's (another user's files, as in a shared folder).
std::optional<std::string> become_nobody();

// Inside a child: mounts `file` over itself, so renaming onto it fails with EBUSY, as it does for
// a file a container or a sandbox has mounted in place.
std::optional<std::string> mount_over_itself(const std::filesystem::path& file);

bool running_as_root();

struct SpawnOptions {
  std::map<std::string, std::string> env; // added to a minimal environment (TZ=UTC, LANG=C.UTF-8)
  std::optional<std::uint64_t> file_size_limit; // RLIMIT_FSIZE, in bytes
  int gate_fd = -1; // when set, the child blocks until EOF on it, so many can start together
  std::filesystem::path out = "/dev/null";
  std::filesystem::path err = "/dev/null";
  // The program to run: the built sepa, or a copy of it somewhere another user can reach.
  std::filesystem::path binary = SEPA_BINARY;
};

// Starts the built sepa and returns at once.
pid_t spawn_sepa(const std::vector<std::string>& args, const SpawnOptions& options = {});

// Waits for a spawned process: its exit status, or 128 + the signal that ended it.
int wait_for(pid_t pid);

// The temp files a save leaves beside `ladder` while it runs (".ladder.json.tmp-…").
std::vector<std::filesystem::path> temp_files_beside(const std::filesystem::path& ladder);

} // namespace sepa::test
