#include "cli/checkin_json.hpp"

#include "core/json_writer.hpp"

#include <algorithm>
#include <stdexcept>

namespace sepa {

namespace {

using json_text::JsonWriter;

const char* step_name(Step step)
{
  switch (step) {
  case Step::waiting:
    return "waiting";
  case Step::over:
    return "over";
  case Step::passed:
    return "passed";
  case Step::emergency:
    return "emergency";
  case Step::texted:
    return "texted";
  }
  return "waiting";
}

const Separation& find(const Ladder& ladder, const std::string& id)
{
  const auto s = std::find_if(ladder.separations.begin(), ladder.separations.end(),
                              [&id](const Separation& x) { return x.id == id; });
  if (s == ladder.separations.end()) {
    throw std::logic_error("the separation just checked in on is missing");
  }
  return *s;
}

} // namespace

std::string checkin_json(const Ladder& ladder, const CheckinStart& start, const Timestamp& now,
                         const TimeZone& zone)
{
  const Separation& s = find(ladder, start.separation_id);
  const Timestamp back = zone.stamp(s.started.utc + s.planned);
  const auto home_first =
    start.deadline ? home_before_window(s, *start.deadline) : std::optional<Timestamp>();
  const bool texted = std::any_of(s.checkins.begin(), s.checkins.end(),
                                  [](const Checkin& c) { return c.outcome == Outcome::texted; });
  JsonWriter w(1024);
  w.open('{');
  w.key("version");
  w.number(1);
  w.key("now");
  w.instant(now);
  w.key("separation");
  w.text(s.id);
  w.key("step");
  w.text(step_name(start.step));
  w.key("urge");
  !s.urges.empty() && s.urges.back().level ? w.number(*s.urges.back().level) : w.null();
  w.key("window_open");
  w.boolean(start.step == Step::waiting);
  w.key("opened_now");
  w.boolean(start.opened_now);
  w.key("wait");
  w.duration(wait_length(ladder));
  w.key("wait_until");
  start.deadline ? w.instant(zone.stamp(start.deadline->utc)) : w.null();
  w.key("left_seconds");
  w.number(start.deadline ? std::max(*start.deadline - now, Seconds{0}).count() : 0);
  w.key("back_around");
  w.instant(back);
  w.key("time_up");
  w.boolean(back.utc <= now.utc);
  w.key("home_first");
  w.boolean(home_first.has_value());
  w.key("text_due");
  w.boolean(start.step == Step::over);
  w.key("text_recorded");
  w.boolean(texted);
  w.key("message");
  w.text(ladder.message);
  w.key("partner");
  w.text_or_null(ladder.names.partner);
  w.key("passed_count");
  w.number(passed_count(ladder));
  w.key("emergencies");
  w.texts(ladder.emergencies);
  w.close('}');
  return w.take() + "\n";
}

} // namespace sepa
