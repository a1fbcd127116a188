// The report carries the partner's side and how many planned separations were kept, in every
// format (docs/report.md, docs/together.md).

#include "sepa/report_facts.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono;

const FixedZone k_zone(minutes{60});

Timestamp march(int d, int hour)
{
  const sys_days date{2026y / March / day{static_cast<unsigned>(d)}};
  return k_zone.stamp(date + hours{hour} - hours{1});
}

class ReportTogether : public ::testing::Test {
protected:
  void SetUp() override
  {
    ladder = default_ladder(march(1, 9));
    ladder.names.partner = "Alex";
    Separation s;
    s.id = "s1";
    s.started = march(10, 10);
    s.ended = march(10, 11);
    s.planned = 1h;
    s.partner =
      PartnerSide{8, "Story time", "A <heads-up> first", "For trusting me", "", march(10, 12), {}};
    ladder.separations.push_back(s);
    ladder.plans.push_back({"p1", march(10, 10), 1h, "", PlanState::kept, "s1", {}, {}});
    ladder.plans.push_back({"p2", march(12, 10), 1h, "", PlanState::planned, "", {}, {}});
    ladder.plans.push_back({"p3", march(13, 10), 1h, "", PlanState::removed, "", {}, {}});
    report = build_report(ladder, std::nullopt, march(14, 9));
  }
  std::string as(ReportFormat format) const
  {
    std::string out;
    render(report, format, TextOptions{}, [&out](std::string_view piece) { out += piece; });
    return out;
  }

  Ladder ladder;
  Report report;
};

TEST_F(ReportTogether, CountsPlansKeptAndMissedLeavingOutRemovedOnes)
{
  EXPECT_EQ(report.plans.planned, 2);
  EXPECT_EQ(report.plans.kept, 1);
  EXPECT_EQ(report.plans.missed, 1);
  ASSERT_EQ(report.partner_sides.size(), 1u);
}

TEST_F(ReportTogether, EveryFormatShowsThePartnersSide)
{
  const std::string text = as(ReportFormat::text);
  EXPECT_NE(text.find("Alex's side, latest first"), std::string::npos) << text;
  EXPECT_NE(text.find("Confidence, 0–10: 8; Went well: Story time"), std::string::npos) << text;
  EXPECT_NE(text.find("Planned ahead: 2, kept 1; 1 went by, which happens."), std::string::npos);
  const std::string md = as(ReportFormat::markdown);
  EXPECT_NE(md.find("## Alex's side"), std::string::npos) << md;
  EXPECT_NE(md.find("Thanks: For trusting me."), std::string::npos) << md;
  const std::string html = as(ReportFormat::html);
  EXPECT_NE(html.find("A &lt;heads-up&gt; first"), std::string::npos) << "escaped";
  EXPECT_NE(html.find("Planned ahead: 2, kept 1"), std::string::npos);
  const std::string json = as(ReportFormat::json);
  for (const char* part : {"\"confidence\": 8", "\"went_well\": \"Story time\"", "\"baby\": null",
                           "\"planned\": 2", "\"kept\": 1", "\"missed\": 1"}) {
    EXPECT_NE(json.find(part), std::string::npos) << part;
  }
  const std::string csv = as(ReportFormat::csv);
  EXPECT_NE(csv.find("partner_confidence,partner_went_well,partner_needed,partner_thanks,"
                     "partner_baby\r\n"),
            std::string::npos);
  EXPECT_NE(csv.find(",8,Story time,A <heads-up> first,For trusting me,\r\n"), std::string::npos)
    << csv;
}

} // namespace
} // namespace sepa::test
