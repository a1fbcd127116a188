// `sepa why`: which separations count toward a rung or step, and what is still needed.

#include "sepa/explain.hpp"
#include "sepa/parse.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

std::string days(int n)
{
  return n == 1 ? "1 more day" : fmt::format("{} more different days", n);
}

// Learned and clean days among what was counted.
void count_days(Explanation& e)
{
  std::vector<std::chrono::local_days> learned;
  std::vector<std::chrono::local_days> clean;
  for (const Counted& c : e.separations) {
    if (c.judgement.verdict != Verdict::learned) {
      continue;
    }
    learned.push_back(c.source->started.local_day());
    if (c.judgement.clean) {
      clean.push_back(c.source->started.local_day());
    }
  }
  for (auto* v : {&learned, &clean}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  e.learned_days = static_cast<int>(learned.size());
  e.clean_days = static_cast<int>(clean.size());
}

// What the rule still asks for, once the days are counted.
void still_needed(Explanation& e, const Rules& rules)
{
  const int learned = rules.mastery_days - e.learned_days;
  const int clean = std::min(rules.clean_days, rules.mastery_days) - e.clean_days;
  if (learned > 0) {
    e.needed.push_back(fmt::format("To move up: learned separations on {}.", days(learned)));
  }
  if (clean > 0) {
    e.needed.push_back(
      clean == 1 ? "One of your learned days still needs to be without the text or a safety "
                   "behaviour."
                 : fmt::format("{} of your learned days still need to be without the text or a "
                               "safety behaviour.",
                               clean));
  }
}

void explain_rung(Explanation& e, const Ladder& ladder, const Progress& progress, std::size_t i)
{
  const RungProgress& p = progress.rungs[i];
  const std::string length = format_duration(p.length);
  e.state = p.state;
  e.learned_days = p.learned_days;
  e.clean_days = p.clean_days;
  if (p.state == RungState::mastered) {
    e.needed.push_back(
      fmt::format("{} is mastered: {}. Nothing earned is ever taken away.", length, p.reason));
    return;
  }
  const NextStep& next = *progress.next;
  if (p.state == RungState::ahead) {
    e.needed.push_back(
      fmt::format("{} is ahead; the next step is {}.", length, format_duration(next.length)));
    return;
  }
  if (next.kind == StepKind::in_between) {
    e.needed.push_back(fmt::format("The step to {} looks too big for now ({}): a {} step comes "
                                   "first (`sepa why {}`).",
                                   length, p.reason, format_duration(next.length),
                                   format_duration(next.length)));
    return;
  }
  if (next.kind == StepKind::booster) {
    e.needed.push_back(next.why + ".");
  }
  still_needed(e, ladder.rules);
}

} // namespace

std::optional<Explanation> explain(const Ladder& ladder, std::optional<Seconds> length,
                                   const Timestamp& now)
{
  const Progress progress = assess(ladder, now);
  if (!progress.next) {
    return std::nullopt;
  }
  Explanation e;
  e.length = length.value_or(progress.next->length);
  const NextStep& next = *progress.next;
  e.in_between = next.kind == StepKind::in_between && next.length == e.length;
  if (e.in_between) {
    // The step in between: what reached it, short of the rung it leads to.
    const Seconds rung = ladder.rungs[next.rung].length;
    e.rung = std::nullopt;
    for (const Separation& s : ladder.separations) {
      const Seconds counted = s.open() ? Seconds{0} : is_early(s) ? s.planned : reached(s);
      if (!s.open() && counted >= e.length && counted < rung) {
        e.separations.push_back({&s, judge(s, ladder.rules), false});
      }
    }
    count_days(e);
    still_needed(e, ladder.rules);
    e.needed.push_back(fmt::format("Then {} again.", format_duration(rung)));
    return e;
  }
  Separation probe;
  probe.planned = e.length;
  probe.ended = Timestamp{probe.started.utc + e.length, probe.started.offset};
  e.rung = counts_toward(ladder, probe);
  if (!e.rung) {
    return std::nullopt;
  }
  e.length = ladder.rungs[*e.rung].length;
  for (const Separation& s : ladder.separations) {
    if (s.open()) {
      continue;
    }
    const auto toward = counts_toward(ladder, s);
    if (!toward || *toward < *e.rung) {
      continue;
    }
    Judgement j = judge(s, ladder.rules);
    if (*toward == *e.rung || j.verdict == Verdict::learned) {
      e.separations.push_back({&s, std::move(j), *toward > *e.rung});
    }
  }
  explain_rung(e, ladder, progress, *e.rung);
  return e;
}

} // namespace sepa
