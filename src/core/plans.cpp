#include "sepa/plans.hpp"

#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

using namespace std::chrono;

const PlannedSeparation& add_plan(Ladder& ladder, const Timestamp& at, Seconds length,
                                  std::string activity, std::string id, const Timestamp& now)
{
  if (!(now < at)) {
    throw UsageError(fmt::format("{} has already passed", format_day_clock(at)),
                     "plan a time still ahead, e.g. `sepa plan next tomorrow 10:00 30m`");
  }
  PlannedSeparation p;
  p.id = std::move(id);
  p.at = at;
  p.length = length;
  p.activity = std::move(activity);
  p.updated = now;
  ladder.plans.push_back(std::move(p));
  return ladder.plans.back();
}

bool is_missed(const PlannedSeparation& p, const Timestamp& now)
{
  return p.state == PlanState::planned && now.utc > p.at.utc + k_plan_window;
}

namespace {

// The plans still to come, soonest first, as pointers into `ladder` (const or not).
template <typename L> auto upcoming_in(L& ladder, const Timestamp& now)
{
  std::vector<decltype(&ladder.plans.front())> out;
  for (auto& p : ladder.plans) {
    if (p.state == PlanState::planned && !is_missed(p, now)) {
      out.push_back(&p);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->at < b->at; });
  return out;
}

} // namespace

std::vector<const PlannedSeparation*> upcoming(const Ladder& ladder, const Timestamp& now)
{
  return upcoming_in(ladder, now);
}

PlannedSeparation remove_plan(Ladder& ladder, int n, const Timestamp& now)
{
  const auto list = upcoming_in(ladder, now);
  if (n < 1 || static_cast<std::size_t>(n) > list.size()) {
    throw UsageError(list.empty() ? fmt::format("there is no planned separation {}; none is "
                                                "planned",
                                                n)
                                  : fmt::format("there is no planned separation {}; the list has "
                                                "{}",
                                                n, list.size()),
                     "`sepa plan next` lists them with their numbers");
  }
  PlannedSeparation& p = *list[static_cast<std::size_t>(n - 1)];
  PlannedSeparation was = p;
  p.state = PlanState::removed;
  p.updated = now;
  return was;
}

PlannedSeparation* plan_near(Ladder& ladder, const Timestamp& now)
{
  PlannedSeparation* best = nullptr;
  for (PlannedSeparation& p : ladder.plans) {
    const Seconds off = p.at.utc > now.utc ? p.at - now : now - p.at;
    if (p.state != PlanState::planned || off > k_plan_window) {
      continue;
    }
    const auto off_best = [&now](const PlannedSeparation* b) {
      return b->at.utc > now.utc ? b->at - now : now - b->at;
    };
    if (best == nullptr || off < off_best(best)) {
      best = &p;
    }
  }
  return best;
}

void keep_plan(PlannedSeparation& p, const std::string& id, const Timestamp& now)
{
  p.state = PlanState::kept;
  p.separation = id;
  p.updated = now;
}

std::string describe_plan(const PlannedSeparation& p, const Timestamp& now)
{
  const Timestamp at{p.at.utc, p.at.offset};
  const auto days_ahead = (at.local_day() - now.local_day()).count();
  const std::string when = days_ahead == 0   ? "today " + format_clock(at)
                           : days_ahead == 1 ? "tomorrow " + format_clock(at)
                                             : format_day_clock(at);
  return fmt::format("{}, {}{}", when, format_duration(p.length),
                     p.activity.empty() ? std::string() : ": " + neutralise(p.activity));
}

} // namespace sepa
