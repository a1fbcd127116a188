#include "cli/start.hpp"

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
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>

namespace sepa {

namespace {

// Whether a word is meant as a length: it has a digit or a sign ("15m", "-5m", "h1"), so a
// mistyped length is refused instead of becoming the activity of the wrong rung.
bool meant_as_length(const std::string& word)
{
  return !word.empty() &&
         (word[0] == '-' || word[0] == '+' || word[0] == '.' ||
          std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// A unit on its own ("m", "mins", "hour"): a length with its number missing, not an activity.
bool bare_unit(const std::string& word)
{
  static const char* const units[] = {"s", "sec", "secs", "second", "seconds",
                                      "m", "min", "mins", "minute", "minutes",
                                      "h", "hr",  "hrs",  "hour",   "hours"};
  std::string lower = word;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(units), std::end(units),
                     [&lower](const char* u) { return lower == u; });
}

// The first word is the length when it is meant as one; otherwise every word is the activity and
// the current rung's length is used. A length after the activity is refused: it would be taken
// as words, and the separation started at the wrong length.
StartRequest to_request(const StartOptions& o, const Context& ctx)
{
  StartRequest r;
  std::vector<std::string> words = o.words;
  for (const std::string& word : words) {
    if (word.find_first_not_of(" \t") == std::string::npos) {
      throw UsageError("the activity is blank",
                       "write it in a few words, or leave it out; nothing was saved");
    }
  }
  if (!words.empty() && bare_unit(words.front())) {
    throw UsageError(fmt::format("{}: a unit without its number", words.front()),
                     "give the length whole, e.g. sepa start 15m");
  }
  if (!words.empty() && meant_as_length(words.front())) {
    r.planned = duration_value(words.front());
    words.erase(words.begin());
  } else {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (parse_duration(words[i])) {
        std::vector<std::string> rest = words;
        rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
        throw UsageError(
          fmt::format("{}: the length goes before the activity", words[i]),
          neutralise(fmt::format("sepa start {} {}", words[i], fmt::join(rest, " "))));
      }
    }
  }
  r.activity = words_value(words, "activity");
  r.anxiety = rating_value(o.anxiety, "--anxiety");
  r.prediction = user_text(o.predict, "prediction");
  r.likely = percent_value(o.likely, "--likely");
  r.at = at_value(o.at, ctx);
  return r;
}

// A length that is not a rung still counts: toward the longest rung it reaches, or as the step in
// between that the ladder asked for.
std::string off_ladder_words(const Ladder& ladder, const Separation& s, const Timestamp& now)
{
  const std::string length = format_duration(s.planned);
  const Progress progress = assess(ladder, now);
  if (progress.next && progress.next->kind == StepKind::in_between &&
      progress.next->length == s.planned) {
    return fmt::format("  The step in between, before {}.\n",
                       format_duration(ladder.rungs[progress.next->rung].length));
  }
  Separation planned = s;
  planned.ended = Timestamp{s.started.utc + s.planned, s.started.offset};
  if (const auto i = counts_toward(ladder, planned)) {
    return fmt::format("  {} is not a rung on your ladder; done in full, it counts toward {}.\n",
                       length, format_duration(ladder.rungs[*i].length));
  }
  return fmt::format("  {} is shorter than every rung; `sepa plan add {}` makes it the first.\n",
                     length, length);
}

void print_started(const Separation& s, const Ladder& ladder, Context& ctx)
{
  const Timestamp now = ctx.now();
  const Timestamp back = ctx.zone.stamp(s.started.utc + s.planned);
  // A return on another day names the day; one already past (a late --at) says so.
  const std::string when =
    back.local_day() == now.local_day() ? format_clock(back) : format_day_clock(back);
  if (back.utc <= now.utc) {
    ctx.out << fmt::format("Started at {} for {}, so the planned time is already up. When you "
                           "are back: sepa done\n",
                           format_clock(s.started), format_duration(s.planned));
  } else {
    ctx.out << fmt::format("Off you go: {}, back around {}.\n", format_duration(s.planned),
                           paint(ctx, Tone::bold, when));
  }
  if (!s.activity.empty()) {
    ctx.out << "  " << neutralise(s.activity) << '\n';
  }
  for (const PlannedSeparation& p : ladder.plans) {
    if (p.separation == s.id) {
      ctx.out << "  The one you planned together: you kept it.\n";
    }
  }
  if (!rung_index(ladder, s.planned)) {
    ctx.out << off_ladder_words(ladder, s, now);
  }
  if (ladder.strengths.empty()) {
    ctx.out << fmt::format("\nWhen you are back, think of one thing {} is good at with the "
                           "baby, and add it: sepa plan strength \"…\"\n",
                           partner_name(ladder));
  } else {
    ctx.out << fmt::format("\nWhen the worry peaks, remember what {} is good at:\n",
                           partner_name(ladder));
    for (const std::string& strength : ladder.strengths) {
      ctx.out << "  • " << neutralise(strength) << '\n';
    }
  }
  ctx.out << fmt::format("\nIf the urge to call home comes, run `sepa checkin`: it keeps you "
                         "company through a {} wait first.\n",
                         format_duration(ladder.wait));
}

void refuse_if_open(const Ladder& ladder, const Timestamp& now, const TimeZone& zone)
{
  if (const Separation* open = open_separation(ladder)) {
    refuse_already_open(*open, now,
                        left_open_too_long(*open, now) ? end_it_earlier(*open, now, zone) : "");
  }
}

} // namespace

void register_start(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<StartOptions>();
  CLI::App* sub = app.add_subcommand("start", "Begin a separation");
  sub->fallthrough();
  sub->add_option("DURATION ACTIVITY", o->words,
                  "How long (default: your current rung), then what you will do");
  sub->add_option("--anxiety", o->anxiety, "How anxious you feel now, 0–10")
    ->check(not_blank("--anxiety 6"))
    ->type_name("0-10");
  sub->add_option("--predict", o->predict, "What you fear will happen")->type_name("TEXT");
  sub->add_option("--likely", o->likely, "How likely it feels that it will, 0–100")
    ->check(not_blank("--likely 70"))
    ->type_name("0-100");
  sub->add_option("--at", o->at, "When you left: HH:MM, -10m or an RFC 3339 time")
    ->check(not_blank("--at -10m"))
    ->type_name("TIME");
  sub->add_option("--format", o->format, "text (default) or json, for scripts (never asks)")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa start\n  sepa start 15m Walk to the corner shop --anxiety 6\n"
              "  sepa start 30m --predict \"She will cry the whole time\" --likely 80\n"
              "  sepa start 15m --at -5m");
  sub->callback([o, &ctx] { ctx.status = run_start(*o, ctx); });
}

int run_start(const StartOptions& options, Context& ctx)
{
  StartRequest request = to_request(options, ctx);
  const Timestamp now = ctx.now();
  const bool json = options.format == "json";
  if (ctx.interactive() && !json) {
    // Questions come before the lock is taken, so a cron job is never kept waiting on them.
    if (const auto peek = read_ladder(ctx)) {
      refuse_if_open(*peek, now, ctx.zone);
    }
    if (!request.anxiety) {
      request.anxiety = ask_rating(ctx, "How anxious do you feel right now?");
    }
    if (request.prediction.empty()) {
      request.prediction = ask_text(ctx, "What do you fear might happen? (Enter to skip)");
    }
    if (!request.prediction.empty() && !request.likely) {
      request.likely = ask_percent(ctx, "How likely does that feel right now?");
    }
  }
  Transaction tx = ctx.store().begin();
  const bool created = !tx.ladder().has_value();
  Ladder ladder = ladder_or_default(tx, ctx);
  refuse_if_open(ladder, now, ctx.zone);
  const Separation& s = start_separation(ladder, request, now, ctx.new_id());
  tx.commit(ladder, change(ctx, "start of " + separation_words(s)));
  release(std::move(tx));
  if (created) {
    say_created(ctx);
  }
  if (json) {
    ctx.data << start_json(s, ladder, ctx.zone);
  } else {
    print_started(s, ladder, ctx);
  }
  fire_hook(ctx, HookEvent::start, s, ladder, now);
  return 0;
}

} // namespace sepa
