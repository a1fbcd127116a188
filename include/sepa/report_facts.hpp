#pragma once
// The report (docs/report.md): facts computed from the ladder for a window of days, and one
// renderer per format. Everything is pure: `now` comes in as a value, renderers return strings.
//
// The ladder's states always come from the whole history (a rung mastered before the window is
// still mastered); everything else — totals, charts, the wait rule, predictions, evidence, early
// returns — counts only separations started on or after `since` (a local calendar day). The note
// about professional help looks at the most recent separations whatever the window, because it is
// about how things are now.

#include "sepa/ladder.hpp"
#include "sepa/parse.hpp"
#include "sepa/progress.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sepa {

using LocalDays = std::chrono::local_days;

// One separation as the report sees it. Durations come from the instants only.
struct ReportRow {
  const Separation* source = nullptr; // points into the ladder given to build_report
  std::optional<std::size_t> rung;    // index into the ladder's rungs; empty when off the ladder
  std::optional<Seconds> actual;      // empty while still open
  bool early = false;                 // came back early, not for an agreed emergency
  bool good = false;                  // the verdict is learned
  bool emergency = false;             // an emergency check-in was made
  std::optional<Judgement> judgement; // empty while still open
};

// The tries at one length, oldest first, for the anxiety charts: every rung with tries in the
// window, and any other length practised (a rung since removed, or a one-off).
struct Series {
  Seconds length{};
  bool on_ladder = false;
  std::vector<std::size_t> rows; // finished separations, indices into Report::rows
  std::optional<double> before;  // averages over the tries that have the rating
  std::optional<double> peak;
  std::optional<double> after;
};

struct Totals {
  int finished = 0;
  int open = 0;
  Seconds apart{};   // the finished separations' actual time, summed
  Seconds longest{}; // the longest finished one
  std::optional<Timestamp> last_started;
  // Local days with a separation started in the period compared (the last 7 days, today
  // included, or with --since the days from `since` to today), and in as many days just before.
  int days_compared = 7;
  int days_this_week = 0;
  int days_last_week = 0;
};

// The wait-before-calling rule. A wait is a separation where the urge to call home was logged.
// It passed when it had no text and no call, and either the worry was said to pass at the
// check-in (with no urge after it) or the separation ended without coming home early.
struct WaitCounts {
  int urges = 0;
  int waits = 0;
  int passed = 0;
  int texted = 0;
  int emergencies = 0;
  int came_home = 0; // came home early during a wait instead of getting in touch
};

// Over finished separations with a prediction.
struct PredictionCounts {
  int made = 0;
  int happened = 0; // all or partly
  int partly = 0;   // of those, partly
  int did_not_happen = 0;
  int not_recorded = 0;
  // How likely the feared outcome felt, on average over those with both ratings.
  std::optional<double> likely_before;
  std::optional<double> likely_after;
};

// Finished separations in the window by verdict.
struct VerdictCounts {
  int learned = 0;
  int practice = 0;
  int early = 0;
  int emergency = 0;
};

inline constexpr int k_high_peak = 8;   // a peak at or above this is very high
inline constexpr int k_high_count = 3;  // … in this many …
inline constexpr int k_high_window = 5; // … of the latest this many finished separations
inline constexpr int k_early_run = 3;   // the latest this many finished separations all early

struct HelpNote {
  bool high_peaks = false;
  bool early_run = false;
  bool show() const { return high_peaks || early_run; }
};

// From the latest finished separations of the whole ladder, whatever the window.
HelpNote help_note(const Ladder& ladder);

// The gentle note in the parent's words, as the text report and `done` say it: why (from the
// data), the suggestion, and the line about thoughts of harm.
struct HelpWords {
  std::string why;
  std::string suggestion;
  std::string harm;
};
HelpWords help_words(const HelpNote& note);

// Separations planned ahead (docs/together.md) timed in the window, not removed.
struct PlanCounts {
  int planned = 0;
  int kept = 0;
  int missed = 0; // their hour passed unkept; said without blame
};

struct Report {
  Timestamp now;
  std::optional<LocalDays> since;
  const Ladder* ladder = nullptr; // the ladder given to build_report
  Progress progress;              // from assess(), over the whole history
  std::vector<ReportRow> rows;    // every separation in the window, in the order started
  std::vector<Series> series;     // by length, shortest first
  Totals totals;
  WaitCounts waits;
  PredictionCounts predictions;
  VerdictCounts verdicts;
  std::vector<std::size_t> evidence;      // rows with praise, latest first
  std::vector<std::size_t> early_returns; // rows, latest first
  std::vector<std::size_t> partner_sides; // rows with the partner's side, latest first
  PlanCounts plans;
  HelpNote help;
};

// The report on `ladder` (which must outlive it) for separations started on or after `since`.
Report build_report(const Ladder& ladder, std::optional<LocalDays> since, const Timestamp& now);

// --since: YYYY-MM-DD, "today", "yesterday", or a count of days or weeks back from today ("7d",
// "2w"). A day after today fails.
Parsed<LocalDays> parse_since(std::string_view text, const Timestamp& now);

enum class ReportFormat { text, json, csv, markdown, html };

struct TextOptions {
  bool color = false;     // ANSI colour; the caller decides whether the terminal wants it
  std::size_t width = 80; // long lines wrap at this many columns (at least 40)
};

// One or two screens for a person at a terminal.
std::string render_text(const Report& report, const TextOptions& options = {});
// Receives an export piece by piece, in order.
using ReportSink = std::function<void(std::string_view)>;

// docs/report-json.md.
std::string render_json(const Report& report);
// The same, handed to `out` in pieces of about a megabyte as it is written, so an export of
// years of practice is never held whole in memory.
void render_json(const Report& report, const ReportSink& out);
// One row per separation, RFC 4180 (CRLF line ends), formula cells guarded.
std::string render_csv(const Report& report);
// For a therapist: the ladder, the separations and the evidence as tables and lists.
std::string render_markdown(const Report& report);
// One self-contained XHTML page with SVG charts, readable on paper.
std::string render_html(const Report& report);

std::string render(const Report& report, ReportFormat format, const TextOptions& options = {});
// The same handed to `out`: JSON in pieces as it is written, the other formats whole.
void render(const Report& report, ReportFormat format, const TextOptions& options,
            const ReportSink& out);

} // namespace sepa
