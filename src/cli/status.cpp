#include "cli/status.hpp"

#include "cli/checks.hpp"
#include "cli/json_forms.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "cli/plan_together.hpp"
#include "io/prompt_cache.hpp"
#include "sepa/parse.hpp"
#include "sepa/progress.hpp"
#include "sepa/prompt_facts.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>

namespace sepa {

namespace {

// A check-in's outcome in words.
const char* checkin_words(Outcome outcome)
{
  switch (outcome) {
  case Outcome::passed:
    return "the worry passed on its own";
  case Outcome::texted:
    return "you sent your one text";
  case Outcome::emergency:
    return "an emergency call";
  }
  return "a check-in";
}

// Clock times are read in the zone in force at each instant, so "back around" is right when a
// clock change falls between the start and the return.
std::string open_status(const Separation& s, const Timestamp& now, const TimeZone& zone)
{
  const Seconds elapsed = now - s.started;
  const Timestamp back = zone.stamp(s.started.utc + s.planned);
  std::string out = fmt::format("You have been apart {} of the {} planned ({}).\n",
                                format_duration(std::max(elapsed, Seconds{0})),
                                format_duration(s.planned), describe(s, now));
  if (elapsed < Seconds{0}) {
    out += "The clock reads earlier than the start; if it was changed, the times will settle "
           "once it is right.\n";
  } else if (elapsed < s.planned) {
    out += fmt::format("{} to go, back around {}.\n", format_duration(s.planned - elapsed),
                       format_clock(back));
  } else {
    out += "Your planned time is up. When you are back: sepa done\n";
  }
  if (left_open_too_long(s, now)) {
    out += fmt::format("This has been open far longer than planned. {}.\n",
                       capitalised(end_it_earlier(s, now, zone)));
  }
  if (s.wait_until) {
    const Timestamp until = zone.stamp(s.wait_until->utc);
    const Seconds left = until - now;
    out += left > Seconds{0} ? fmt::format("Wait before calling home: {} left, until {}.\n",
                                           format_duration(left), format_clock(until))
                             : fmt::format("Your wait ended at {}.\n", format_clock(until));
  }
  if (!s.checkins.empty()) {
    std::vector<std::string> said;
    for (const Checkin& c : s.checkins) {
      said.push_back(fmt::format("{} at {}", checkin_words(c.outcome), format_clock(c.at)));
    }
    out += fmt::format("So far: {}.\n", fmt::join(said, ", then "));
  }
  return out;
}

std::string idle_status(const Ladder& ladder, const Timestamp& now)
{
  std::string out;
  if (ladder.rungs.empty()) {
    out += no_rungs_words() + "\n";
  } else {
    const Progress progress = assess(ladder, now);
    const NextStep& next = *progress.next;
    const std::string& activity = next_activity(ladder, next);
    out += fmt::format("Next: {}{}. Start it with `sepa start`.\n", format_duration(next.length),
                       activity.empty() ? std::string() : " (" + neutralise(activity) + ")");
    if (!next.why.empty()) {
      out += next.why + ".\n";
    }
    if (const std::string nudge = clean_day_nudge(ladder, progress); !nudge.empty()) {
      out += nudge + "\n";
    }
  }
  if (const std::string planned = next_plan_line(ladder, now); !planned.empty()) {
    out += planned + ".\n";
  }
  if (ladder.separations.empty()) {
    out += "No separations yet. The first one can be very short.\n";
  } else {
    const Separation& last = ladder.separations.back();
    const auto days = (now.local_day() - last.started.local_day()).count();
    if (days < 0) {
      return out + fmt::format("Last practised {} ({}); the clock reads earlier than that, so it "
                               "may have been moved back.\n",
                               format_day_clock(last.started), format_duration(last.planned));
    }
    const std::string when = days == 0   ? "today"
                             : days == 1 ? "yesterday"
                                         : fmt::format("{} days ago", days);
    out += fmt::format("Last practised {} ({}, {}).\n", when, format_day_clock(last.started),
                       format_duration(last.planned));
  }
  return out;
}

// The prompt line, from the cache while the ladder file is as it was, else from the ladder
// (which then refreshes the cache): a prompt should not read a year of practice each time.
std::string short_line(const Context& ctx)
{
  const auto key = file_key(ctx.ladder_path().path);
  const auto cache = prompt_cache_path(ctx.env);
  if (key && cache) {
    if (const auto text = read_prompt_cache(*cache, *key)) {
      if (const auto facts = read_prompt_facts(*text)) {
        return status_short(*facts, ctx.now(), ctx.zone);
      }
    }
  }
  const auto ladder = read_ladder(ctx);
  if (!ladder) {
    return "";
  }
  if (key && cache) {
    write_prompt_cache(*cache, *key, write_prompt_facts(prompt_facts(*ladder)));
  }
  return status_short(*ladder, ctx.now(), ctx.zone);
}

} // namespace

std::string render_status(const Ladder& ladder, const Timestamp& now, const TimeZone& zone)
{
  if (const Separation* s = open_separation(ladder)) {
    return open_status(*s, now, zone);
  }
  return idle_status(ladder, now);
}

void register_status(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<StatusOptions>();
  CLI::App* sub = app.add_subcommand("status", "The separation under way, or the next rung");
  sub->fallthrough();
  sub->add_option("--format", o->format, "text (default), json, or short (one line for a prompt)")
    ->transform(one_of({"text", "json", "short"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa status\n  sepa status --format json\n"
              "  PS1='$(sepa status --format short 2>/dev/null) '$PS1");
  sub->callback([o, &ctx] { ctx.status = run_status(*o, ctx); });
}

std::optional<PromptLineArgs> prompt_line_args(const std::vector<std::string>& args)
{
  PromptLineArgs line;
  bool status = false;
  std::optional<std::string> format;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "status" && !status) {
      status = true;
      continue;
    }
    if (word == "--no-input" && !line.no_input) {
      line.no_input = true;
      continue;
    }
    // An option with a value, as "--name value" or "--name=value".
    const auto equals = word.find('=');
    const std::string name = word.substr(0, equals);
    std::optional<std::string>* const slot = name == "--file"               ? &line.file
                                             : name == "--color"            ? &line.color
                                             : name == "--format" && status ? &format
                                                                            : nullptr;
    if (slot == nullptr || slot->has_value() || (equals == word.npos && i + 1 == args.size())) {
      return std::nullopt;
    }
    *slot = equals == word.npos ? args[++i] : word.substr(equals + 1);
  }
  // An empty path, one like an option or an unknown colour is the tree's to refuse.
  const bool plain_file = !line.file || (!line.file->empty() && !line.file->starts_with('-'));
  const bool known_color =
    !line.color || *line.color == "auto" || *line.color == "always" || *line.color == "never";
  return status && format == "short" && plain_file && known_color ? std::optional(line)
                                                                  : std::nullopt;
}

int run_prompt_line(const PromptLineArgs& args, Context& ctx)
{
  ctx.file_flag = args.file.value_or("");
  ctx.no_input = args.no_input;
  ctx.color_mode = color_mode_from(args.color.value_or("auto"));
  return run_status({"short"}, ctx);
}

int run_status(const StatusOptions& options, Context& ctx)
{
  if (options.format == "short") {
    // Nothing at all when nothing is under way or planned today, so a prompt stays clean.
    if (const std::string line = short_line(ctx); !line.empty()) {
      ctx.out << (ctx.color_mode == ColorMode::always ? paint(ctx, Tone::bold, line) : line)
              << '\n';
    }
    return 0;
  }
  const auto ladder = read_ladder(ctx);
  if (options.format == "json") {
    ctx.data << status_json(ladder, ctx.now(), ctx.zone);
    return 0;
  }
  if (!ladder) {
    ctx.out << "No ladder yet. `sepa plan` creates one and shows it.\n";
    return 0;
  }
  ctx.out << render_status(*ladder, ctx.now(), ctx.zone);
  return 0;
}

} // namespace sepa
