// The CSV export: one row per separation, for a spreadsheet. Quoting follows RFC 4180 (fields
// with a comma, quote or line break are quoted, quotes doubled, CRLF line ends). A cell that
// starts with = + - @ (or a tab or carriage return) is a formula to a spreadsheet, so it gets a
// leading apostrophe: a note can never run as a formula on the therapist's computer.

#include "core/report_format.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>

namespace sepa {

namespace {

namespace rf = report_format;

std::string cell(std::string_view text)
{
  std::string value(text);
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    value.insert(0, 1, '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    return value;
  }
  std::string quoted = "\"";
  for (const char c : value) {
    quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return quoted + "\"";
}

// User text keeps its characters but loses control codes; a line break becomes a space so a
// row stays one line in every tool.
std::string user(std::string_view text)
{
  return cell(neutralise(text));
}

std::string number(double value)
{
  return fmt::format("{}", value);
}

std::string yes_no(bool value)
{
  return value ? "yes" : "no";
}

std::string joined_with(const std::vector<std::string>& parts, std::string_view between)
{
  std::string out;
  for (const std::string& p : parts) {
    out += (out.empty() ? "" : std::string(between)) + p;
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts)
{
  return joined_with(parts, " ");
}

std::string row_line(const ReportRow& row)
{
  const Separation& s = *row.source;
  std::vector<std::string> urge_times;
  for (const Urge& u : s.urges) {
    urge_times.push_back(format_clock(u.at));
  }
  std::vector<std::string> checkins;
  for (const Checkin& c : s.checkins) {
    checkins.push_back(to_string(c.outcome));
  }
  const std::vector<std::string> cells{
    cell(s.id),
    cell(rf::wall_clock(s.started)),
    s.ended ? cell(rf::wall_clock(*s.ended)) : "",
    row.rung ? cell(format_duration(s.planned)) : "",
    user(s.activity),
    number(rf::minutes(s.planned)),
    row.actual ? number(rf::minutes(*row.actual)) : "",
    s.ended ? yes_no(row.early) : "",
    s.anxiety ? std::to_string(*s.anxiety) : "",
    s.peak ? std::to_string(*s.peak) : "",
    s.after ? std::to_string(*s.after) : "",
    user(s.prediction),
    cell(rf::outcome(s)),
    std::to_string(s.urges.size()),
    cell(joined(urge_times)),
    cell(joined(checkins)),
    yes_no(row.emergency),
    user(s.praise),
    user(s.note),
    row.judgement ? cell(to_string(row.judgement->verdict)) : "",
    s.likely_before ? std::to_string(*s.likely_before) : "",
    s.likely_after ? std::to_string(*s.likely_after) : "",
    user(joined_with(s.used, "; ")),
    user(s.coped),
    s.partner && s.partner->confidence ? std::to_string(*s.partner->confidence) : "",
    user(s.partner ? s.partner->went_well : std::string()),
    user(s.partner ? s.partner->needed : std::string()),
    user(s.partner ? s.partner->thanks : std::string()),
    user(s.partner ? s.partner->baby : std::string()),
  };
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    line += (i == 0 ? "" : ",") + cells[i];
  }
  return line + "\r\n";
}

} // namespace

std::string render_csv(const Report& r)
{
  std::string out = "id,started,ended,rung,activity,planned_minutes,actual_minutes,early,before,"
                    "peak,after,prediction,outcome,urges,urge_times,checkins,emergency,praise,"
                    "note,verdict,likely_before,likely_after,used,coped,partner_confidence,"
                    "partner_went_well,partner_needed,partner_thanks,partner_baby\r\n";
  for (const ReportRow& row : r.rows) {
    out += row_line(row);
  }
  return out;
}

} // namespace sepa
