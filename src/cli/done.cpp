#include "cli/done.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/hook_events.hpp"
#include "cli/json_forms.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "cli/prompt.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/progress.hpp"
#include "sepa/report_facts.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>

namespace sepa {

namespace {

DoneRequest to_request(const DoneOptions& o, const Context& ctx)
{
  DoneRequest r;
  r.peak = rating_value(o.peak, "--peak");
  r.after = rating_value(o.after, "--after");
  r.happened = happened_value(o.happened, "--happened");
  r.likely = percent_value(o.likely, "--likely");
  r.coped = user_text(o.coped, "--coped");
  r.praise = user_text(o.praise, "praise");
  r.note = user_text(o.note, "note");
  r.at = at_value(o.at, ctx);
  return r;
}

const Separation& open_or_refuse(const Ladder& ladder, const DoneRequest& r, const Timestamp& now,
                                 const TimeZone& zone)
{
  const Separation* s = open_separation(ladder);
  if (s == nullptr) {
    refuse_nothing_to_finish();
  }
  if (!r.at && left_open_too_long(*s, now)) {
    throw StateError(
      fmt::format("this separation ({}) has been open for {}, far past its plan", describe(*s, now),
                  format_duration(now - s->started)),
      end_it_earlier(*s, now, zone) +
        fmt::format("; if you really were away until now: sepa done --at {}", format_clock(now)));
  }
  return *s;
}

void ask_fear(DoneRequest& r, const Separation& s, Context& ctx)
{
  if (s.prediction.empty()) {
    return;
  }
  if (!r.happened) {
    r.happened = ask_happened(
      ctx, fmt::format("You feared: \"{}\". Did it happen?", neutralise(s.prediction)));
  }
  if (r.happened && r.happened != Happened::no && r.coped.empty()) {
    r.coped = ask_text(ctx, "That is hard. How did it go, and how did you get through it?");
  }
  if (!r.likely) {
    r.likely = ask_percent(ctx, "How likely does it feel now, for next time?");
  }
}

void ask_missing(DoneRequest& r, const Separation& s, const Ladder& ladder, bool used_given,
                 Context& ctx)
{
  ctx.out << "Welcome back. A few quick questions; Enter skips any of them.\n";
  if (!r.peak) {
    r.peak = ask_rating(ctx, "How high did the worry get at its peak?");
  }
  if (!r.after) {
    r.after = ask_rating(ctx, "And how is it now?");
  }
  ask_fear(r, s, ctx);
  if (!used_given && !ladder.safety.empty()) {
    ctx.out << "Your safety behaviours:\n";
    r.used = ask_items(ctx, "Which did you lean on this time?", ladder.safety);
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

// "You feared: "…". It did not happen; it felt 80% likely before, 30% now."
std::string fear_line(const Separation& s)
{
  if (s.prediction.empty()) {
    return {};
  }
  std::string out = fmt::format("You feared: \"{}\".", neutralise(s.prediction));
  if (s.happened) {
    out += s.happened == Happened::no       ? " It did not happen"
           : s.happened == Happened::partly ? " Some of it happened, and you came through it"
                                            : " It did happen, and you came through it";
    if (s.likely_before && s.likely_after) {
      out += fmt::format("; it felt {}% likely before, {}% now", *s.likely_before, *s.likely_after);
    }
    out += '.';
  }
  return out + "\n";
}

std::string used_line(const Separation& s)
{
  std::vector<std::string> used;
  if (texted(s)) {
    used.emplace_back("the one text");
  }
  for (const std::string& u : s.used) {
    used.push_back(neutralise(u));
  }
  if (used.empty()) {
    return {};
  }
  return fmt::format("Leaned on this time: {}.\n", fmt::join(used, "; "));
}

std::string verdict_line(const Separation& s, const Rules& rules)
{
  const Judgement j = judge(s, rules);
  switch (j.verdict) {
  case Verdict::early:
    return "You came back earlier than planned. That is worth knowing, and it still counts as "
           "practice.\n";
  case Verdict::emergency:
    return "An agreed emergency ended it; that is never held against you, and it does not count "
           "as coming back early.\n";
  case Verdict::learned:
    return fmt::format("This one taught something: {}.\n", j.reason);
  case Verdict::practice:
    break;
  }
  return fmt::format("This one was practice: {}.\n", j.reason);
}

void print_summary(const Separation& s, const Ladder& ladder, const Timestamp& now, Context& ctx)
{
  const Seconds actual = *s.ended - s.started;
  ctx.out << fmt::format("Recorded: {} apart, of the {} you planned.\n", format_duration(actual),
                         format_duration(s.planned));
  ctx.out << ratings_line(s) << fear_line(s) << used_line(s);
  if (!s.coped.empty()) {
    ctx.out << "Coping with what you feared is learning too.\n";
  }
  ctx.out << verdict_line(s, ladder.rules);
  if (s.praise.empty()) {
    ctx.out << fmt::format("\nBefore taking the baby back, thank {} for one specific thing "
                           "they did.\n",
                           partner_name(ladder));
  } else {
    ctx.out << fmt::format("\nThank {} for it: \"{}\" (kept in your evidence log).\n",
                           partner_name(ladder), neutralise(s.praise));
  }
  const Progress progress = assess(ladder, now);
  ctx.out << "\n" << paint(ctx, Tone::calm, next_step(ladder, progress, s)) << '\n';
  // The same gentle note as the report's, where the parent is sure to see it.
  if (const HelpNote note = help_note(ladder); note.show()) {
    const HelpWords words = help_words(note);
    ctx.out << "\n"
            << words.why << ' ' << words.suggestion << '\n'
            << paint(ctx, Tone::warn, words.harm) << '\n';
  }
  if (!s.partner) {
    ctx.out << "\n"
            << wrap(fmt::format("{} can add their side too, in their own words: sepa partner",
                                partner_name_cap(ladder)),
                    ctx.width());
  }
}

} // namespace

// --used takes a number from the list of safety behaviours or the words of one; a number that
// is not on the list is a mistake, words that are not are something new the parent did.
std::vector<std::string> used_value(const std::vector<std::string>& given,
                                    const std::vector<std::string>& safety)
{
  std::vector<std::string> used;
  for (const std::string& item : given) {
    std::string text = user_text(item, "--used");
    if (text.find_first_not_of(" \t") == std::string::npos) {
      throw UsageError("--used is empty", "give the number of a safety behaviour from `sepa plan`, "
                                          "or its words, e.g. --used 1");
    }
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const std::size_t n = text.size() <= 4 ? std::stoul(text) : 0;
      if (n == 0 || n > safety.size()) {
        throw UsageError(
          fmt::format("--used {}: your list of safety behaviours has {}", text,
                      safety.empty() ? std::string("none yet")
                                     : fmt::format("numbers 1 to {}", safety.size())),
          safety.empty() ? "add them with `sepa plan safety \"…\"`, or give the words"
                         : "`sepa plan` shows the numbered list");
      }
      text = safety[n - 1];
    }
    if (std::find(used.begin(), used.end(), text) == used.end()) {
      used.push_back(text);
    }
  }
  return used;
}

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
    ->type_name("no|partly|yes");
  sub->add_option("--likely", o->likely, "How likely it feels now, for next time, 0–100")
    ->check(not_blank("--likely 30"))
    ->type_name("0-100");
  sub->add_option("--coped", o->coped, "If it happened: how it went, how you got through it")
    ->type_name("TEXT");
  sub->add_option("--used", o->used, "A safety behaviour you used, by number or words (repeat)")
    ->type_name("N|TEXT");
  sub->add_option("--praise", o->praise, "One specific thing your partner did well")
    ->type_name("TEXT");
  sub->add_option("--note", o->note, "Anything else worth remembering")->type_name("TEXT");
  sub->add_option("--at", o->at, "When you came back: HH:MM, -10m or an RFC 3339 time")
    ->check(not_blank("--at -10m"))
    ->type_name("TIME");
  sub->add_option("--format", o->format, "text (default) or json, for scripts (never asks)")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa done\n  sepa done --peak 4 --after 1 --happened no --likely 30\n"
              "  sepa done --used 1 --used \"Checked the monitor\"\n"
              "  sepa done --praise \"Got her to nap without me\"\n  sepa done --at 14:30");
  sub->callback([o, &ctx] { ctx.status = run_done(*o, ctx); });
}

int run_done(const DoneOptions& options, Context& ctx)
{
  // The end is when `done` ran (or --at), not when the questions were answered.
  const Timestamp now = ctx.now();
  DoneRequest request = to_request(options, ctx);
  const bool json = options.format == "json";
  if (ctx.interactive() && !json) {
    // Questions come before the lock is taken, so a cron job is never kept waiting on them.
    if (const auto peek = read_ladder(ctx)) {
      const Separation& s = open_or_refuse(*peek, request, now, ctx.zone);
      request.used = used_value(options.used, peek->safety);
      ask_missing(request, s, *peek, !options.used.empty(), ctx);
    }
  }
  if (!has_ladder_file(ctx)) {
    open_or_refuse(Ladder{}, request, now, ctx.zone); // refuses before any folder or lock is made
  }
  Transaction tx = ctx.store().begin();
  if (!tx.ladder()) {
    open_or_refuse(Ladder{}, request, now, ctx.zone);
  }
  Ladder ladder = *tx.take();
  open_or_refuse(ladder, request, now, ctx.zone);
  if (!options.used.empty()) {
    request.used = used_value(options.used, ladder.safety);
  }
  const Separation& s = finish_separation(ladder, request, now);
  tx.commit(ladder, change(ctx, "done for " + separation_words(s)));
  release(std::move(tx));
  if (json) {
    ctx.data << done_json(s, ladder, now);
  } else {
    print_summary(s, ladder, now, ctx);
  }
  fire_hook(ctx, HookEvent::done, s, ladder, now);
  return 0;
}

} // namespace sepa
