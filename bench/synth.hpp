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

// Separations about three a day, all in the past of a fixed day (1 November 2026), climbing
// the ladder over the first few hundred. Each has ratings, mostly a prediction and praise, some
// a note, 0–3 urges and check-ins for some of them.
Ladder synthetic_ladder(const SynthOptions& options);

} // namespace sepa::bench
