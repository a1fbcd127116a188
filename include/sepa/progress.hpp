#pragma once
// The move-up rule, pure. A separation is good when it lasted its planned time and the worry was
// manageable (peak at or below the threshold, or the after rating at most half the peak, or the
// feared outcome did not happen). A rung is mastered after good separations on enough different
// local days. Repeated early returns, or tries whose peak does not drop, suggest a rung in
// between. Every state carries its reason in words.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

enum class RungState { mastered, current, ahead };

struct RungProgress {
  Seconds length{};
  RungState state = RungState::ahead;
  int tries = 0;     // finished separations on this rung
  int good_days = 0; // different local days with a good separation
  int early = 0;     // early returns
  std::string reason;
  std::optional<Seconds> suggest; // a rung in between, when the step looks too big
};

struct Progress {
  std::vector<RungProgress> rungs;    // parallel to Ladder::rungs
  std::optional<std::size_t> current; // empty when every rung is mastered (or there are none)
};

// Back more than a tenth of the plan early (at least a minute): data, never failure.
bool is_early(const Separation& s);
bool is_good(const Separation& s, const Rules& rules);
std::optional<std::size_t> rung_index(const Ladder& ladder, Seconds planned);

Progress assess(const Ladder& ladder);

// A rung halfway between two lengths, rounded down to a friendly step, or empty when there is no
// room between them.
std::optional<Seconds> between(Seconds shorter, Seconds longer);

// What the ladder suggests after `last` (a finished separation), in one or two sentences.
std::string next_step(const Ladder& ladder, const Progress& progress, const Separation& last);

const char* to_string(RungState s);

} // namespace sepa
