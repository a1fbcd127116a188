// The quick pass that finds what nlohmann's parser lets through or reports without a place.

#include "core/json_scan.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

TEST(FindTooDeep, FindsTheFirstBracketPastTheLimitAndItsKey)
{
  const std::string text = R"({"a": [1, {"b": [[["x"]]]}]})";
  EXPECT_FALSE(find_too_deep(text, 6).has_value());
  const auto spot = find_too_deep(text, 5);
  ASSERT_TRUE(spot.has_value());
  EXPECT_EQ(spot->offset, text.find("[\"x\"]"));
  EXPECT_EQ(spot->key, "b");
}

TEST(FindTooDeep, IgnoresBracketsInsideStringsAndEscapedQuotes)
{
  EXPECT_FALSE(find_too_deep(R"({"a": "[[[[[\"[[[[", "b": 1})", 1).has_value());
}

TEST(FindHugeNumber, FindsNumbersBeyondADoubleButNotTinyOnes)
{
  const std::string text = R"({"small": 1e-400, "text": "1e999", "big": -2.5E+400})";
  const auto spot = find_huge_number(text);
  ASSERT_TRUE(spot.has_value());
  EXPECT_EQ(spot->token, "-2.5E+400");
  EXPECT_EQ(spot->key, "big");
  EXPECT_EQ(spot->offset, text.find("-2.5"));
  EXPECT_FALSE(find_huge_number(R"([1e308, 18446744073709551616])").has_value());
}

TEST(JsonScan, SurvivesAnyBytes)
{
  // Unterminated strings, a trailing backslash, stray brackets: no reading past the end.
  const std::string texts[] = {"\"", "\"\\", "]]]}}", "-", "[\"abc", std::string(3, '\0')};
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_NO_THROW(find_too_deep(text, 1));
    EXPECT_NO_THROW(find_huge_number(text));
  }
}

} // namespace
} // namespace sepa
