#include "sepa/ladder.hpp"

#include "sepa/parse.hpp"

namespace sepa {

Ladder default_ladder(const Timestamp& now)
{
  using std::chrono::minutes;
  Ladder ladder;
  ladder.created = format_rfc3339(now);
  ladder.rungs = {
    {minutes{5}, "A shower, or out to the mailbox", {}},
    {minutes{15}, "A quick trip to a nearby shop", {}},
    {minutes{30}, "A walk round the neighbourhood", {}},
    {minutes{60}, "An appointment, or coffee with a friend", {}},
    {minutes{120}, "A haircut, a film, or lunch out", {}},
    {minutes{240}, "Half a day of your own", {}},
  };
  return ladder;
}

const char* to_string(Outcome o)
{
  switch (o) {
  case Outcome::passed:
    return "passed";
  case Outcome::texted:
    return "texted";
  case Outcome::emergency:
    return "emergency";
  }
  return "texted";
}

std::optional<Outcome> outcome_from_string(std::string_view s)
{
  for (Outcome o : {Outcome::passed, Outcome::texted, Outcome::emergency}) {
    if (s == to_string(o)) {
      return o;
    }
  }
  return std::nullopt;
}

const char* to_string(Happened h)
{
  switch (h) {
  case Happened::no:
    return "no";
  case Happened::partly:
    return "partly";
  case Happened::yes:
    return "yes";
  }
  return "no";
}

std::optional<Happened> happened_from_string(std::string_view s)
{
  for (Happened h : {Happened::no, Happened::partly, Happened::yes}) {
    if (s == to_string(h)) {
      return h;
    }
  }
  return std::nullopt;
}

const char* to_string(PlanState s)
{
  switch (s) {
  case PlanState::planned:
    return "planned";
  case PlanState::kept:
    return "kept";
  case PlanState::removed:
    return "removed";
  }
  return "planned";
}

std::optional<PlanState> plan_state_from_string(std::string_view s)
{
  for (PlanState p : {PlanState::planned, PlanState::kept, PlanState::removed}) {
    if (s == to_string(p)) {
      return p;
    }
  }
  return std::nullopt;
}

std::string remembered_activity(const Ladder& ladder, Seconds length)
{
  // In the order they were started, so the latest is the last one found.
  for (auto it = ladder.separations.rbegin(); it != ladder.separations.rend(); ++it) {
    if (it->planned == length && !it->activity.empty()) {
      return it->activity;
    }
  }
  return {};
}

} // namespace sepa
