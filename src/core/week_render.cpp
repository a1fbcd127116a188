// The week in words: each sentence written once here, laid out as text, Markdown or JSON.

#include "core/json_writer.hpp"
#include "core/markdown_text.hpp"
#include "core/report_format.hpp"
#include "sepa/parse.hpp"
#include "sepa/plans.hpp"
#include "sepa/text.hpp"
#include "sepa/week_together.hpp"

#include <fmt/format.h>

namespace sepa {

namespace rf = report_format;

namespace {

constexpr std::size_t k_most = 3; // entries of a list the text shows: one screen

std::string parent_of(const Week& w)
{
  return w.parent.empty() ? "you" : neutralise(w.parent);
}

std::string partner_of(const Week& w)
{
  return w.partner.empty() ? "your partner" : neutralise(w.partner);
}

std::string lengths(const std::vector<Seconds>& list)
{
  std::string out;
  for (const Seconds l : list) {
    out += (out.empty() ? "" : ", ") + format_duration(l);
  }
  return out.empty() ? "none" : out;
}

std::string span(Seconds d)
{
  return d.count() == 0 ? "none" : format_duration(d);
}

std::string confidence(const std::optional<double>& v)
{
  return v ? fmt::format("{:.1f}", *v) : "not given";
}

std::string times(int n)
{
  return n == 0 ? "never" : n == 1 ? "once" : n == 2 ? "twice" : fmt::format("{} times", n);
}

// The comparison, a sentence a figure: "Separations: 4 (the week before: 2)".
std::vector<std::string> figures(const Week& w)
{
  const Period& a = w.this_week;
  const Period& b = w.last_week;
  std::vector<std::string> out{
    fmt::format("Separations: {} (the week before: {})", a.separations, b.separations),
    fmt::format("Time apart: {} ({})", span(a.apart), span(b.apart)),
    fmt::format("The longest: {} ({})", span(a.longest), span(b.longest)),
    fmt::format("Rungs learned: {} ({})", lengths(a.rungs_learned), lengths(b.rungs_learned)),
    fmt::format("{}'s confidence, 0–10: {} ({})", capitalised(partner_of(w)),
                confidence(a.confidence), confidence(b.confidence)),
  };
  if (a.planned + b.planned > 0) {
    std::string plans =
      fmt::format("Planned ahead: {}, kept {} ({} and {})", a.planned, a.kept, b.planned, b.kept);
    if (a.missed > 0) {
      plans += fmt::format("; {} went by without one, which happens", a.missed);
    }
    out.push_back(plans);
  }
  return out;
}

std::vector<std::string> evidence(const Week& w)
{
  std::vector<std::string> out;
  for (const Fear& f : w.fears) {
    out.push_back(f.happened == 0
                    ? fmt::format("\"{}\": feared {}, and it never happened",
                                  neutralise(f.prediction), times(f.made))
                    : fmt::format("\"{}\": feared {}; it happened {}, and you came through it",
                                  neutralise(f.prediction), times(f.made), times(f.happened)));
  }
  if (w.likely_before && w.likely_after) {
    out.push_back(fmt::format("How likely it felt, on average: {:.0f}% before going, {:.0f}% "
                              "after.",
                              *w.likely_before, *w.likely_after));
  }
  if (out.empty()) {
    out.push_back("No fears noted this week. Next time: sepa start --predict \"…\" --likely 70");
  }
  return out;
}

std::string said(const std::string& who, const Said& s)
{
  return fmt::format("{}, {}: \"{}\"", who, rf::short_date(s.day), neutralise(s.text));
}

// Up to `most` of the latest entries, each as `who` said it.
void latest(std::vector<std::string>& out, const std::string& who, const std::vector<Said>& list,
            std::size_t most)
{
  for (std::size_t i = list.size(); i-- > 0 && list.size() - i <= most;) {
    out.push_back(said(who, list[i]));
  }
}

std::vector<std::string> thanks(const Week& w, std::size_t most)
{
  std::vector<std::string> out;
  latest(out, fmt::format("{} to {}", capitalised(parent_of(w)), partner_of(w)), w.praise, most);
  latest(out, fmt::format("{} to {}", capitalised(partner_of(w)), parent_of(w)), w.thanks, most);
  if (out.empty()) {
    out.push_back("None noted yet: `sepa done --praise` and `sepa partner --thanks` keep them.");
  }
  return out;
}

std::vector<std::string> needs(const Week& w, std::size_t most)
{
  std::vector<std::string> out;
  latest(out, capitalised(partner_of(w)) + " would like", w.needs, most);
  latest(out, capitalised(w.parent.empty() ? "your" : neutralise(w.parent) + "'s") + " notes",
         w.notes, most);
  latest(out, "On the baby", w.baby, most);
  if (out.empty()) {
    out.push_back("Nothing noted yet: `sepa partner --needed` keeps what would help.");
  }
  return out;
}

std::vector<std::string> coming(const Week& w)
{
  std::vector<std::string> out;
  for (const PlannedSeparation* p : w.coming) {
    out.push_back(describe_plan(*p, w.at));
  }
  if (out.empty()) {
    out.push_back("Nothing planned yet. Pick a time together, e.g. sepa plan next sat 10:00 30m");
  }
  return out;
}

std::string title(const Week& w)
{
  return fmt::format("Your week together: {} to {}", rf::short_date(w.this_week.first),
                     rf::short_date(w.this_week.last));
}

struct Section {
  const char* heading;
  std::vector<std::string> lines;
};

std::vector<Section> sections(const Week& w, std::size_t most)
{
  return {
    {"This week, and the week before", figures(w)},
    {"What was feared, and what was found", evidence(w)},
    {"Thanks both ways", thanks(w, most)},
    {"What would help", needs(w, most)},
    {"Coming up", coming(w)},
    {"For the two of you", {}},
  };
}

} // namespace

const std::vector<std::string>& week_prompts()
{
  static const std::vector<std::string> prompts{
    "What went well this week, for each of you?",
    "What was hard, or what would you do differently?",
    "One thing to try before you next sit down together.",
  };
  return prompts;
}

std::string render_week_text(const Week& w, std::size_t width)
{
  std::string out = wrap(title(w), width);
  for (const Section& s : sections(w, k_most)) {
    out += "\n" + wrap(s.heading, width);
    for (const std::string& line : s.lines) {
      out += wrap(line, width, "  ");
    }
  }
  const auto& prompts = week_prompts();
  for (std::size_t i = 0; i < prompts.size(); ++i) {
    out += wrap(prompts[i], width, fmt::format("  {}. ", i + 1));
  }
  return out;
}

namespace {

void period_json(json_text::JsonWriter& j, const char* name, const Period& p)
{
  j.key(name);
  j.open('{');
  j.key("from");
  j.text(rf::iso_date(p.first));
  j.key("to");
  j.text(rf::iso_date(p.last));
  j.key("separations");
  j.number(p.separations);
  j.key("minutes_apart");
  j.number(rf::minutes(p.apart));
  j.key("longest_minutes");
  j.number(rf::minutes(p.longest));
  j.key("rungs_learned");
  j.open('[');
  for (const Seconds l : p.rungs_learned) {
    j.element();
    j.duration(l);
  }
  j.close(']');
  j.key("partner_confidence");
  p.confidence ? j.number(rf::one_decimal(*p.confidence)) : j.null();
  j.key("planned");
  j.number(p.planned);
  j.key("kept");
  j.number(p.kept);
  j.key("missed");
  j.number(p.missed);
  j.close('}');
}

void said_json(json_text::JsonWriter& j, const char* name, const std::vector<Said>& list)
{
  j.key(name);
  j.open('[');
  for (const Said& s : list) {
    j.element();
    j.open('{');
    j.key("day");
    j.text(rf::iso_date(s.day));
    j.key("text");
    j.text(s.text);
    j.close('}');
  }
  j.close(']');
}

} // namespace

std::string render_week_json(const Week& w)
{
  json_text::JsonWriter j(4096);
  j.open('{');
  j.key("version");
  j.number(1);
  j.key("made");
  j.instant(w.at);
  j.key("names");
  j.open('{');
  j.key("parent");
  w.parent.empty() ? j.null() : j.text(w.parent);
  j.key("partner");
  w.partner.empty() ? j.null() : j.text(w.partner);
  j.close('}');
  period_json(j, "this_week", w.this_week);
  period_json(j, "last_week", w.last_week);
  j.key("fears");
  j.open('[');
  for (const Fear& f : w.fears) {
    j.element();
    j.open('{');
    j.key("prediction");
    j.text(f.prediction);
    j.key("made");
    j.number(f.made);
    j.key("happened");
    j.number(f.happened);
    j.close('}');
  }
  j.close(']');
  j.key("likely_before");
  w.likely_before ? j.number(rf::one_decimal(*w.likely_before)) : j.null();
  j.key("likely_after");
  w.likely_after ? j.number(rf::one_decimal(*w.likely_after)) : j.null();
  said_json(j, "praise", w.praise);
  said_json(j, "thanks", w.thanks);
  said_json(j, "needs", w.needs);
  said_json(j, "notes", w.notes);
  said_json(j, "baby", w.baby);
  j.key("coming");
  j.open('[');
  for (const PlannedSeparation* p : w.coming) {
    j.element();
    j.open('{');
    j.key("id");
    j.text(p->id);
    j.key("at");
    j.instant(p->at);
    j.key("length");
    j.duration(p->length);
    j.key("activity");
    p->activity.empty() ? j.null() : j.text(p->activity);
    j.close('}');
  }
  j.close(']');
  j.key("prompts");
  j.open('[');
  for (const std::string& prompt : week_prompts()) {
    j.element();
    j.text(prompt);
  }
  j.close(']');
  j.close('}');
  return j.take() + "\n";
}

std::string render_week_markdown(const Week& w)
{
  std::string out = "# " + md(title(w)) + "\n";
  for (const Section& s : sections(w, SIZE_MAX)) {
    out += fmt::format("\n## {}\n\n", s.heading);
    for (const std::string& line : s.lines) {
      out += "- " + md(line) + "\n";
    }
  }
  const auto& prompts = week_prompts();
  for (std::size_t i = 0; i < prompts.size(); ++i) {
    out += fmt::format("{}. {}\n", i + 1, prompts[i]);
  }
  return out;
}

} // namespace sepa
