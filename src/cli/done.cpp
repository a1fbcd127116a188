#include "cli/done.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "cli/prompt.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/progress.hpp"
#include "sepa/report.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>

namespace sepa {

namespace {

DoneRequest to_request(const DoneOptions& o, const Context& ctx)
{
  DoneRequest r;
  r.peak = rating_value(o.peak, "--peak");
  r.after = rating_value(o.after, "--after");
  if (const auto happened = yes_no_value(o.happened, "--happened")) {
    r.happened = *happened ? Happened::yes : Happened::no;
  }
  r.praise = user_text(o.praise, "praise");
  r.note = user_text(o.note, "note");
  r.at = at_value(o.at, ctx);
  return r;
}

const Separation& open_or_refuse(const Ladder& ladder, const DoneRequest& r, const Context& ctx)
{
  const Separation* s = open_separation(ladder);
  if (s == nullptr) {
    throw StateError("no separation is open, so there is nothing to finish",
                     "start one with `sepa start` (or `sepa start 15m --at -15m` if you "
                     "already went)");
  }
  const Timestamp now = ctx.now();
  if (!r.at && left_open_too_long(*s, now)) {
    throw StateError(fmt::format("this separation ({}) has been open for {}, far past its plan",
                                 describe(*s, now), format_duration(now - s->started)),
                     fmt::format("say when you came back, e.g. `{}`; if you really were away "
                                 "until now, give the time it is now",
                                 done_at_example(*s, now, ctx.zone)));
  }
  return *s;
}

void ask_missing(DoneRequest& r, const Separation& s, Context& ctx)
{
  ctx.out << "Welcome back. A few quick questions; Enter skips any of them.\n";
  if (!r.peak) {
    r.peak = ask_rating(ctx, "How high did the worry get at its peak?");
  }
  if (!r.after) {
    r.after = ask_rating(ctx, "And how is it now?");
  }
  if (!r.happened && !s.prediction.empty()) {
    const auto happened =
      ask_yes_no(ctx, fmt::format("You feared: \"{}\". Did it happen?", neutralise(s.prediction)));
    if (happened) {
      r.happened = *happened ? Happened::yes : Happened::no;
    }
  }
  if (r.praise.empty()) {
    r.praise = ask_text(ctx, "One specific thing your partner did well?");
  }
  if (r.note.empty()) {
    r.note = ask_text(ctx, "Anything else you want to remember about this one?");
  }
}

std::string ratings_line(const Separation& s)
{
  const auto show = [](const std::optional<int>& v) { return v ? std::to_string(*v) : "–"; };
  if (!s.anxiety && !s.peak && !s.after) {
    return {};
  }
  return fmt::format("Anxiety 0–10: {} before → {} at the peak → {} after\n", show(s.anxiety),
                     show(s.peak), show(s.after));
}

void print_summary(const Separation& s, const Ladder& ladder, Context& ctx)
{
  const Seconds actual = *s.ended - s.started;
  ctx.out << fmt::format("Recorded: {} apart, of the {} you planned.\n", format_duration(actual),
                         format_duration(s.planned));
  if (is_early(s)) {
    ctx.out << "You came back earlier than planned. That is worth knowing, and it still counts "
               "as practice.\n";
  }
  ctx.out << ratings_line(s);
  if (!s.prediction.empty()) {
    const char* outcome = !s.happened                   ? ""
                          : *s.happened == Happened::no ? " It did not happen."
                                                        : " It happened.";
    ctx.out << fmt::format("You feared: \"{}\".{}\n", neutralise(s.prediction), outcome);
  }
  if (s.praise.empty()) {
    ctx.out << "\nBefore taking the baby back, thank your partner for one specific thing they "
               "did.\n";
  } else {
    ctx.out << fmt::format("\nThank your partner for it: \"{}\" (kept in your evidence log).\n",
                           neutralise(s.praise));
  }
  const Progress progress = assess(ladder);
  ctx.out << "\n" << paint(ctx, Tone::calm, next_step(ladder, progress, s)) << '\n';
  // The same gentle note as the report's, where the parent is sure to see it.
  if (const HelpNote note = help_note(ladder); note.show()) {
    const HelpWords words = help_words(note);
    ctx.out << "\n"
            << words.why << ' ' << words.suggestion << '\n'
            << paint(ctx, Tone::warn, words.harm) << '\n';
  }
}

} // namespace

void register_done(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<DoneOptions>();
  CLI::App* sub = app.add_subcommand("done", "End the open separation and record how it went");
  sub->fallthrough();
  sub->add_option("--peak", o->peak, "The worry at its highest, 0–10")
    ->check(not_blank("--peak 3"))
    ->type_name("0-10");
  sub->add_option("--after", o->after, "The worry now, 0–10")
    ->check(not_blank("--after 1"))
    ->type_name("0-10");
  sub->add_option("--happened", o->happened, "Did what you feared happen?")
    ->check(not_blank("--happened no"))
    ->type_name("yes|no");
  sub->add_option("--praise", o->praise, "One specific thing your partner did well")
    ->type_name("TEXT");
  sub->add_option("--note", o->note, "Anything else worth remembering")->type_name("TEXT");
  sub->add_option("--at", o->at, "When you came back: HH:MM, -10m or an RFC 3339 time")
    ->check(not_blank("--at -10m"))
    ->type_name("TIME");
  sub->footer("Examples:\n  sepa done\n  sepa done --peak 4 --after 1 --happened no\n"
              "  sepa done --praise \"Got her to nap without me\"\n  sepa done --at 14:30");
  sub->callback([o, &ctx] { ctx.status = run_done(*o, ctx); });
}

int run_done(const DoneOptions& options, Context& ctx)
{
  DoneRequest request = to_request(options, ctx);
  if (ctx.interactive()) {
    // Questions come before the lock is taken, so a cron job is never kept waiting on them.
    if (const auto peek = read_ladder(ctx)) {
      ask_missing(request, open_or_refuse(*peek, request, ctx), ctx);
    }
  }
  if (!has_ladder_file(ctx)) {
    open_or_refuse(Ladder{}, request, ctx); // refuses before any folder or lock is made
  }
  Transaction tx = ctx.store().begin();
  if (!tx.ladder()) {
    open_or_refuse(Ladder{}, request, ctx);
  }
  Ladder ladder = *tx.take();
  open_or_refuse(ladder, request, ctx);
  const Separation& s = finish_separation(ladder, request, ctx.now());
  tx.commit(ladder);
  print_summary(s, ladder, ctx);
  return 0;
}

} // namespace sepa
