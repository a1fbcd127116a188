// Sentences more than one report format shows come from one place (src/core/report_words.hpp):
// the gentle note, above all, reads word for word the same in text, Markdown, HTML and JSON.

#include "core/report_words.hpp"
#include "sepa/report_facts.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <regex>

namespace sepa::test {
namespace {

using namespace std::chrono;

const FixedZone k_zone(minutes{60});

Timestamp march(int d, int hour)
{
  return k_zone.stamp(sys_days{2026y / March / day{static_cast<unsigned>(d)}} + hours{hour - 1});
}

// Five separations cut short with the worry at 9: both reasons for the note at once.
Ladder a_hard_fortnight()
{
  Ladder ladder = default_ladder(march(1, 9));
  for (int i = 0; i < 5; ++i) {
    Separation s;
    s.id = "s" + std::to_string(i);
    s.started = march(2 + i, 10);
    s.ended = k_zone.stamp(s.started.utc + minutes{5});
    s.planned = minutes{15};
    s.peak = 9;
    s.prediction = "She will not settle";
    s.happened = Happened::no;
    ladder.separations.push_back(s);
  }
  return ladder;
}

std::string as(const Report& report, ReportFormat format)
{
  std::string out;
  render(report, format, TextOptions{false, 80}, [&out](std::string_view piece) { out += piece; });
  return out;
}

// Words only: tags, Markdown stars and line breaks gone, spaces collapsed.
std::string words_of(std::string text)
{
  text = std::regex_replace(text, std::regex("<[^>]*>|\\*\\*"), " ");
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  return text;
}

TEST(ReportWords, TheGentleNoteReadsTheSameInEveryFormat)
{
  const Ladder ladder = a_hard_fortnight();
  const Report report = build_report(ladder, std::nullopt, march(14, 9));
  ASSERT_TRUE(report.help.high_peaks && report.help.early_run);
  const std::string paragraph = report_words::help_paragraph(report.help);
  const std::string urgent = help_words(report.help).harm;
  EXPECT_NE(paragraph.find("reached 8 or more"), std::string::npos) << paragraph;
  EXPECT_NE(paragraph.find("ended earlier than planned"), std::string::npos) << paragraph;

  for (const ReportFormat format :
       {ReportFormat::text, ReportFormat::markdown, ReportFormat::html}) {
    const std::string shown = words_of(as(report, format));
    EXPECT_NE(shown.find(paragraph), std::string::npos) << shown;
    EXPECT_NE(shown.find(urgent), std::string::npos) << shown;
  }
  const auto json = nlohmann::json::parse(as(report, ReportFormat::json));
  EXPECT_EQ(json["help_note"]["text"], paragraph);
  EXPECT_EQ(json["help_note"]["urgent"], urgent);
}

TEST(ReportWords, NoNoteMeansNullInJson)
{
  const Ladder ladder = default_ladder(march(1, 9));
  const auto json =
    nlohmann::json::parse(as(build_report(ladder, std::nullopt, march(14, 9)), ReportFormat::json));
  EXPECT_TRUE(json["help_note"]["text"].is_null());
  EXPECT_TRUE(json["help_note"]["urgent"].is_null());
}

TEST(ReportWords, WaitsPredictionsAndEarlyReturnsReadTheSameInEveryFormat)
{
  const Ladder ladder = a_hard_fortnight();
  const Report report = build_report(ladder, std::nullopt, march(14, 9));
  std::vector<std::string> sentences = report_words::waits(report.waits);
  for (const std::string& s : report_words::predictions(report.predictions)) {
    sentences.push_back(s);
  }
  ASSERT_FALSE(report.early_returns.empty());
  sentences.push_back(report_words::early_return(report.rows[report.early_returns[0]]));
  EXPECT_EQ(sentences.back(), "15m planned, back after 5m");
  for (const ReportFormat format :
       {ReportFormat::text, ReportFormat::markdown, ReportFormat::html}) {
    const std::string shown = words_of(as(report, format));
    for (const std::string& sentence : sentences) {
      EXPECT_NE(shown.find(sentence), std::string::npos) << sentence << "\n" << shown;
    }
  }
}

} // namespace
} // namespace sepa::test
