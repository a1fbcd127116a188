#include "cli/parse_errors.hpp"

#include "cli/args.hpp"
#include "cli/suggest.hpp"
#include "sepa/text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <regex>

namespace sepa {

namespace {

// The command the parser had reached, deepest first: its path ("sepa plan add") and itself.
std::pair<std::string, const CLI::App*> reached(const CLI::App& app)
{
  std::string path = "sepa";
  const CLI::App* at = &app;
  for (;;) {
    const auto parsed = at->get_subcommands();
    if (parsed.empty()) {
      return {path, at};
    }
    at = parsed.front();
    path += " " + at->get_name();
  }
}

// The long option of `app` or a command above it closest to `word`, when close enough to be a
// typo: "--anxity" → "--anxiety".
std::string closest_option(const CLI::App* app, const std::string& word)
{
  std::string best;
  std::size_t best_distance = 3;
  for (; app != nullptr; app = app->get_parent()) {
    for (const CLI::Option* option : app->get_options()) {
      for (const std::string& name : option->get_lnames()) {
        const std::size_t d = edit_distance(word, "--" + name);
        if (d < best_distance) {
          best_distance = d;
          best = "--" + name;
        }
      }
    }
  }
  return best;
}

Refusal extras(const CLI::ExtrasError& e, const CLI::App& app, const std::vector<std::string>& args)
{
  if (const auto unknown = unknown_command(app, args)) {
    return {fmt::format("there is no command `{}`", unknown->command),
            unknown->suggestion.empty()
              ? fmt::format("see `{} --help` for the commands", unknown->parent)
              : fmt::format("did you mean `{}`?", unknown->suggestion)};
  }
  const auto [path, at] = reached(app);
  const auto rest = app.remaining(true);
  const std::string word = neutralise(rest.empty() ? std::string(e.what()) : unmark(rest.front()));
  if (!word.empty() && word[0] == '-') {
    const std::string typed = word.substr(0, word.find('='));
    const std::string best = closest_option(at, typed);
    return {fmt::format("`{}` has no option {}", path, typed),
            best.empty() ? fmt::format("see `{} --help` for its options", path)
                         : fmt::format("did you mean {}?", best)};
  }
  return {fmt::format("`{}` does not know what to do with '{}'", path, word),
          fmt::format("see `{} --help`", path)};
}

} // namespace

Refusal explain(const CLI::ParseError& error, const CLI::App& app,
                const std::vector<std::string>& args)
{
  if (const auto* e = dynamic_cast<const CLI::ExtrasError*>(&error)) {
    return extras(*e, app, args);
  }
  const std::string path = reached(app).first;
  const std::string help = fmt::format("see `{} --help` for an example", path);
  const std::string what = neutralise(error.what());
  std::smatch m;
  // "DURATION is required"
  static const std::regex k_required("^(\\S+) is required$");
  if (std::regex_match(what, m, k_required)) {
    return {fmt::format("`{}` needs {}", path, m[1].str()), help};
  }
  // "--at: 1 required TIME missing"
  static const std::regex k_missing("^(\\S+): \\d+ required (\\S+) missing$");
  if (std::regex_match(what, m, k_missing)) {
    return {fmt::format("{} needs a value ({})", m[1].str(), m[2].str()), help};
  }
  return {what, help};
}

} // namespace sepa
