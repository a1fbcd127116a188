#include "sepa/wait_rule.hpp"

#include "sepa/errors.hpp"
#include "sepa/session.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

Separation& require_open(Ladder& ladder)
{
  Separation* s = open_separation(ladder);
  if (s == nullptr) {
    throw StateError("no separation is open, so there is no wait to keep",
                     "when you next go out, begin with `sepa start`; `sepa checkin` is for the "
                     "moment the urge to call home comes");
  }
  return *s;
}

const Checkin* last_text(const Separation& s)
{
  const auto it = std::find_if(s.checkins.rbegin(), s.checkins.rend(),
                               [](const Checkin& c) { return c.outcome == Outcome::texted; });
  return it == s.checkins.rend() ? nullptr : &*it;
}

// Only a race gets here (two windows recording the text at once): `sepa checkin` itself says
// these words as a kind sentence, not an error.
[[noreturn]] void refuse_second_text(const Checkin& text)
{
  SecondText words = second_text_words(format_clock(text.at));
  throw StateError(std::move(words.why), std::move(words.next));
}

} // namespace

SecondText second_text_words(const std::string& at)
{
  return {fmt::format("you already sent your one text this time, at {}", at),
          "the answer you got is the one to trust; if something is truly urgent: sepa checkin "
          "--emergency"};
}

Seconds wait_length(const Ladder& ladder)
{
  return std::clamp(ladder.wait, k_min_wait, k_max_wait);
}

bool urge_pending(const Separation& s)
{
  if (s.urges.empty()) {
    return false;
  }
  return s.checkins.empty() || s.checkins.back().at.utc < s.urges.back().at.utc;
}

int passed_count(const Ladder& ladder)
{
  int n = 0;
  for (const Separation& s : ladder.separations) {
    n += static_cast<int>(std::count_if(s.checkins.begin(), s.checkins.end(), [](const Checkin& c) {
      return c.outcome == Outcome::passed;
    }));
  }
  return n;
}

std::optional<Timestamp> home_before_window(const Separation& s, const Timestamp& deadline)
{
  const Timestamp end{s.started.utc + s.planned, s.started.offset};
  if (end.utc < deadline.utc) {
    return end;
  }
  return std::nullopt;
}

CheckinStart begin_checkin(Ladder& ladder, const CheckinRequest& request, const Timestamp& now,
                           const TimeZone& zone)
{
  Separation& s = require_open(ladder);
  if (const LatestRecord latest = latest_record(s); now.utc < latest.at.utc) {
    clock_behind(now, latest.event, latest.at);
  }
  CheckinStart start;
  start.separation_id = s.id;
  if (request.emergency) {
    s.urges.push_back({now, request.urge, {}});
    start.step = Step::emergency;
    start.deadline = s.wait_until;
    s.updated = now;
    return start;
  }
  if (request.passed) {
    if (request.urge || !urge_pending(s)) {
      s.urges.push_back({now, request.urge, {}});
    }
    start.step = Step::passed;
    start.deadline = s.wait_until;
    s.updated = now;
    return start;
  }
  if (const Checkin* text = last_text(s)) {
    start.step = Step::texted;
    start.texted_at = text->at;
    return start;
  }
  const bool first = !s.wait_until;
  if (first || request.urge) {
    s.urges.push_back({now, request.urge, {}});
    s.updated = now;
  }
  if (first) {
    // The deadline is stored, never a count of what is left: every later look, from any shell,
    // after any suspend, recomputes the time left from it and the clock.
    s.wait_until = zone.stamp(now.utc + wait_length(ladder));
    start.opened_now = true;
  }
  start.deadline = s.wait_until;
  start.step = now.utc < s.wait_until->utc ? Step::waiting : Step::over;
  return start;
}

const Checkin& record_outcome(Ladder& ladder, const std::string& separation_id, Outcome outcome,
                              const Timestamp& now)
{
  const auto it = std::find_if(ladder.separations.begin(), ladder.separations.end(),
                               [&](const Separation& s) { return s.id == separation_id; });
  if (it == ladder.separations.end() || !it->open()) {
    throw StateError("this separation was ended while you waited (perhaps in another window), "
                     "so nothing more was recorded",
                     "`sepa status` shows where things stand");
  }
  if (outcome == Outcome::texted) {
    if (const Checkin* text = last_text(*it)) {
      refuse_second_text(*text);
    }
  }
  it->checkins.push_back({now, outcome, {}});
  it->updated = now;
  return it->checkins.back();
}

} // namespace sepa
