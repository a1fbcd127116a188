// Building the report: one pass over the ladder's separations for the rows, then small counts
// over the rows. The renderers only format what is here, so every format tells the same story.

#include "sepa/report_facts.hpp"

#include "sepa/plans.hpp"
#include "sepa/wait_rule.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>
#include <map>
#include <set>

namespace sepa {

using namespace std::chrono;

namespace {

bool has_wait(const Separation& s)
{
  return !s.urges.empty() || s.wait_until.has_value();
}

bool has_outcome(const Separation& s, Outcome o)
{
  return std::any_of(s.checkins.begin(), s.checkins.end(),
                     [o](const Checkin& c) { return c.outcome == o; });
}

ReportRow make_row(const Ladder& ladder, const Separation& s)
{
  ReportRow row;
  row.source = &s;
  row.rung = rung_index(ladder, s.planned);
  if (s.ended) {
    row.actual = std::max(Seconds{0}, *s.ended - s.started);
  }
  row.emergency = has_outcome(s, Outcome::emergency);
  if (!s.open()) {
    row.judgement = judge(s, ladder.rules);
    row.early = row.judgement->verdict == Verdict::early;
    row.good = row.judgement->verdict == Verdict::learned;
  }
  return row;
}

void count_totals(Report& r)
{
  // The days of the window (or of the last 7 without --since) against as many days just before it,
  // counted over the whole ladder: the period compared lies before the window.
  const local_days today = r.now.local_day();
  const int length = r.since ? std::max(1, static_cast<int>((today - *r.since).count()) + 1) : 7;
  const local_days first = today - days{length - 1};
  std::set<local_days> this_period;
  std::set<local_days> period_before;
  for (const Separation& s : r.ladder->separations) {
    const local_days day = s.started.local_day();
    if (day <= today && day >= first) {
      this_period.insert(day);
    } else if (day < first && day >= first - days{length}) {
      period_before.insert(day);
    }
  }
  r.totals.days_compared = length;
  r.totals.days_this_week = static_cast<int>(this_period.size());
  r.totals.days_last_week = static_cast<int>(period_before.size());
  for (const ReportRow& row : r.rows) {
    const Separation& s = *row.source;
    if (!r.totals.last_started || r.totals.last_started->utc < s.started.utc) {
      r.totals.last_started = s.started;
    }
    if (!row.actual) {
      ++r.totals.open;
      continue;
    }
    ++r.totals.finished;
    r.totals.apart += *row.actual;
    r.totals.longest = std::max(r.totals.longest, *row.actual);
  }
}

void count_waits(Report& r)
{
  for (const ReportRow& row : r.rows) {
    const Separation& s = *row.source;
    r.waits.urges += static_cast<int>(s.urges.size());
    for (const Checkin& c : s.checkins) {
      r.waits.texted += c.outcome == Outcome::texted ? 1 : 0;
      r.waits.emergencies += c.outcome == Outcome::emergency ? 1 : 0;
    }
    if (!has_wait(s)) {
      continue;
    }
    ++r.waits.waits;
    const bool contact = has_outcome(s, Outcome::texted) || row.emergency;
    if (contact || s.open()) {
      continue;
    }
    // A worry said to have passed at the check-in is a wait kept, whenever they came home,
    // unless the urge came back and they came home instead of checking in again.
    const bool came_home = row.early && (urge_pending(s) || !has_outcome(s, Outcome::passed));
    ++(came_home ? r.waits.came_home : r.waits.passed);
  }
}

void count_predictions(Report& r)
{
  int both = 0;
  double before = 0;
  double after = 0;
  for (const ReportRow& row : r.rows) {
    const Separation& s = *row.source;
    if (s.open() || s.prediction.empty()) {
      continue;
    }
    ++r.predictions.made;
    if (!s.happened) {
      ++r.predictions.not_recorded;
    } else {
      ++(*s.happened == Happened::no ? r.predictions.did_not_happen : r.predictions.happened);
      r.predictions.partly += *s.happened == Happened::partly ? 1 : 0;
    }
    if (s.likely_before && s.likely_after) {
      ++both;
      before += *s.likely_before;
      after += *s.likely_after;
    }
  }
  if (both > 0) {
    r.predictions.likely_before = before / both;
    r.predictions.likely_after = after / both;
  }
}

std::optional<double> average(const std::vector<const ReportRow*>& rows,
                              std::optional<int> Separation::*rating)
{
  int sum = 0;
  int n = 0;
  for (const ReportRow* row : rows) {
    if (const auto& v = row->source->*rating) {
      sum += *v;
      ++n;
    }
  }
  if (n == 0) {
    return std::nullopt;
  }
  return static_cast<double>(sum) / n;
}

void collect_series(Report& r)
{
  std::map<Seconds, std::vector<std::size_t>> by_length;
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    if (r.rows[i].actual) {
      by_length[r.rows[i].source->planned].push_back(i);
    }
  }
  for (auto& [length, indices] : by_length) {
    Series s;
    s.length = length;
    s.on_ladder = rung_index(*r.ladder, length).has_value();
    std::vector<const ReportRow*> rows;
    for (const std::size_t i : indices) {
      rows.push_back(&r.rows[i]);
    }
    s.before = average(rows, &Separation::anxiety);
    s.peak = average(rows, &Separation::peak);
    s.after = average(rows, &Separation::after);
    s.rows = std::move(indices);
    r.series.push_back(std::move(s));
  }
}

void count_verdicts(Report& r)
{
  for (const ReportRow& row : r.rows) {
    if (!row.judgement) {
      continue;
    }
    switch (row.judgement->verdict) {
    case Verdict::learned:
      ++r.verdicts.learned;
      break;
    case Verdict::practice:
      ++r.verdicts.practice;
      break;
    case Verdict::early:
      ++r.verdicts.early;
      break;
    case Verdict::emergency:
      ++r.verdicts.emergency;
      break;
    }
  }
}

void collect_lists(Report& r)
{
  for (std::size_t i = r.rows.size(); i-- > 0;) {
    if (!r.rows[i].source->praise.empty()) {
      r.evidence.push_back(i);
    }
    if (r.rows[i].early) {
      r.early_returns.push_back(i);
    }
    if (r.rows[i].source->partner) {
      r.partner_sides.push_back(i);
    }
  }
}

void count_plans(Report& r, const Ladder& ladder)
{
  for (const PlannedSeparation& p : ladder.plans) {
    if (p.state == PlanState::removed || (r.since && p.at.local_day() < *r.since)) {
      continue;
    }
    ++r.plans.planned;
    r.plans.kept += p.state == PlanState::kept ? 1 : 0;
    r.plans.missed += is_missed(p, r.now) ? 1 : 0;
  }
}

} // namespace

HelpNote help_note(const Ladder& ladder)
{
  std::vector<const Separation*> latest;
  for (auto it = ladder.separations.rbegin();
       it != ladder.separations.rend() && latest.size() < static_cast<std::size_t>(k_high_window);
       ++it) {
    if (!it->open()) {
      latest.push_back(&*it);
    }
  }
  HelpNote note;
  const auto high = std::count_if(latest.begin(), latest.end(), [](const Separation* s) {
    return s->peak && *s->peak >= k_high_peak;
  });
  note.high_peaks = high >= k_high_count;
  const auto run = static_cast<std::size_t>(k_early_run);
  note.early_run =
    latest.size() >= run &&
    std::all_of(latest.begin(), latest.begin() + static_cast<long>(run),
                [](const Separation* s) { return is_early(*s) && !had_emergency(*s); });
  return note;
}

HelpWords help_words(const HelpNote& note)
{
  std::string why;
  if (note.high_peaks) {
    why = fmt::format("Your worry reached {} or more in at least {} of your last {} separations.",
                      k_high_peak, k_high_count, k_high_window);
  }
  if (note.early_run) {
    why += fmt::format("{}Your last {} separations ended earlier than planned.",
                       why.empty() ? "" : " ", k_early_run);
  }
  return {why,
          "This may be a good moment to talk to a doctor or a therapist: worry like this is "
          "common after a baby arrives, and it responds well to help.",
          "If you have thoughts of harming yourself or your baby, call a crisis line or "
          "emergency services now."};
}

Report build_report(const Ladder& ladder, std::optional<LocalDays> since, const Timestamp& now)
{
  Report r;
  r.now = now;
  r.since = since;
  r.ladder = &ladder;
  r.progress = assess(ladder, now);
  for (const Separation& s : ladder.separations) {
    if (!since || s.started.local_day() >= *since) {
      r.rows.push_back(make_row(ladder, s));
    }
  }
  count_totals(r);
  count_waits(r);
  count_predictions(r);
  count_verdicts(r);
  collect_series(r);
  collect_lists(r);
  count_plans(r, ladder);
  r.help = help_note(ladder);
  return r;
}

Parsed<LocalDays> parse_since(std::string_view text, const Timestamp& now)
{
  using P = Parsed<LocalDays>;
  const char* forms = "use a date like 2026-03-01, or 7d / 2w for days or weeks back";
  const local_days today = now.local_day();
  std::optional<local_days> day;
  int n = 0;
  const char* num_end = text.data() + text.size();
  if (text == "today") {
    day = today;
  } else if (text == "yesterday") {
    day = today - days{1};
  } else if (text.size() >= 2 && text.size() <= 5 && (text.back() == 'd' || text.back() == 'w') &&
             std::from_chars(text.data(), num_end - 1, n).ptr == num_end - 1 && n >= 0 &&
             std::isdigit(static_cast<unsigned char>(text.front()))) {
    day = today - days{text.back() == 'w' ? 7 * n : n};
  } else if (const auto stamp = parse_rfc3339(fmt::format("{}T00:00:00Z", text));
             stamp && text.size() == 10) {
    day = stamp->local_day();
  }
  if (!day) {
    return P::fail(fmt::format("--since {}: not a date sepa understands", text), forms);
  }
  if (*day > today) {
    return P::fail(fmt::format("--since {}: that is after today", text),
                   "give a day that has begun, e.g. today or 7d");
  }
  return {day, {}, {}};
}

std::string render(const Report& report, ReportFormat format, const TextOptions& options)
{
  switch (format) {
  case ReportFormat::text:
    return render_text(report, options);
  case ReportFormat::json:
    return render_json(report);
  case ReportFormat::csv:
    return render_csv(report);
  case ReportFormat::markdown:
    return render_markdown(report);
  case ReportFormat::html:
    return render_html(report);
  }
  return render_text(report, options);
}

void render(const Report& report, ReportFormat format, const TextOptions& options,
            const ReportSink& out)
{
  if (format == ReportFormat::json) {
    render_json(report, out);
  } else {
    out(render(report, format, options));
  }
}

} // namespace sepa
