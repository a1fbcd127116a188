#include "support/golden.hpp"

#include "support/temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

namespace sepa::test {

std::string fixture_path(const std::string& name)
{
  return (std::filesystem::path(SEPA_SOURCE_DIR) / "tests" / "fixtures" / name).string();
}

std::string read_fixture(const std::string& name)
{
  const std::string path = fixture_path(name);
  if (!std::filesystem::exists(path)) {
    ADD_FAILURE() << "missing fixture " << path;
    return {};
  }
  return read_all(path);
}

namespace {

std::string first_difference(const std::string& expected, const std::string& actual)
{
  std::istringstream e(expected);
  std::istringstream a(actual);
  std::string el;
  std::string al;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, el));
    const bool more_a = static_cast<bool>(std::getline(a, al));
    if (!more_e && !more_a) {
      return "the same lines, different bytes (line ends?)";
    }
    if (el != al || more_e != more_a) {
      return "line " + std::to_string(line) + ":\n  expected: " + (more_e ? el : "<end>") +
             "\n  actual:   " + (more_a ? al : "<end>");
    }
  }
}

} // namespace

void expect_golden(const std::string& name, const std::string& actual)
{
  const std::string path = fixture_path(name);
  const char* update = std::getenv("SEPA_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    write_all(path, actual);
    return;
  }
  if (!std::filesystem::exists(path)) {
    ADD_FAILURE() << "no golden file " << path << "; run with SEPA_UPDATE_GOLDEN=1 to write it";
    return;
  }
  const std::string expected = read_all(path);
  EXPECT_TRUE(expected == actual) << name << " differs from its golden file, at "
                                  << first_difference(expected, actual)
                                  << "\n(if the change is intended: SEPA_UPDATE_GOLDEN=1 ctest)";
}

} // namespace sepa::test
