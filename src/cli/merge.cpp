#include "cli/merge.hpp"

#include "cli/ladder_access.hpp"
#include "cli/output.hpp"
#include "io/files.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/merge_ladders.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <memory>
#include <ostream>
#include <tuple>

namespace sepa {

namespace fs = std::filesystem;

namespace {

std::string count(std::size_t n, std::string_view one, std::string_view many)
{
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The other copy, read and checked before the lock on ours is taken. A copy that is not a
// ladder is refused with exit 65 and nothing is written.
Ladder read_other(const fs::path& file)
{
  const auto text = read_file(file);
  if (!text) {
    throw UsageError(fmt::format("there is no file {}", quote(file)),
                     "`sepa diagnostics` lists the conflict copies beside your ladder");
  }
  try {
    return parse_ladder(*text);
  } catch (const DataError& e) {
    throw DataError(fmt::format("cannot merge {}: {}", quote(file), e.what()),
                    "nothing was changed; sepa cannot read that file as a ladder");
  }
}

std::string summary_lines(const MergeSummary& s)
{
  std::string out =
    fmt::format("  {} added, {} brought up to date, {} already here.\n",
                count(s.added, "separation", "separations"), s.updated, s.unchanged);
  std::string also;
  for (const auto& [n, one, many] :
       {std::tuple{s.rungs, "rung", "rungs"}, std::tuple{s.strengths, "strength", "strengths"},
        std::tuple{s.emergencies, "emergency", "emergencies"},
        std::tuple{s.safety, "safety behaviour", "safety behaviours"},
        std::tuple{s.plans, "planned separation", "planned separations"}}) {
    if (n > 0) {
      also += (also.empty() ? "" : ", ") + count(n, one, many);
    }
  }
  if (!also.empty()) {
    out += "  Also added: " + also + ".\n";
  }
  return out;
}

// A conflict copy is safe to delete once merged; any others beside the ladder are named next.
void after_merge(const Context& ctx, const fs::path& merged)
{
  std::error_code ec;
  for (const fs::path& copy : conflict_copy_paths(ctx)) {
    if (fs::equivalent(copy, merged, ec)) {
      ctx.out << fmt::format("Everything it held is in your ladder now, so you can delete it: "
                             "rm {}\n",
                             quote(merged));
    } else {
      print_hint(ctx, fmt::format("another conflicting copy is beside your ladder; merge it "
                                  "too with `{}`",
                                  merge_command(ctx, copy)));
    }
  }
}

} // namespace

void register_merge(CLI::App& app, Context& ctx)
{
  auto o = std::make_shared<MergeOptions>();
  CLI::App* sub = app.add_subcommand("merge", "Bring another copy of your ladder into this one");
  sub->fallthrough();
  sub->add_option("FILE", o->file, "The other copy, e.g. a sync tool's conflict copy")->required();
  sub->footer(
    "Examples:\n  sepa merge ~/Sync/sepa/ladder.sync-conflict-20261122-100500-ABCDEFG.json\n"
    "  sepa merge \"ladder (conflicted copy 2026-11-22).json\"\n"
    "Records are matched by id: nothing is doubled, nothing is lost, and merging the "
    "same file again changes nothing. See docs/sync.md.");
  sub->callback([o, &ctx] { ctx.status = run_merge(*o, ctx); });
}

int run_merge(const MergeOptions& options, Context& ctx)
{
  const fs::path file = options.file;
  ctx.conflicts_reported = true; // said after the merge instead, without the file just merged
  const Ladder theirs = read_other(file);
  Transaction tx = ctx.store().begin();
  if (!tx.ladder()) {
    tx.commit(theirs);
    ctx.out << fmt::format("You had no ladder here yet, so it is now a copy of {} ({}).\n",
                           quote(file),
                           count(theirs.separations.size(), "separation", "separations"));
  } else {
    const MergeResult result = merge_ladders(*tx.ladder(), theirs);
    if (!result.summary.changed) {
      ctx.out << fmt::format("Your ladder already holds everything in {}; nothing was changed.\n",
                             quote(file));
    } else {
      tx.commit(result.ladder, change(ctx, "merge of " + file.filename().string()));
      ctx.out << fmt::format("Merged {} into your ladder:\n", quote(file))
              << summary_lines(result.summary);
    }
  }
  after_merge(ctx, file);
  return 0;
}

} // namespace sepa
