#include "cli/plan_together.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/plans.hpp"
#include "sepa/text.hpp"
#include "sepa/when.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace sepa {

namespace {

constexpr std::size_t k_name_width = 30;

struct NamesOptions {
  std::string parent;
  std::string partner;
  bool clear = false;
};

struct NextOptions {
  std::vector<std::string> words;
  int remove = 0;
};

std::string name_value(const std::string& text, const char* what)
{
  std::string name = user_text(text, what);
  if (display_width(name) > k_name_width) {
    throw UsageError(fmt::format("{} is longer than {} characters", what, k_name_width),
                     "a first name or what you call each other is enough");
  }
  return name;
}

std::string names_line(const Ladder& ladder)
{
  const Names& n = ladder.names;
  if (n.parent.empty() && n.partner.empty()) {
    return "No names set; messages say \"you\" and \"your partner\".\n";
  }
  return fmt::format("The parent who goes out: {}\nThe partner at home: {}\n",
                     n.parent.empty() ? "(not set)" : neutralise(n.parent),
                     n.partner.empty() ? "(not set)" : neutralise(n.partner));
}

int run_names(const NamesOptions& o, Context& ctx)
{
  if (o.clear && (!o.parent.empty() || !o.partner.empty())) {
    throw UsageError("give names or --clear, not both", "e.g. sepa plan names --clear");
  }
  const bool edit = o.clear || !o.parent.empty() || !o.partner.empty();
  Transaction tx = ctx.store().begin();
  const bool created = !tx.ladder().has_value();
  Ladder ladder = ladder_or_default(tx, ctx);
  if (edit) {
    Names names = ladder.names;
    if (o.clear) {
      names.parent.clear();
      names.partner.clear();
    }
    if (!o.parent.empty()) {
      names.parent = name_value(o.parent, "--parent");
    }
    if (!o.partner.empty()) {
      names.partner = name_value(o.partner, "--partner");
    }
    if (names != ladder.names || created) {
      ladder.names = names;
      tx.commit(ladder, change(ctx, "plan names"));
    }
  } else if (created) {
    tx.commit(ladder);
  }
  if (created) {
    say_created(ctx);
  }
  ctx.out << names_line(ladder);
  return 0;
}

// WHEN DURATION [ACTIVITY...]: WHEN is a day word and a time, or one RFC 3339 instant.
int add_next(const NextOptions& o, Ladder& ladder, Context& ctx)
{
  const Timestamp now = ctx.now();
  const std::vector<std::string>& w = o.words;
  std::size_t used = 1;
  std::optional<Timestamp> at;
  if (is_day_word(w[0])) {
    if (w.size() < 2) {
      throw UsageError(fmt::format("{} needs a time after it", w[0]),
                       fmt::format("e.g. sepa plan next {} 10:00 30m", w[0]));
    }
    const auto t = parse_day_time(w[0], w[1], now, ctx.zone, Direction::ahead);
    if (!t) {
      throw UsageError(t.error, t.hint);
    }
    at = t.value;
    used = 2;
  } else if (const auto t = parse_rfc3339(w[0])) {
    at = t;
  } else {
    throw UsageError(fmt::format("\"{}\" is not a day and time", neutralise(w[0])),
                     "e.g. sepa plan next tomorrow 10:00 1h Coffee with a friend, or sat 9:30");
  }
  if (w.size() <= used) {
    throw UsageError(
      "the planned separation needs a length",
      fmt::format("e.g. sepa plan next {} 30m", used == 2 ? w[0] + " " + w[1] : w[0]));
  }
  const Seconds length = duration_value(w[used]);
  const std::vector<std::string> rest(w.begin() + static_cast<std::ptrdiff_t>(used) + 1, w.end());
  const PlannedSeparation& p =
    add_plan(ladder, *at, length, words_value(rest, "activity"), ctx.new_id(), now);
  ctx.out << wrap(fmt::format("Planned: {}. Starting within the hour of it keeps it; "
                              "`sepa start` alone is enough then.",
                              describe_plan(p, now)),
                  ctx.width());
  return 0;
}

void list_next(const Ladder& ladder, Context& ctx)
{
  const Timestamp now = ctx.now();
  const auto list = upcoming(ladder, now);
  if (list.empty()) {
    ctx.out << wrap(fmt::format("Nothing planned yet. Choose a time together with {}, e.g. "
                                "sepa plan next sat 10:00 30m A walk",
                                partner_name(ladder)),
                    ctx.width());
    return;
  }
  ctx.out << "Planned separations:\n";
  for (std::size_t i = 0; i < list.size(); ++i) {
    ctx.out << wrap(fmt::format("{}. {}", i + 1, describe_plan(*list[i], now)), ctx.width(), "   ");
  }
}

int run_next(const NextOptions& o, Context& ctx)
{
  if (o.remove > 0 && !o.words.empty()) {
    throw UsageError("give a new planned separation or --remove N, not both",
                     "e.g. sepa plan next --remove 1");
  }
  Transaction tx = ctx.store().begin();
  const bool created = !tx.ladder().has_value();
  Ladder ladder = ladder_or_default(tx, ctx);
  if (o.remove > 0) {
    const PlannedSeparation gone = remove_plan(ladder, o.remove, ctx.now());
    tx.commit(ladder, change(ctx, "plan next --remove"));
    ctx.out << wrap(fmt::format("Removed the plan for {}. Plans change; that is fine.",
                                describe_plan(gone, ctx.now())),
                    ctx.width());
    return 0;
  }
  if (!o.words.empty()) {
    add_next(o, ladder, ctx);
    tx.commit(ladder, change(ctx, "plan next"));
  } else if (created) {
    tx.commit(ladder);
  }
  if (created) {
    say_created(ctx);
  }
  if (o.words.empty()) {
    list_next(ladder, ctx);
  }
  return 0;
}

} // namespace

std::string next_plan_line(const Ladder& ladder, const Timestamp& now)
{
  const auto list = upcoming(ladder, now);
  return list.empty() ? std::string()
                      : fmt::format("Next planned: {}", describe_plan(*list.front(), now));
}

void register_plan_together(CLI::App& plan, Context& ctx)
{
  auto names = std::make_shared<NamesOptions>();
  CLI::App* sub = plan.add_subcommand("names", "The names messages use for the two of you");
  sub->fallthrough();
  sub->add_option("--parent", names->parent, "The parent who goes out")
    ->check(not_blank("--parent Sam"))
    ->type_name("NAME");
  sub->add_option("--partner", names->partner, "The partner who stays with the baby")
    ->check(not_blank("--partner Alex"))
    ->type_name("NAME");
  sub->add_flag("--clear", names->clear, "Forget both names");
  sub->footer("Examples:\n  sepa plan names --parent Sam --partner Alex\n  sepa plan names\n"
              "  sepa plan names --clear");
  sub->callback([names, &ctx] { ctx.status = run_names(*names, ctx); });

  auto next = std::make_shared<NextOptions>();
  sub = plan.add_subcommand("next", "Plan a separation ahead, together, or list the plans");
  sub->fallthrough();
  sub->add_option("WHEN DURATION ACTIVITY", next->words,
                  "A day and time (tomorrow 10:00, sat 9:30) or an RFC 3339 time, a length, "
                  "and what you might do");
  sub->add_option("--remove", next->remove, "Remove planned separation N (see `sepa plan next`)")
    ->check(whole_number(1, 100000, "is not a plan number; `sepa plan next` lists them"))
    ->type_name("N");
  sub->footer("Examples:\n  sepa plan next tomorrow 10:00 1h Coffee with a friend\n"
              "  sepa plan next sat 9:30 30m\n  sepa plan next\n  sepa plan next --remove 1");
  sub->callback([next, &ctx] { ctx.status = run_next(*next, ctx); });
}

} // namespace sepa
