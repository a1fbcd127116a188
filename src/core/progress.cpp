// The ladder's state from the whole history: which rungs are mastered, and the next step.

#include "sepa/progress.hpp"
#include "sepa/parse.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

using namespace std::chrono;

namespace {

// A finished separation with its verdict and the rung it counts toward.
struct Judged {
  const Separation* s = nullptr;
  Judgement judgement;
  std::optional<std::size_t> rung;
  bool learned() const { return judgement.verdict == Verdict::learned; }
};

std::vector<Judged> judge_all(const Ladder& ladder, const std::optional<Timestamp>& until)
{
  std::vector<Judged> out;
  out.reserve(ladder.separations.size());
  for (const Separation& s : ladder.separations) {
    if (!s.open() && (!until || !(*until < *s.ended))) {
      out.push_back({&s, judge(s, ladder.rules, false), counts_toward(ladder, s)});
    }
  }
  return out;
}

int clean_needed(const Rules& rules)
{
  return std::min(rules.clean_days, rules.mastery_days);
}

// Learned separations on different local days, oldest first, and the separation that first
// brought both counts up to the rule's. A step in between sees few learned days, so a linear
// search per day is cheaper than a set.
struct Days {
  int learned = 0;
  int clean = 0;
  std::optional<Timestamp> mastered_at;
};

template <typename Counts>
Days count_days(const std::vector<Judged>& judged, const Rules& rules, Counts counts)
{
  std::vector<local_days> learned;
  std::vector<local_days> clean;
  Days days;
  for (const Judged& j : judged) {
    if (!j.learned() || !counts(j)) {
      continue;
    }
    const local_days day = j.s->started.local_day();
    if (std::find(learned.begin(), learned.end(), day) == learned.end()) {
      learned.push_back(day);
    }
    if (j.judgement.clean && std::find(clean.begin(), clean.end(), day) == clean.end()) {
      clean.push_back(day);
    }
    if (!days.mastered_at && std::ssize(learned) >= rules.mastery_days &&
        std::ssize(clean) >= clean_needed(rules)) {
      days.mastered_at = j.s->started;
    }
  }
  days.learned = static_cast<int>(learned.size());
  days.clean = static_cast<int>(clean.size());
  return days;
}

// Learned and clean days for every rung at once. A learned separation counts for its rung and
// every shorter one, so a day counts for every rung up to the longest learned that day. The
// history is in the order started, so sorting by day barely moves anything.
std::vector<Days> rung_days(const std::vector<Judged>& judged, std::size_t rungs)
{
  struct Day {
    local_days day;
    std::size_t learned; // the longest rung learned that day, plus one
    std::size_t clean;   // … learned clean, plus one (0: none)
  };
  std::vector<Day> days;
  for (const Judged& j : judged) {
    if (j.learned() && j.rung) {
      days.push_back({j.s->started.local_day(), *j.rung + 1, j.judgement.clean ? *j.rung + 1 : 0});
    }
  }
  std::stable_sort(days.begin(), days.end(),
                   [](const Day& a, const Day& b) { return a.day < b.day; });
  std::vector<int> learned(rungs + 1, 0); // days whose longest learned rung is exactly i - 1
  std::vector<int> clean(rungs + 1, 0);
  for (std::size_t i = 0; i < days.size();) {
    Day best = days[i];
    for (++i; i < days.size() && days[i].day == best.day; ++i) {
      best.learned = std::max(best.learned, days[i].learned);
      best.clean = std::max(best.clean, days[i].clean);
    }
    ++learned[best.learned];
    ++clean[best.clean];
  }
  std::vector<Days> out(rungs);
  int learned_above = 0;
  int clean_above = 0;
  for (std::size_t i = rungs; i-- > 0;) {
    learned_above += learned[i + 1];
    clean_above += clean[i + 1];
    out[i].learned = learned_above;
    out[i].clean = clean_above;
  }
  return out;
}

bool is_mastered(const Days& d, const Rules& rules)
{
  return d.learned >= rules.mastery_days && d.clean >= clean_needed(rules);
}

// Tries since the last learned one are the evidence that a step is too big.
std::string too_big(const std::vector<const Judged*>& since_learned, const Rules& rules)
{
  const auto early = std::count_if(since_learned.begin(), since_learned.end(), [](const Judged* j) {
    return j->judgement.verdict == Verdict::early;
  });
  if (early >= rules.early_returns) {
    return fmt::format("you came back early {} times", early);
  }
  const auto n = static_cast<std::size_t>(rules.stall_tries);
  if (n == 0 || since_learned.size() < n) {
    return {};
  }
  const Separation* first = since_learned[since_learned.size() - n]->s;
  const Separation* last = since_learned.back()->s;
  if (first->peak && last->peak && *last->peak >= *first->peak) {
    return fmt::format("the peak has not dropped in {} tries", rules.stall_tries);
  }
  return {};
}

// Tries at rung `c` started after `from`, since the last learned one that reached it.
std::vector<const Judged*> evidence(const std::vector<Judged>& judged, std::size_t c,
                                    const std::optional<Timestamp>& from)
{
  std::vector<const Judged*> out;
  for (const Judged& j : judged) {
    if (from && !(*from < j.s->started)) {
      continue;
    }
    if (j.learned() && j.rung && *j.rung >= c) {
      out.clear();
    } else if (j.rung == c && j.judgement.verdict != Verdict::emergency) {
      out.push_back(&j);
    }
  }
  return out;
}

// The current rung's step: the rung itself, or a shorter step in between while the evidence
// says the step is too big. A step in between is left once mastered (learned on enough days at
// its length or longer, still short of the rung); fresh evidence after that can ask for another.
void step_for_current(const Ladder& ladder, const std::vector<Judged>& judged, std::size_t c,
                      RungProgress& p, NextStep& next)
{
  const Rules& rules = ladder.rules;
  next = {StepKind::rung, p.length, c, {}};
  Seconds lower = c == 0 ? Seconds{0} : ladder.rungs[c - 1].length;
  std::optional<Timestamp> from;
  for (;;) {
    const auto tries = evidence(judged, c, from);
    std::string why = too_big(tries, rules);
    if (why.empty()) {
      return;
    }
    const auto step = between(lower, p.length);
    if (!step) {
      p.reason = fmt::format("{}; there is no room for a smaller step", why);
      return;
    }
    const Timestamp since = tries.front()->s->started;
    const Days days = count_days(judged, rules, [&](const Judged& j) {
      const Seconds length = reached(*j.s);
      return !(j.s->started < since) && length >= *step && length < p.length;
    });
    if (!days.mastered_at) {
      p.suggest = step;
      p.reason = why;
      next = {StepKind::in_between, *step, c,
              fmt::format("On {} {}, so a {} step comes first", format_duration(p.length), why,
                          format_duration(*step))};
      return;
    }
    lower = *step;
    from = days.mastered_at;
  }
}

std::string current_reason(const RungProgress& p, const Rules& rules)
{
  if (p.learned_days >= rules.mastery_days) {
    return fmt::format("learned on {} days; one without the text or a safety behaviour is still "
                       "to come",
                       p.learned_days);
  }
  return fmt::format("{} of {} learned days", p.learned_days, rules.mastery_days);
}

std::string gap_words(Seconds gap)
{
  const auto days = duration_cast<std::chrono::days>(gap).count();
  if (days >= 14) {
    return fmt::format("{} weeks", days / 7);
  }
  return fmt::format("{} days", days);
}

// After a long gap without a full separation, the last mastered rung once more comes first.
std::optional<NextStep> booster(const Ladder& ladder, const std::vector<Judged>& judged,
                                const Progress& progress, const Timestamp& now)
{
  std::optional<Timestamp> last_full;
  for (const Judged& j : judged) {
    const Verdict v = j.judgement.verdict;
    if ((v == Verdict::learned || v == Verdict::practice) &&
        (!last_full || *last_full < *j.s->ended)) {
      last_full = *j.s->ended;
    }
  }
  const Seconds gap = last_full ? now - *last_full : Seconds{0};
  if (!last_full || gap < days{ladder.rules.booster_days}) {
    return std::nullopt;
  }
  std::optional<std::size_t> top;
  for (std::size_t i = 0; i < progress.rungs.size(); ++i) {
    if (progress.rungs[i].state == RungState::mastered) {
      top = i;
    }
  }
  if (!top) {
    return std::nullopt;
  }
  const Seconds length = ladder.rungs[*top].length;
  return NextStep{
    StepKind::booster, length, *top,
    fmt::format("It has been {}: a {} first, to refresh", gap_words(gap), format_duration(length))};
}

} // namespace

std::optional<Seconds> between(Seconds shorter, Seconds longer)
{
  const Seconds mid = (shorter + longer) / 2;
  const Seconds step = mid < minutes{10}   ? minutes{1}
                       : mid < minutes{60} ? minutes{5}
                       : mid < hours{2}    ? minutes{15}
                                           : minutes{30};
  Seconds pick = mid - mid % step;
  if (pick <= shorter) {
    pick = shorter + step;
  }
  if (pick >= longer || pick <= Seconds{0}) {
    return std::nullopt;
  }
  return pick;
}

namespace {

Progress assess_judged(const Ladder& ladder, const std::vector<Judged>& judged,
                       const Timestamp& now)
{
  Progress progress;
  const Rules& rules = ladder.rules;
  const std::vector<Days> days_by_rung = rung_days(judged, ladder.rungs.size());
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    RungProgress p;
    p.length = ladder.rungs[i].length;
    for (const Judged& j : judged) {
      if (j.rung == i) {
        ++p.tries;
        p.early += j.judgement.verdict == Verdict::early ? 1 : 0;
      }
    }
    const Days& days = days_by_rung[i];
    p.learned_days = days.learned;
    p.clean_days = days.clean;
    // Mastery is counted from the bottom up: once a rung is not mastered, none above is.
    if (!progress.current && is_mastered(days, rules)) {
      p.state = RungState::mastered;
      p.reason = fmt::format("learned on {} different days", p.learned_days);
    } else if (!progress.current) {
      progress.current = i;
      p.state = RungState::current;
      p.reason = current_reason(p, rules);
      progress.next.emplace();
      step_for_current(ladder, judged, i, p, *progress.next);
    } else if (p.learned_days > 0) {
      p.reason = fmt::format("{} of {} learned days so far", p.learned_days, rules.mastery_days);
    }
    progress.rungs.push_back(std::move(p));
  }
  if (ladder.rungs.empty()) {
    return progress;
  }
  if (!progress.current) {
    progress.next =
      NextStep{StepKind::beyond, ladder.rungs.back().length, ladder.rungs.size() - 1, {}};
  }
  if (auto boost = booster(ladder, judged, progress, now)) {
    progress.next = std::move(boost);
  }
  return progress;
}

} // namespace

Progress assess(const Ladder& ladder, const Timestamp& now)
{
  return assess_judged(ladder, judge_all(ladder, std::nullopt), now);
}

Progress assess_until(const Ladder& ladder, const Timestamp& until)
{
  return assess_judged(ladder, judge_all(ladder, until), until);
}

const std::string& next_activity(const Ladder& ladder, const NextStep& next)
{
  return ladder.rungs[next.rung].activity;
}

const char* to_string(RungState s)
{
  switch (s) {
  case RungState::mastered:
    return "mastered";
  case RungState::current:
    return "current";
  case RungState::ahead:
    return "ahead";
  }
  return "ahead";
}

} // namespace sepa
