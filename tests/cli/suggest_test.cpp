#include "cli/suggest.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

TEST(EditDistance, CountsASwapOfNeighboursAsOneEdit)
{
  struct Case {
    const char* a;
    const char* b;
    std::size_t distance;
  };
  const Case cases[] = {
    {"start", "start", 0}, {"strat", "start", 1}, {"stauts", "status", 1}, {"stauts", "start", 2},
    {"pln", "plan", 1},    {"", "done", 4},       {"merg", "merge", 1},    {"dne", "done", 1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " → " + c.b);
    EXPECT_EQ(edit_distance(c.a, c.b), c.distance);
  }
}

} // namespace
} // namespace sepa
