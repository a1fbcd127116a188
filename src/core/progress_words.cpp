// What the ladder suggests after a separation, in words.

#include "sepa/parse.hpp"
#include "sepa/progress.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

// Nothing rated that the rule could read: say which flags would let it.
std::string rate_hint(const Separation& last)
{
  const bool unrated = !last.peak && !last.likely_before && !is_early(last);
  return unrated ? " Rating the peak (--peak) or how likely the fear feels (--likely) lets sepa "
                   "see what a separation taught."
                 : "";
}

std::string next_rung(const Ladder& ladder, const Progress& progress, const Separation& last)
{
  const NextStep& next = *progress.next;
  const RungProgress& p = progress.rungs[next.rung];
  const auto counted = counts_toward(ladder, last);
  const std::string length = format_duration(next.length);
  if (counted && *counted < next.rung && progress.rungs[*counted].state == RungState::mastered) {
    const RungProgress& done = progress.rungs[*counted];
    return fmt::format("{} is mastered ({}). Next: {}, whenever it suits you both.",
                       format_duration(done.length), done.reason, length);
  }
  if (std::string nudge = clean_day_nudge(ladder, progress); !nudge.empty()) {
    return nudge;
  }
  if (counted && *counted > next.rung) {
    // An early return counts at the length planned, which it did not reach.
    return fmt::format("That {} beyond your current rung. The ladder's next step is still {}: "
                       "{}.{}",
                       is_early(last) ? "was planned" : "went", length, p.reason, rate_hint(last));
  }
  return fmt::format("Stay with {} for now: {}.{}", length, p.reason, rate_hint(last));
}

} // namespace

std::string no_rungs_words()
{
  return "Your ladder has no rungs yet. Add a first, very short one: sepa plan add 5m";
}

std::string next_step(const Ladder& ladder, const Progress& progress, const Separation& last)
{
  if (!progress.next) {
    return no_rungs_words();
  }
  const NextStep& next = *progress.next;
  const std::string length = format_duration(next.length);
  switch (next.kind) {
  case StepKind::in_between:
    return fmt::format("Next, a {} step in between: {}. `sepa start` will use {}.{}", length,
                       fmt::format("on {}, {}, so that step may be too big for now",
                                   format_duration(ladder.rungs[next.rung].length),
                                   progress.rungs[next.rung].reason),
                       length, rate_hint(last));
  case StepKind::booster:
    return next.why + ".";
  case StepKind::beyond:
    return fmt::format("{} is mastered, and so is every rung. Add a longer one whenever you both "
                       "feel ready.",
                       length);
  case StepKind::rung:
    break;
  }
  return next_rung(ladder, progress, last);
}

std::string clean_day_nudge(const Ladder& ladder, const Progress& progress)
{
  if (!progress.next || progress.next->kind != StepKind::rung) {
    return {};
  }
  const RungProgress& p = progress.rungs[progress.next->rung];
  if (p.state != RungState::current || p.learned_days < ladder.rules.mastery_days) {
    return {};
  }
  const std::string length = format_duration(p.length);
  return fmt::format("You have the learned days for {}. Next time on {}, try letting the worry "
                     "pass without the text or a safety behaviour.",
                     length, length);
}

std::string next_words(const Progress& progress)
{
  if (!progress.next || progress.next->why.empty()) {
    return {};
  }
  return fmt::format("Next: {}. {}.", format_duration(progress.next->length), progress.next->why);
}

std::string rule_summary(const Rules& rules)
{
  const int clean = std::min(rules.clean_days, rules.mastery_days);
  return fmt::format(
    "A separation is learned when it reaches its plan and the worry peaks at {} or less, or "
    "halves by the end, or what you feared did not happen and now feels at least {} points less "
    "likely (or {}% or less). A rung is mastered with learned separations on {} different "
    "days{}; a longer separation counts for the shorter rungs too.",
    rules.good_peak, rules.shift, rules.settled, rules.mastery_days,
    clean == 0 ? std::string()
               : fmt::format(", {} of them without the text or a safety behaviour", clean));
}

} // namespace sepa
