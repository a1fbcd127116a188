#include "cli/suggest.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>

namespace sepa {

namespace {

const CLI::App* subcommand_named(const CLI::App& app, const std::string& name)
{
  const auto found = app.get_subcommands([&](const CLI::App* s) { return s->get_name() == name; });
  return found.empty() ? nullptr : found.front();
}

// Whether `name` ("--file") is an option of `app` or of a command above it that takes a value,
// so the word after it is that value and not a command.
bool takes_value(const CLI::App* app, const std::string& name)
{
  for (; app != nullptr; app = app->get_parent()) {
    if (const CLI::Option* opt = app->get_option_no_throw(name)) {
      return opt->get_items_expected_min() > 0;
    }
  }
  return false;
}

// Words a parent may reach for instead of a command's name.
struct Synonym {
  const char* word;
  const char* command;
};
constexpr Synonym k_synonyms[] = {
  {"back", "done"},   {"stop", "done"},   {"end", "done"}, {"finish", "done"},  {"return", "done"},
  {"begin", "start"}, {"leave", "start"}, {"go", "start"}, {"wait", "checkin"}, {"urge", "checkin"},
};

// The visible subcommand of `parent` closest to `word`, when it is close enough to be a typo or
// is a word people use for it.
std::string closest(const CLI::App& parent, const std::string& word)
{
  if (parent.get_parent() == nullptr) {
    for (const Synonym& s : k_synonyms) {
      if (word == s.word && subcommand_named(parent, s.command) != nullptr) {
        return s.command;
      }
    }
  }
  std::string best;
  std::size_t best_distance = 3;
  for (const CLI::App* sub :
       parent.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
    const std::size_t d = edit_distance(word, sub->get_name());
    if (d < best_distance) {
      best_distance = d;
      best = sub->get_name();
    }
  }
  return best;
}

} // namespace

std::size_t edit_distance(const std::string& a, const std::string& b)
{
  // Three rows of the optimal-string-alignment table: a swap of two neighbours ("stauts") is
  // one edit, so it is not beaten by a word that merely shares letters ("start").
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    prev[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    before.swap(prev);
    prev.swap(row);
  }
  return prev[b.size()];
}

std::optional<UnknownCommand> unknown_command(const CLI::App& app,
                                              const std::vector<std::string>& args)
{
  const CLI::App* at = &app;
  std::string path = "sepa";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") {
      return std::nullopt; // what follows is text, never a command
    }
    if (!word.empty() && word[0] == '-') {
      if (word.find('=') == std::string::npos && takes_value(at, word)) {
        ++i;
      }
      continue;
    }
    if (const CLI::App* sub = subcommand_named(*at, word)) {
      at = sub;
      path += " " + word;
      continue;
    }
    if (at->get_subcommands([](const CLI::App*) { return true; }).empty()) {
      return std::nullopt; // a command that takes arguments, not commands
    }
    const std::string best = closest(*at, word);
    return UnknownCommand{path + " " + word, path, best.empty() ? "" : path + " " + best};
  }
  return std::nullopt;
}

} // namespace sepa
