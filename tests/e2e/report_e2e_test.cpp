// `sepa report` and `sepa remind` through the built binary: the real clock (under faketime) and
// the real time zone from TZ.

#include "support/golden.hpp"
#include "support/run.hpp"
#include "support/says.hpp"
#include "support/shell.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::test {
namespace {

// faketime preloads its library ahead of the sanitizers' runtime; ASan accepts that only when told.
RunOptions at_paris_time(const char* faketime)
{
  return {{{"TZ", "Europe/Paris"}}, "", faketime};
}

// The fixture's "now": Sunday 15 March 2026, 20:00 in Paris.
const RunOptions k_paris_evening = at_paris_time("@2026-03-15 20:00:00");

std::string fixture_file()
{
  return fixture_path("report/ladder.json");
}

TEST(ReportCommand, PrintsTheGoldenReportInTheUsersTimeZone)
{
  const RunResult text = run_sepa({"report", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(text.out, read_fixture("report/report.txt"));
  EXPECT_EQ(text.err, "");
  const RunResult html =
    run_sepa({"report", "--format", "html", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(html.out, read_fixture("report/report.html"));
}

TEST(ReportCommand, ColoursOnlyWhenToldToWithoutATerminal)
{
  const RunResult plain = run_sepa({"report", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(plain.out.find('\x1b'), std::string::npos);
  const RunResult forced =
    run_sepa({"report", "--color=always", "--file", fixture_file()}, k_paris_evening);
  EXPECT_NE(forced.out.find("\x1b[1m"), std::string::npos);
}

TEST(ReportCommand, SinceTakesDatesAndRefusesNonsense)
{
  const RunResult since =
    run_sepa({"report", "--since", "2026-03-09", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(since.status, 0) << since.err;
  EXPECT_EQ(since.out, read_fixture("report/report-since.txt"));
  const RunResult relative =
    run_sepa({"report", "--since", "6d", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(relative.out, since.out) << "6 days back from Sunday 15 March is Monday 9 March";
  for (const char* bad : {"last tuesday", "2026-13-01", "2026-03-16", ""}) {
    SCOPED_TRACE(bad);
    const RunResult r =
      run_sepa({"report", "--since", bad, "--file", fixture_file()}, k_paris_evening);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("sepa: hint: "), std::string::npos) << r.err;
  }
  const RunResult format =
    run_sepa({"report", "--format", "pdf", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(format.status, 2);
}

TEST(ReportCommand, WithNoLadderYetSaysSoKindlyOrExportsAnEmptyDocument)
{
  TempDir dir;
  const std::string file = (dir / "ladder.json").string();
  const RunResult text = run_sepa({"report", "--file", file});
  EXPECT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("nothing to report"), std::string::npos) << text.out;
  const RunResult json = run_sepa({"report", "--format", "json", "--file", file});
  EXPECT_EQ(json.status, 0);
  const auto doc = nlohmann::json::parse(json.out);
  EXPECT_TRUE(doc.at("separations").empty());
  EXPECT_TRUE(doc.at("ladder").empty());
  EXPECT_FALSE(std::filesystem::exists(file)) << "a report never creates the ladder";
}

TEST(ReportCommand, ABadLadderFileIsAnErrorNotAnEmptyReport)
{
  TempDir dir;
  write_all(dir / "ladder.json", "{ not json");
  const RunResult r = run_sepa({"report", "--file", (dir / "ladder.json").string()});
  EXPECT_EQ(r.status, 65);
  EXPECT_EQ(r.out, "");
}

// Autumn in Paris: 25 October 2026 has 25 hours. The clock says 23:59 that evening.
TEST(ReportCommand, BucketsDaysInTheLocalZoneAcrossTheAutumnChange)
{
  TempDir dir;
  const std::string file = (dir / "ladder.json").string();
  write_all(file, R"({
  "schema": 1,
  "wait": "20m",
  "message": "How are things going?",
  "rungs": [{"length": "5m"}, {"length": "2h"}],
  "separations": [
    {"id": "a", "started": "2026-10-18T23:30:00+02:00", "ended": "2026-10-18T23:36:00+02:00", "planned": "5m"},
    {"id": "b", "started": "2026-10-19T00:30:00+02:00", "ended": "2026-10-19T00:36:00+02:00", "planned": "5m"},
    {"id": "c", "started": "2026-10-25T01:30:00+02:00", "ended": "2026-10-25T03:30:00+01:00", "planned": "2h"},
    {"id": "d", "started": "2026-10-25T23:50:00+01:00", "ended": "2026-10-25T23:55:00+01:00", "planned": "5m"}
  ]
}
)");
  const RunResult r =
    run_sepa({"report", "--format", "json", "--file", file}, at_paris_time("@2026-10-25 23:59:00"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("generated"), "2026-10-25T23:59:00+01:00");
  EXPECT_EQ(doc.at("totals").at("days_practised_this_week"), 2);
  EXPECT_EQ(doc.at("totals").at("days_practised_last_week"), 1);
  EXPECT_EQ(doc.at("separations").at(2).at("actual_minutes"), 180) << "01:30 to 03:30 is 3 hours";
  const RunResult today =
    run_sepa({"report", "--format", "csv", "--since", "today", "--file", file},
             at_paris_time("@2026-10-25 23:59:00"));
  EXPECT_EQ(std::count(today.out.begin(), today.out.end(), '\n'), 3) << today.out;
}

TEST(ReportCommand, NoUserTextBecomesALinkOnGitHub)
{
  // GitHub-flavoured Markdown links web and e-mail addresses in plain text: rendered by
  // cmark-gfm (GitHub's own renderer, from Debian), the report must hold no link at all, and
  // the addresses must still read as written.
  if (!std::filesystem::exists("/usr/bin/cmark-gfm")) {
    GTEST_SKIP() << "cmark-gfm is not installed (apt-get install cmark-gfm)";
  }
  TempDir dir;
  const std::string file = (dir / "ladder.json").string();
  ASSERT_EQ(run_sepa({"--file", file, "start", "15m", "--at", "-20m"}).status, 0);
  const RunResult done = run_sepa({"--file", file, "done", "--no-input", "--note",
                                   "see https://example.com/a_b, www.example.org or me@example.com",
                                   "--praise", "wrote to gran@example.com"});
  ASSERT_EQ(done.status, 0) << done.err;
  for (const std::string& ladder : {file, fixture_file()}) {
    SCOPED_TRACE(ladder);
    const RunResult md = run_sepa({"report", "--format", "markdown", "--file", ladder},
                                  ladder == file ? RunOptions{} : k_paris_evening);
    ASSERT_EQ(md.status, 0) << md.err;
    write_all(dir / "report.md", md.out);
    const RunResult html = run_script(
      "bash", "cmark-gfm --extension table --extension autolink " + (dir / "report.md").string(),
      {{"PATH", "/usr/bin:/bin"}});
    ASSERT_EQ(html.status, 0) << html.err;
    EXPECT_EQ(html.out.find("<a "), std::string::npos) << html.out;
    EXPECT_NE(html.out.find("<table>"), std::string::npos) << "the tables still render";
    if (ladder == file) {
      for (const char* shown :
           {"<code>https://example.com/a_b,</code>", "<code>www.example.org</code>",
            "<code>me@example.com</code>", "<code>gran@example.com</code>"}) {
        EXPECT_NE(html.out.find(shown), std::string::npos) << shown << "\n" << html.out;
      }
    }
  }
}

TEST(RemindCommand, SilentWithoutALadderOrWhenPractisedRecently)
{
  TempDir dir;
  const std::string file = (dir / "ladder.json").string();
  const RunResult none = run_sepa({"remind", "--file", file});
  EXPECT_EQ(none.status, 0);
  EXPECT_EQ(none.out + none.err, "");
  EXPECT_FALSE(std::filesystem::exists(file));
  const RunResult recent = run_sepa({"remind", "--file", fixture_file()}, k_paris_evening);
  EXPECT_EQ(recent.status, 0);
  EXPECT_EQ(recent.out + recent.err, "") << "a separation under way within its plan";
}

TEST(RemindCommand, NudgesWithoutColourWhenThereIsSomethingToSay)
{
  const RunOptions later = at_paris_time("@2026-03-20 18:00:00");
  const RunResult r = run_sepa({"remind", "--color=always", "--file", fixture_file()}, later);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(test::has(r.out, "still open, long past its plan")) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
}

TEST(RemindCommand, AfterDaysMustBeAWholeNumberOfDays)
{
  for (const char* bad : {"0", "-1", "two", "366"}) {
    SCOPED_TRACE(bad);
    const RunResult r = run_sepa({"remind", "--after-days", bad, "--file", fixture_file()});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
  }
}

} // namespace
} // namespace sepa::test
