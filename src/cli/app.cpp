#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "sepa/errors.hpp"
#include "sepa/version.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace sepa {

namespace {

std::size_t edit_distance(const std::string &a, const std::string &b)
{
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// "sepa strat" → "did you mean `sepa start`?"
std::string suggest_command(const CLI::App &app, const std::string &word)
{
  std::string best;
  std::size_t best_distance = 3;
  for (const CLI::App *sub : app.get_subcommands([](const CLI::App *) { return true; })) {
    const std::size_t d = edit_distance(word, sub->get_name());
    if (d < best_distance) {
      best_distance = d;
      best = sub->get_name();
    }
  }
  return best.empty() ? std::string() : fmt::format("did you mean `sepa {}`?", best);
}

void add_globals(CLI::App &app, Context &ctx)
{
  app.add_option("--file", ctx.file_flag,
                 "The ladder file (default: $SEPA_FILE, then "
                 "$XDG_DATA_HOME/sepa/ladder.json)")
      ->type_name("PATH");
  app.add_flag("--no-input", ctx.no_input, "Never ask questions, even on a terminal");
  const std::map<std::string, ColorMode> modes{
      {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};
  app.add_option("--color", ctx.color_mode, "Colour: auto (default), always or never")
      ->transform(CLI::CheckedTransformer(modes, CLI::ignore_case))
      ->type_name("WHEN");
}

void build(CLI::App &app, Context &ctx)
{
  app.set_version_flag("--version", std::string("sepa ") + k_version);
  app.require_subcommand(0, 1);
  app.fallthrough();
  add_globals(app, ctx);
  register_commands(app, ctx);
  app.footer("Run `sepa COMMAND --help` for a command's options and examples.\n"
             "sepa is a practice log, not medical advice.");
}

} // namespace

int run_app(const std::vector<std::string> &args, Context &ctx)
{
  CLI::App app{"sepa: practise short separations from your baby, one small step at a time.",
               "sepa"};
  try {
    build(app, ctx);
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
    if (app.get_subcommands().empty()) {
      ctx.out << app.help();
      return 0;
    }
    return ctx.status;
  } catch (const CLI::CallForHelp &) {
    ctx.out << app.help();
    return 0;
  } catch (const CLI::CallForVersion &) {
    ctx.out << "sepa " << k_version << '\n';
    return 0;
  } catch (const CLI::ExtrasError &) {
    const auto rest = app.remaining(true);
    const std::string first = rest.empty() ? std::string() : rest.front();
    const std::string hint = suggest_command(app, first);
    print_error(ctx, fmt::format("sepa does not know what to do with '{}'", first),
                hint.empty() ? "see `sepa --help`" : hint);
    return to_int(Exit::usage);
  } catch (const CLI::ParseError &e) {
    print_error(ctx, e.what(), "see `sepa --help`, or `sepa COMMAND --help`");
    return to_int(Exit::usage);
  } catch (const Error &e) {
    print_error(ctx, e.what(), e.hint());
    return to_int(e.code());
  } catch (const std::exception &e) {
    print_error(ctx, fmt::format("something unexpected went wrong: {}", e.what()),
                "your ladder file was not changed by this; please report it");
    return 70;
  }
}

} // namespace sepa
