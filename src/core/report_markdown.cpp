// The Markdown export, written to be handed to a therapist: what the numbers mean first, then the
// ladder, the separations and the evidence log. User text is escaped so it reads as written and
// can never become a link (a web or e-mail address is shown as code), an image, HTML or a broken
// table.

#include "core/markdown_text.hpp"
#include "core/report_format.hpp"
#include "sepa/report.hpp"
#include "sepa/partner.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

namespace rf = report_format;

std::string summary(const Report& r)
{
  const Totals& t = r.totals;
  const WaitCounts& w = r.waits;
  const PredictionCounts& p = r.predictions;
  std::string out = "## Summary\n\n";
  out += fmt::format("- Separations: {} finished, {} apart in all; the longest {}.{}\n", t.finished,
                     format_duration(t.apart), format_duration(t.longest),
                     t.open > 0 ? fmt::format(" {} under way.", t.open) : "");
  if (t.last_started) {
    out += fmt::format("- Last practised: {}.\n", rf::date(t.last_started->local_day()));
  }
  out += fmt::format("- Days practised: {} in the last 7 days, {} in the 7 before.\n",
                     t.days_this_week, t.days_last_week);
  out += fmt::format("- Wait before calling home ({}): {} across {}; passed without contact {}, "
                     "simple texts {}, emergency calls {}, came home early instead {}.\n",
                     format_duration(r.ladder->wait), rf::count(w.urges, "urge", "urges"),
                     rf::count(w.waits, "separation", "separations"), w.passed, w.texted,
                     w.emergencies, w.came_home);
  out += fmt::format("- Predictions: {} made; did not happen {}, happened {}, not noted {}.\n",
                     p.made, p.did_not_happen, p.happened, p.not_recorded);
  return out;
}

std::string ladder_table(const Report& r)
{
  const Rules& rules = r.ladder->rules;
  std::string out = "## The ladder\n\n" + rule_summary(rules) + "\n\n";
  if (const std::string next = next_words(r.progress); !next.empty()) {
    out += md(next) + "\n\n";
  }
  out += "| Rung | Activity | State | Why | Tries | Learned days | Early returns |\n"
         "|---|---|---|---|--:|--:|--:|\n";
  for (std::size_t i = 0; i < r.ladder->rungs.size(); ++i) {
    const RungProgress& p = r.progress.rungs[i];
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", format_duration(p.length),
                       md(r.ladder->rungs[i].activity), to_string(p.state), md(rf::rung_reason(p)),
                       p.tries, p.learned_days, p.early);
  }
  return out;
}

std::string anxiety_table(const Report& r)
{
  std::string out = "## Anxiety 0–10, averages per length\n\n"
                    "| Length | Tries | Before | Peak | After |\n|---|--:|--:|--:|--:|\n";
  for (const Series& s : r.series) {
    out += fmt::format("| {}{} | {} | {} | {} | {} |\n", format_duration(s.length),
                       s.on_ladder ? "" : " (not a rung)", s.rows.size(), rf::average(s.before),
                       rf::average(s.peak), rf::average(s.after));
  }
  return out;
}

std::string separations_table(const Report& r)
{
  std::string out =
    "## Separations\n\n| Started | Planned | Actual | Early | Before | Peak | After "
    "| Feared | Outcome | Urges | Check-ins | Note |\n"
    "|---|---|---|---|--:|--:|--:|---|---|--:|---|---|\n";
  for (const ReportRow& row : r.rows) {
    const Separation& s = *row.source;
    std::string checkins;
    for (const Checkin& c : s.checkins) {
      checkins += (checkins.empty() ? "" : ", ") + std::string(to_string(c.outcome));
    }
    out += fmt::format(
      "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", rf::wall_clock(s.started),
      format_duration(s.planned), row.actual ? format_duration(*row.actual) : "under way",
      row.early ? "yes" : "", rf::rating(s.anxiety), rf::rating(s.peak), rf::rating(s.after),
      md(s.prediction), rf::outcome(s), s.urges.size(), checkins, md(s.note));
  }
  return out;
}

std::string lists(const Report& r)
{
  std::string out = "## Evidence: what the partner did well\n\n";
  if (r.evidence.empty()) {
    out += "Nothing noted in this period.\n";
  }
  for (const std::size_t i : r.evidence) {
    const Separation& s = *r.rows[i].source;
    out += fmt::format("- {}: {}\n", rf::date(s.started.local_day()), md(s.praise, false));
  }
  out += fmt::format("\n## {} side\n\n", partners_cap(*r.ladder));
  if (r.partner_sides.empty()) {
    out += "Nothing noted in this period.\n";
  }
  for (const std::size_t i : r.partner_sides) {
    const Separation& s = *r.rows[i].source;
    out += fmt::format("- {}:", rf::date(s.started.local_day()));
    for (const PartnerLine& line : partner_lines(*s.partner)) {
      out += fmt::format(" {}: {}.", line.label, md(line.text, false));
    }
    out += "\n";
  }
  out += "\n" + md(plans_sentence(r.plans.planned, r.plans.kept, r.plans.missed)) + "\n";
  out += "\n## Early returns\n\n";
  if (r.early_returns.empty()) {
    out += "None in this period.\n";
  }
  for (const std::size_t i : r.early_returns) {
    const ReportRow& row = r.rows[i];
    out +=
      fmt::format("- {}: {} planned, back after {}.\n", rf::date(row.source->started.local_day()),
                  format_duration(row.source->planned), format_duration(*row.actual));
  }
  return out;
}

std::string help(const Report& r)
{
  if (!r.help.show()) {
    return {};
  }
  std::string out = "\n## A note on getting help\n\n";
  if (r.help.high_peaks) {
    out +=
      fmt::format("- The worry reached {} or more in at least {} of the last {} separations.\n",
                  k_high_peak, k_high_count, k_high_window);
  }
  if (r.help.early_run) {
    out += fmt::format("- The last {} separations ended earlier than planned.\n", k_early_run);
  }
  out += "\nThis may be a good moment to talk to a doctor or a therapist. Thoughts of harming "
         "oneself or the baby call for a crisis line or emergency services now.\n";
  return out;
}

} // namespace

std::string render_markdown(const Report& r)
{
  std::string out = "# Separation practice report\n\n";
  out +=
    fmt::format("{}. Written by sepa on {} at {} (UTC{}).\n\n", rf::window(r),
                rf::date(r.now.local_day()), format_clock(r.now), format_rfc3339(r.now).substr(19));
  out += "sepa is a practice log kept by the parent, not a clinical record or medical advice. "
         "Anxiety is rated by the parent from 0 (calm) to 10 before leaving, at its peak and "
         "after coming back.\n\n";
  out += summary(r) + "\n" + ladder_table(r) + "\n";
  if (!r.series.empty()) {
    out += anxiety_table(r) + "\n";
  }
  out += separations_table(r) + "\n" + lists(r) + help(r);
  return out;
}

} // namespace sepa
