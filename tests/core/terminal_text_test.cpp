// The last step of what people read: lines laid out to the terminal's width (fit_line) and put
// into ASCII column for column under a locale that is not UTF-8 (ascii_only).

#include "sepa/text.hpp"

#include <gtest/gtest.h>
#include <sstream>

#include "cli/line_layout.hpp"

namespace sepa {
namespace {

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    out.push_back(line);
  }
  return out;
}

TEST(AsciiOnly, KeepsEveryColumnWhereItWas)
{
  struct Case {
    const char* text;
    const char* ascii;
  };
  const Case cases[] = {
    {"plain text stays", "plain text stays"},
    {"5m – 15m — 30m", "5m - 15m - 30m"},
    {"7.3 → 5.1 → 1.9", "7.3 > 5.1 > 1.9"},
    {" ▸ 15m   ✓ 5m", " > 15m   + 5m"},
    {"  • Calm at bath time", "  * Calm at bath time"},
    {"sepa 12m left · wait 08:31", "sepa 12m left . wait 08:31"},
    {"[████░░░░]", "[####----]"},
    {"▁▂▃▄▅▆▇█", "_.:-=+*#"},
    {"A fever over 38 °C", "A fever over 38 oC"},
    {"Walk to the caf…", "Walk to the caf."},
    {"Café au parc, Zoë", "Cafe au parc, Zoe"},
    {"e\u0301", "e"},
    {"散步 home", "???? home"},
    {"\U0001F44D\U0001F3FD ok", "?? ok"},
    {"\x1b[1mbold\x1b[0m → on", "\x1b[1mbold\x1b[0m > on"},
    {"line\r\nend", "line\r\nend"},
  };
  for (const Case& c : cases) {
    const std::string ascii = ascii_only(c.text);
    EXPECT_EQ(ascii, c.ascii) << c.text;
    EXPECT_EQ(display_width(ascii), display_width(c.text)) << c.text;
    for (const char ch : ascii) {
      EXPECT_EQ(static_cast<unsigned char>(ch) & 0x80, 0) << c.text;
    }
  }
}

TEST(FitLine, LeavesALineThatFitsAlone)
{
  EXPECT_EQ(fit_line("Off you go: 15m, back around 09:39.", 40),
            "Off you go: 15m, back around 09:39.");
  EXPECT_EQ(fit_line("a long line that is not laid out at all", 0),
            "a long line that is not laid out at all");
}

TEST(FitLine, WrapsAtSpacesUnderTheLinesOwnIndent)
{
  const std::string line = "  If the urge to call home comes, run `sepa checkin`: it keeps you "
                           "company through a 20m wait first.";
  const auto lines = lines_of(fit_line(line, 40));
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0], "  If the urge to call home comes, run");
  EXPECT_EQ(lines[1], "  `sepa checkin`: it keeps you company");
  EXPECT_EQ(lines[2], "  through a 20m wait first.");
}

TEST(FitLine, HangsUnderABulletAndUnderATablesLastColumn)
{
  EXPECT_EQ(fit_line("  • Trouble breathing or a blue tinge to the lips", 30),
            "  • Trouble breathing or a\n    blue tinge to the lips");
  EXPECT_EQ(fit_line("sepa: hint: see `sepa partner --help` for its options", 40),
            "sepa: hint: see `sepa partner --help`\n            for its options");
  EXPECT_EQ(fit_line("  --likely 0-100   How likely it feels that it will", 40),
            "  --likely 0-100   How likely it feels\n                   that it will");
}

TEST(FitLine, ColourTakesNoRoomAndLongWordsAreCutOnlyWhenTheyCannotFit)
{
  const std::string bold = "\x1b[1mNext:\x1b[0m 5m. It has been four weeks: a 5m first.";
  EXPECT_EQ(fit_line(bold, 45), bold);
  const auto lines = lines_of(fit_line("Saved to /a/very/long/folder/name/for/a/report.html", 20));
  ASSERT_EQ(lines.size(), 4U);
  EXPECT_EQ(lines[0], "Saved to");
  for (const std::string& l : lines) {
    EXPECT_LE(display_width(l), 20U) << l;
  }
  EXPECT_EQ(lines[1] + lines[2] + lines[3], "/a/very/long/folder/name/for/a/report.html");
}

// Found by the fuzz target: an indent wider than the screen, and a wide character that does
// not fit after the indent.
TEST(FitLine, NoLineIsWiderThanTheScreenEvenAtTwoColumns)
{
  for (const auto& [line, width] : {std::pair<std::string, std::size_t>{"      ^?^?^?^? ^?", 4},
                                    {" \u871C\u871C\u871C", 2},
                                    {"  \u871C x", 3}}) {
    for (const std::string& l : lines_of(fit_line(line, width))) {
      EXPECT_LE(display_width(l), width) << line << " -> " << l;
    }
  }
}

TEST(FitLine, NeverTouchesACountdownFrame)
{
  const std::string frame = "\r\x1b[2K  Waiting: 12:34 left of 20:00, and a long tail of words";
  EXPECT_EQ(fit_line(frame, 40), frame);
}

TEST(LineLayout, LaysOutWholeLinesAndHandsOnAQuestionWhenFlushed)
{
  std::ostringstream sink;
  {
    LineLayout layout(sink.rdbuf(), 20, true);
    std::ostream out(&layout);
    out << "The one simple text: "
        << "\"How are things going?\"\n";
    out << "How anxious? (0–10) " << std::flush;
    EXPECT_EQ(sink.str(), "The one simple text:\n\"How are things\ngoing?\"\nHow anxious? (0-10) ");
    out << "kept until the end";
  }
  EXPECT_EQ(sink.str(),
            "The one simple text:\n\"How are things\ngoing?\"\nHow anxious? (0-10) kept until the "
            "end");
}

} // namespace
} // namespace sepa
