#pragma once
// What a fuzz target does when a property fails: say which, then abort so libFuzzer keeps the
// input as a crash.

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace sepa::fuzz {

inline void check(bool ok, std::string_view what)
{
  if (!ok) {
    std::fprintf(stderr, "property failed: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
  }
}

} // namespace sepa::fuzz
