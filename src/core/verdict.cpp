// One verdict per finished separation, with the one reason that decided it (docs/practice.md).

#include "sepa/parse.hpp"
#include "sepa/progress.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

bool has_outcome(const Separation& s, Outcome outcome)
{
  return std::any_of(s.checkins.begin(), s.checkins.end(),
                     [outcome](const Checkin& c) { return c.outcome == outcome; });
}

// What decided a verdict, found first and put into words only when asked: the move-up rule
// judges every separation of the history, and only `why`, `done` and the report show reasons.
enum class Basis {
  emergency,
  early,
  expectation,  // it did not happen (or partly) and now feels clearly less likely
  low_peak,     // the worry peaked at or below good_peak
  halved,       // the worry fell by half by the end
  not_happened, // the first rule only: what was feared did not happen
  practice,
};

bool expectation_shifted(const Separation& s, const Rules& rules)
{
  if (!s.likely_before || !s.likely_after || !s.happened || s.happened == Happened::yes) {
    return false;
  }
  return *s.likely_before - *s.likely_after >= rules.shift || *s.likely_after <= rules.settled;
}

std::optional<Basis> worry_fell(const Separation& s, const Rules& rules)
{
  if (s.peak && *s.peak <= rules.good_peak) {
    return Basis::low_peak;
  }
  if (s.peak && s.after && *s.after * 2 <= *s.peak) {
    return Basis::halved;
  }
  return std::nullopt;
}

Basis basis_of(const Separation& s, const Rules& rules)
{
  if (is_early(s)) {
    return had_emergency(s) ? Basis::emergency : Basis::early;
  }
  if (s.rule == RuleVersion::first) {
    // The first release's rule: the peak low or halved, or the feared outcome did not happen.
    if (const auto fell = worry_fell(s, rules)) {
      return *fell;
    }
    return s.happened == Happened::no ? Basis::not_happened : Basis::practice;
  }
  if (expectation_shifted(s, rules)) {
    return Basis::expectation;
  }
  return worry_fell(s, rules).value_or(Basis::practice);
}

const char* fear_came(const Separation& s)
{
  return s.happened == Happened::no ? "did not happen" : "only partly happened";
}

// Why a separation that reached its plan taught nothing the rule can see yet.
std::string practice_words(const Separation& s)
{
  if (s.happened == Happened::yes) {
    return "what you feared happened, and you saw it through: that is practice in coping";
  }
  if (s.happened && s.likely_before && s.likely_after) {
    return fmt::format("it {}, yet it still feels {}% likely (it was {}%)", fear_came(s),
                       *s.likely_after, *s.likely_before);
  }
  if (s.peak) {
    return s.after
             ? fmt::format("the worry peaked at {}/10 and was {} by the end", *s.peak, *s.after)
             : fmt::format("the worry peaked at {}/10", *s.peak);
  }
  return "you stayed as long as you planned; nothing was rated to show what it taught";
}

std::string words(Basis basis, const Separation& s)
{
  const char* first = s.rule == RuleVersion::first ? "by the first rule: " : "";
  switch (basis) {
  case Basis::emergency:
    return fmt::format("an agreed emergency ended it after {}; that is never held against you",
                       format_duration(*s.ended - s.started));
  case Basis::early:
    return fmt::format("back after {} of the {} planned", format_duration(*s.ended - s.started),
                       format_duration(s.planned));
  case Basis::expectation:
    return fmt::format("it {}; you expected it at {}%, and now at {}%", fear_came(s),
                       *s.likely_before, *s.likely_after);
  case Basis::low_peak:
    return fmt::format("{}the worry peaked at only {}/10", first, *s.peak);
  case Basis::halved:
    return fmt::format("{}the worry fell from {} to {} by the end", first, *s.peak, *s.after);
  case Basis::not_happened:
    return fmt::format("{}what you feared did not happen", first);
  case Basis::practice:
    break;
  }
  return practice_words(s);
}

Verdict verdict_of(Basis basis)
{
  switch (basis) {
  case Basis::emergency:
    return Verdict::emergency;
  case Basis::early:
    return Verdict::early;
  case Basis::practice:
    return Verdict::practice;
  case Basis::expectation:
  case Basis::low_peak:
  case Basis::halved:
  case Basis::not_happened:
    break;
  }
  return Verdict::learned;
}

} // namespace

bool is_early(const Separation& s)
{
  if (!s.ended) {
    return false;
  }
  const Seconds grace = std::max(Seconds{60}, s.planned / 10);
  return (*s.ended - s.started) < s.planned - grace;
}

bool had_emergency(const Separation& s)
{
  return has_outcome(s, Outcome::emergency);
}

bool texted(const Separation& s)
{
  return has_outcome(s, Outcome::texted);
}

Judgement judge(const Separation& s, const Rules& rules, bool with_reason)
{
  const Basis basis = basis_of(s, rules);
  Judgement j;
  j.verdict = verdict_of(basis);
  // The first rule had no clean-day condition, so what it called good counts as clean.
  j.clean = j.verdict == Verdict::learned &&
            (s.rule == RuleVersion::first || (!texted(s) && s.used.empty()));
  if (with_reason) {
    j.reason = words(basis, s);
  }
  return j;
}

Seconds reached(const Separation& s)
{
  const Seconds actual = *s.ended - s.started;
  return is_early(s) ? actual : std::max(actual, s.planned);
}

std::optional<std::size_t> rung_index(const Ladder& ladder, Seconds length)
{
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    if (ladder.rungs[i].length == length) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> counts_toward(const Ladder& ladder, const Separation& s)
{
  const Seconds length = is_early(s) ? s.planned : reached(s);
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < ladder.rungs.size() && ladder.rungs[i].length <= length; ++i) {
    found = i;
  }
  return found;
}

const char* to_string(Verdict v)
{
  switch (v) {
  case Verdict::emergency:
    return "emergency";
  case Verdict::early:
    return "early";
  case Verdict::learned:
    return "learned";
  case Verdict::practice:
    return "practice";
  }
  return "practice";
}

} // namespace sepa
