// `sepa remind` on planned separations: a word before one is due and, once, a kind word after
// one that did not happen. Plans change; nothing here counts it against anyone.

#include "sepa/plans.hpp"
#include "sepa/reminders.hpp"

#include <fmt/format.h>

namespace sepa {

std::vector<PlanNudge> plan_nudges(const Ladder& ladder, const Timestamp& now, Seconds ahead,
                                   const std::set<std::string>& given)
{
  std::vector<PlanNudge> out;
  for (const PlannedSeparation& p : ladder.plans) {
    if (p.state != PlanState::planned) {
      continue;
    }
    if (!(p.at < now) && p.at - now <= ahead) {
      std::string key = "due " + p.id;
      if (!given.count(key)) {
        out.push_back(
          {std::move(key), fmt::format("Coming up, as you planned together: {}.\nWhen you go: sepa "
                                       "start\n",
                                       describe_plan(p, now))});
      }
    } else if (is_missed(p, now) && now - p.at <= Seconds{k_missed_days * 24 * 3600}) {
      std::string key = "missed " + p.id;
      if (!given.count(key)) {
        out.push_back(
          {std::move(key), fmt::format("The separation planned for {} did not happen, and that is "
                                       "all right.\nPick another time together when it suits: sepa "
                                       "plan next\n",
                                       describe_plan(p, now))});
      }
    }
  }
  return out;
}

} // namespace sepa
