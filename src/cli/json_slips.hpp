#pragma once
// `--format json` of `undo` and `cancel` (slips put right; `edit`'s is in json_forms, beside
// `done`'s), `partner` and `remind` (docs/json.md): what the screen says, for scripts. Pure: each
// returns the text, one object with "version": 1, ending in a newline.

#include "sepa/history.hpp"
#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

// The change taken back (none for `undo --list`, or when there was nothing to take back) and
// the changes that can be taken back now, newest first.
struct Undone {
  Change change;
  std::size_t steps = 1;
  bool put_back = false; // it undid an undo
};
std::string undo_json(const std::optional<Undone>& undone,
                      const std::vector<HistoryEntry>& changes);

// The separation cancelled, or none when nothing was open.
std::string cancel_json(const Separation* cancelled);

// The partner's side of a separation, and whether this command just kept it.
std::string partner_json(const Separation& s, bool kept);

// What `remind` says, one text for each nudge (its lines joined), in the order it says them.
std::string remind_json(const std::vector<std::string>& nudges);

} // namespace sepa
