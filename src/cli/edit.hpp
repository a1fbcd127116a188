#pragma once
// `sepa edit [last|ID] [options]`: correct what was recorded for a finished separation, with the
// options of `start` and `done` (--started and --ended for their --at). Prints each field that
// changed, old → new. It can be undone like any change (cli/undo.hpp).

#include "cli/context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace sepa {

struct EditOptions {
  std::string which = "last"; // "last", or a separation's id (or the start of one)
  std::string started;
  std::string ended;
  std::string planned;
  std::optional<std::string> activity;
  std::string anxiety;
  std::optional<std::string> predict;
  std::string likely_before;
  std::string peak;
  std::string after;
  std::string happened;
  std::string likely_after;
  std::optional<std::string> coped;
  std::vector<std::string> used;
  bool no_used = false;
  std::optional<std::string> praise;
  std::optional<std::string> note;
  std::string format = "text"; // or "json"
};

void register_edit(CLI::App& app, Context& ctx);
int run_edit(const EditOptions& options, Context& ctx);

} // namespace sepa
