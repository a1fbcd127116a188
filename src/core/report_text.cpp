// The text report: one or two screens, sections in the order a parent asks the questions — where
// am I on the ladder, how much have I done, is the worry getting smaller, what did I learn.
// Colour is a plain flag here; the command line decides whether the terminal wants it.

#include "core/report_format.hpp"
#include "core/report_words.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/progress.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <utility>
#include <vector>

namespace sepa {

namespace {

namespace rf = report_format;

constexpr std::size_t k_spark = 16; // the latest tries a sparkline shows on a wide terminal
constexpr std::size_t k_list = 5;   // the latest entries a list shows

enum class Ink { bold, good, calm, warn, dim };

// Columns of text that may hold our own colour sequences ("\x1b[…m"), which take none.
std::size_t visible_width(std::string_view text)
{
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b') {
      i = std::min(text.find('m', i), text.size());
      continue;
    }
    plain += text[i];
  }
  return display_width(plain);
}

class Writer {
public:
  explicit Writer(const TextOptions& options)
    : m_color(options.color), m_width(std::max<std::size_t>(options.width, 40))
  {
  }

  std::string ink(Ink ink, std::string_view text) const
  {
    if (!m_color) {
      return std::string(text);
    }
    static constexpr std::array<const char*, 5> k_codes{"1", "32", "36", "33", "2"};
    return fmt::format("\x1b[{}m{}\x1b[0m", k_codes[static_cast<std::size_t>(ink)], text);
  }

  void heading(std::string_view text) { m_out += "\n" + ink(Ink::bold, text) + "\n"; }
  // A line of plain text; one too wide for the terminal wraps under its own indent.
  void line(std::string_view text)
  {
    if (visible_width(text) <= m_width || text.find('\x1b') != std::string_view::npos) {
      m_out += std::string(text) + "\n";
      return;
    }
    const std::size_t indent = std::min(text.find_first_not_of(' '), text.size());
    wrap(text.substr(0, indent), text.substr(indent), Ink::dim, false);
  }

  // Words of `text` (already neutralised) on lines of the terminal's width; the first line
  // after `lead`, the rest indented to the lead's width.
  void wrap(std::string_view lead, std::string_view text, Ink tone, bool inked)
  {
    const std::size_t indent = visible_width(lead);
    std::string current;
    std::size_t used = indent;
    bool first = true;
    const auto flush = [&] {
      const std::string body = inked ? ink(tone, current) : current;
      m_out += (first ? std::string(lead) : std::string(indent, ' ')) + body + "\n";
      first = false;
      current.clear();
      used = indent;
    };
    std::size_t pos = 0;
    while (pos <= text.size()) {
      const std::size_t space = std::min(text.find(' ', pos), text.size());
      const std::string_view word = text.substr(pos, space - pos);
      const std::size_t w = display_width(word);
      if (!current.empty() && used + 1 + w > m_width) {
        flush();
      }
      used += (current.empty() ? 0 : 1) + w;
      current += (current.empty() ? "" : " ") + std::string(word);
      pos = space + 1;
    }
    flush();
  }

  std::size_t width() const { return m_width; }
  std::string take() { return std::move(m_out); }

private:
  bool m_color;
  std::size_t m_width;
  std::string m_out;
};

void ladder_section(const Report& r, Writer& w)
{
  w.heading("The ladder");
  const Ladder& ladder = *r.ladder;
  if (ladder.rungs.empty()) {
    w.line("  " + no_rungs_words());
  }
  std::size_t length_width = 3;
  for (const Rung& rung : ladder.rungs) {
    length_width = std::max(length_width, format_duration(rung.length).size());
  }
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    const RungProgress& p = r.progress.rungs[i];
    const bool mastered = p.state == RungState::mastered;
    const bool current = p.state == RungState::current;
    const std::string mark = mastered  ? w.ink(Ink::good, "✓")
                             : current ? w.ink(Ink::bold, "▸")
                                       : " ";
    const std::string lead =
      fmt::format("  {} {} {}  ", mark, fit(format_duration(p.length), length_width),
                  fit(to_string(p.state), 8));
    if (p.reason.empty()) {
      w.line(fmt::format("  {} {} {}", mark, fit(format_duration(p.length), length_width),
                         to_string(p.state)));
    } else {
      w.wrap(lead, p.reason, Ink::dim, !mastered && !current);
    }
  }
  if (const std::string next = next_words(r.progress); !next.empty()) {
    w.wrap("  ", next, Ink::calm, true);
  }
}

void totals_section(const Report& r, Writer& w)
{
  const Totals& t = r.totals;
  w.heading("So far");
  // Nothing finished yet reads as words, not as "0 separations, 0s apart in all".
  w.line(t.finished == 0 ? std::string("  None finished yet.")
                         : fmt::format("  {}, {} apart in all; the longest {}.",
                                       rf::count(t.finished, "separation", "separations"),
                                       format_duration(t.apart), format_duration(t.longest)));
  if (t.open > 0) {
    w.line(t.open == 1 ? "  One is under way now." : fmt::format("  {} are still open.", t.open));
  }
  if (t.last_started) {
    w.line(fmt::format("  Last practised {} ({}).",
                       rf::days_ago(t.last_started->local_day(), r.now.local_day()),
                       format_day_clock(*t.last_started)));
  }
  w.wrap("  ", report_words::days_practised(r), Ink::dim, false);
}

// One block per try, from ▁ (calm) to █ (8 or more); · where the rating was not given.
std::string spark(const Report& r, const Series& s, std::optional<int> Separation::*rating,
                  std::size_t most)
{
  static constexpr std::array<const char*, 8> k_blocks{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  const std::size_t from = s.rows.size() > most ? s.rows.size() - most : 0;
  std::string out;
  for (std::size_t i = from; i < s.rows.size(); ++i) {
    const auto& v = r.rows[s.rows[i]].source->*rating;
    out += v ? k_blocks[static_cast<std::size_t>(std::clamp(*v - 1, 0, 7))] : "·";
  }
  return out;
}

void anxiety_section(const Report& r, Writer& w)
{
  if (r.series.empty()) {
    return;
  }
  // Two sparklines and the averages fit the terminal: 16 tries at 80 columns, fewer below; on
  // a narrow one (a phone) the averages go on a line of their own under the sparklines.
  const std::size_t most =
    std::clamp<std::size_t>((std::max<std::size_t>(w.width(), 56) - 46) / 2, 5, k_spark);
  std::size_t cols = 5;
  for (const Series& s : r.series) {
    cols = std::max(cols, std::min(s.rows.size(), most));
  }
  const bool one_line = 42 + 2 * cols <= w.width();
  const std::string averages = "average before → peak → after";
  w.heading("Anxiety 0–10 on each try, oldest first");
  w.line(w.ink(Ink::dim, fmt::format("  {} {}  {}{}", fit("", 6), fit("peak", cols),
                                     fit("after", cols), one_line ? "  " + averages : "")));
  if (!one_line) {
    w.line(w.ink(Ink::dim, fmt::format("  {} {}", fit("", 6), averages)));
  }
  for (const Series& s : r.series) {
    const std::string sparks = fmt::format("  {} {}  {}", fit(format_duration(s.length), 6),
                                           fit(spark(r, s, &Separation::peak, cols), cols),
                                           fit(spark(r, s, &Separation::after, cols), cols));
    const std::string figures =
      fmt::format("{} → {} → {}{}", rf::average(s.before), rf::average(s.peak),
                  rf::average(s.after), s.on_ladder ? "" : w.ink(Ink::dim, "  (not a rung)"));
    if (one_line) {
      w.line(sparks + "  " + figures);
    } else {
      w.line(sparks);
      w.line(fmt::format("  {} {}", fit("", 6), figures));
    }
  }
}

void waits_section(const Report& r, Writer& w)
{
  const WaitCounts& c = r.waits;
  w.heading("The wait before calling home");
  std::vector<std::string> sentences = report_words::waits(c);
  if (c.waits == 0 && c.texted == 0 && c.emergencies == 0) {
    sentences.back() += " When one comes, `sepa checkin` helps you wait.";
  }
  for (const std::string& sentence : sentences) {
    w.wrap("  ", sentence, Ink::dim, false);
  }
}

void predictions_section(const Report& r, Writer& w)
{
  w.heading("What you feared, and what happened");
  std::vector<std::string> sentences = report_words::predictions(r.predictions);
  if (r.predictions.made == 0) {
    sentences.back() += " Next time: sepa start --predict \"what you fear\"";
  }
  for (const std::string& sentence : sentences) {
    w.wrap("  ", sentence, Ink::dim, false);
  }
}

// The latest separations with their verdicts: what each one taught.
void latest_section(const Report& r, Writer& w)
{
  const VerdictCounts& v = r.verdicts;
  w.heading("What each separation taught, latest first");
  // Only the kinds there were: "5 learned, 4 practice, 1 early."
  std::vector<std::string> kinds;
  for (const auto& [n, kind] :
       {std::pair{v.learned, "learned"}, std::pair{v.practice, "practice"},
        std::pair{v.early, "early"}, std::pair{v.emergency, "ended by an agreed emergency"}}) {
    if (n > 0) {
      kinds.push_back(fmt::format("{} {}", n, kind));
    }
  }
  w.wrap("  ", kinds.empty() ? "None finished yet." : fmt::format("{}.", fmt::join(kinds, ", ")),
         Ink::dim, false);
  std::size_t shown = 0;
  for (std::size_t i = r.rows.size(); i-- > 0 && shown < k_list;) {
    const ReportRow& row = r.rows[i];
    if (!row.judgement) {
      continue;
    }
    ++shown;
    const Separation& s = *row.source;
    const std::string lead = fmt::format("  {} {} ", fit(rf::short_date(s.started.local_day()), 10),
                                         fit(format_duration(s.planned), 5));
    w.wrap(lead, fmt::format("{}: {}", to_string(row.judgement->verdict), row.judgement->reason),
           Ink::dim, false);
  }
}

void evidence_section(const Report& r, Writer& w)
{
  w.heading("What your partner did well, latest first");
  if (r.evidence.empty()) {
    w.line(
      "  Nothing noted yet. When you are back: sepa done --praise \"one thing they did well\"");
    return;
  }
  for (std::size_t i = 0; i < std::min(k_list, r.evidence.size()); ++i) {
    const Separation& s = *r.rows[r.evidence[i]].source;
    const std::string lead = fmt::format("  {} ", fit(rf::short_date(s.started.local_day()), 10));
    w.wrap(lead, "\"" + neutralise(s.praise) + "\"", Ink::dim, false);
  }
  if (r.evidence.size() > k_list) {
    w.line(
      w.ink(Ink::dim, fmt::format("  and {} more: sepa report --format markdown lists them all.",
                                  r.evidence.size() - k_list)));
  }
}

std::string side_text(const PartnerSide& side)
{
  std::string out;
  for (const PartnerLine& line : partner_lines(side)) {
    out += fmt::format("{}{}: {}", out.empty() ? "" : "; ", line.label, neutralise(line.text));
  }
  return out;
}

void together_section(const Report& r, Writer& w)
{
  w.heading(fmt::format("{} side, latest first", partners_cap(*r.ladder)));
  if (r.partner_sides.empty()) {
    w.line("  Nothing yet. After a separation, in their own words: sepa partner");
  }
  for (std::size_t i = 0; i < std::min(k_list, r.partner_sides.size()); ++i) {
    const Separation& s = *r.rows[r.partner_sides[i]].source;
    const std::string lead = fmt::format("  {} ", fit(rf::short_date(s.started.local_day()), 10));
    w.wrap(lead, side_text(*s.partner), Ink::dim, false);
  }
  w.wrap("  ", plans_sentence(r.plans.planned, r.plans.kept, r.plans.missed), Ink::dim, false);
}

void early_section(const Report& r, Writer& w)
{
  w.heading("Early returns");
  if (r.early_returns.empty()) {
    w.line("  None.");
    return;
  }
  for (std::size_t i = 0; i < std::min(k_list, r.early_returns.size()); ++i) {
    const ReportRow& row = r.rows[r.early_returns[i]];
    w.line(fmt::format("  {} {}", fit(rf::short_date(row.source->started.local_day()), 10),
                       report_words::early_return(row)));
  }
  if (r.early_returns.size() > k_list) {
    w.line(fmt::format("  and {} earlier.", r.early_returns.size() - k_list));
  }
}

void help_section(const Report& r, Writer& w)
{
  if (!r.help.show()) {
    return;
  }
  w.heading(w.ink(Ink::warn, "A gentle note"));
  w.wrap("  ", report_words::help_paragraph(r.help), Ink::dim, false);
  w.wrap("  ", help_words(r.help).harm, Ink::warn, true);
}

} // namespace

std::string render_text(const Report& r, const TextOptions& options)
{
  Writer w(options);
  const bool nothing_yet = r.rows.empty() && !r.since;
  w.line(w.ink(Ink::bold, nothing_yet ? "Your practice" : "Your practice: " + rf::window(r)));
  ladder_section(r, w);
  if (r.rows.empty()) {
    w.line("");
    w.line(r.since ? "No separations in this window."
                   : "No separations yet. The first one can be very short: sepa start");
    help_section(r, w);
    return w.take();
  }
  totals_section(r, w);
  anxiety_section(r, w);
  waits_section(r, w);
  predictions_section(r, w);
  latest_section(r, w);
  evidence_section(r, w);
  together_section(r, w);
  early_section(r, w);
  help_section(r, w);
  return w.take();
}

} // namespace sepa
