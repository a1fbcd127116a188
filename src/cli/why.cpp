#include "cli/why.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "core/json_writer.hpp"
#include "sepa/errors.hpp"
#include "sepa/explain.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace sepa {

namespace {

std::string title(const Explanation& e, const Ladder& ladder)
{
  const std::string length = format_duration(e.length);
  if (e.in_between) {
    return fmt::format("{}: the step in between, before the next rung", length);
  }
  switch (*e.state) {
  case RungState::mastered:
    return length + ": mastered";
  case RungState::current:
    break;
  case RungState::ahead:
    return length + ": ahead";
  }
  return length + ": your current rung" +
         (ladder.rungs[*e.rung].activity.empty()
            ? std::string()
            : " (" + neutralise(ladder.rungs[*e.rung].activity) + ")");
}

// "Sun 25 Oct, 32m of 30m: learned" and its reason beneath.
std::string entry(const Counted& c, std::size_t width)
{
  const Separation& s = *c.source;
  // To the minute: "32m", not "32m1s".
  const Seconds apart = *s.ended - s.started;
  const std::string lasted = format_duration(
    apart < std::chrono::minutes{1} ? apart : std::chrono::round<std::chrono::minutes>(apart));
  const std::string head = fmt::format(
    "{}, {} of {}{}: {}", format_day_clock(s.started), lasted, format_duration(s.planned),
    c.longer ? " (a longer one)" : "", to_string(c.judgement.verdict));
  return wrap(head, width, "  ") + wrap(c.judgement.reason, width, "    ");
}

std::string render_text(const Explanation& e, const Ladder& ladder, std::size_t width)
{
  std::string out = wrap(title(e, ladder), width) + "\n";
  if (e.separations.empty()) {
    out += wrap("No finished separation counts toward it yet.", width, "  ");
  } else {
    out += wrap(fmt::format("Counting toward {}, oldest first:", format_duration(e.length)), width);
    for (const Counted& c : e.separations) {
      out += entry(c, width);
    }
  }
  out += "\n";
  for (const std::string& sentence : e.needed) {
    out += wrap(sentence, width);
  }
  out += "\n" + wrap(rule_summary(ladder.rules), width);
  return out;
}

std::string render_json(const Explanation& e, const Ladder& ladder)
{
  json_text::JsonWriter w(1024 + 256 * e.separations.size());
  w.open('{');
  w.key("version");
  w.number(1);
  w.key("length");
  w.duration(e.length);
  w.key("kind");
  w.text(e.in_between ? "in_between" : "rung");
  w.key("state");
  e.state ? w.text(to_string(*e.state)) : w.null();
  w.key("learned_days");
  w.number(e.learned_days);
  w.key("clean_days");
  w.number(e.clean_days);
  w.key("mastery_days");
  w.number(ladder.rules.mastery_days);
  w.key("separations");
  w.open('[');
  for (const Counted& c : e.separations) {
    const Separation& s = *c.source;
    w.element();
    w.open('{');
    w.key("id");
    w.text(s.id);
    w.key("started");
    w.instant(s.started);
    w.key("planned");
    w.duration(s.planned);
    w.key("lasted");
    w.duration(*s.ended - s.started);
    w.key("longer");
    w.boolean(c.longer);
    w.key("verdict");
    w.text(to_string(c.judgement.verdict));
    w.key("reason");
    w.text(c.judgement.reason);
    w.key("clean");
    w.boolean(c.judgement.clean);
    w.close('}');
  }
  w.close(']');
  w.key("needed");
  w.texts(e.needed);
  w.close('}');
  return w.take() + "\n";
}

} // namespace

void register_why(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<WhyOptions>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* sub =
    app.add_subcommand("why", "How the ladder judged each separation, and what moves it up");
  sub->fallthrough();
  sub->add_option("DURATION", o->duration, "A rung or step (default: your next step)");
  sub->add_option("--format", *format, "text (default) or json")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa why\n  sepa why 30m\n  sepa why --format json");
  sub->callback([o, format, &ctx] {
    WhyOptions options = *o;
    options.json = *format == "json";
    ctx.status = run_why(options, ctx);
  });
}

int run_why(const WhyOptions& options, Context& ctx)
{
  const Timestamp now = ctx.now();
  std::optional<Seconds> length;
  if (!options.duration.empty()) {
    length = duration_value(options.duration);
  }
  const auto ladder = read_ladder(ctx);
  if (!ladder || ladder->rungs.empty()) {
    throw StateError("there is no ladder with rungs yet, so nothing to explain",
                     "`sepa plan` sets one up");
  }
  const auto e = explain(*ladder, length, now);
  if (!e) {
    throw StateError(fmt::format("{} is shorter than every rung, so nothing counts toward it",
                                 format_duration(*length)),
                     "`sepa plan` shows your rungs");
  }
  if (options.json) {
    ctx.data << render_json(*e, *ladder);
  } else {
    ctx.out << render_text(*e, *ladder, ctx.width());
  }
  return 0;
}

} // namespace sepa
