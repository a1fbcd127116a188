// The Markdown export, written to be handed to a therapist: what the numbers mean first, then the
// ladder, the separations and the evidence log. User text is escaped so it reads as written and
// can never become a link (a web or e-mail address is shown as code), an image, HTML or a broken
// table.

#include "core/markdown_text.hpp"
#include "core/report_format.hpp"
#include "core/report_words.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sepa {

namespace {

namespace rf = report_format;

std::string summary(const Report& r)
{
  const Totals& t = r.totals;
  std::string out = "## Summary\n\n";
  out += fmt::format("- Separations: {} finished, {} apart in all; the longest {}.{}\n", t.finished,
                     format_duration(t.apart), format_duration(t.longest),
                     t.open > 0 ? fmt::format(" {} under way.", t.open) : "");
  if (t.last_started) {
    out += fmt::format("- Last practised: {}.\n", rf::date(t.last_started->local_day()));
  }
  out += "- " + report_words::days_practised(r) + "\n";
  out += fmt::format("- The wait before calling home ({}): {}\n", format_duration(r.ladder->wait),
                     fmt::join(report_words::waits(r.waits), " "));
  out += fmt::format("- What was feared, and what happened: {}\n",
                     fmt::join(report_words::predictions(r.predictions), " "));
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
    out += fmt::format("- {}: {}.\n", rf::date(row.source->started.local_day()),
                       report_words::early_return(row));
  }
  return out;
}

std::string help(const Report& r)
{
  if (!r.help.show()) {
    return {};
  }
  return fmt::format("\n## A gentle note\n\n{}\n\n**{}**\n", report_words::help_paragraph(r.help),
                     help_words(r.help).harm);
}

} // namespace

std::string render_markdown(const Report& r)
{
  std::string out = "# Separation practice report\n\n";
  out +=
    fmt::format("{}. Written by sepa on {} at {} (UTC{}).\n\n", rf::window(r),
                rf::date(r.now.local_day()), format_clock(r.now), format_rfc3339(r.now).substr(19));
  out += report_words::about() + "\n\n";
  out += summary(r) + "\n" + ladder_table(r) + "\n";
  if (!r.series.empty()) {
    out += anxiety_table(r) + "\n";
  }
  out += separations_table(r) + "\n" + lists(r) + help(r);
  return out;
}

} // namespace sepa
