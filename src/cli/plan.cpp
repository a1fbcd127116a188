#include "cli/plan.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/json_forms.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "cli/plan_together.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace sepa {

namespace {

constexpr std::size_t k_card_lines = 24;

std::string rung_list(const Ladder& ladder)
{
  std::string out;
  for (const Rung& r : ladder.rungs) {
    out += (out.empty() ? "" : ", ") + format_duration(r.length);
  }
  return out.empty() ? "none" : out;
}

// What an edit tells the user, and whether it changed the ladder: an edit that changes nothing
// is not saved, so it never pushes an earlier version out of the backups.
struct EditOutcome {
  std::string text;
  bool changed = true;
};

// Text for a list or the check-in message: some words, not blank.
std::string item_text(const PlanOptions& o, const char* what, const char* example)
{
  const std::string text = words_value(o.words, what);
  if (blank(text)) {
    throw UsageError(fmt::format("the {} is empty", what),
                     fmt::format("write it in your own words, e.g. {}", example));
  }
  return text;
}

// Adds or removes an item of a strengths or emergencies list.
EditOutcome edit_list(std::vector<std::string>& list, const PlanOptions& o, const char* what,
                      const char* example)
{
  if (o.remove > 0 && !o.words.empty()) {
    throw UsageError(fmt::format("give the text of a new {} or --remove N, not both", what),
                     fmt::format("e.g. {}, or --remove 2", example));
  }
  if (o.remove > 0) {
    if (static_cast<std::size_t>(o.remove) > list.size()) {
      throw UsageError(
        fmt::format("there is no {} number {}; the list has {}", what, o.remove, list.size()),
        "`sepa plan` shows the numbered lists");
    }
    const std::string gone = list[static_cast<std::size_t>(o.remove - 1)];
    list.erase(list.begin() + o.remove - 1);
    return {fmt::format("Removed {} {}: {}\n", what, o.remove, neutralise(gone))};
  }
  const std::string text = item_text(o, what, example);
  if (std::find(list.begin(), list.end(), text) != list.end()) {
    return {fmt::format("That {} is already on the list.\n", what), false};
  }
  list.push_back(text);
  return {fmt::format("Added {} {}: {}\n", what, list.size(), neutralise(text))};
}

// The wait before calling home: a duration, and one from 20 to 30 minutes.
Seconds wait_value(const std::string& text)
{
  const Seconds wait = duration_value(text);
  if (wait < k_min_wait || wait > k_max_wait) {
    throw UsageError(fmt::format("{}: the wait before calling home is 20 to 30 minutes", text),
                     "long enough for the worry to pass, short enough to keep; e.g. `sepa plan "
                     "wait 25m`");
  }
  return wait;
}

// Applies one edit.
EditOutcome apply(Ladder& ladder, const PlanOptions& o)
{
  switch (o.action) {
  case PlanAction::add: {
    const Seconds length = duration_value(o.duration);
    const std::string activity = words_value(o.words, "activity");
    const auto it = std::find_if(ladder.rungs.begin(), ladder.rungs.end(),
                                 [&](const Rung& r) { return r.length == length; });
    if (it != ladder.rungs.end()) {
      if (activity.empty()) {
        throw StateError(fmt::format("{} is already on your ladder", format_duration(length)),
                         "to change its activity: sepa plan add " + format_duration(length) +
                           " NEW ACTIVITY");
      }
      const bool changed = it->activity != activity;
      it->activity = activity;
      return {fmt::format("{} {}: {}\n", changed ? "Updated" : "Already", format_duration(length),
                          neutralise(activity)),
              changed};
    }
    // A rung added back without an activity keeps the one it was practised with.
    const std::string kept = activity.empty() ? remembered_activity(ladder, length) : "";
    ladder.rungs.push_back({length, kept.empty() ? activity : kept, {}});
    std::sort(ladder.rungs.begin(), ladder.rungs.end(),
              [](const Rung& a, const Rung& b) { return a.length < b.length; });
    if (!kept.empty()) {
      return {fmt::format("Added a {} rung: {}, as last time.\n", format_duration(length),
                          neutralise(kept))};
    }
    return {fmt::format("Added a {} rung{}.\n", format_duration(length),
                        activity.empty() ? "" : ": " + neutralise(activity))};
  }
  case PlanAction::remove: {
    const Seconds length = duration_value(o.duration);
    const auto it = std::find_if(ladder.rungs.begin(), ladder.rungs.end(),
                                 [&](const Rung& r) { return r.length == length; });
    if (it == ladder.rungs.end()) {
      throw StateError(fmt::format("{} is not on your ladder", format_duration(length)),
                       "your rungs: " + rung_list(ladder));
    }
    ladder.rungs.erase(it);
    return {fmt::format("Removed the {} rung. Separations you made at that length are kept.\n",
                        format_duration(length))};
  }
  case PlanAction::wait: {
    const Seconds wait = wait_value(o.duration);
    const bool changed = ladder.wait != wait;
    ladder.wait = wait;
    return {fmt::format("When the worry comes, you will wait {} before calling home.\n",
                        format_duration(ladder.wait)),
            changed};
  }
  case PlanAction::strength:
    return edit_list(ladder.strengths, o, "strength", "sepa plan strength \"Calm at bath time\"");
  case PlanAction::emergency:
    return edit_list(ladder.emergencies, o, "emergency",
                     "sepa plan emergency \"A fever over 38 °C\"");
  case PlanAction::safety:
    return edit_list(ladder.safety, o, "safety behaviour",
                     "sepa plan safety \"Checking the baby-monitor app\"");
  case PlanAction::message: {
    const std::string text = item_text(o, "message", "sepa plan message \"How are things going?\"");
    const bool changed = ladder.message != text;
    ladder.message = text;
    return {fmt::format("Your one simple text is now: \"{}\"\n", neutralise(text)), changed};
  }
  case PlanAction::show:
  case PlanAction::card:
    break;
  }
  return {};
}

bool is_edit(const PlanOptions& o)
{
  switch (o.action) {
  case PlanAction::show:
  case PlanAction::card:
    return false;
  case PlanAction::strength:
  case PlanAction::emergency:
  case PlanAction::safety:
    return o.remove > 0 || !o.words.empty();
  case PlanAction::message:
    return !o.words.empty();
  default:
    return true;
  }
}

void add_action(CLI::App& plan, std::shared_ptr<PlanOptions> o, Context& ctx, PlanAction action,
                const char* name, const char* help)
{
  CLI::App* sub = plan.add_subcommand(name, help);
  sub->fallthrough();
  switch (action) {
  case PlanAction::add:
    sub->add_option("DURATION", o->duration, "Length of the rung, e.g. 20m")->required();
    sub->add_option("ACTIVITY", o->words, "What you might do for that long");
    sub->footer("Example: sepa plan add 20m A walk to the park and back");
    break;
  case PlanAction::remove:
    sub->add_option("DURATION", o->duration, "The rung to remove, e.g. 20m")->required();
    sub->footer("Example: sepa plan remove 20m");
    break;
  case PlanAction::wait:
    sub->add_option("DURATION", o->duration, "From 20m to 30m")->required();
    sub->footer("Example: sepa plan wait 25m");
    break;
  case PlanAction::strength:
  case PlanAction::emergency:
  case PlanAction::safety:
    sub->add_option("TEXT", o->words, "The item, in your own words");
    sub->add_option("--remove", o->remove, "Remove item N (see `sepa plan`)")
      ->check(whole_number(1, 100000,
                           "is not an item number; `sepa plan` shows the numbered "
                           "lists"))
      ->type_name("N");
    sub->footer(action == PlanAction::strength
                  ? "Example: sepa plan strength \"Knows every one of her cries\""
                : action == PlanAction::emergency
                  ? "Example: sepa plan emergency \"A fever over 38 °C\""
                  : "Examples:\n  sepa plan safety \"Checking the baby-monitor app\"\n"
                    "  sepa plan safety \"A long instruction sheet\"\n"
                    "  sepa plan safety --remove 2");
    break;
  case PlanAction::message:
    sub->add_option("TEXT", o->words, "The text, e.g. \"How are things going?\"");
    sub->footer("Example: sepa plan message \"All calm at home?\"");
    break;
  case PlanAction::card:
    sub->footer("Example: sepa plan card > card.txt");
    break;
  case PlanAction::show:
    break;
  }
  sub->callback([o, &ctx, action] {
    o->action = action;
    ctx.status = run_plan(*o, ctx);
  });
}

} // namespace

void register_plan(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<PlanOptions>();
  CLI::App* plan = app.add_subcommand("plan", "Show your ladder, or change it");
  plan->fallthrough();
  plan->require_subcommand(0, 1);
  plan->add_option("--format", o->format, "text (default) or json, for showing the ladder")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  plan->footer("Examples:\n  sepa plan\n  sepa plan add 20m A walk to the park\n"
               "  sepa plan strength \"So patient at bedtime\"\n  sepa plan next sat 10:00 30m\n"
               "  sepa plan card");
  add_action(*plan, o, ctx, PlanAction::add, "add", "Add a rung (or change its activity)");
  add_action(*plan, o, ctx, PlanAction::remove, "remove", "Remove a rung; its history is kept");
  add_action(*plan, o, ctx, PlanAction::wait, "wait", "Set the wait before calling (20–30 min)");
  add_action(*plan, o, ctx, PlanAction::strength, "strength", "Add a partner strength, or list");
  add_action(*plan, o, ctx, PlanAction::emergency, "emergency", "Add an agreed emergency, or list");
  add_action(*plan, o, ctx, PlanAction::safety, "safety",
             "Add a safety behaviour to fade, or list");
  add_action(*plan, o, ctx, PlanAction::message, "message", "Set the one simple check-in text");
  add_action(*plan, o, ctx, PlanAction::card, "card", "A one-screen card for your partner");
  register_plan_together(*plan, ctx);
  plan->callback([o, plan, &ctx] {
    if (plan->get_subcommands().empty()) {
      o->action = PlanAction::show;
      ctx.status = run_plan(*o, ctx);
    }
  });
}

namespace {

// How `sepa undo --list` names a change to the plan.
std::string action_words(PlanAction action)
{
  switch (action) {
  case PlanAction::add:
    return "plan add";
  case PlanAction::remove:
    return "plan remove";
  case PlanAction::wait:
    return "plan wait";
  case PlanAction::strength:
    return "plan strength";
  case PlanAction::emergency:
    return "plan emergency";
  case PlanAction::safety:
    return "plan safety";
  case PlanAction::message:
    return "plan message";
  case PlanAction::show:
  case PlanAction::card:
    break;
  }
  return "plan";
}

} // namespace

int run_plan(const PlanOptions& options, Context& ctx)
{
  Transaction tx = ctx.store().begin();
  const bool created = !tx.ladder().has_value();
  Ladder ladder = ladder_or_default(tx, ctx);
  if (options.format == "json" && options.action != PlanAction::show) {
    throw UsageError("--format json is for showing the ladder", "sepa plan --format json");
  }
  if (is_edit(options)) {
    const EditOutcome said = apply(ladder, options);
    if (said.changed || created) {
      tx.commit(ladder, change(ctx, options.duration.empty()
                                      ? action_words(options.action)
                                      : action_words(options.action) + " " + options.duration));
    }
    if (created) {
      say_created(ctx);
    }
    ctx.out << said.text;
    return 0;
  }
  if (created) {
    tx.commit(ladder);
    say_created(ctx);
  }
  if (options.action == PlanAction::card) {
    const std::string card = render_card(ladder);
    ctx.out << card;
    if (static_cast<std::size_t>(std::count(card.begin(), card.end(), '\n')) > k_card_lines) {
      print_hint(ctx, "the card is longer than one screen; a shorter list is easier to hold on to");
    }
    return 0;
  }
  if (options.format == "json") {
    ctx.data << plan_json(ladder, ctx.now());
  } else {
    ctx.out << render_plan(ladder, ctx);
  }
  return 0;
}

} // namespace sepa
