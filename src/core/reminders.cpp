// Nudges are worded for someone who may be having a hard week: they name the next step and how
// small it is, never how long it has been "too" long.

#include "sepa/reminders.hpp"

#include "core/report_format.hpp"
#include "sepa/parse.hpp"
#include "sepa/progress.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>

namespace sepa {

namespace {

using namespace std::chrono;

// "the next step is 15m: A quick trip to a nearby shop." and the command for it.
std::string next_step_lines(const Ladder& ladder, const Timestamp& now)
{
  const Progress progress = assess(ladder, now);
  if (!progress.next) {
    return no_rungs_words() + "\n";
  }
  const NextStep& next = *progress.next;
  if (next.kind == StepKind::beyond) {
    return fmt::format("Every rung is mastered. Another {} keeps it ordinary, or add a longer "
                       "rung whenever you both feel ready.\n",
                       format_duration(next.length));
  }
  const std::string& activity = next_activity(ladder, next);
  const std::string why = next.why.empty() ? std::string() : next.why + ".\n";
  return fmt::format(
    "{}Whenever it suits you both, the next step is {}{}.\nWhen you go: sepa start\n", why,
    format_duration(next.length), activity.empty() ? std::string() : ": " + neutralise(activity));
}

std::optional<local_days> last_practised(const Ladder& ladder)
{
  std::optional<local_days> last;
  for (const Separation& s : ladder.separations) {
    const local_days day = (s.ended ? *s.ended : s.started).local_day();
    if (!last || day > *last) {
      last = day;
    }
  }
  return last;
}

} // namespace

std::optional<std::string> reminder(const Ladder& ladder, const Timestamp& now,
                                    const TimeZone& zone, int after_days)
{
  if (const Separation* open = open_separation(ladder)) {
    if (!left_open_too_long(*open, now)) {
      return std::nullopt;
    }
    return fmt::format("Your separation ({}) is still open, long past its plan.\n{}.\n",
                       describe(*open, now), capitalised(end_it_earlier(*open, now, zone)));
  }
  const local_days today = now.local_day();
  if (const auto last = last_practised(ladder)) {
    const auto gap = (today - *last).count();
    if (gap < after_days) {
      return std::nullopt;
    }
    const std::string when = report_format::short_date(*last);
    return (gap == 1
              ? fmt::format("You last practised yesterday ({}).\n", when)
              : fmt::format("It has been {} days since you last practised ({}).\n", gap, when)) +
           next_step_lines(ladder, now);
  }
  const auto created = parse_rfc3339(ladder.created);
  if (created && (today - created->local_day()).count() < after_days) {
    return std::nullopt;
  }
  return "Your ladder is ready whenever you are.\n" + next_step_lines(ladder, now);
}

} // namespace sepa
