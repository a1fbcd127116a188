#include "sepa/progress.hpp"

#include "sepa/parse.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

using namespace std::chrono;

bool is_early(const Separation& s)
{
  if (!s.ended) {
    return false;
  }
  const Seconds grace = std::max(Seconds{60}, s.planned / 10);
  return (*s.ended - s.started) < s.planned - grace;
}

bool is_good(const Separation& s, const Rules& rules)
{
  if (s.open() || is_early(s)) {
    return false;
  }
  const bool low_peak = s.peak && *s.peak <= rules.good_peak;
  const bool halved = s.peak && s.after && *s.after * 2 <= *s.peak;
  const bool not_happened = s.happened == Happened::no;
  return low_peak || halved || not_happened;
}

std::optional<std::size_t> rung_index(const Ladder& ladder, Seconds planned)
{
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    if (ladder.rungs[i].length == planned) {
      return i;
    }
  }
  return std::nullopt;
}

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

// Tries since the last good one are the evidence that a step is too big.
void check_too_big(const std::vector<const Separation*>& since_good, const Rules& rules,
                   RungProgress& p)
{
  const int early = static_cast<int>(std::count_if(
    since_good.begin(), since_good.end(), [](const Separation* s) { return is_early(*s); }));
  if (early >= rules.early_returns) {
    p.reason = fmt::format("you came back early {} times", early);
    return;
  }
  const auto n = static_cast<std::size_t>(rules.stall_tries);
  if (since_good.size() < n) {
    return;
  }
  const auto first = since_good[since_good.size() - n];
  const auto last = since_good.back();
  if (first->peak && last->peak && *last->peak >= *first->peak) {
    p.reason = fmt::format("the peak has not dropped in {} tries", rules.stall_tries);
  }
}

} // namespace

Progress assess(const Ladder& ladder)
{
  Progress progress;
  const Rules& rules = ladder.rules;
  std::vector<std::vector<const Separation*>> by_rung(ladder.rungs.size());
  for (const Separation& s : ladder.separations) {
    if (s.open()) {
      continue;
    }
    if (const auto i = rung_index(ladder, s.planned)) {
      by_rung[*i].push_back(&s);
    }
  }
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    RungProgress p;
    p.length = ladder.rungs[i].length;
    // Days are gathered, then counted once sorted: no tree node per good separation.
    std::vector<local_days> days;
    std::vector<const Separation*> since_good;
    for (const Separation* s : by_rung[i]) {
      ++p.tries;
      p.early += is_early(*s) ? 1 : 0;
      if (is_good(*s, rules)) {
        days.push_back(s->started.local_day());
        since_good.clear();
      } else {
        since_good.push_back(s);
      }
    }
    std::sort(days.begin(), days.end());
    p.good_days = static_cast<int>(std::unique(days.begin(), days.end()) - days.begin());
    if (p.good_days >= rules.mastery_days) {
      p.state = RungState::mastered;
      p.reason = fmt::format("{} good separations on different days", p.good_days);
    } else if (!progress.current) {
      progress.current = i;
      p.state = RungState::current;
      check_too_big(since_good, rules, p);
      if (!p.reason.empty()) {
        p.suggest = between(i == 0 ? Seconds{0} : ladder.rungs[i - 1].length, p.length);
      }
      if (p.reason.empty() || !p.suggest) {
        p.reason = fmt::format("{} of {} good separations on different days", p.good_days,
                               rules.mastery_days);
      }
    } else {
      p.state = RungState::ahead;
      if (p.good_days > 0) {
        p.reason = fmt::format("{} of {} good separations so far", p.good_days, rules.mastery_days);
      }
    }
    progress.rungs.push_back(std::move(p));
  }
  return progress;
}

std::string next_step(const Ladder& ladder, const Progress& progress, const Separation& last)
{
  const auto i = rung_index(ladder, last.planned);
  if (!i) {
    return fmt::format("{} is not on your ladder; to practise it again, add it with "
                       "`sepa plan add {}`.",
                       format_duration(last.planned), format_duration(last.planned));
  }
  const RungProgress& p = progress.rungs[*i];
  if (p.suggest) {
    return fmt::format("Try a {} rung in between: on {}, {}, so the step may be too big. Add "
                       "it with `sepa plan add {}`.",
                       format_duration(*p.suggest), format_duration(p.length), p.reason,
                       format_duration(*p.suggest));
  }
  if (p.state == RungState::mastered) {
    if (!progress.current) {
      return fmt::format("{} is mastered ({}), and so is every rung. Add a longer one whenever "
                         "you both feel ready.",
                         format_duration(p.length), p.reason);
    }
    const Seconds next = ladder.rungs[*progress.current].length;
    return fmt::format("{} is mastered ({}). Next: {}, whenever it suits you both.",
                       format_duration(p.length), p.reason, format_duration(next));
  }
  const bool unrated = !last.peak && !last.happened && !is_early(last);
  const std::string rate =
    unrated ? " Rating the peak next time (--peak) lets sepa see how it went." : "";
  if (p.state == RungState::ahead && progress.current) {
    const RungProgress& current = progress.rungs[*progress.current];
    return fmt::format("That went beyond your current rung. The ladder's next step is still {}: "
                       "{}.{}",
                       format_duration(current.length), current.reason, rate);
  }
  return fmt::format("Stay with {} for now: {}.{}", format_duration(p.length), p.reason, rate);
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
