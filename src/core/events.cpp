#include "sepa/events.hpp"

#include "core/json_writer.hpp"
#include "sepa/progress.hpp"
#include "sepa/session.hpp"

namespace sepa {

namespace {

using json_text::JsonWriter;

} // namespace

const char* event_name(HookEvent event)
{
  switch (event) {
  case HookEvent::start:
    return "start";
  case HookEvent::checkin:
    return "checkin";
  case HookEvent::done:
    return "done";
  case HookEvent::wait_over:
    return "wait-over";
  case HookEvent::due:
    return "due";
  }
  return "start";
}

std::string event_json(HookEvent event, const Separation& s, const Ladder& ladder,
                       const Timestamp& now, const TimeZone& zone)
{
  JsonWriter w(1024);
  w.open('{');
  w.key("version");
  w.number(1);
  w.key("event");
  w.text(event_name(event));
  w.key("at");
  w.instant(now);
  w.key("separation");
  w.open('{');
  w.key("id");
  w.text(s.id);
  w.key("started");
  w.instant(s.started);
  w.key("planned");
  w.duration(s.planned);
  w.key("activity");
  w.text_or_null(s.activity);
  w.key("back_around");
  w.instant(zone.stamp(s.started.utc + s.planned));
  w.key("urges");
  w.number(s.urges.size());
  w.key("wait_until");
  s.wait_until ? w.instant(zone.stamp(s.wait_until->utc)) : w.null();
  w.key("outcome");
  s.checkins.empty() ? w.null() : w.text(to_string(s.checkins.back().outcome));
  w.key("ended");
  s.ended ? w.instant(*s.ended) : w.null();
  w.key("verdict");
  s.ended ? w.text(to_string(judge(s, ladder.rules, false).verdict)) : w.null();
  w.close('}');
  w.key("partner");
  w.text_or_null(ladder.names.partner);
  w.close('}');
  return w.take() + "\n";
}

std::vector<HookEvent> timed_events(const Ladder& ladder, const Timestamp& now)
{
  std::vector<HookEvent> due;
  const Separation* s = open_separation(ladder);
  if (s == nullptr) {
    return due;
  }
  if (s->wait_until && s->wait_until->utc <= now.utc) {
    due.push_back(HookEvent::wait_over);
  }
  if (s->started.utc + s->planned <= now.utc) {
    due.push_back(HookEvent::due);
  }
  return due;
}

std::string fired_key(HookEvent event, const std::string& separation_id)
{
  return std::string(event_name(event)) + " " + separation_id;
}

} // namespace sepa
