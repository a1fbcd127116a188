#pragma once
// The move-up rule explaining itself (`sepa why`): every separation counting toward one rung or
// step, its verdict and the one reason that decided it, and what is still needed to move up.
// Pure: `now` comes in as a value.

#include "sepa/ladder.hpp"
#include "sepa/progress.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

struct Counted {
  const Separation* source = nullptr; // points into the ladder given to explain()
  Judgement judgement;                // with its reason
  bool longer = false;                // a learned one that reached a longer rung, counting here too
};

struct Explanation {
  Seconds length{};                 // the rung or step explained
  std::optional<std::size_t> rung;  // its index when it is a rung of the ladder
  bool in_between = false;          // the step in between that comes before `rung`
  std::optional<RungState> state;   // a rung's state
  std::vector<Counted> separations; // oldest first
  int learned_days = 0;
  int clean_days = 0;
  std::vector<std::string> needed; // sentences: what is still needed, or that it is mastered
};

// `length` empty: the next step. A length that is neither a rung nor the step in between is
// explained through the longest rung no longer than it (empty when there is none).
std::optional<Explanation> explain(const Ladder& ladder, std::optional<Seconds> length,
                                   const Timestamp& now);

} // namespace sepa
