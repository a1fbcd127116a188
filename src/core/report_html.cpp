// The HTML report: one self-contained page (styles inline, charts as SVG, no scripts, nothing
// fetched), written as XHTML so any XML parser can check it, and laid out to print on paper.

#include "core/report_format.hpp"
#include "core/report_svg.hpp"
#include "core/report_words.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/report_facts.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sepa {

namespace {

namespace rf = report_format;
using report_svg::escape;

constexpr std::size_t k_table_rows = 50; // the latest separations the page lists

// The separations table's columns; on a phone each cell is labelled with its column's name.
constexpr const char* k_columns[] = {"Started", "Planned", "Actual",  "Before",  "Peak",
                                     "After",   "Feared",  "Outcome", "Details", "Note"};

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
td, blockquote, p { overflow-wrap: break-word; }
.legend span { display: inline-block; margin-right: 1em; }
/* On a phone, each row of a table becomes a card: one line a field, named by its column. */
@media (max-width: 40em) {
  body { margin: 1em auto; }
  table.rows, table.rows tbody, table.rows tr, table.rows td { display: block; }
  table.rows tr:first-child { display: none; }
  table.rows tr { border: 1px solid #ccc; border-radius: 6px; margin: 0.6em 0; padding: 0.3em 0.6em; }
  table.rows td { border: none; padding: 0.1em 0; text-align: left; overflow-wrap: anywhere; }
  table.rows td:empty { display: none; }
  table.rows td::before { content: attr(data-label) ": "; font-weight: bold; }
}
.help { border: 2px solid #b26a00; border-radius: 6px; padding: 0.6em 1em; margin-top: 2em; }
footer { margin-top: 2.5em; color: #555; font-size: 0.85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, figure, .help { break-inside: avoid; }
  table.rows tr:first-child { display: table-row; }
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
  out +=
    card(fmt::format("{} / {}", t.days_this_week, t.days_last_week),
         r.since ? fmt::format("days practised, these {0} days / the {0} before", t.days_compared)
                 : std::string("days practised, last 7 days / the 7 before"));
  if (t.last_started) {
    out += card(rf::days_ago(t.last_started->local_day(), r.now.local_day()), "last practised");
  }
  return out + "</div>\n";
}

std::string ladder(const Report& r)
{
  std::string out = "<h2>The ladder</h2>\n" + report_svg::ladder_chart(r);
  out += "<table class=\"rows\">\n<tr><th>Rung</th><th>Activity</th><th>State</th><th>Why</th>"
         "</tr>\n";
  for (std::size_t i = 0; i < r.ladder->rungs.size(); ++i) {
    const RungProgress& p = r.progress.rungs[i];
    out += fmt::format("<tr><td data-label=\"Rung\">{}</td><td data-label=\"Activity\">{}</td>"
                       "<td data-label=\"State\">{}</td><td data-label=\"Why\">{}</td></tr>\n",
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
  const PredictionCounts& p = r.predictions;
  std::string out = "<h2>Days practised</h2>\n" + report_svg::days_chart(r);
  out += fmt::format("<h2>The wait before calling home</h2>\n<p>{}</p>\n",
                     escape(fmt::format("{}", fmt::join(report_words::waits(r.waits), " "))));
  out += fmt::format("<h2>What you feared, and what happened</h2>\n<p>{}</p>\n",
                     escape(fmt::format("{}", fmt::join(report_words::predictions(p), " "))));
  return p.made == 0 ? out : out + report_svg::predictions_chart(p);
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
    out +=
      fmt::format("<blockquote><span class=\"small\">{}</span>", rf::date(s.started.local_day()));
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
    out += fmt::format("<li>{}: {}</li>\n", rf::date(row.source->started.local_day()),
                       report_words::early_return(row));
  }
  return out + "</ul>\n";
}

// What else happened on one separation: the urges and how each wait ended, the safety
// behaviours used, the praise and the partner's side, one line each.
std::string details(const Separation& s)
{
  std::vector<std::string> lines;
  if (!s.urges.empty()) {
    lines.push_back(rf::count(static_cast<int>(s.urges.size()), "urge", "urges") + " to call home");
  }
  for (const Checkin& c : s.checkins) {
    lines.push_back(fmt::format("{}: {}", format_clock(c.at),
                                c.outcome == Outcome::passed   ? "the worry passed"
                                : c.outcome == Outcome::texted ? "the one text"
                                                               : "an agreed emergency"));
  }
  if (!s.used.empty()) {
    lines.push_back("Used: " + escape(fmt::format("{}", fmt::join(s.used, "; "))));
  }
  if (!s.praise.empty()) {
    lines.push_back("Did well: " + escape(s.praise));
  }
  if (s.partner) {
    for (const PartnerLine& line : partner_lines(*s.partner)) {
      lines.push_back(fmt::format("{}: {}", line.label, escape(line.text)));
    }
  }
  return fmt::format("{}", fmt::join(lines, "<br/>"));
}

std::string separations(const Report& r)
{
  std::string out = "<h2>Separations, latest first</h2>\n";
  if (r.rows.size() > k_table_rows) {
    out += fmt::format("<p class=\"small\">The latest {} of {}; the CSV and Markdown exports list "
                       "them all.</p>\n",
                       k_table_rows, r.rows.size());
  }
  out += "<table class=\"rows\">\n<tr>";
  for (const char* name : k_columns) {
    out += fmt::format("<th>{}</th>", name);
  }
  out += "</tr>\n";
  const std::size_t stop = r.rows.size() > k_table_rows ? r.rows.size() - k_table_rows : 0;
  for (std::size_t i = r.rows.size(); i-- > stop;) {
    const ReportRow& row = r.rows[i];
    const Separation& s = *row.source;
    const std::string cells[] = {format_day_clock(s.started),
                                 format_duration(s.planned),
                                 (row.actual ? format_duration(*row.actual) : "under way") +
                                   (row.early ? " (early)" : ""),
                                 rf::rating(s.anxiety),
                                 rf::rating(s.peak),
                                 rf::rating(s.after),
                                 escape(s.prediction),
                                 rf::outcome(s),
                                 details(s),
                                 escape(s.note)};
    out += "<tr>";
    for (std::size_t c = 0; c < std::size(cells); ++c) {
      const bool number = c >= 3 && c <= 5;
      out += fmt::format("<td{} data-label=\"{}\">{}</td>", number ? " class=\"n\"" : "",
                         k_columns[c], cells[c]);
    }
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

std::string practice_chart(const Report& r)
{
  return "<h2>The whole practice</h2>\n<figure>\n" + report_svg::practice_chart(r) +
         "<figcaption class=\"legend small\"><span>Bars: time apart (green: learned, grey: "
         "practice, dashed orange: back early)</span> <span>Black tick: the planned length</span> "
         "<span>Red diamond: an agreed emergency</span> <span>Below: peak worry 0–10 (solid), how "
         "likely the fear felt before (dotted) and after (dashed), 0–100 %</span></figcaption>\n"
         "</figure>\n";
}

std::string help(const Report& r)
{
  if (!r.help.show()) {
    return {};
  }
  return fmt::format("<div class=\"help\">\n<h2>A gentle note</h2>\n<p>{}</p>\n<p><b>{}</b></p>\n"
                     "</div>\n",
                     escape(report_words::help_paragraph(r.help)), escape(help_words(r.help).harm));
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
    out += cards(r) + ladder(r) + practice_chart(r) + anxiety(r) + practice(r) + lists(r) +
           separations(r);
  }
  out += "<footer>" + escape(report_words::about()) + "</footer>\n</body>\n</html>\n";
  return out;
}

} // namespace sepa
