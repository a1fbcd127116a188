#pragma once
// Runs the built `sepa` binary (end-to-end tests) with a controlled environment: no terminal,
// HOME pointing into the test's temp dir, TZ as given, and the given stdin.

#include <map>
#include <string>
#include <vector>

namespace sepa::test {

struct RunResult {
  int status = -1; // exit status, or 128 + signal
  std::string out;
  std::string err;
};

struct RunOptions {
  std::map<std::string, std::string>
    env; // added to a minimal environment (PATH, HOME, TZ=UTC, LANG=C.UTF-8)
  std::string input;
  std::string
    faketime; // when set, run under `faketime -f` with this spec (e.g. "@2026-11-22 10:00:00")
};

RunResult run_sepa(const std::vector<std::string>& args, const RunOptions& options = {});

} // namespace sepa::test
