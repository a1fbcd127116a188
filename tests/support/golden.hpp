#pragma once
// Golden files: expected outputs kept under tests/fixtures/, compared byte for byte. With
// SEPA_UPDATE_GOLDEN=1 in the environment the comparison writes the actual output instead (and
// the test passes), so an intended change is one run plus a review of the diff.

#include <string>

namespace sepa::test {

// The path of a file under tests/fixtures/ in the source tree.
std::string fixture_path(const std::string& name);
std::string read_fixture(const std::string& name);

// Fails the current test, showing the first differing line, unless `actual` equals the golden.
void expect_golden(const std::string& name, const std::string& actual);

} // namespace sepa::test
