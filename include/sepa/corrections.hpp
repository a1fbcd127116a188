#pragma once
// Correcting a finished separation (`sepa edit`), pure: `now` comes in as a value. Refusals
// throw StateError (exit 1: no such separation, or it is still open) or UsageError (exit 2: an
// end before its start, times that clash with the record) and leave the ladder as it was.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sepa {

// Only what is given changes; an empty text clears that field.
struct EditRequest {
  std::optional<Timestamp> started;
  std::optional<Timestamp> ended;
  std::optional<Seconds> planned;
  std::optional<std::string> activity;
  std::optional<int> anxiety;
  std::optional<std::string> prediction;
  std::optional<int> likely_before;
  std::optional<int> peak;
  std::optional<int> after;
  std::optional<Happened> happened;
  std::optional<int> likely_after;
  std::optional<std::string> coped;
  std::optional<std::vector<std::string>> used;
  std::optional<std::string> praise;
  std::optional<std::string> note;
};

// One field as it was and as it is now, in words: {"likely before", "70%", "40%"}, and its key
// in the file ("likely_before").
struct FieldEdit {
  std::string field;
  std::string from;
  std::string to;
  std::string key;
};

// The separation named `which`: "last" (the newest finished one), or an id or the start of one
// that names only one. Throws StateError when there is none, or when it is still open.
Separation& find_finished(Ladder& ladder, std::string_view which);

// Applies the request to `s`, one of the ladder's separations, and returns what changed (empty
// when nothing did, `s` then as it was; a time moved by seconds alone is shown to the second).
// Times are checked against each other, against what `s` recorded during
// the separation (urges, a check-in), and against the separations before and after it.
std::vector<FieldEdit> edit_separation(Ladder& ladder, Separation& s, const EditRequest& request,
                                       const Timestamp& now);

} // namespace sepa
