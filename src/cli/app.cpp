#include "cli/app.hpp"

#include "cli/args.hpp"
#include "cli/checks.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/parse_errors.hpp"
#include "cli/status.hpp"
#include "sepa/errors.hpp"
#include "sepa/version.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <ostream>

namespace sepa {

namespace {

void add_globals(CLI::App& app, Context& ctx)
{
  app
    .add_option_function<std::string>(
      "--file",
      [&ctx](const std::string& path) {
        // An empty value (an unset variable in a script) must not quietly mean the default file.
        if (path.empty()) {
          throw UsageError("--file is empty", "give the ladder's path, or leave --file out to "
                                              "use $SEPA_FILE or the default");
        }
        ctx.file_flag = path;
      },
      "The ladder file (default: $SEPA_FILE, then $XDG_DATA_HOME/sepa/ladder.json)")
    ->type_name("PATH");
  app.add_flag("--no-input", ctx.no_input, "Never ask questions, even on a terminal");
  app
    .add_option_function<std::string>(
      "--color", [&ctx](const std::string& when) { ctx.color_mode = color_mode_from(when); },
      "Colour: auto (default), always or never")
    ->transform(one_of({"auto", "always", "never"}))
    ->type_name("WHEN");
}

// Every positional option takes the words after "--" as they were typed (cli/args.hpp).
void unmark_operands(CLI::App& app)
{
  for (CLI::Option* option : app.get_options()) {
    if (option->get_positional()) {
      option->transform([](std::string word) { return unmark(std::move(word)); });
    }
  }
  for (CLI::App* sub : app.get_subcommands(std::function<bool(CLI::App*)>{})) {
    unmark_operands(*sub);
  }
}

void build(CLI::App& app, Context& ctx)
{
  // Our words, not CLI11's "Print this help message and exit"; subcommands inherit them.
  app.set_help_flag("-h,--help", "Show this help");
  app.set_version_flag("--version", std::string("sepa ") + k_version,
                       "Show which version of sepa this is");
  app.require_subcommand(0, 1);
  app.fallthrough();
  // An option given twice takes the last value, as scripts and aliases expect
  // (alias out='sepa start --anxiety 5'; out --anxiety 7). Subcommands inherit this default.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  // Below 80 columns each description goes under its option, indented, instead of beside it.
  app.get_formatter()->column_width(ctx.width() >= 80 ? 30 : 6);
  add_globals(app, ctx);
  register_commands(app, ctx);
  unmark_operands(app);
  app.footer("Run `sepa COMMAND --help` for a command's options and examples.\n"
             "sepa is a practice log, not medical advice.");
}

// Output that could not be written (a full disk, a closed file) is an I/O error: never a silent
// success that leaves a report or a card empty.
int flushed(Context& ctx, int status)
{
  errno = 0;
  ctx.out.flush();
  ctx.data.flush();
  ctx.err.flush();
  if (ctx.out && ctx.data) {
    return status;
  }
  const int err = errno;
  print_error(ctx,
              err != 0 ? fmt::format("could not write the output: {}", std::strerror(err))
                       : std::string("could not write the output"),
              "anything the command changed in your ladder is saved; check where the output "
              "goes (a full disk?) and run it again");
  return to_int(Exit::io);
}

int dispatch(const std::vector<std::string>& args, Context& ctx)
{
  CLI::App app{"sepa: practise short separations from your baby, one small step at a time.",
               "sepa"};
  try {
    if (const auto line = prompt_line_args(args)) {
      return run_prompt_line(*line, ctx);
    }
    build(app, ctx);
    const std::vector<std::string> marked = mark_operands(args);
    std::vector<std::string> reversed(marked.rbegin(), marked.rend());
    app.parse(reversed);
    if (app.get_subcommands().empty()) {
      ctx.out << app.help();
      return 0;
    }
    return ctx.status;
  } catch (const CLI::CallForHelp&) {
    ctx.out << app.help();
    return 0;
  } catch (const CLI::CallForVersion&) {
    ctx.out << "sepa " << k_version << '\n';
    return 0;
  } catch (const CLI::ParseError& e) {
    const Refusal refusal = explain(e, app, args);
    print_error(ctx, refusal.message, refusal.hint);
    return to_int(Exit::usage);
  } catch (const Error& e) {
    print_error(ctx, e.what(), e.hint());
    return to_int(e.code());
  } catch (const std::exception& e) {
    print_error(ctx, fmt::format("something unexpected went wrong: {}", e.what()),
                "your ladder file was not changed by this; please report it, with what `sepa "
                "diagnostics` shows");
    return to_int(Exit::software);
  }
}

} // namespace

int run_app(const std::vector<std::string>& args, Context& ctx)
{
  return flushed(ctx, dispatch(args, ctx));
}

} // namespace sepa
