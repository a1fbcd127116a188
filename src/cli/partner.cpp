#include "cli/partner.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/json_slips.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "cli/prompt.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace sepa {

namespace {

PartnerRequest to_request(const PartnerOptions& o)
{
  PartnerRequest r;
  r.confidence = rating_value(o.confidence, "--confidence", Scale::confidence);
  r.went_well = user_text(o.went_well, "--went-well");
  r.needed = user_text(o.needed, "--needed");
  r.thanks = user_text(o.thanks, "--thanks");
  r.baby = user_text(o.baby, "--baby");
  return r;
}

std::optional<std::string> target_id(const PartnerOptions& o)
{
  return o.for_id.empty() ? std::nullopt : std::optional<std::string>(o.for_id);
}

// "the separation of Sun 22 Nov 10:00 (15m, under way)"
std::string which(const Separation& s)
{
  return fmt::format("the separation of {} ({}{})", format_day_clock(s.started),
                     format_duration(s.planned), s.open() ? ", under way" : "");
}

void ask(PartnerRequest& r, const Ladder& ladder, const Separation& s, Context& ctx)
{
  const std::string parent =
    ladder.names.parent.empty() ? "the parent who went out" : neutralise(ladder.names.parent);
  ctx.out << fmt::format("Your side of {}. Enter skips any question.\n", which(s));
  r.confidence = ask_rating(ctx, "How confident did you feel with the baby?", Scale::confidence);
  r.went_well = ask_text(ctx, "What went well?");
  r.needed = ask_text(ctx, "One thing that would help you next time?");
  r.thanks = ask_text(ctx, fmt::format("Something to thank {} for?", parent));
  r.baby = ask_text(ctx, "A short note on the baby (fed, napped, cried a little)?");
}

void print_side(const Ladder& ladder, const Separation& s, Context& ctx)
{
  const std::size_t width = ctx.width();
  if (!s.partner) {
    ctx.out << wrap(fmt::format("Nothing from {} yet for {}.", partner_name(ladder), which(s)),
                    width)
            << wrap("Add it with, e.g., sepa partner --confidence 7 --went-well \"Bath time "
                    "went fine\"",
                    width, "  ");
    return;
  }
  const PartnerSide& p = *s.partner;
  ctx.out << wrap(fmt::format("{} side of {}:", partners_cap(ladder), which(s)), width);
  for (const PartnerLine& line : partner_lines(p)) {
    ctx.out << wrap(fmt::format("{}: {}", line.label, neutralise(line.text)), width, "  ");
  }
}

} // namespace

void register_partner(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<PartnerOptions>();
  CLI::App* sub =
    app.add_subcommand("partner", "The partner's side of the latest separation, in their words");
  sub->fallthrough();
  sub->add_option("--confidence", o->confidence, "How confident you felt with the baby, 0–10")
    ->check(not_blank("--confidence 7"))
    ->type_name("0-10");
  sub->add_option("--went-well", o->went_well, "What went well")
    ->check(not_blank("--went-well \"Bath time\""))
    ->type_name("TEXT");
  sub->add_option("--needed", o->needed, "One thing that would help you next time")
    ->check(not_blank("--needed \"A heads-up first\""))
    ->type_name("TEXT");
  sub->add_option("--thanks", o->thanks, "A thank-you to the parent who went out")
    ->check(not_blank("--thanks \"For trusting me\""))
    ->type_name("TEXT");
  sub->add_option("--baby", o->baby, "A short note on the baby")
    ->check(not_blank("--baby \"Napped an hour\""))
    ->type_name("TEXT");
  sub->add_option("--for", o->for_id, "Another separation, by its id (default: the latest)")
    ->check(not_blank("--for 3f2a"))
    ->type_name("ID");
  sub->add_option("--format", o->format, "text (default) or json, for scripts (never asks)")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Without options on a terminal, it asks; calling it again changes what you said.\n\n"
              "Examples:\n  sepa partner\n  sepa partner --confidence 7 --went-well \"Bath time\"\n"
              "  sepa partner --thanks \"For trusting me with her\" --baby \"Napped an hour\"");
  sub->callback([o, &ctx] { ctx.status = run_partner(*o, ctx); });
}

int run_partner(const PartnerOptions& options, Context& ctx)
{
  const Timestamp now = ctx.now();
  PartnerRequest request = to_request(options);
  if (!has_ladder_file(ctx)) {
    Ladder none;
    partner_target(none, target_id(options)); // refuses: nothing to speak about
  }
  const bool json = options.format == "json";
  if (request.empty()) {
    std::optional<Ladder> peek = read_ladder(ctx);
    Separation& s = partner_target(*peek, target_id(options));
    if (json) {
      ctx.data << partner_json(s, false);
      return 0;
    }
    if (!ctx.interactive()) {
      print_side(*peek, s, ctx);
      return 0;
    }
    // Questions come before the lock is taken, so a cron job is never kept waiting on them.
    ask(request, *peek, s, ctx);
    if (request.empty()) {
      ctx.out << "Nothing to keep this time.\n";
      return 0;
    }
  }
  Transaction tx = ctx.store().begin();
  std::optional<Ladder> ladder = tx.take();
  if (!ladder) {
    Ladder none;
    partner_target(none, target_id(options));
  }
  Separation& s = partner_target(*ladder, target_id(options));
  record_partner(s, request, now);
  tx.commit(*ladder, change(ctx, "partner's side of " + separation_words(s)));
  if (json) {
    ctx.data << partner_json(s, true);
    return 0;
  }
  ctx.out << wrap(fmt::format("Kept. Thank you for adding your side: it is evidence for you "
                              "both."),
                  ctx.width());
  print_side(*ladder, s, ctx);
  return 0;
}

} // namespace sepa
