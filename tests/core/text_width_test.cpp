// Display width per grapheme cluster, from the Unicode data in libutf8proc: an emoji with a skin
// tone or a family joined by zero-width joiners is one picture two columns wide, not a column
// count per code point, so a table with them stays aligned. And blank(): text with nothing to
// read in it.

#include "sepa/text.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

struct WidthCase {
  const char* name;
  const char* text;
  std::size_t width;
};

TEST(DisplayWidth, CountsColumnsPerGraphemeCluster)
{
  const WidthCase cases[] = {
    {"ASCII", "Mailbox", 7},
    {"CJK", "散步", 4},
    {"an emoji", "\U0001F600", 2},
    {"a thumb with a skin tone", "\U0001F44D\U0001F3FD", 2},
    {"a family joined by zero-width joiners", "\U0001F468\u200D\U0001F469\u200D\U0001F467", 2},
    {"a person with a skin tone and a joiner", "\U0001F9D1\U0001F3FD\u200D\U0001F37C", 2},
    {"a flag", "\U0001F1EB\U0001F1F7", 2},
    {"two flags", "\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA", 4},
    {"a heart with its emoji selector", "\u2764\uFE0F", 2},
    {"an accent that combines", "e\u0301te\u0301", 3},
    {"Hangul from its jamo", "\u1112\u1161\u11AB", 2},
    {"mixed", "Walk \U0001F44B\U0001F3FE with 赤ちゃん", 21},
  };
  for (const WidthCase& c : cases) {
    EXPECT_EQ(display_width(c.text), c.width) << c.name;
  }
}

TEST(DisplayWidth, CuttingNeverSplitsAPicture)
{
  const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
  // Four columns: "ab", then the family would need two more than the one left before "…".
  EXPECT_EQ(truncate("ab" + family + "cd", 4), "ab…");
  EXPECT_EQ(truncate("a" + family + "cd", 4), "a" + family + "…");
  EXPECT_EQ(fit(family, 4), family + "  ");
  EXPECT_EQ(display_width(fit("x\U0001F44D\U0001F3FDy", 10)), 10u);
  const std::string thumb = "\U0001F44D\U0001F3FD";
  EXPECT_EQ(truncate(thumb + thumb + thumb, 5), thumb + thumb + "…");
}

// Found by the text fuzz target: U+0600 prepends itself to what follows, the padding included.
TEST(DisplayWidth, FitFillsTheWidthAfterAPrependedMark)
{
  const std::string text = "\xF4\x90\x9C\xA2(\xD8(\xD8\x80";
  for (std::size_t width = 0; width < 30; ++width) {
    EXPECT_EQ(display_width(fit(text, width)), width) << width;
    EXPECT_EQ(display_width(fit("a\u0600", width)), width) << width;
  }
}

TEST(Blank, OnlySpacesLineBreaksAndInvisibleCharactersSayNothing)
{
  for (const char* text : {"", " ", "\t\n\r", "\u00A0", "\u3000", "\u2003\u2009", "\u200B",
                           "\u2060\uFEFF", " \u200D "}) {
    EXPECT_TRUE(blank(text)) << text;
  }
  for (const char* text : {"a", "  a  ", "\U0001F600", "散步", "-", "\u00A0."}) {
    EXPECT_FALSE(blank(text)) << text;
  }
}

} // namespace
} // namespace sepa
