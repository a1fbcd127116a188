#include "sepa/session.hpp"

#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/plans.hpp"
#include "sepa/progress.hpp"

#include <fmt/format.h>

namespace sepa {

Separation* open_separation(Ladder& ladder)
{
  for (auto it = ladder.separations.rbegin(); it != ladder.separations.rend(); ++it) {
    if (it->open()) {
      return &*it;
    }
  }
  return nullptr;
}

const Separation* open_separation(const Ladder& ladder)
{
  return open_separation(const_cast<Ladder&>(ladder));
}

NextStep default_step(const Ladder& ladder, const Timestamp& now)
{
  if (ladder.rungs.empty()) {
    throw StateError("your ladder has no rungs yet, so there is no length to start with",
                     "give one, e.g. `sepa start 15m`, or add a rung with `sepa plan add 15m`");
  }
  return *assess(ladder, now).next;
}

std::string describe(const Separation& s, const Timestamp& now)
{
  const bool today = s.started.local_day() == now.local_day();
  return fmt::format("started {}, planned {}",
                     today ? format_clock(s.started) : format_day_clock(s.started),
                     format_duration(s.planned));
}

// No --at can help when the clock is behind (it would be in the future), so say what happened
// instead of reporting a negative duration.
void clock_behind(const Timestamp& now, const char* what, const Timestamp& recorded)
{
  throw StateError(fmt::format("the clock says it is {}, which is before {} ({})",
                               format_day_clock(now), what, format_day_clock(recorded)),
                   "the clock seems to have been moved back; once it shows the right time, run "
                   "the command again. Nothing was changed");
}

std::string done_at_example(const Separation& s, const Timestamp& now, const TimeZone& zone)
{
  // In the offset in force when it was planned to end, not the one in force now.
  const Timestamp planned_end = zone.stamp(s.started.utc + s.planned);
  const std::string clock = format_clock(planned_end);
  // HH:MM is offered only when typing it back gives that very minute.
  const auto typed = parse_at(clock, now, zone);
  if (typed && typed.value->utc == std::chrono::floor<std::chrono::minutes>(planned_end.utc)) {
    return "sepa done --at " + clock;
  }
  return "sepa done --at " + format_rfc3339(planned_end);
}

std::string end_it_earlier(const Separation& s, const Timestamp& now, const TimeZone& zone)
{
  return fmt::format("if you came back earlier, end it with the time you came back, e.g. `{}`",
                     done_at_example(s, now, zone));
}

void refuse_already_open(const Separation& open, const Timestamp& now, const std::string& left_open)
{
  throw StateError(fmt::format("a separation is already open ({})", describe(open, now)),
                   left_open.empty()
                     ? "when you are back, end it with `sepa done` (or `sepa done --at -10m` if "
                       "you came back ten minutes ago)"
                     : "it has been open a long time; " + left_open);
}

void refuse_nothing_to_finish()
{
  throw StateError("no separation is open, so there is nothing to finish",
                   "start one with `sepa start` (or `sepa start 15m --at -15m` if you already "
                   "went)");
}

LatestRecord latest_record(const Separation& s)
{
  LatestRecord latest{s.started, "the start", "this separation started"};
  for (const Urge& u : s.urges) {
    if (latest.at.utc < u.at.utc) {
      latest = {u.at, "your last urge to call home", "you logged an urge to call home"};
    }
  }
  for (const Checkin& c : s.checkins) {
    if (latest.at.utc < c.at.utc) {
      latest = {c.at, "your check-in", "you checked in"};
    }
  }
  return latest;
}

Separation& start_separation(Ladder& ladder, const StartRequest& request, const Timestamp& now,
                             std::string id)
{
  if (const Separation* open = open_separation(ladder)) {
    refuse_already_open(*open, now);
  }
  Separation s;
  s.id = std::move(id);
  s.started = request.at.value_or(now);
  if (!ladder.separations.empty()) {
    const Separation& last = ladder.separations.back();
    if (last.ended && s.started.utc < last.ended->utc) {
      if (!request.at) {
        clock_behind(now, "your last separation ended", *last.ended);
      }
      throw UsageError(fmt::format("that start is before your last separation ended ({})",
                                   format_day_clock(*last.ended)),
                       "give a later --at, or leave it out to start now");
    }
  }
  s.activity = request.activity;
  if (request.planned) {
    s.planned = *request.planned;
    if (const auto i = rung_index(ladder, s.planned); i && s.activity.empty()) {
      s.activity = ladder.rungs[*i].activity;
    }
  } else if (PlannedSeparation* plan = plan_near(ladder, s.started)) {
    // A separation planned for about now is the one being started.
    s.planned = plan->length;
    if (s.activity.empty()) {
      s.activity = plan->activity;
    }
    keep_plan(*plan, s.id, now);
  } else {
    const NextStep next = default_step(ladder, now);
    s.planned = next.length;
    if (s.activity.empty()) {
      s.activity = next_activity(ladder, next);
    }
  }
  s.anxiety = request.anxiety;
  s.prediction = request.prediction;
  s.likely_before = request.likely;
  s.updated = now;
  ladder.separations.push_back(std::move(s));
  return ladder.separations.back();
}

Separation& finish_separation(Ladder& ladder, const DoneRequest& request, const Timestamp& now)
{
  Separation* s = open_separation(ladder);
  if (s == nullptr) {
    refuse_nothing_to_finish();
  }
  const Timestamp end = request.at.value_or(now);
  if (const LatestRecord latest = latest_record(*s); end.utc < latest.at.utc) {
    if (!request.at) {
      clock_behind(now, latest.event, latest.at);
    }
    throw UsageError(fmt::format("the end ({}) is before {} ({})", format_day_clock(end),
                                 latest.noun, format_day_clock(latest.at)),
                     "give a later --at, or leave it out to end now");
  }
  s->ended = end;
  s->peak = request.peak;
  s->after = request.after;
  s->happened = request.happened;
  s->likely_after = request.likely;
  s->coped = request.coped;
  s->used = request.used;
  s->praise = request.praise;
  s->note = request.note;
  s->updated = now;
  return *s;
}

Separation cancel_separation(Ladder& ladder, const Timestamp& now)
{
  Separation* open = open_separation(ladder);
  if (open == nullptr) {
    throw StateError("no separation is open, so there is nothing to cancel",
                     "`sepa undo` takes back the last change, whatever it was");
  }
  Separation gone = std::move(*open);
  ladder.separations.erase(ladder.separations.begin() + (open - ladder.separations.data()));
  for (PlannedSeparation& p : ladder.plans) {
    if (p.separation == gone.id) {
      p.state = PlanState::planned;
      p.separation.clear();
      p.updated = now;
    }
  }
  return gone;
}

bool left_open_too_long(const Separation& s, const Timestamp& now)
{
  if (!s.open()) {
    return false;
  }
  const Seconds elapsed = now - s.started;
  return elapsed > 3 * s.planned || elapsed > std::chrono::hours{12};
}

} // namespace sepa
