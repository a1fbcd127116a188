#include "cli/edit.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/done.hpp"
#include "cli/json_forms.hpp"
#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "sepa/corrections.hpp"
#include "sepa/errors.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>
#include <ostream>

namespace sepa {

namespace {

std::optional<std::string> text_value(const std::optional<std::string>& text, const char* what)
{
  return text ? std::optional{user_text(*text, what)} : std::nullopt;
}

std::optional<Timestamp> time_value(const std::string& text, const char* option, const Context& ctx)
{
  try {
    return at_value(text, ctx);
  } catch (const UsageError& e) {
    // at_value names --at; here the option is another.
    const auto renamed = [&](std::string words) {
      for (auto at = words.find("--at"); at != std::string::npos; at = words.find("--at", at + 1)) {
        words.replace(at, 4, option);
      }
      return words;
    };
    throw UsageError(renamed(e.what()), renamed(e.hint()));
  }
}

// The same parsing and checks as `start` and `done` (cli/args); --used needs the ladder.
EditRequest to_request(const EditOptions& o, const Context& ctx)
{
  EditRequest r;
  r.started = time_value(o.started, "--started", ctx);
  r.ended = time_value(o.ended, "--ended", ctx);
  if (!o.planned.empty()) {
    r.planned = duration_value(o.planned);
  }
  r.activity = text_value(o.activity, "activity");
  r.anxiety = rating_value(o.anxiety, "--anxiety");
  r.prediction = text_value(o.predict, "prediction");
  r.likely_before = percent_value(o.likely_before, "--likely-before");
  r.peak = rating_value(o.peak, "--peak");
  r.after = rating_value(o.after, "--after");
  r.happened = happened_value(o.happened, "--happened");
  r.likely_after = percent_value(o.likely_after, "--likely-after");
  r.coped = text_value(o.coped, "--coped");
  r.praise = text_value(o.praise, "praise");
  r.note = text_value(o.note, "note");
  return r;
}

void add_options(CLI::App* sub, EditOptions& o)
{
  sub->add_option("--started", o.started, "When you left: HH:MM, -10m or an RFC 3339 time")
    ->check(not_blank("--started 10:05"))
    ->type_name("TIME");
  sub->add_option("--ended", o.ended, "When you came back, in the same forms")
    ->check(not_blank("--ended 10:25"))
    ->type_name("TIME");
  sub->add_option("--planned", o.planned, "The length you planned")
    ->check(not_blank("--planned 15m"))
    ->type_name("DURATION");
  sub->add_option("--activity", o.activity, "What you did (empty to clear)")->type_name("TEXT");
  sub->add_option("--anxiety", o.anxiety, "How anxious you felt before, 0–10")
    ->check(not_blank("--anxiety 6"))
    ->type_name("0-10");
  sub->add_option("--predict", o.predict, "What you feared would happen")->type_name("TEXT");
  sub->add_option("--likely-before", o.likely_before, "How likely it felt before, 0–100")
    ->check(not_blank("--likely-before 70"))
    ->type_name("0-100");
  sub->add_option("--peak", o.peak, "The worry at its highest, 0–10")
    ->check(not_blank("--peak 3"))
    ->type_name("0-10");
  sub->add_option("--after", o.after, "The worry once back, 0–10")
    ->check(not_blank("--after 1"))
    ->type_name("0-10");
  sub->add_option("--happened", o.happened, "Did what you feared happen?")
    ->check(not_blank("--happened no"))
    ->type_name("no|partly|yes");
  sub->add_option("--likely-after", o.likely_after, "How likely it felt afterwards, 0–100")
    ->check(not_blank("--likely-after 30"))
    ->type_name("0-100");
  sub->add_option("--coped", o.coped, "If it happened: how you got through it")->type_name("TEXT");
  sub->add_option("--used", o.used, "The safety behaviours used, replacing the list (repeat)")
    ->type_name("N|TEXT");
  sub->add_flag("--no-used", o.no_used, "No safety behaviour was used after all");
  sub->add_option("--praise", o.praise, "One specific thing your partner did well")
    ->type_name("TEXT");
  sub->add_option("--note", o.note, "Anything else worth remembering")->type_name("TEXT");
  sub->add_option("--format", o.format, "text (default) or json, for scripts")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
}

// The fields that changed, by their keys in the file.
std::vector<std::string> keys_of(const std::vector<FieldEdit>& changed)
{
  std::vector<std::string> keys;
  for (const FieldEdit& f : changed) {
    keys.push_back(f.key);
  }
  return keys;
}

} // namespace

void register_edit(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<EditOptions>();
  CLI::App* sub = app.add_subcommand("edit", "Correct what was recorded for a separation");
  sub->fallthrough();
  sub->add_option("WHICH", o->which, "last (default), or a separation's id")->type_name("last|ID");
  add_options(sub, *o);
  sub->footer("Examples:\n  sepa edit --peak 3\n  sepa edit last --ended 14:25\n"
              "  sepa edit --praise \"Bathed her without me\"\n  sepa undo   (to take it back)");
  sub->callback([o, &ctx] { ctx.status = run_edit(*o, ctx); });
}

int run_edit(const EditOptions& options, Context& ctx)
{
  const Timestamp now = ctx.now();
  EditRequest request = to_request(options, ctx);
  if (options.no_used && !options.used.empty()) {
    throw UsageError("give --used or --no-used, not both", "e.g. sepa edit --used 1");
  }
  if (!has_ladder_file(ctx)) {
    Ladder none;
    find_finished(none, options.which); // refuses before the lock makes a folder
  }
  Transaction tx = ctx.store().begin();
  std::optional<Ladder> ladder = tx.take();
  if (!ladder) {
    ladder = Ladder{}; // removed since the check above: find_finished refuses
  }
  Separation& s = find_finished(*ladder, options.which);
  if (!options.used.empty()) {
    request.used = used_value(options.used, ladder->safety);
  } else if (options.no_used) {
    request.used = std::vector<std::string>{};
  }
  const std::vector<FieldEdit> changed = edit_separation(*ladder, s, request, now);
  const std::string name = separation_words(s);
  if (!changed.empty()) {
    tx.commit(*ladder, change(ctx, "edit of " + name));
  }
  if (options.format == "json") {
    ctx.data << edit_json(s, *ladder, now, keys_of(changed));
    return 0;
  }
  if (changed.empty()) {
    ctx.out << wrap(fmt::format("Nothing to change: {} already says that.", neutralise(name)),
                    ctx.width());
    return 0;
  }
  ctx.out << wrap(fmt::format("Corrected {}:", neutralise(name)), ctx.width());
  for (const FieldEdit& f : changed) {
    ctx.out << wrap(fmt::format("{}: {} → {}", f.field, neutralise(f.from), neutralise(f.to)),
                    ctx.width(), "  ");
  }
  ctx.out << "`sepa undo` takes it back.\n";
  return 0;
}

} // namespace sepa
