#include "cli/undo.hpp"

#include "cli/checks.hpp"
#include "cli/json_slips.hpp"
#include "cli/ladder_access.hpp"
#include "io/files.hpp"
#include "sepa/errors.hpp"
#include "sepa/history.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>
#include <ostream>

namespace sepa {

namespace {

constexpr std::string_view k_undo_of = "undo of ";

// Nothing to take back is not an error: a plain sentence and exit 1.
int nothing_to_undo(Context& ctx, bool json)
{
  if (json) {
    ctx.data << undo_json(std::nullopt, {});
    return to_int(Exit::refused);
  }
  ctx.out << wrap("Nothing to undo: sepa keeps each change from now on, and `sepa undo` "
                  "can take back any of the last ten.",
                  ctx.width());
  return to_int(Exit::refused);
}

int print_list(const std::vector<HistoryEntry>& entries, bool json, Context& ctx)
{
  if (entries.empty()) {
    return nothing_to_undo(ctx, json);
  }
  if (json) {
    ctx.data << undo_json(std::nullopt, entries);
    return 0;
  }
  ctx.out << "The last changes, newest first:\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Change& c = entries[i].change;
    const std::string lead = fmt::format("{:>2}. ", i + 1);
    ctx.out << wrap(neutralise(c.what), ctx.width(), lead) << std::string(lead.size(), ' ')
            << format_day_clock(c.at) << '\n';
  }
  ctx.out << '\n'
          << wrap("`sepa undo` takes back number 1; `sepa undo 3` goes back to before "
                  "number 3.",
                  ctx.width());
  return 0;
}

// The text the ladder had before `entry`, refusing when it is gone.
std::string text_before(const HistoryEntry& entry, const History& history)
{
  const auto text = read_file(entry.before);
  if (!text) {
    throw StateError(fmt::format("the copy from before \"{}\" is missing from {}",
                                 neutralise(entry.change.what), quote(history.dir())),
                     "your ladder is unchanged; its backups are beside it");
  }
  return *text;
}

// The ladder on disk must be the one the newest change wrote, and each earlier change must
// have written the text the next one started from: anything else was changed by something
// that kept no history (another program, an editor, an older sepa), and going back over it
// would lose that.
void refuse_if_changed_elsewhere(const std::vector<HistoryEntry>& entries, std::size_t steps,
                                 const std::string& current, const History& history)
{
  const std::string hint = fmt::format("your ladder is unchanged; the earlier versions are in "
                                       "{}, to copy back by hand if you need one",
                                       quote(history.dir()));
  if (content_hash(current) != entries.front().after) {
    throw StateError("your ladder was changed since sepa last saved it (by another program or "
                     "by hand), so undo will not overwrite it",
                     hint);
  }
  for (std::size_t i = 0; i + 1 < steps; ++i) {
    if (content_hash(text_before(entries[i], history)) != entries[i + 1].after) {
      throw StateError(fmt::format("your ladder was changed outside sepa between change {} and "
                                   "change {}, so undo cannot go back that far",
                                   i + 1, i + 2),
                       hint);
    }
  }
}

std::string undone_line(const Change& c, std::size_t steps)
{
  const std::string what = neutralise(c.what);
  if (steps > 1) {
    return fmt::format("Went back {} changes, to before: {}, {}.", steps, what,
                       format_day_clock(c.at));
  }
  if (what.rfind(k_undo_of, 0) == 0) {
    return fmt::format("Put back: {}.", what.substr(k_undo_of.size()));
  }
  return fmt::format("Undid: {}, {}.", what, format_day_clock(c.at));
}

} // namespace

void register_undo(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<UndoOptions>();
  CLI::App* sub = app.add_subcommand("undo", "Take back the last change to your ladder");
  sub->fallthrough();
  sub->add_option("N", o->steps, "Go back to before the Nth newest change (default 1)")
    ->check(whole_number(1, static_cast<int>(k_history_size),
                         fmt::format("is not a number of changes from 1 to {}", k_history_size)))
    ->type_name(fmt::format("1-{}", k_history_size));
  sub->add_flag("--list", o->list, "Show the changes that can be taken back, newest first");
  sub->add_option("--format", o->format, "text (default) or json, for scripts")
    ->transform(one_of({"text", "json"}))
    ->type_name("FORMAT");
  sub->footer("Examples:\n  sepa undo\n  sepa undo --list\n  sepa undo 3\n"
              "  sepa undo --list --format json");
  sub->callback([o, &ctx] { ctx.status = run_undo(*o, ctx); });
}

int run_undo(const UndoOptions& options, Context& ctx)
{
  const bool json = options.format == "json";
  if (!has_ladder_file(ctx)) {
    return nothing_to_undo(ctx, json); // before the lock makes a folder
  }
  Transaction tx = ctx.store().begin();
  const History history(ctx.store().path());
  const std::vector<HistoryEntry> entries = history.entries();
  if (options.list) {
    return print_list(entries, json, ctx);
  }
  if (entries.empty()) {
    return nothing_to_undo(ctx, json);
  }
  const auto steps = static_cast<std::size_t>(options.steps);
  if (steps > entries.size()) {
    throw UsageError(fmt::format("there are only {} changes to take back", entries.size()),
                     "`sepa undo --list` shows them");
  }
  const auto current = read_file(ctx.store().path());
  refuse_if_changed_elsewhere(entries, steps, current.value_or(""), history);
  const HistoryEntry& oldest = entries[steps - 1];
  const Ladder before = parse_ladder(text_before(oldest, history));
  // Undoing an undo puts the change back, and is named as that change again.
  const std::string& was = oldest.change.what;
  const std::string what = steps > 1 ? fmt::format("undo of the last {} changes", steps)
                           : was.rfind(k_undo_of, 0) == 0 ? was.substr(k_undo_of.size())
                                                          : std::string(k_undo_of) + was;
  tx.commit(before, change(ctx, what));
  if (json) {
    const bool put_back = was.rfind(k_undo_of, 0) == 0; // the oldest one taken back
    ctx.data << undo_json(Undone{oldest.change, steps, put_back}, history.entries());
    return 0;
  }
  ctx.out << wrap(undone_line(oldest.change, steps), ctx.width());
  return 0;
}

} // namespace sepa
