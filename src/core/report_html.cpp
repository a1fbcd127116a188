// The HTML report: one self-contained page (styles inline, charts as SVG, no scripts, nothing
// fetched), written as XHTML so any XML parser can check it, and laid out to print on paper.

#include "core/report_format.hpp"
#include "core/report_svg.hpp"
#include "sepa/report.hpp"
#include "sepa/partner.hpp"

#include <fmt/format.h>

namespace sepa {

namespace {

namespace rf = report_format;
using report_svg::escape;

constexpr std::size_t k_table_rows = 50; // the latest separations the page lists

constexpr const char* k_style =
  R"(body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222;
  max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.8em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
.sub, .small { color: #555; font-size: 0.9em; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8em; margin: 1.2em 0; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: 0.5em 0.9em; min-width: 8em; }
.card b { display: block; font-size: 1.5em; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
svg .label { font-weight: bold; }
svg .mastered { fill: #2e7d32; }
svg .current { fill: #1565c0; font-weight: bold; }
svg .ahead { fill: #666; }
figure { margin: 1em 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.n { text-align: right; }
blockquote { margin: 0.4em 0; padding-left: 0.8em; border-left: 3px solid #2e7d32; }
.help { border: 2px solid #b26a00; border-radius: 6px; padding: 0.6em 1em; margin-top: 2em; }
footer { margin-top: 2.5em; color: #555; font-size: 0.85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, figure, .help { break-inside: avoid; }
}
)";

std::string card(const std::string& value, std::string_view label)
{
  return fmt::format("<div class=\"card\"><b>{}</b>{}</div>\n", escape(value), label);
}

std::string cards(const Report& r)
{
  const Totals& t = r.totals;
  std::string out = "<div class=\"cards\">\n";
  out += card(std::to_string(t.finished), t.finished == 1 ? "separation" : "separations");
  out += card(format_duration(t.apart), "apart in all");
  out += card(format_duration(t.longest), "the longest");
  out += card(fmt::format("{} / {}", t.days_this_week, t.days_last_week),
              "days practised, last 7 days / the 7 before");
  if (t.last_started) {
    out += card(rf::days_ago(t.last_started->local_day(), r.now.local_day()), "last practised");
  }
  return out + "</div>\n";
}

std::string ladder(const Report& r)
{
  std::string out = "<h2>The ladder</h2>\n" + report_svg::ladder_chart(r);
  out += "<table>\n<tr><th>Rung</th><th>Activity</th><th>State</th><th>Why</th></tr>\n";
  for (std::size_t i = 0; i < r.ladder->rungs.size(); ++i) {
    const RungProgress& p = r.progress.rungs[i];
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       format_duration(p.length), escape(r.ladder->rungs[i].activity),
                       to_string(p.state), escape(rf::rung_reason(p)));
  }
  out += "</table>\n";
  if (const std::string next = next_words(r.progress); !next.empty()) {
    out += "<p>" + escape(next) + "</p>\n";
  }
  return out;
}

std::string anxiety(const Report& r)
{
  if (r.series.empty()) {
    return {};
  }
  std::string out = "<h2>Anxiety 0–10 on each try</h2>\n" + report_svg::anxiety_legend();
  for (const Series& s : r.series) {
    out += fmt::format("<figure>\n<figcaption>{}{} — {} {}; average before {} → peak {} → "
                       "after {}</figcaption>\n",
                       format_duration(s.length), s.on_ladder ? "" : " (not a rung)", s.rows.size(),
                       s.rows.size() == 1 ? "try" : "tries", rf::average(s.before),
                       rf::average(s.peak), rf::average(s.after));
    out += report_svg::anxiety_chart(r, s) + "</figure>\n";
  }
  return out;
}

std::string practice(const Report& r)
{
  const WaitCounts& w = r.waits;
  const PredictionCounts& p = r.predictions;
  std::string out = "<h2>Days practised</h2>\n" + report_svg::days_chart(r);
  out +=
    fmt::format("<h2>The wait before calling home</h2>\n<p>{} to call home, across {}. "
                "Passed without any contact: {}. Simple texts sent: {}. Emergency calls: "
                "{}.{}</p>\n",
                rf::count(w.urges, "urge", "urges"),
                rf::count(w.waits, "separation", "separations"), w.passed, w.texted, w.emergencies,
                w.came_home > 0 ? fmt::format(" Came home early instead: {}.", w.came_home) : "");
  out += "<h2>What you feared, and what happened</h2>\n";
  if (p.made == 0) {
    return out + "<p>No predictions noted yet.</p>\n";
  }
  out += fmt::format("<p>{}: it did not happen {}, it happened {}, not noted {}.</p>\n",
                     rf::count(p.made, "prediction", "predictions"), p.did_not_happen, p.happened,
                     p.not_recorded);
  return out + report_svg::predictions_chart(p);
}

std::string lists(const Report& r)
{
  std::string out = "<h2>What your partner did well</h2>\n";
  if (r.evidence.empty()) {
    out += "<p>Nothing noted yet.</p>\n";
  }
  for (const std::size_t i : r.evidence) {
    const Separation& s = *r.rows[i].source;
    out += fmt::format("<blockquote><span class=\"small\">{}</span><br/>{}</blockquote>\n",
                       rf::date(s.started.local_day()), escape(s.praise));
  }
  out += fmt::format("<h2>{} side</h2>\n", escape(partners_cap(*r.ladder)));
  if (r.partner_sides.empty()) {
    out += "<p>Nothing noted yet.</p>\n";
  }
  for (const std::size_t i : r.partner_sides) {
    const Separation& s = *r.rows[i].source;
    out += fmt::format("<blockquote><span class=\"small\">{}</span>",
                       rf::date(s.started.local_day()));
    for (const PartnerLine& line : partner_lines(*s.partner)) {
      out += fmt::format("<br/>{}: {}", line.label, escape(line.text));
    }
    out += "</blockquote>\n";
  }
  out += fmt::format("<p>{}</p>\n",
                     escape(plans_sentence(r.plans.planned, r.plans.kept, r.plans.missed)));
  out += "<h2>Early returns</h2>\n";
  if (r.early_returns.empty()) {
    return out + "<p>None.</p>\n";
  }
  out += "<ul>\n";
  for (const std::size_t i : r.early_returns) {
    const ReportRow& row = r.rows[i];
    out += fmt::format("<li>{}: {} planned, back after {}</li>\n",
                       rf::date(row.source->started.local_day()),
                       format_duration(row.source->planned), format_duration(*row.actual));
  }
  return out + "</ul>\n";
}

std::string separations(const Report& r)
{
  std::string out = "<h2>Separations, latest first</h2>\n";
  if (r.rows.size() > k_table_rows) {
    out += fmt::format("<p class=\"small\">The latest {} of {}; the CSV and Markdown exports list "
                       "them all.</p>\n",
                       k_table_rows, r.rows.size());
  }
  out += "<table>\n<tr><th>Started</th><th>Planned</th><th>Actual</th><th>Before</th>"
         "<th>Peak</th><th>After</th><th>Feared</th><th>Outcome</th><th>Note</th></tr>\n";
  const std::size_t stop = r.rows.size() > k_table_rows ? r.rows.size() - k_table_rows : 0;
  for (std::size_t i = r.rows.size(); i-- > stop;) {
    const ReportRow& row = r.rows[i];
    const Separation& s = *row.source;
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}{}</td><td class=\"n\">{}</td>"
                       "<td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td>"
                       "<td>{}</td></tr>\n",
                       format_day_clock(s.started), format_duration(s.planned),
                       row.actual ? format_duration(*row.actual) : "under way",
                       row.early ? " (early)" : "", rf::rating(s.anxiety), rf::rating(s.peak),
                       rf::rating(s.after), escape(s.prediction), rf::outcome(s), escape(s.note));
  }
  return out + "</table>\n";
}

std::string help(const Report& r)
{
  if (!r.help.show()) {
    return {};
  }
  const std::string why =
    r.help.high_peaks
      ? fmt::format("Your worry reached {} or more in at least {} of your last {} separations.",
                    k_high_peak, k_high_count, k_high_window)
      : fmt::format("Your last {} separations ended earlier than planned.", k_early_run);
  return fmt::format("<div class=\"help\">\n<h2>A gentle note</h2>\n<p>{} This may be a good "
                     "moment to talk to a doctor or a therapist: worry like this is common after "
                     "a baby arrives, and it responds well to help.</p>\n<p><b>If you have "
                     "thoughts of harming yourself or your baby, call a crisis line or emergency "
                     "services now.</b></p>\n</div>\n",
                     why);
}

} // namespace

std::string render_html(const Report& r)
{
  std::string out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
                    "<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" "
                    "content=\"width=device-width, initial-scale=1\"/>\n"
                    "<title>Separation practice report</title>\n<style>\n";
  out += k_style;
  out += "</style>\n</head>\n<body>\n<h1>Separation practice report</h1>\n";
  out += fmt::format("<p class=\"sub\">{}. Written by sepa on {} at {}.</p>\n", rf::window(r),
                     rf::date(r.now.local_day()), format_clock(r.now));
  out += help(r);
  if (r.rows.empty()) {
    out += "<p>No separations in this report yet. The first one can be very short.</p>\n";
    out += ladder(r);
  } else {
    out += cards(r) + ladder(r) + anxiety(r) + practice(r) + lists(r) + separations(r);
  }
  out += "<footer>sepa is a practice log kept by the parent, not a clinical record or medical "
         "advice. Anxiety is rated by the parent from 0 (calm) to 10.</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace sepa
