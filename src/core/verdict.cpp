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

std::string early_reason(const Separation& s)
{
  return fmt::format("back after {} of the {} planned", format_duration(*s.ended - s.started),
                     format_duration(s.planned));
}

// The expectation was shown wrong: it did not happen (or only partly), and it now feels clearly
// less likely, or hardly likely at all.
std::optional<std::string> expectation_shifted(const Separation& s, const Rules& rules)
{
  if (!s.likely_before || !s.likely_after || !s.happened || s.happened == Happened::yes) {
    return std::nullopt;
  }
  const int before = *s.likely_before;
  const int after = *s.likely_after;
  if (before - after < rules.shift && after > rules.settled) {
    return std::nullopt;
  }
  return fmt::format("it {}; you expected it at {}%, and now at {}%",
                     s.happened == Happened::no ? "did not happen" : "only partly happened", before,
                     after);
}

std::optional<std::string> worry_fell(const Separation& s, const Rules& rules)
{
  if (s.peak && *s.peak <= rules.good_peak) {
    return fmt::format("the worry peaked at only {}/10", *s.peak);
  }
  if (s.peak && s.after && *s.after * 2 <= *s.peak) {
    return fmt::format("the worry fell from {} to {} by the end", *s.peak, *s.after);
  }
  return std::nullopt;
}

// Why a separation that reached its plan taught nothing the rule can see yet.
std::string practice_reason(const Separation& s)
{
  if (s.happened == Happened::yes) {
    return "what you feared happened, and you saw it through: that is practice in coping";
  }
  if (s.happened && s.likely_before && s.likely_after) {
    return fmt::format("it {}, yet it still feels {}% likely (it was {}%)",
                       s.happened == Happened::no ? "did not happen" : "only partly happened",
                       *s.likely_after, *s.likely_before);
  }
  if (s.peak) {
    return s.after
             ? fmt::format("the worry peaked at {}/10 and was {} by the end", *s.peak, *s.after)
             : fmt::format("the worry peaked at {}/10", *s.peak);
  }
  return "you reached the plan, with nothing rated to show what it taught";
}

// The first release's rule, kept for the separations recorded under it: good when the peak was
// low, or halved by the end, or the feared outcome did not happen.
Judgement judge_first(const Separation& s, const Rules& rules)
{
  if (auto why = worry_fell(s, rules)) {
    return {Verdict::learned, "by the first rule: " + *why, true};
  }
  if (s.happened == Happened::no) {
    return {Verdict::learned, "by the first rule: what you feared did not happen", true};
  }
  return {Verdict::practice, practice_reason(s), false};
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

Judgement judge(const Separation& s, const Rules& rules)
{
  if (is_early(s)) {
    if (had_emergency(s)) {
      return {Verdict::emergency,
              fmt::format("an agreed emergency ended it after {}; that is never held against you",
                          format_duration(*s.ended - s.started)),
              false};
    }
    return {Verdict::early, early_reason(s), false};
  }
  if (s.rule == RuleVersion::first) {
    return judge_first(s, rules);
  }
  const bool clean = !texted(s) && s.used.empty();
  if (auto why = expectation_shifted(s, rules)) {
    return {Verdict::learned, *why, clean};
  }
  if (auto why = worry_fell(s, rules)) {
    return {Verdict::learned, *why, clean};
  }
  return {Verdict::practice, practice_reason(s), false};
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
