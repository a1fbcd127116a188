#include "cli/remind.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/hook_events.hpp"
#include "cli/json_slips.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "io/nudged.hpp"
#include "sepa/errors.hpp"
#include "sepa/system.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <memory>
#include <ostream>

namespace sepa {

namespace {

// The binary as a crontab line runs it: quoted when it holds anything but plain path characters.
std::string cron_path(const std::string& path)
{
  const bool plain = std::all_of(path.begin(), path.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("/._+-").find(c) != std::string_view::npos;
  });
  if (plain) {
    return path;
  }
  std::string quoted = "'";
  for (const char c : neutralise(path)) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

} // namespace

void register_remind(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<RemindOptions>();
  CLI::App* sub = app.add_subcommand("remind", "A gentle nudge for cron, only when it is due");
  sub->fallthrough();
  sub
    ->add_option("--after-days", o->after_days,
                 "Nudge after this many days without a separation (default 2)")
    ->check(whole_number(1, k_remind_max_days,
                         fmt::format("is not a number of days from 1 to {}", k_remind_max_days)))
    ->type_name("N");
  sub
    ->add_option("--ahead", o->ahead,
                 "Say a planned separation is coming this long before it (default 30m)")
    ->check(not_blank("--ahead 1h"))
    ->type_name("DURATION");
  sub->add_option("--format", o->format, "text (default) or json, for scripts")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Prints nothing (and exits 0) when there is nothing to say. A planned separation "
              "is mentioned once when it is near, and once if it did not happen.\n\nExamples:\n"
              "  sepa remind\n  sepa remind --after-days 3 --ahead 1h\n"
              "  crontab: 0 18 * * * " +
              cron_path(running_binary()) + " remind");
  sub->callback([o, &ctx] { ctx.status = run_remind(*o, ctx); });
}

namespace {

// Each nudge about a plan is said once: what was said is noted outside the ladder.
void say_plan_nudges(const Ladder& ladder, Seconds ahead, std::vector<std::string>& said,
                     Context& ctx)
{
  const auto path = nudged_path(ctx.env);
  const auto nudges =
    plan_nudges(ladder, ctx.now(), ahead, path ? read_nudged(*path) : std::set<std::string>());
  for (const PlanNudge& n : nudges) {
    said.push_back(n.text);
    try {
      if (!path) {
        throw IoError("cannot note that this was said: neither XDG_STATE_HOME nor HOME is set",
                      "the nudge may come again next time");
      }
      add_nudged(*path, n.key);
    } catch (const IoError& e) {
      print_warning(ctx, e.what());
    }
  }
}

// A nudge's lines as one text, for scripts.
std::string one_line(std::string text)
{
  while (!text.empty() && text.back() == '\n') {
    text.pop_back();
  }
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

} // namespace

int run_remind(const RemindOptions& options, Context& ctx)
{
  const bool json = options.format == "json";
  const std::optional<Ladder> ladder = read_ladder(ctx);
  std::vector<std::string> said;
  if (ladder) {
    say_plan_nudges(*ladder, options.ahead.empty() ? k_remind_ahead : duration_value(options.ahead),
                    said, ctx);
    if (auto nudge = reminder(*ladder, ctx.now(), ctx.zone, options.after_days)) {
      said.push_back(std::move(*nudge));
    }
  }
  if (json) {
    std::transform(said.begin(), said.end(), said.begin(), one_line);
    ctx.data << remind_json(said);
  } else {
    for (const std::string& text : said) {
      ctx.out << text;
    }
  }
  if (!ladder) {
    return 0;
  }
  // The wait over or the planned end reached, if the countdown has not told the hooks already.
  fire_timed(ctx, *ladder, ctx.now());
  return 0;
}

} // namespace sepa
