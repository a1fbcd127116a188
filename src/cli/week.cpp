#include "cli/week.hpp"

#include "cli/checks.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "sepa/errors.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/week_together.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>

namespace sepa {

namespace {

constexpr std::size_t k_week_width = 80; // one screen, read by two people side by side

} // namespace

void register_week(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<WeekOptions>();
  CLI::App* sub = app.add_subcommand("week", "The week, for the two of you to read together");
  sub->fallthrough();
  sub->add_option("--format", o->format, "text (default), markdown (or md) or json")
    ->transform(one_of({"text", "markdown", "md", "json"}))
    ->type_name("FORMAT");
  sub
    ->add_option("--since", o->since,
                 "The week starting on this day: YYYY-MM-DD, yesterday or 7d (default: the seven "
                 "days ending today)")
    ->type_name("DATE");
  sub
    ->add_option("--output", o->output,
                 "Write it to FILE, readable by you alone (replaced whole, never half-written)")
    ->check(not_blank("--output week.md"))
    ->type_name("FILE");
  sub->footer("Once a week, ten quiet minutes together: read it, talk over the three questions, "
              "and plan the next separation.\n\nExamples:\n  sepa week\n"
              "  sepa week --since 2026-11-23\n  sepa week --format markdown --output week.md");
  sub->callback([o, sub, &ctx] {
    if (sub->get_option("--since")->count() > 0 && o->since.empty()) {
      throw UsageError("--since needs a day", "for example --since 2026-11-23 or --since 7d");
    }
    ctx.status = run_week(*o, ctx);
  });
}

int run_week(const WeekOptions& options, Context& ctx)
{
  const Timestamp now = ctx.now();
  std::optional<LocalDays> since;
  if (!options.since.empty()) {
    const auto day = parse_since(options.since, now);
    if (!day) {
      throw UsageError(day.error, day.hint);
    }
    since = day.value;
  }
  const std::optional<Ladder> ladder = read_ladder(ctx);
  if (!ladder && options.format == "text") {
    print_or_save(ctx, options.output,
                  "No ladder yet, so there is no week to look back on. `sepa plan` sets one up.\n");
    return 0;
  }
  const Ladder empty;
  const Week week = build_week(ladder ? *ladder : empty, since, now);
  if (options.format == "json") {
    print_or_save(ctx, options.output, render_week_json(week), Made::document);
  } else if (options.format == "markdown" || options.format == "md") {
    print_or_save(ctx, options.output, render_week_markdown(week), Made::document);
  } else {
    print_or_save(ctx, options.output, render_week_text(week, std::min(ctx.width(), k_week_width)));
  }
  return 0;
}

} // namespace sepa
