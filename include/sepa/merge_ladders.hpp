#pragma once
// Bringing a second copy of the ladder into the first (docs/sync.md): a sync tool's conflict
// copy, or the ladder from another machine. Records are matched by separation id; nothing is
// duplicated and nothing either copy recorded is lost. Pure: ladders in, a ladder out.

#include "sepa/ladder.hpp"

#include <cstddef>

namespace sepa {

enum class Side { ours, theirs };

// Which of two copies of the same separation (same id) is the newer edit. In order:
//  1. a closed copy beats an open one (a separation only ever goes from open to closed);
//  2. the later `updated` wins when both copies have one;
//  3. the copy with more recorded details wins (ratings, texts, urges, check-ins, …);
//  4. otherwise the one whose JSON text (without `updated`) sorts first, a fixed choice that does
//     not depend on which copy is ours, so merge(a, b) and merge(b, a) keep the same records.
Side newer_edit(const Separation& ours, const Separation& theirs);

// The newer edit, with what only the older one recorded folded in: urges and check-ins it lacks,
// details it left empty, the partner's side (the later `partner.at` wins where both have one),
// unknown keys it does not have. `updated` is the later of the two; a separation either copy
// marks as judged by the first release's rule keeps that mark.
Separation merge_separation(const Separation& ours, const Separation& theirs);

struct MergeSummary {
  std::size_t added = 0;     // separations only theirs had
  std::size_t updated = 0;   // separations both had, changed by what theirs held
  std::size_t unchanged = 0; // separations both had, ours already complete
  std::size_t rungs = 0;     // rungs added
  std::size_t strengths = 0;
  std::size_t emergencies = 0;
  std::size_t safety = 0; // safety behaviours
  std::size_t plans = 0;  // planned separations
  bool changed = false;   // whether the merged ladder differs from ours at all
};

struct MergeResult {
  Ladder ladder;
  MergeSummary summary;
};

// Ours with theirs brought in. Settings (wait, message, rules) stay ours; rungs, strengths,
// emergencies, safety behaviours and unknown keys are unioned, names filled where ours are
// empty; planned separations and separations are unioned by id and, when any separation is
// added, put in the order they started. Merging a copy again changes nothing (a list that gains
// nothing keeps its order). Throws StateError when the result would hold two open separations.
MergeResult merge_ladders(const Ladder& ours, const Ladder& theirs);

} // namespace sepa
