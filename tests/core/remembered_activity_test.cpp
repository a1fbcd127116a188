// The activity a rung added back without one takes: the latest separation planned at its length.

#include "sepa/ladder.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using namespace std::chrono_literals;

Separation planned(Seconds length, std::string activity)
{
  Separation s;
  s.planned = length;
  s.activity = std::move(activity);
  return s;
}

TEST(RememberedActivity, TheLatestSeparationAtThatLengthWithAnActivity)
{
  Ladder ladder;
  ladder.separations = {planned(25min, "Porch"), planned(25min, "Bookshop"), planned(15min, "Shop"),
                        planned(25min, "")};
  EXPECT_EQ(remembered_activity(ladder, 25min), "Bookshop");
  EXPECT_EQ(remembered_activity(ladder, 15min), "Shop");
  EXPECT_EQ(remembered_activity(ladder, 30min), "") << "never practised";
}

} // namespace
} // namespace sepa
