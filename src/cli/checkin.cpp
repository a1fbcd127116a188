#include "cli/checkin.hpp"

#include "cli/args.hpp"
#include "cli/checkin_json.hpp"
#include "cli/checks.hpp"
#include "cli/file_watch.hpp"
#include "cli/hook_events.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "cli/prompt.hpp"
#include "io/heap.hpp"
#include "io/terminal.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"
#include "sepa/wait_rule.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace sepa {

namespace {

CheckinRequest to_request(const CheckinOptions& o)
{
  if (o.passed && o.emergency) {
    throw UsageError("--passed and --emergency cannot go together",
                     "use --emergency if something is wrong at home, or --passed if the worry "
                     "has gone");
  }
  if (o.texted && (o.passed || o.emergency)) {
    throw UsageError("--texted is given on its own",
                     "once you have sent the text: sepa checkin --texted");
  }
  return {rating_value(o.urge, "--urge"), o.passed, o.emergency};
}

// Redrawing in place needs a terminal that understands cursor movement.
bool can_animate(const CheckinOptions& o, const Context& ctx)
{
  return ctx.term.stdout_tty && !o.no_wait && ctx.env.get("TERM") != "dumb";
}

bool will_ask(const CheckinOptions& o, const Context& ctx)
{
  return ctx.interactive() && !o.no_wait;
}

std::string clock_at(const Context& ctx, const Timestamp& t)
{
  return format_clock(ctx.zone.stamp(t.utc));
}

Outcome outcome_of(Step step)
{
  return step == Step::emergency ? Outcome::emergency
         : step == Step::passed  ? Outcome::passed
                                 : Outcome::texted;
}

struct Opened {
  Ladder ladder; // as saved
  CheckinStart start;
  bool outcome_saved = false;
  bool changed = false; // false when the call only looked at the time left
  FileStamp stamp;      // the file as this call left it, for the countdown's watch
};

// The ladder read under the lock, moved out (no copy of a long history), or an empty one, which
// the rules then refuse as having nothing open.
Ladder taken(Transaction& tx)
{
  std::optional<Ladder> read = tx.take();
  return read ? std::move(*read) : Ladder{};
}

// One locked read-modify-write, over before anything is drawn or asked: the window is on disk
// before the countdown shows it, and no other sepa (a cron job) ever waits on the lock for it.
Opened open_checkin(const CheckinRequest& request, bool ask, bool texted, Context& ctx)
{
  const Timestamp now = ctx.now();
  if (!has_ladder_file(ctx)) {
    Ladder none;
    begin_checkin(none, request, now, ctx.zone); // refuses: nothing is open
  }
  Transaction tx = ctx.store().begin();
  Opened o;
  o.ladder = taken(tx);
  const Separation* open = open_separation(o.ladder);
  const std::optional<Separation> was = open ? std::optional(*open) : std::nullopt;
  o.start = begin_checkin(o.ladder, request, now, ctx.zone);
  const Step step = o.start.step;
  // Nothing is recorded that the user did not say happened: the text only with --texted.
  if (step == Step::emergency || step == Step::passed || (step == Step::over && !ask && texted)) {
    record_outcome(o.ladder, o.start.separation_id, outcome_of(step), now);
    o.outcome_saved = true;
  }
  // A call that only looks at the time left saves nothing, so `sepa undo` never meets it.
  o.changed = !was || *open_separation(o.ladder) != *was;
  if (o.changed) {
    tx.commit(o.ladder, change(ctx, "check-in"));
  }
  // Still under the lock, so no other window's change can slip in before the stamp.
  o.stamp = file_stamp(ctx.ladder_path().path);
  return o;
}

// After a wait or a question, under the lock again: the ladder may have changed meanwhile.
Ladder record_later(const std::string& id, Outcome outcome, Context& ctx)
{
  Transaction tx = ctx.store().begin();
  Ladder ladder = taken(tx);
  record_outcome(ladder, id, outcome, ctx.after_wait());
  tx.commit(ladder, change(ctx, "check-in"));
  return ladder;
}

const Separation& separation(const Opened& o)
{
  for (const Separation& s : o.ladder.separations) {
    if (s.id == o.start.separation_id) {
      return s;
    }
  }
  throw std::logic_error("the separation just checked in on is missing");
}

std::string home_note(const Separation& s, const Timestamp& deadline, const Context& ctx)
{
  const auto end = home_before_window(s, deadline);
  if (!end) {
    return {};
  }
  if (end->utc <= ctx.now().utc) {
    return "Your planned time is already up, so heading home is the next step.";
  }
  return fmt::format("You are due home at {}, before the wait ends, so you will be home first.",
                     clock_at(ctx, *end));
}

std::string waiting_line(const Opened& o, const Context& ctx)
{
  const Timestamp& deadline = *o.start.deadline;
  const Seconds left = deadline - ctx.now();
  std::string line = o.start.opened_now
                       ? fmt::format("Your {} wait starts now and ends at {}.",
                                     format_duration(left), clock_at(ctx, deadline))
                       : fmt::format("Your wait has {} left, until {}.", format_duration(left),
                                     clock_at(ctx, deadline));
  const std::string note = home_note(separation(o), deadline, ctx);
  return note.empty() ? line : line + ' ' + note;
}

void print_passed(const Ladder& ladder, Context& ctx)
{
  const int n = passed_count(ladder);
  ctx.out << paint(ctx, Tone::good,
                   "The worry passed without a call: that is the practice "
                   "working.")
          << '\n';
  ctx.out << (n == 1 ? std::string("It is the first urge you have let pass on its own.\n")
                     : fmt::format("That makes {} urges you have let pass on their own.\n", n));
}

void print_text(const Ladder& ladder, Context& ctx)
{
  ctx.out << "If you still need to, send " << partner_name(ladder) << " this one text:\n\n    "
          << paint(ctx, Tone::bold, neutralise(ladder.message))
          << "\n\nThen trust the answer you get, and keep any other questions for when you are "
             "home.\n";
}

void print_emergency(const Ladder& ladder, Context& ctx)
{
  if (ladder.emergencies.empty()) {
    ctx.out << "If something is truly wrong, call now: the wait does not apply.\n"
               "You two have not agreed yet on what counts as an emergency. When you are "
               "together, decide, and add each one: sepa plan emergency \"…\"\n";
  } else {
    ctx.out << "If it is one of the things you agreed on, call now: the wait does not apply.\n";
    for (const std::string& e : ladder.emergencies) {
      ctx.out << "  • " << neutralise(e) << '\n';
    }
    ctx.out << "If it is not, " << partner_name(ladder)
            << " can handle it; `sepa checkin` keeps you company while you wait.\n";
  }
  ctx.out << "It is noted in your log as an emergency, never held against you.\n";
}

// y or n, asked again on anything else (Enter alone records nothing); empty when the input
// ends.
std::optional<bool> ask_passed(Context& ctx)
{
  for (;;) {
    const std::string answer = ask_text(ctx, "Has the worry passed? (y/n)");
    if (answer == "y" || answer == "Y" || answer == "yes" || answer == "Yes") {
      return true;
    }
    if (answer == "n" || answer == "N" || answer == "no" || answer == "No") {
      return false;
    }
    if (!ctx.in) {
      return std::nullopt;
    }
    ctx.out << "Type y if it has passed, or n if you still need to send the text.\n";
  }
}

// The window is over: the worry has passed, or the one text is due.
int finish_wait(const Opened& o, bool ask, Context& ctx)
{
  if (ctx.term.stdout_tty) {
    ring_bell(ctx.out);
  }
  ctx.out << "Your wait is over.\n";
  if (o.outcome_saved) {
    print_text(o.ladder, ctx);
    return 0;
  }
  const std::optional<bool> passed = ask ? ask_passed(ctx) : std::nullopt;
  if (!passed) {
    print_text(o.ladder, ctx);
    ctx.out << wrap("Once you have sent it: sepa checkin --texted. If the worry passes: sepa "
                    "checkin --passed.",
                    ctx.width());
    return 0;
  }
  const Ladder ladder =
    record_later(o.start.separation_id, *passed ? Outcome::passed : Outcome::texted, ctx);
  if (*passed) {
    print_passed(ladder, ctx);
  } else {
    print_text(ladder, ctx);
  }
  return 0;
}

// Tells the on-due hook when the planned end comes during the countdown, between two frames.
class DueWatch : public Sleeper {
public:
  DueWatch(Sleeper& inner, const Opened& o, Context& ctx) : m_inner(inner), m_o(o), m_ctx(ctx) {}
  Wake sleep_for(std::chrono::nanoseconds d) override
  {
    const Separation& s = separation(m_o);
    if (!m_told && m_ctx.countdown.ticks.wall() >= s.started.utc + s.planned) {
      m_told = true;
      fire_once(m_ctx, HookEvent::due, m_o.ladder, m_ctx.after_wait());
    }
    return m_inner.sleep_for(d);
  }

private:
  Sleeper& m_inner;
  const Opened& m_o;
  Context& m_ctx;
  bool m_told = false;
};

int count_down(const Opened& o, bool ask, Context& ctx)
{
  const Timestamp deadline = ctx.zone.stamp(o.start.deadline->utc);
  // Wrapped, so a phone's 40 columns never break a word at the edge.
  ctx.out << wrap(std::string("Waiting before calling home. Ctrl-C stops the countdown; the wait "
                              "keeps running.") +
                    (ctx.interactive() ? " Press p if the worry passes." : ""),
                  ctx.width());
  const std::string note = home_note(separation(o), deadline, ctx);
  ctx.out << (note.empty() ? "" : wrap(note, ctx.width())) << '\n' << std::flush;
  const CountdownView view{deadline, wait_length(o.ladder), o.ladder.strengths,
                           partner_name_cap(o.ladder)};
  CountdownEnd end = CountdownEnd::stopped;
  Elsewhere elsewhere = Elsewhere::nothing;
  std::size_t columns = ctx.width();
  release_heap(); // the wait is long: what reading the ladder needed goes back
  {
    // Scoped so the terminal mode and signal mask are back before anything else is printed.
    const auto sleeper = ctx.countdown.sleeper(ctx.interactive());
    DueWatch due(*sleeper, o, ctx);
    FileWatch file(due, ctx, separation(o), o.stamp);
    const auto screen = ctx.countdown.screen(static_cast<std::size_t>(ctx.term.width));
    end = run_countdown(view, ctx.countdown.ticks, file, *screen);
    elsewhere = file.seen_elsewhere();
    // The terminal may have been resized meanwhile: the last line goes to its width now.
    columns = std::max<std::size_t>(screen->width(), 39);
  }
  switch (end) {
  case CountdownEnd::elsewhere:
    // Another window has the last word; this one records nothing.
    ctx.out << elsewhere_words(elsewhere) << '\n';
    return 0;
  case CountdownEnd::stopped:
    ctx.out << wrap(fmt::format("The wait keeps running until {}; `sepa checkin` picks it up "
                                "again.",
                                format_clock(deadline)),
                    columns);
    return to_int(Exit::interrupted);
  case CountdownEnd::passed:
    print_passed(record_later(o.start.separation_id, Outcome::passed, ctx), ctx);
    return 0;
  case CountdownEnd::finished:
    break;
  }
  fire_once(ctx, HookEvent::wait_over, o.ladder, ctx.after_wait());
  return finish_wait(o, ask, ctx);
}

} // namespace

void register_checkin(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<CheckinOptions>();
  CLI::App* sub =
    app.add_subcommand("checkin", "The urge to call home: wait it out first, then one text");
  sub->fallthrough();
  sub->add_option("--urge", o->urge, "How strong the urge is, 0–10")
    ->check(not_blank("--urge 6"))
    ->type_name("0-10");
  sub->add_flag("--passed", o->passed, "The worry has passed: record that");
  sub->add_flag("--emergency", o->emergency,
                "Something you agreed counts as an emergency: skip the wait");
  sub->add_flag("--texted", o->texted, "After the wait: you sent the one text, record that");
  sub->add_flag("--no-wait", o->no_wait,
                "Print the time left and return at once (exit 3 while the wait runs)");
  sub->add_option("--format", o->format, "text (default) or json, for scripts (as --no-wait)")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa checkin\n  sepa checkin --urge 7\n  sepa checkin --passed\n"
              "  sepa checkin --texted\n  sepa checkin --no-wait\n  sepa checkin --emergency\n"
              "  sepa checkin --format json");
  sub->callback([o, &ctx] { ctx.status = run_checkin(*o, ctx); });
}

int run_checkin(const CheckinOptions& options, Context& ctx)
{
  const CheckinRequest request = to_request(options);
  const bool json = options.format == "json";
  const bool ask = will_ask(options, ctx) && !json;
  // The lock is released once open_checkin returns: the hooks may run from here on.
  const Opened o = open_checkin(request, ask, options.texted, ctx);
  if (options.texted && o.start.step == Step::waiting) {
    print_hint(ctx, "the one simple text comes after the wait, so nothing is recorded yet; once "
                    "it is over and you have sent it: sepa checkin --texted");
  }
  // on-checkin is for a check-in that recorded something, not a look at the time left.
  const auto tell = [&] {
    if (o.changed) {
      fire_hook(ctx, HookEvent::checkin, separation(o), o.ladder, ctx.now());
    }
  };
  if (json) {
    ctx.data << checkin_json(o.ladder, o.start, ctx.now(), ctx.zone);
    tell();
    return o.start.step == Step::waiting  ? to_int(Exit::wait_open)
           : o.start.step == Step::texted ? to_int(Exit::refused)
                                          : 0;
  }
  switch (o.start.step) {
  case Step::texted: {
    const SecondText words = second_text_words(clock_at(ctx, *o.start.texted_at));
    ctx.out << wrap(capitalised(words.why) + ". " + capitalised(words.next), ctx.width());
  }
    return to_int(Exit::refused);
  case Step::emergency:
    print_emergency(o.ladder, ctx);
    tell();
    return 0;
  case Step::passed:
    print_passed(o.ladder, ctx);
    tell();
    return 0;
  case Step::over:
    tell();
    return finish_wait(o, ask, ctx);
  case Step::waiting:
    break;
  }
  if (!can_animate(options, ctx)) {
    ctx.out << waiting_line(o, ctx) << '\n';
    tell();
    return to_int(Exit::wait_open);
  }
  tell();
  return count_down(o, ask, ctx);
}

} // namespace sepa
