#pragma once
// A synthetic ladder for measuring sepa: what a parent's file looks like after long daily
// practice, with as many separations as asked. The same count and seed always give the same
// ladder, byte for byte, on every machine.

#include "sepa/ladder.hpp"

#include <cstddef>
#include <cstdint>

namespace sepa::bench {

struct SynthOptions {
  std::size_t separations = 1000;
  std::uint64_t seed = 1;
};

// The most separations that fit between 1971 and the fixed last day, at up to about six a day.
inline constexpr std::size_t k_most_separations = 200'000;

// Separations about three a day (more when there are too many to fit since 1971), all in the
// past of a fixed day (1 November 2026), climbing the ladder over the first few hundred. Each
// has ratings, mostly a prediction and praise, some a note, 0–3 urges and check-ins for some of
// them. At most k_most_separations.
Ladder synthetic_ladder(const SynthOptions& options);

} // namespace sepa::bench
