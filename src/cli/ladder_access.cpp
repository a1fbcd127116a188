#include "cli/ladder_access.hpp"

#include "cli/output.hpp"
#include "io/files.hpp"
#include "io/inspect.hpp"
#include "sepa/conflicts.hpp"
#include "sepa/parse.hpp"

#include <fmt/format.h>
#include <ostream>

namespace sepa {

namespace fs = std::filesystem;

Ladder ladder_or_default(Transaction& tx, const Context& ctx)
{
  return tx.ladder() ? *tx.take() : default_ladder(ctx.now());
}

Change change(const Context& ctx, std::string what)
{
  return Change{std::move(what), ctx.now()};
}

std::string separation_words(const Separation& s)
{
  const std::string length = "the " + format_duration(s.planned) + " separation";
  return s.activity.empty() ? length : fmt::format("{} ({})", length, s.activity);
}

void say_created(const Context& ctx)
{
  // On stderr: it is news, not the command's result, so `sepa plan card > card.txt` stays clean.
  ctx.err << "Created your ladder in " << quote(ctx.ladder_path().path)
          << " (only you can read it).\n\n";
}

bool has_ladder_file(const Context& ctx)
{
  std::error_code ec;
  return fs::exists(ctx.store().path(), ec) || ec;
}

std::optional<Ladder> read_ladder(const Context& ctx)
{
  return ctx.store().load();
}

std::vector<fs::path> conflict_copy_paths(const Context& ctx)
{
  // The store's path is where a symlinked ladder really lives: the sync tool writes there.
  const fs::path ladder = Store(ctx.ladder_path().path, ctx.store_options).path();
  const fs::path dir = ladder.has_parent_path() ? ladder.parent_path() : fs::path(".");
  std::vector<fs::path> paths;
  for (const std::string& name : conflict_copies(ladder.filename().string(), names_in(dir))) {
    paths.push_back(ladder.has_parent_path() ? dir / name : fs::path(name));
  }
  return paths;
}

std::string merge_command(const Context& ctx, const fs::path& copy)
{
  const LadderPath where = ctx.ladder_path();
  const std::string file =
    where.source == PathSource::flag ? "--file " + quote(where.path) + " " : std::string();
  return fmt::format("sepa {}merge {}", file, quote(copy));
}

void report_conflict_copies(const Context& ctx)
{
  if (ctx.conflicts_reported) {
    return;
  }
  ctx.conflicts_reported = true;
  const auto copies = conflict_copy_paths(ctx);
  if (copies.empty()) {
    return;
  }
  std::string names;
  for (const fs::path& copy : copies) {
    names += (names.empty() ? "" : ", ") + quote(copy);
  }
  print_warning(ctx, copies.size() == 1
                       ? "a sync tool left a conflicting copy of your ladder: " + names
                       : fmt::format("a sync tool left {} conflicting copies of your ladder: {}",
                                     copies.size(), names));
  for (const fs::path& copy : copies) {
    print_hint(ctx, fmt::format("to keep what it holds, run `{}`, then delete the copy",
                                merge_command(ctx, copy)));
  }
}

} // namespace sepa
