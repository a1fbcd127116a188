#include "core/report_svg.hpp"

#include "core/report_format.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

namespace sepa::report_svg {

namespace {

namespace rf = report_format;
using namespace std::chrono;

constexpr std::size_t k_points = 60; // the latest tries a chart shows

constexpr const char* k_mastered = "#2e7d32";
constexpr const char* k_current = "#1565c0";
constexpr const char* k_ahead = "#9e9e9e";
constexpr const char* k_peak = "#b23b3b";
constexpr const char* k_after = "#1565c0";
constexpr const char* k_before = "#757575";

std::string open_svg(int width, int height, std::string_view label)
{
  return fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{0}\" "
                     "height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\">\n",
                     width, height, escape(label));
}

struct Line {
  std::optional<int> Separation::*rating;
  const char* colour;
  const char* dash;   // stroke-dasharray, "none" for solid
  const char* marker; // "circle", "square" or "" for none
};

constexpr Line k_lines[] = {{&Separation::anxiety, k_before, "2 3", ""},
                            {&Separation::after, k_after, "6 4", "square"},
                            {&Separation::peak, k_peak, "none", "circle"}};

std::string marker(const Line& line, double x, double y)
{
  if (std::string_view(line.marker) == "circle") {
    return fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\"/>", x, y,
                       line.colour);
  }
  if (std::string_view(line.marker) == "square") {
    return fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"6\" height=\"6\" fill=\"white\" "
                       "stroke=\"{}\" stroke-width=\"1.5\"/>",
                       x - 3, y - 3, line.colour);
  }
  return {};
}

// One polyline per run of tries that have the rating; a missing rating leaves a gap.
std::string plot(const Report& r, const std::vector<std::size_t>& rows, const Line& line,
                 double left, double step, double bottom, double scale)
{
  std::string out;
  std::string points;
  std::string markers;
  const auto flush = [&] {
    if (!points.empty()) {
      out += fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" "
                         "stroke-dasharray=\"{}\" points=\"{}\"/>\n",
                         line.colour, line.dash, points.substr(1));
    }
    points.clear();
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& v = r.rows[rows[i]].source->*line.rating;
    if (!v) {
      flush();
      continue;
    }
    const double x = left + (static_cast<double>(i) + 0.5) * step;
    const double y = bottom - *v * scale;
    points += fmt::format(" {:.1f},{:.1f}", x, y);
    markers += marker(line, x, y);
  }
  flush();
  return out + (markers.empty() ? "" : markers + "\n");
}

} // namespace

std::string escape(std::string_view text)
{
  const std::string clean = neutralise(text);
  std::string out;
  out.reserve(clean.size());
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    // U+FFFE and U+FFFF are valid UTF-8 but not XML characters.
    if (c == '\xEF' && i + 2 < clean.size() && clean[i + 1] == '\xBF' &&
        (clean[i + 2] == '\xBE' || clean[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";
      i += 2;
      continue;
    }
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string ladder_chart(const Report& r)
{
  const auto& rungs = r.progress.rungs;
  const int row = 30;
  const int height = static_cast<int>(rungs.size()) * row + 10;
  std::string out = open_svg(640, height, "The ladder: each rung's progress towards mastery");
  const int mastery = std::max(1, r.ladder->rules.mastery_days);
  for (std::size_t i = 0; i < rungs.size(); ++i) {
    const RungProgress& p = rungs[i];
    const int y = static_cast<int>(i) * row + 8;
    const char* colour = p.state == RungState::mastered  ? k_mastered
                         : p.state == RungState::current ? k_current
                                                         : k_ahead;
    const int filled = 360 * std::min(p.learned_days, mastery) / mastery;
    out += fmt::format("<g><title>{}: {}</title>\n", format_duration(p.length),
                       escape(p.reason.empty() ? to_string(p.state) : p.reason));
    out += fmt::format("<text x=\"0\" y=\"{}\" class=\"label\">{}</text>\n", y + 13,
                       format_duration(p.length));
    out += fmt::format("<rect x=\"60\" y=\"{}\" width=\"360\" height=\"16\" rx=\"3\" "
                       "fill=\"#f2f2f2\" stroke=\"{}\"/>\n",
                       y, colour);
    if (filled > 0) {
      out += fmt::format("<rect x=\"60\" y=\"{}\" width=\"{}\" height=\"16\" rx=\"3\" "
                         "fill=\"{}\"/>\n",
                         y, filled, colour);
    }
    out += fmt::format("<text x=\"432\" y=\"{}\" class=\"{}\">{} · {} of {} learned days</text>\n",
                       y + 13, to_string(p.state), to_string(p.state),
                       std::min(p.learned_days, mastery), mastery);
    out += "</g>\n";
  }
  return out + "</svg>\n";
}

std::string anxiety_legend()
{
  std::string out = open_svg(420, 24, "Legend");
  double x = 0;
  for (const auto& [line, name] : {std::pair{k_lines[2], "peak"}, std::pair{k_lines[1], "after"},
                                   std::pair{k_lines[0], "before"}}) {
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"12\" x2=\"{1:.1f}\" y2=\"12\" stroke=\"{2}\" "
                       "stroke-width=\"2\" stroke-dasharray=\"{3}\"/>{4}"
                       "<text x=\"{5:.1f}\" y=\"16\">{6}</text>\n",
                       x, x + 30, line.colour, line.dash, marker(line, x + 15, 12), x + 36, name);
    x += 100;
  }
  out += fmt::format("<rect x=\"{:.1f}\" y=\"5\" width=\"30\" height=\"14\" fill=\"#e6f2e6\"/>"
                     "<text x=\"{:.1f}\" y=\"16\">low worry</text>\n",
                     x, x + 36);
  return out + "</svg>\n";
}

std::string anxiety_chart(const Report& r, const Series& s)
{
  const double left = 36, right = 628, top = 10, bottom = 160;
  const double scale = (bottom - top) / 10.0;
  const std::size_t from = s.rows.size() > k_points ? s.rows.size() - k_points : 0;
  const std::vector<std::size_t> rows(s.rows.begin() + static_cast<long>(from), s.rows.end());
  const double step = (right - left) / static_cast<double>(std::max<std::size_t>(rows.size(), 1));
  std::string out =
    open_svg(640, 190, fmt::format("Anxiety on each try at {}", format_duration(s.length)));
  const int good = std::clamp(r.ladder->rules.good_peak, 0, 10);
  out += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" "
                     "fill=\"#e6f2e6\"/>\n",
                     left, bottom - good * scale, right - left, good * scale);
  for (int v = 0; v <= 10; v += 5) {
    const double y = bottom - v * scale;
    out += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#cccccc\"/>"
                       "<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
                       left, y, right, y, left - 6, y + 4, v);
  }
  for (const Line& line : k_lines) {
    out += plot(r, rows, line, left, step, bottom, scale);
  }
  const std::size_t every = (rows.size() + 7) / 8;
  for (std::size_t i = 0; i < rows.size(); i += std::max<std::size_t>(every, 1)) {
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       left + (static_cast<double>(i) + 0.5) * step, bottom + 18,
                       rf::day_month(r.rows[rows[i]].source->started.local_day()));
  }
  return out + "</svg>\n";
}

std::string days_chart(const Report& r)
{
  const local_days today = r.now.local_day();
  std::set<local_days> practised;
  for (const ReportRow& row : r.rows) {
    practised.insert(row.source->started.local_day());
  }
  std::string out = open_svg(640, 56, "The last four weeks: days with a separation");
  for (int i = 0; i < 28; ++i) {
    const local_days day = today - days{27 - i};
    const bool done = practised.count(day) > 0;
    const int x = i * 22;
    out += fmt::format("<rect x=\"{}\" y=\"4\" width=\"18\" height=\"18\" rx=\"3\" fill=\"{}\" "
                       "stroke=\"{}\"><title>{}{}</title></rect>\n",
                       x, done ? k_mastered : "white", done ? k_mastered : "#bbbbbb", rf::date(day),
                       done ? ": practised" : "");
    if (weekday{day} == Monday || i == 0) {
      out += fmt::format("<text x=\"{}\" y=\"40\">{}</text>\n", x, rf::day_month(day));
    }
  }
  return out + "</svg>\n";
}

namespace {

double minutes_of(Seconds d)
{
  return static_cast<double>(d.count()) / 60.0;
}

// Minutes on a log scale between `lo` and `hi`, so 5 minutes and half a day both read.
double log_y(double minutes, double lo, double hi, double top, double bottom)
{
  const double at =
    (std::log(std::max(minutes, lo)) - std::log(lo)) / (std::log(hi) - std::log(lo));
  return bottom - at * (bottom - top);
}

const char* bar_colour(const ReportRow& row)
{
  return row.early ? "#f0b060" : row.good ? k_mastered : "#90a4ae";
}

} // namespace

std::string practice_chart(const Report& r)
{
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    if (r.rows[i].actual) {
      rows.push_back(i);
    }
  }
  if (rows.size() > k_points) {
    rows.erase(rows.begin(), rows.end() - static_cast<long>(k_points));
  }
  const double left = 44, right = 600, top = 14, bottom = 150, top2 = 190, bottom2 = 310;
  const double step = (right - left) / static_cast<double>(std::max<std::size_t>(rows.size(), 1));
  double hi = 30;
  for (const std::size_t i : rows) {
    hi = std::max({hi, minutes_of(r.rows[i].source->planned), minutes_of(*r.rows[i].actual)});
  }
  for (const Rung& rung : r.ladder->rungs) {
    hi = std::max(hi, minutes_of(rung.length));
  }
  std::string out = open_svg(640, 340,
                             "The whole practice: each separation's time apart against its rung, "
                             "and the worry and expectation on each");
  for (const int m : {1, 5, 15, 30, 60, 120, 240, 480}) {
    if (m <= hi) {
      const double y = log_y(m, 1, hi, top, bottom);
      out += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" "
                         "stroke=\"#e0e0e0\"/><text x=\"{}\" y=\"{:.1f}\" "
                         "text-anchor=\"end\">{}</text>\n",
                         left, y, right, y, left - 6, y + 4, format_duration(minutes{m}));
    }
  }
  const double bar = std::min(step * 0.6, 14.0);
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const ReportRow& row = r.rows[rows[k]];
    const Separation& s = *row.source;
    const double x = left + (static_cast<double>(k) + 0.5) * step;
    const double y = log_y(minutes_of(*row.actual), 1, hi, top, bottom);
    const double rung = log_y(minutes_of(s.planned), 1, hi, top, bottom);
    out +=
      fmt::format("<g><title>{}: {} of {}{}{}</title>", rf::short_date(s.started.local_day()),
                  format_duration(*row.actual), format_duration(s.planned),
                  row.early ? ", back early" : "", row.emergency ? ", an agreed emergency" : "");
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                       "fill=\"{}\"{}/>",
                       x - bar / 2, y, bar, bottom - y, bar_colour(row),
                       row.early ? " stroke=\"#8a5a00\" stroke-dasharray=\"3 2\"" : "");
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" "
                       "stroke=\"#222222\" stroke-width=\"2\"/>",
                       x - bar / 2 - 3, rung, x + bar / 2 + 3, rung);
    if (row.emergency) {
      out += fmt::format("<path d=\"M {0:.1f} {1:.1f} l 5 5 l -5 5 l -5 -5 z\" fill=\"{2}\"/>", x,
                         std::min(y, rung) - 14, k_peak);
    }
    out += "</g>\n";
  }
  const double scale10 = (bottom2 - top2) / 10.0, scale100 = (bottom2 - top2) / 100.0;
  for (int v = 0; v <= 10; v += 5) {
    const double y = bottom2 - v * scale10;
    out += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" stroke=\"#cccccc\"/>"
                       "<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>"
                       "<text x=\"{}\" y=\"{:.1f}\">{}%</text>\n",
                       left, y, right, y, left - 6, y + 4, v, right + 4, y + 4, v * 10);
  }
  const Line peak = k_lines[2];
  const Line before{&Separation::likely_before, k_before, "2 3", ""};
  const Line after{&Separation::likely_after, k_after, "6 4", "square"};
  out += plot(r, rows, peak, left, step, bottom2, scale10);
  out += plot(r, rows, before, left, step, bottom2, scale100);
  out += plot(r, rows, after, left, step, bottom2, scale100);
  const std::size_t every = std::max<std::size_t>((rows.size() + 6) / 7, 1);
  for (std::size_t k = 0; k < rows.size(); k += every) {
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       left + (static_cast<double>(k) + 0.5) * step, bottom2 + 20,
                       rf::day_month(r.rows[rows[k]].source->started.local_day()));
  }
  return out + "</svg>\n";
}

std::string predictions_chart(const PredictionCounts& p)
{
  std::string out = open_svg(640, 40, "What was feared, and whether it happened");
  const struct {
    int n;
    const char* fill;
    const char* ink;
    const char* name;
  } parts[] = {{p.did_not_happen, k_mastered, "white", "did not happen"},
               {p.happened, "#f0b060", "#222222", "happened"},
               {p.not_recorded, "#dddddd", "#222222", "not noted"}};
  double x = 0;
  const double total = std::max(1, p.made);
  for (const auto& part : parts) {
    const double w = 600.0 * part.n / total;
    if (part.n > 0) {
      out += fmt::format("<rect x=\"{:.1f}\" y=\"4\" width=\"{:.1f}\" height=\"24\" fill=\"{}\" "
                         "stroke=\"white\"><title>{} {}</title></rect>\n",
                         x, w, part.fill, part.n, part.name);
      const std::string label =
        w >= 120 ? fmt::format("{} {}", part.n, part.name) : std::to_string(part.n);
      if (w >= 24) {
        out += fmt::format("<text x=\"{:.1f}\" y=\"21\" text-anchor=\"middle\" fill=\"{}\">{}"
                           "</text>\n",
                           x + w / 2, part.ink, label);
      }
    }
    x += w;
  }
  return out + "</svg>\n";
}

} // namespace sepa::report_svg
