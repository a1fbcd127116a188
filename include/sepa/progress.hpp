#pragma once
// The move-up rule, pure (docs/practice.md). Every finished separation gets one verdict with the
// one reason that decided it; a rung is mastered when learned separations reaching it fall on
// enough different local days, some of them without the text or a safety behaviour. The next
// step (what `start`, `status`, `plan` and `report` all call the current rung) is the first rung
// not mastered, or a rung in between when that step looks too big, or a booster at the last
// mastered rung after a long gap. Nothing earned is ever taken away: separations recorded under
// the first release's rule keep the verdict it gave them.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

enum class Verdict {
  emergency, // an agreed emergency ended it before its plan: neutral, never held against anyone
  early,     // back before its plan
  learned,   // reached its plan and the worry or the expectation was shown wrong
  practice,  // reached its plan, nothing more to read from it yet
};

struct Judgement {
  Verdict verdict = Verdict::practice;
  std::string reason; // the one reason that decided it, in words
  bool clean = false; // learned without the text or a listed safety behaviour
};

// Back more than a tenth of the plan early (at least a minute): data, never failure.
bool is_early(const Separation& s);
// Had an emergency check-in.
bool had_emergency(const Separation& s);
// The one simple text was sent.
bool texted(const Separation& s);
// A finished separation's verdict, by the rule it was recorded under; the reason is left empty
// when not asked for (the rule judges the whole history, and few callers show reasons).
Judgement judge(const Separation& s, const Rules& rules, bool with_reason = true);

// How long a finished separation reached: its actual length, or its plan when it came back
// within the plan's tolerance; an early one reached only what it lasted.
Seconds reached(const Separation& s);
// The rung a finished separation counts toward: the longest rung no longer than what it reached;
// an early or emergency return counts toward the rung it set out for. Empty when no rung is
// that short.
std::optional<std::size_t> counts_toward(const Ladder& ladder, const Separation& s);
// The rung of exactly this length.
std::optional<std::size_t> rung_index(const Ladder& ladder, Seconds length);

enum class RungState { mastered, current, ahead };

struct RungProgress {
  Seconds length{};
  RungState state = RungState::ahead;
  int tries = 0;        // finished separations counting toward this rung
  int early = 0;        // early returns among them (emergencies are not)
  int learned_days = 0; // local days with a learned separation reaching this rung or longer
  int clean_days = 0;   // … with a learned one that was also clean
  std::string reason;
  std::optional<Seconds> suggest; // a rung in between, when the step to this one looks too big
};

enum class StepKind {
  rung,       // the first rung not mastered
  in_between, // a shorter step before that rung, which looked too big
  booster,    // the last mastered rung again, after a long gap
  beyond,     // every rung is mastered: the longest again, until a longer one is added
};

// What to practise next. The same everywhere: `start` without a duration, `status`, `plan`,
// `report`, `remind`.
struct NextStep {
  StepKind kind = StepKind::rung;
  Seconds length{};
  std::size_t rung = 0; // the ladder rung it is, or (in between) the one it leads to
  std::string why;      // one sentence for an in-between step or a booster, else empty
};

struct Progress {
  std::vector<RungProgress> rungs;    // parallel to Ladder::rungs
  std::optional<std::size_t> current; // the first rung not mastered; empty when all are
  std::optional<NextStep> next;       // empty only when the ladder has no rungs
};

Progress assess(const Ladder& ladder, const Timestamp& now);
// The ladder as it stood at `until`: only separations ended by then count.
Progress assess_until(const Ladder& ladder, const Timestamp& until);

// A rung halfway between two lengths, rounded down to a friendly step, or empty when there is no
// room between them.
std::optional<Seconds> between(Seconds shorter, Seconds longer);

// What the ladder suggests after `last` (a finished separation), in one or two sentences.
std::string next_step(const Ladder& ladder, const Progress& progress, const Separation& last);

// When the current rung has its learned days but not yet its clean one: a warm sentence saying
// so; else empty.
std::string clean_day_nudge(const Ladder& ladder, const Progress& progress);

// "Next: 20m. On 30m you came back early 2 times, so a 20m step comes first." for a step in
// between or a booster; empty when the next step is simply the current rung.
std::string next_words(const Progress& progress);

// What to do about a ladder without rungs, for every message that finds one.
std::string no_rungs_words();

// The rule in two sentences, with the couple's own thresholds, for the report and `why`.
std::string rule_summary(const Rules& rules);

// The activity to suggest for the next step: its rung's own.
const std::string& next_activity(const Ladder& ladder, const NextStep& next);

const char* to_string(RungState s);
const char* to_string(Verdict v);

} // namespace sepa
