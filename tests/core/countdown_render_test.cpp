#include "sepa/countdown.hpp"
#include "sepa/text.hpp"

#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

namespace sepa {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// 2026-11-22T10:24:00Z, a whole minute, so 10:24 is the clock time shown.
constexpr SysSeconds k_deadline{seconds{1795343040}};

CountdownView view(std::vector<std::string> strengths = {"Calm when she cries"},
                   std::string partner = "Your partner")
{
  return {Timestamp{k_deadline, minutes{0}}, minutes{20}, std::move(strengths), std::move(partner)};
}

std::vector<std::string> lines_of(const std::string& frame)
{
  std::vector<std::string> lines;
  std::istringstream in(frame);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

std::size_t count(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

struct Case {
  const char* name;
  Seconds left;
  std::size_t width;
  const char* first_line_start;
  bool has_clock;
};

TEST(RenderCountdown, FitsEveryWidthAndShowsTheTimeLeft)
{
  // 10:04 [======== 20m ========) 10:24
  const Case cases[] = {
    {"narrow", minutes{12} + seconds{34}, 20, "12:34 left  ", false},
    {"standard", minutes{12} + seconds{34}, 80, "12:34 left  ", true},
    {"wide", minutes{12} + seconds{34}, 200, "12:34 left  ", true},
    {"one second", seconds{1}, 80, "00:01 left  ", true},
    {"zero", seconds{0}, 80, "00:00  ", true},
    {"overrun", -minutes{7}, 80, "00:00  ", true},
    {"overrun narrow", -minutes{7}, 20, "00:00  ", false},
    {"tiny", minutes{5}, 8, "05:00 l", false},
    {"whole window", minutes{20}, 80, "20:00 left  ", true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string frame = render_countdown(view(), k_deadline - c.left, c.width);
    const auto lines = lines_of(frame);
    // Three lines, and more where the sentences under the bar wrap.
    ASSERT_TRUE(c.width >= 80 ? lines.size() == 3u : lines.size() >= 3u) << frame;
    for (const std::string& line : lines) {
      EXPECT_LE(display_width(line), c.width) << line;
    }
    EXPECT_EQ(lines[0].rfind(c.first_line_start, 0), 0u) << lines[0];
    EXPECT_EQ(lines[0].find("10:24") != std::string::npos, c.has_clock) << lines[0];
    EXPECT_EQ(frame.find('-'), std::string::npos) << "never a negative time: " << frame;
  }
}

TEST(RenderCountdown, BarFillsAsTheWindowPasses)
{
  const std::string full = "\u2588";
  const std::string empty = "\u2591";
  const std::string start = lines_of(render_countdown(view(), k_deadline - minutes{20}, 80))[0];
  const std::string half = lines_of(render_countdown(view(), k_deadline - minutes{10}, 80))[0];
  const std::string done = lines_of(render_countdown(view(), k_deadline, 80))[0];
  EXPECT_EQ(count(start, full), 0u);
  EXPECT_EQ(count(half, full), count(half, empty));
  EXPECT_EQ(count(done, empty), 0u);
  EXPECT_GT(count(done, full), 0u);
}

TEST(RenderCountdown, BarUsesTheRoomOfTheTerminalUpToACalmLength)
{
  const auto cells = [](std::size_t width) {
    const std::string line = lines_of(render_countdown(view(), k_deadline - minutes{10}, width))[0];
    return count(line, "\u2588") + count(line, "\u2591");
  };
  EXPECT_EQ(cells(20), 8u);
  EXPECT_EQ(cells(40), 15u);
  EXPECT_EQ(cells(80), 48u);
  EXPECT_EQ(cells(200), 48u);
}

TEST(RenderCountdown, ClockSetBackShowsMoreTimeWithAnEmptyBar)
{
  const std::string line = lines_of(render_countdown(view(), k_deadline - minutes{45}, 80))[0];
  EXPECT_EQ(line.rfind("45:00 left", 0), 0u) << line;
  EXPECT_EQ(count(line, "\u2588"), 0u);
}

TEST(RenderCountdown, WideCharactersInAStrengthStayWithinTheWidth)
{
  const CountdownView v = view({"\u5979\u54c4\u5b69\u5b50\u7761\u89c9\u6700\u5389\u5bb3\u4e86 "
                                "\U0001F476\U0001F476\U0001F476 and sings to her"});
  for (std::size_t width : {20u, 21u, 33u, 80u}) {
    SCOPED_TRACE(width);
    const auto lines = lines_of(render_countdown(v, k_deadline - minutes{3}, width));
    EXPECT_LE(display_width(lines[1]), width) << lines[1];
  }
  const auto wide = lines_of(render_countdown(v, k_deadline - minutes{3}, 200));
  EXPECT_NE(wide[1].find("\U0001F476\U0001F476\U0001F476 and sings to her"), std::string::npos);
}

TEST(RenderCountdown, ControlCharactersInAStrengthAreNeutralised)
{
  const CountdownView v = view({"good \x1b[2J at naps"});
  const std::string frame = render_countdown(v, k_deadline - minutes{3}, 80);
  EXPECT_EQ(frame.find('\x1b'), std::string::npos) << frame;
}

TEST(RenderCountdown, StrengthsTakeTurnsEveryTwentySeconds)
{
  const CountdownView v = view({"one", "two", "three"});
  const auto strength_at = [&](Seconds before) {
    return lines_of(render_countdown(v, k_deadline - before, 80))[1];
  };
  // The deadline is a multiple of 60 s, so slots turn over at :00, :20 and :40.
  EXPECT_EQ(strength_at(seconds{60}), strength_at(seconds{41}));
  EXPECT_NE(strength_at(seconds{60}), strength_at(seconds{40}));
  EXPECT_NE(strength_at(seconds{40}), strength_at(seconds{20}));
  EXPECT_EQ(strength_at(seconds{60}), strength_at(seconds{0}));
}

TEST(RenderCountdown, WithoutStrengthsReassuresAboutThePartner)
{
  const std::string frame = render_countdown(view({}), k_deadline - minutes{3}, 80);
  EXPECT_NE(frame.find("Your partner has the baby"), std::string::npos) << frame;
}

TEST(RenderCountdown, WithoutStrengthsNamesThePartnerWhenTheirNameIsKnown)
{
  const std::string frame = render_countdown(view({}, "Alex"), k_deadline - minutes{3}, 80);
  EXPECT_NE(frame.find("Alex has the baby, and can find their own way."), std::string::npos)
    << frame;
  EXPECT_EQ(frame.find("Your partner"), std::string::npos) << frame;
}

// On a phone's terminal a sentence of up to three lines is there whole, wrapped at spaces.
TEST(RenderCountdown, SentencesWrapOnANarrowTerminalInsteadOfBeingCut)
{
  const CountdownView v = view({"Knows every one of her cries and what each of them means"});
  for (const Seconds left : {Seconds{minutes{3}}, Seconds{0}}) {
    const std::string frame = render_countdown(v, k_deadline - left, 40, minutes{5});
    SCOPED_TRACE(frame);
    std::string words; // the frame's words, one space between each
    for (const std::string& line : lines_of(frame)) {
      EXPECT_LE(display_width(line), 40u) << line;
      std::istringstream in(line);
      for (std::string word; in >> word;) {
        words += (words.empty() ? "" : " ") + word;
      }
    }
    EXPECT_EQ(frame.find("\u2026"), std::string::npos);
    for (const char* sentence :
         {"Remember: Knows every one of her cries and what each of them means",
          left > Seconds{0} ? "The worry often passes before the time is up."
                            : "You waited it out. Notice how you feel now.",
          "The computer slept for 5m; the time left already counts it."}) {
      EXPECT_NE(words.find(sentence), std::string::npos) << sentence;
    }
  }
}

// However narrow the terminal or long the strength, the frame stays short enough for a phone's
// screen: three lines at most for each sentence, one below 20 columns.
TEST(RenderCountdown, AFrameStaysShortOnATinyTerminalAndWithALongStrength)
{
  std::string long_strength;
  for (int i = 0; i < 200; ++i) {
    long_strength += "patient ";
  }
  for (std::size_t width = 1; width <= 80; ++width) {
    SCOPED_TRACE(width);
    const auto lines =
      lines_of(render_countdown(view({long_strength}), k_deadline - minutes{3}, width, minutes{5}));
    EXPECT_LE(lines.size(), width < 20 ? 4u : 10u);
    for (const std::string& line : lines) {
      EXPECT_LE(display_width(line), width) << line;
    }
  }
  const auto cut = lines_of(render_countdown(view({long_strength}), k_deadline - minutes{3}, 40));
  EXPECT_NE(cut[3].find("\u2026"), std::string::npos) << "the third line says it goes on";
}

TEST(RenderCountdown, SaysTheWorryOftenPassesWhileWaitingAndWhenOver)
{
  const auto waiting = lines_of(render_countdown(view(), k_deadline - minutes{3}, 80));
  EXPECT_NE(waiting[2].find("often passes before the time is up"), std::string::npos);
  const auto over = lines_of(render_countdown(view(), k_deadline, 80));
  EXPECT_NE(over[2].find("You waited it out"), std::string::npos);
}

TEST(RenderCountdown, ASuspendAddsALineNamingHowLong)
{
  const auto lines =
    lines_of(render_countdown(view(), k_deadline - minutes{3}, 80, minutes{5} + seconds{3}));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_NE(lines[3].find("slept for 5m3s"), std::string::npos) << lines[3];
  EXPECT_LE(display_width(lines_of(render_countdown(view(), k_deadline, 20, minutes{5}))[3]), 20u);
}

} // namespace
} // namespace sepa
