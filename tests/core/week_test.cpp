// build_week() and its renderings on a literal month in Paris: the clocks go back on Sunday
// 25 October 2026 (02:00 at +01:00 follows 02:59 at +02:00), inside the week being read.

#include "sepa/text.hpp"
#include "sepa/week_together.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace sepa::test {
namespace {

using namespace std::chrono;

// Local time on a day of October or November 2026, at the offset Paris had then.
Timestamp paris(month m, int d, int hour, int minute = 0, int offset_hours = 0)
{
  const local_days day{2026y / m / std::chrono::day{static_cast<unsigned>(d)}};
  const int offset = offset_hours != 0 ? offset_hours : (m == October && d < 25 ? 2 : 1);
  const local_seconds local = day + hours{hour} + minutes{minute};
  return {SysSeconds{(local - hours{offset}).time_since_epoch()}, minutes{offset * 60}};
}

Separation went(std::string id, Timestamp start, minutes length)
{
  Separation s;
  s.id = std::move(id);
  s.started = start;
  s.ended = Timestamp{start.utc + length, start.offset};
  s.planned = length;
  s.peak = 2;
  s.after = 1;
  return s;
}

// The words of a wrapped text on one line, so a phrase is found wherever the lines broke.
std::string unwrapped(const std::string& text)
{
  std::string out;
  for (const char c : text) {
    const char d = c == '\n' ? ' ' : c;
    if (!(d == ' ' && !out.empty() && out.back() == ' ')) {
      out += d;
    }
  }
  return out;
}

class WeekOfTheClockChange : public ::testing::Test {
protected:
  void SetUp() override
  {
    ladder = default_ladder(paris(October, 1, 9));
    ladder.names = {"Sam", "Alex", {}};
    // The week before: one short separation.
    ladder.separations.push_back(went("a", paris(October, 16, 10), 5min));
    // The week read, Thu 22 to Wed 28 October.
    Separation b = went("b", paris(October, 22, 18), 15min);
    b.prediction = "She will cry the whole time";
    b.likely_before = 80;
    b.likely_after = 40;
    b.happened = Happened::no;
    b.praise = "Calm at bath time";
    b.partner = PartnerSide{7,
                            "Bath went fine",
                            "A heads-up first",
                            "For trusting me",
                            "Napped an hour",
                            paris(October, 22, 20),
                            {}};
    ladder.separations.push_back(b);
    // Across the change: 01:50 at +02:00 to 02:20 at +01:00 is an hour and a half.
    Separation c = went("c", paris(October, 25, 1, 50, 2), 90min);
    c.prediction = "she will cry  the whole time"; // the same fear, typed differently
    c.likely_before = 60;
    c.likely_after = 20;
    c.happened = Happened::partly;
    c.coped = "Alex rocked her";
    c.partner = PartnerSide{9, "", "", "", "", paris(October, 25, 10), {}};
    ladder.separations.push_back(c);
    Separation d = went("d", paris(October, 27, 9), 15min);
    d.prediction = "Alex will not cope";
    d.likely_before = 50;
    d.likely_after = 10;
    d.happened = Happened::no;
    ladder.separations.push_back(d);
    // Plans: one kept, one missed, one removed (not counted), one coming.
    ladder.plans.push_back({"p1", paris(October, 22, 18), 15min, "", PlanState::kept, "b", {}, {}});
    ladder.plans.push_back(
      {"p2", paris(October, 24, 10), 30min, "", PlanState::planned, "", {}, {}});
    ladder.plans.push_back(
      {"p3", paris(October, 26, 10), 30min, "", PlanState::removed, "", {}, {}});
    ladder.plans.push_back(
      {"p4", paris(October, 31, 10), 1h, "Coffee", PlanState::planned, "", {}, {}});
  }

  Week week() const { return build_week(ladder, local_days{2026y / October / 22}, now); }

  Ladder ladder;
  Timestamp now = paris(October, 28, 20);
};

TEST_F(WeekOfTheClockChange, CountsThisWeekAgainstTheOneBefore)
{
  const Week w = week();
  EXPECT_EQ(w.this_week.first, local_days{2026y / October / 22});
  EXPECT_EQ(w.this_week.last, local_days{2026y / October / 28});
  EXPECT_EQ(w.last_week.first, local_days{2026y / October / 15});
  EXPECT_EQ(w.this_week.separations, 3);
  EXPECT_EQ(w.this_week.apart, Seconds{(15 + 90 + 15) * 60}) << "the night of the change";
  EXPECT_EQ(w.this_week.longest, Seconds{90 * 60});
  EXPECT_EQ(w.last_week.separations, 1);
  EXPECT_EQ(w.last_week.apart, Seconds{5 * 60});
  ASSERT_TRUE(w.this_week.confidence);
  EXPECT_DOUBLE_EQ(*w.this_week.confidence, 8.0);
  EXPECT_FALSE(w.last_week.confidence);
  EXPECT_EQ(w.this_week.planned, 2) << "a removed plan is not counted";
  EXPECT_EQ(w.this_week.kept, 1);
  EXPECT_EQ(w.this_week.missed, 1);
}

TEST_F(WeekOfTheClockChange, WeighsWhatWasFearedAgainstWhatWasFound)
{
  const Week w = week();
  ASSERT_EQ(w.fears.size(), 2u);
  EXPECT_EQ(w.fears[0].prediction, "She will cry the whole time");
  EXPECT_EQ(w.fears[0].made, 2);
  EXPECT_EQ(w.fears[0].happened, 1) << "partly counts as happened";
  EXPECT_EQ(w.fears[1].made, 1);
  EXPECT_EQ(w.fears[1].happened, 0);
  ASSERT_TRUE(w.likely_before && w.likely_after);
  EXPECT_DOUBLE_EQ(*w.likely_before, (80 + 60 + 50) / 3.0);
  EXPECT_DOUBLE_EQ(*w.likely_after, (40 + 20 + 10) / 3.0);
}

TEST_F(WeekOfTheClockChange, GathersThanksBothWaysNeedsAndWhatIsComing)
{
  const Week w = week();
  ASSERT_EQ(w.praise.size(), 1u);
  EXPECT_EQ(w.praise[0].text, "Calm at bath time");
  ASSERT_EQ(w.thanks.size(), 1u);
  EXPECT_EQ(w.thanks[0].text, "For trusting me");
  ASSERT_EQ(w.needs.size(), 1u);
  EXPECT_EQ(w.needs[0].day, local_days{2026y / October / 22});
  ASSERT_EQ(w.coming.size(), 1u);
  EXPECT_EQ(w.coming[0]->id, "p4");
  EXPECT_EQ(w.partner, "Alex");
}

TEST_F(WeekOfTheClockChange, TheTextFitsFortyAndEightyColumnsAndNamesBoth)
{
  const Week w = week();
  for (const std::size_t width : {40u, 80u}) {
    const std::string text = render_week_text(w, width);
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      EXPECT_LE(display_width(line), width) << line;
    }
    const std::string flat = unwrapped(text);
    EXPECT_NE(flat.find("Sam"), std::string::npos);
    EXPECT_NE(flat.find("For trusting me"), std::string::npos) << text;
    EXPECT_NE(flat.find("feared twice; it happened once, and you came through it"),
              std::string::npos)
      << text;
    for (const std::string& prompt : week_prompts()) {
      EXPECT_NE(flat.find(prompt), std::string::npos) << prompt;
    }
  }
}

TEST_F(WeekOfTheClockChange, TheJsonCarriesEveryFigureTheTextShows)
{
  const std::string json = render_week_json(week());
  for (const char* part :
       {"\"separations\": 3", "\"minutes_apart\": 120", "\"longest_minutes\": 90",
        "\"partner_confidence\": 8", "\"planned\": 2", "\"kept\": 1", "\"missed\": 1",
        "\"likely_before\": 63.3", "\"likely_after\": 23.3", "\"made\": 2", "\"happened\": 1",
        "\"For trusting me\"", "\"Coffee\"", "\"from\": \"2026-10-22\""}) {
    EXPECT_NE(json.find(part), std::string::npos) << part << "\n" << json;
  }
}

TEST(Week, AWeekWithNothingSaysSoKindlyAndNudgesToPlan)
{
  const Ladder ladder = default_ladder(paris(November, 1, 9));
  const Week w = build_week(ladder, std::nullopt, paris(November, 20, 9));
  EXPECT_EQ(w.this_week.first, local_days{2026y / November / 14}) << "the seven days to today";
  EXPECT_EQ(w.this_week.separations, 0);
  EXPECT_EQ(w.this_week.apart, Seconds{0});
  EXPECT_TRUE(w.fears.empty());
  EXPECT_FALSE(w.likely_before);
  EXPECT_TRUE(w.coming.empty());
  const std::string text = render_week_text(w, 80);
  EXPECT_NE(text.find("Nothing planned yet"), std::string::npos) << text;
  EXPECT_NE(text.find("Time apart: none (none)"), std::string::npos) << text;
  EXPECT_NE(text.find("Your partner"), std::string::npos) << "no names set";
  const std::string json = render_week_json(w);
  EXPECT_NE(json.find("\"separations\": 0"), std::string::npos);
  EXPECT_NE(json.find("\"likely_before\": null"), std::string::npos) << json;
  const std::string md = render_week_markdown(w);
  EXPECT_EQ(md.rfind("# ", 0), 0u) << md;
}

} // namespace
} // namespace sepa::test
