// Every report format on the fixture ladder (tests/fixtures/report/ladder.json), compared byte for
// byte with its golden file. Regenerate with SEPA_UPDATE_GOLDEN=1 (tests/README.md).

#include "sepa/ladder_json.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/text.hpp"
#include "support/golden.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono;

// Sunday 15 March 2026, 20:00 in Paris (winter time, +01:00).
Timestamp fixed_now()
{
  return FixedZone(minutes{60}).stamp(sys_days{2026y / March / 15} + 19h);
}

Ladder fixture_ladder()
{
  return parse_ladder(read_fixture("report/ladder.json"));
}

struct Case {
  ReportFormat format;
  const char* golden;
};

constexpr Case k_formats[] = {{ReportFormat::text, "report/report.txt"},
                              {ReportFormat::json, "report/report.json"},
                              {ReportFormat::csv, "report/report.csv"},
                              {ReportFormat::markdown, "report/report.md"},
                              {ReportFormat::html, "report/report.html"}};

TEST(ReportGolden, EveryFormatMatchesItsGoldenFile)
{
  const Ladder ladder = fixture_ladder();
  const Report report = build_report(ladder, std::nullopt, fixed_now());
  for (const Case& c : k_formats) {
    SCOPED_TRACE(c.golden);
    expect_golden(c.golden, render(report, c.format));
  }
}

TEST(ReportGolden, SinceLimitsTheWindow)
{
  const Ladder ladder = fixture_ladder();
  const Report report = build_report(ladder, local_days{2026y / March / 9}, fixed_now());
  expect_golden("report/report-since.txt", render_text(report));
  expect_golden("report/report-since.json", render_json(report));
}

TEST(ReportGolden, TheJsonExportInPiecesIsTheSameText)
{
  const Ladder ladder = fixture_ladder();
  const Report report = build_report(ladder, std::nullopt, fixed_now());
  for (const ReportFormat format : {ReportFormat::json, ReportFormat::text, ReportFormat::csv}) {
    std::string joined;
    render(report, format, {}, [&](std::string_view piece) { joined += piece; });
    EXPECT_EQ(joined, render(report, format));
  }
}

TEST(ReportGolden, HighWorryShowsTheGentleNote)
{
  const Ladder ladder = parse_ladder(read_fixture("report/high-worry.json"));
  const Report report = build_report(ladder, std::nullopt, fixed_now());
  ASSERT_TRUE(report.help.show());
  expect_golden("report/high-worry.txt", render_text(report));
  expect_golden("report/high-worry.md", render_markdown(report));
}

TEST(ReportGolden, ALadderWithoutSeparations)
{
  const Ladder ladder = default_ladder(fixed_now());
  const Report report = build_report(ladder, std::nullopt, fixed_now());
  expect_golden("report/empty.txt", render_text(report));
  expect_golden("report/empty.csv", render_csv(report));
}

std::string strip_colour(const std::string& text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {
      i = text.find('m', i);
      continue;
    }
    out += text[i];
  }
  return out;
}

TEST(ReportText, ColourOnlyWhenAskedAndOtherwiseTheSameText)
{
  const Ladder ladder = fixture_ladder();
  const Report report = build_report(ladder, std::nullopt, fixed_now());
  const std::string plain = render_text(report);
  const std::string coloured = render_text(report, TextOptions{true, 80});
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(coloured.find("\x1b[32m✓\x1b[0m"), std::string::npos);
  EXPECT_EQ(strip_colour(coloured), plain);
}

TEST(ReportText, UserTextCannotReachTheTerminal)
{
  const Ladder ladder = fixture_ladder();
  const std::string text = render_text(build_report(ladder, std::nullopt, fixed_now()));
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_NE(text.find("anything^[[2J"), std::string::npos) << text;
}

TEST(ReportText, NoLineIsWiderThanTheTerminal)
{
  const Ladder ladder = fixture_ladder();
  const Report report = build_report(ladder, std::nullopt, fixed_now());
  for (const std::size_t width : {60u, 80u, 120u}) {
    SCOPED_TRACE(width);
    const std::string text = render_text(report, TextOptions{false, width});
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos;
         start = end + 1, end = text.find('\n', start)) {
      EXPECT_LE(display_width(text.substr(start, end - start)), width)
        << text.substr(start, end - start);
    }
  }
}

TEST(ReportHtml, IsWellFormedXmlWithItsCharts)
{
  const Ladder ladder = fixture_ladder();
  const std::string html = render_html(build_report(ladder, std::nullopt, fixed_now()));
  TempDir dir;
  write_all(dir / "report.html", html);
  const std::string command = "python3 -c 'import xml.dom.minidom,sys; "
                              "xml.dom.minidom.parse(sys.argv[1])' '" +
                              (dir / "report.html").string() + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << "the HTML does not parse as XML";
  // The ladder, the whole practice, the legend, 4 anxiety charts (5m, 10m, 15m, 30m), the days
  // and the predictions.
  std::size_t svgs = 0;
  for (auto at = html.find("<svg "); at != std::string::npos; at = html.find("<svg ", at + 1)) {
    ++svgs;
  }
  EXPECT_EQ(svgs, 9u);
  EXPECT_NE(html.find("aria-label=\"Anxiety on each try at 30m\""), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"The whole practice"), std::string::npos);
  EXPECT_NE(html.find("<path d=\"M"), std::string::npos) << "the emergency's diamond";
  EXPECT_NE(html.find("stroke-dasharray=\"3 2\""), std::string::npos) << "an early return's bar";
  // On a phone the tables become cards, each field labelled with its column.
  EXPECT_NE(html.find("@media (max-width: 40em)"), std::string::npos);
  EXPECT_NE(html.find("<td data-label=\"Feared\">"), std::string::npos);
  EXPECT_NE(html.find("data-label=\"Details\">Did well: "), std::string::npos) << "the praise";
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("<polyline"), std::string::npos);
  for (const char* fetch : {" src=", " href=", "url(", "@import"}) {
    EXPECT_EQ(html.find(fetch), std::string::npos) << "self-contained: nothing like " << fetch;
  }
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;She&lt;/b&gt; &amp; &quot;the cat&quot;"), std::string::npos);
}

TEST(ReportCsv, QuotesPerRfc4180AndGuardsFormulaCells)
{
  const Ladder ladder = parse_ladder(read_fixture("report/ladder.json"));
  const std::string csv = render_csv(build_report(ladder, std::nullopt, fixed_now()));
  // The note is followed by the verdict and the expectancy columns.
  EXPECT_NE(
    csv.find(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",practice,,,,,,,,,\r\n"),
    std::string::npos);
  EXPECT_NE(csv.find(",'+1 for the bath routine,"), std::string::npos);
  EXPECT_NE(csv.find(",'-she won't eat,"), std::string::npos);
  EXPECT_NE(csv.find(",\"'@home all along, | pipes |\",practice,,,,,,,,,\r\n"), std::string::npos);
  EXPECT_NE(csv.find(",\"Had her laughing \"\"like a drain\"\" when I got back\","),
            std::string::npos);
  EXPECT_NE(csv.find(",Came back to check. All was fine.,early,,,,,,,,,\r\n"), std::string::npos)
    << "a line break in a note never splits a row";
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 12); // the header and 11 separations
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\r'), 12);
}

TEST(ReportMarkdown, EscapesUserTextSoItReadsAsWritten)
{
  const Ladder ladder = parse_ladder(read_fixture("report/ladder.json"));
  const std::string md = render_markdown(build_report(ladder, std::nullopt, fixed_now()));
  EXPECT_NE(md.find("| \\<b\\>She\\</b\\> \\& \"the cat\" \\| won't settle |"), std::string::npos);
  EXPECT_NE(md.find("| \\@home all along, \\| pipes \\| |"), std::string::npos);
  EXPECT_EQ(md.find('\x1b'), std::string::npos);
}

} // namespace
} // namespace sepa::test
