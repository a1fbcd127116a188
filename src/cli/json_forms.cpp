#include "cli/json_forms.hpp"

#include "core/json_writer.hpp"
#include "sepa/parse.hpp"
#include "sepa/plans.hpp"
#include "sepa/progress.hpp"
#include "sepa/session.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace sepa {

namespace {

using json_text::JsonWriter;

const char* kind_name(StepKind kind)
{
  switch (kind) {
  case StepKind::rung:
    return "rung";
  case StepKind::in_between:
    return "in_between";
  case StepKind::booster:
    return "booster";
  case StepKind::beyond:
    return "beyond";
  }
  return "rung";
}

void open_json(JsonWriter& w, const Separation& s, const Timestamp& now, const TimeZone& zone)
{
  const Seconds elapsed = std::max(now - s.started, Seconds{0});
  w.open('{');
  w.key("id");
  w.text(s.id);
  w.key("started");
  w.instant(s.started);
  w.key("planned");
  w.duration(s.planned);
  w.key("activity");
  w.text_or_null(s.activity);
  w.key("apart_seconds");
  w.number(elapsed.count());
  w.key("left_seconds");
  w.number(std::max(s.planned - elapsed, Seconds{0}).count());
  w.key("back_around");
  w.instant(zone.stamp(s.started.utc + s.planned));
  w.key("time_up");
  w.boolean(elapsed >= s.planned);
  w.key("left_open_too_long");
  w.boolean(left_open_too_long(s, now));
  w.key("urges");
  w.number(s.urges.size());
  w.key("wait_until");
  s.wait_until ? w.instant(zone.stamp(s.wait_until->utc)) : w.null();
  w.key("wait_left_seconds");
  w.number(s.wait_until ? std::max(*s.wait_until - now, Seconds{0}).count() : 0);
  w.key("checkins");
  w.open('[');
  for (const Checkin& c : s.checkins) {
    w.element();
    w.open('{');
    w.key("at");
    w.instant(c.at);
    w.key("outcome");
    w.text(to_string(c.outcome));
    w.close('}');
  }
  w.close(']');
  w.close('}');
}

void next_json(JsonWriter& w, const Ladder& ladder, const Timestamp& now)
{
  const Progress progress = assess(ladder, now);
  if (!progress.next) {
    w.null();
    return;
  }
  const NextStep& next = *progress.next;
  w.open('{');
  w.key("length");
  w.duration(next.length);
  w.key("kind");
  w.text(kind_name(next.kind));
  w.key("activity");
  w.text_or_null(next_activity(ladder, next));
  w.key("why");
  w.text_or_null(next.why);
  w.key("clean_day_nudge");
  w.text_or_null(clean_day_nudge(ladder, progress));
  w.close('}');
}

void next_plan_json(JsonWriter& w, const Ladder& ladder, const Timestamp& now)
{
  const auto list = upcoming(ladder, now);
  if (list.empty()) {
    w.null();
    return;
  }
  const PlannedSeparation& p = *list.front();
  w.open('{');
  w.key("id");
  w.text(p.id);
  w.key("at");
  w.instant(p.at);
  w.key("length");
  w.duration(p.length);
  w.key("activity");
  w.text_or_null(p.activity);
  w.close('}');
}

void plans_json(JsonWriter& w, const Ladder& ladder, const Timestamp& now)
{
  w.open('[');
  for (const PlannedSeparation* p : upcoming(ladder, now)) {
    w.element();
    w.open('{');
    w.key("id");
    w.text(p->id);
    w.key("at");
    w.instant(p->at);
    w.key("length");
    w.duration(p->length);
    w.key("activity");
    w.text_or_null(p->activity);
    w.close('}');
  }
  w.close(']');
}

// The fields both start and done show.
void separation_fields(JsonWriter& w, const Separation& s)
{
  w.key("id");
  w.text(s.id);
  w.key("started");
  w.instant(s.started);
  w.key("planned");
  w.duration(s.planned);
  w.key("activity");
  w.text_or_null(s.activity);
  w.key("anxiety");
  w.number_or_null(s.anxiety);
  w.key("prediction");
  w.text_or_null(s.prediction);
  w.key("likely_before");
  w.number_or_null(s.likely_before);
}

// A finished separation as done recorded it (or edit corrected it), with its verdict, and the
// ladder's next step.
void finished_json(JsonWriter& w, const Separation& s, const Ladder& ladder, const Timestamp& now)
{
  const Judgement j = judge(s, ladder.rules);
  w.key("separation");
  w.open('{');
  separation_fields(w, s);
  w.key("ended");
  w.instant(*s.ended);
  w.key("lasted");
  w.duration(*s.ended - s.started);
  w.key("early");
  w.boolean(is_early(s));
  w.key("peak");
  w.number_or_null(s.peak);
  w.key("after");
  w.number_or_null(s.after);
  w.key("happened");
  s.happened ? w.text(to_string(*s.happened)) : w.null();
  w.key("likely_after");
  w.number_or_null(s.likely_after);
  w.key("coped");
  w.text_or_null(s.coped);
  w.key("used");
  w.texts(s.used);
  w.key("praise");
  w.text_or_null(s.praise);
  w.key("note");
  w.text_or_null(s.note);
  w.key("verdict");
  w.text(to_string(j.verdict));
  w.key("verdict_reason");
  w.text(j.reason);
  w.key("clean");
  w.boolean(j.clean);
  w.close('}');
  w.key("next");
  next_json(w, ladder, now);
}

// "1h30m" or "08:31": the wait's last hour as minutes and seconds, like the countdown.
std::string clock_left(Seconds left)
{
  return fmt::format("{:02}:{:02}", left.count() / 60, left.count() % 60);
}

} // namespace

std::string status_json(const std::optional<Ladder>& ladder, const Timestamp& now,
                        const TimeZone& zone)
{
  JsonWriter w(2048);
  w.open('{');
  w.key("version");
  w.number(1);
  w.key("now");
  w.instant(now);
  w.key("ladder");
  w.boolean(ladder.has_value());
  const Separation* open = ladder ? open_separation(*ladder) : nullptr;
  w.key("open");
  open ? open_json(w, *open, now, zone) : w.null();
  w.key("next");
  ladder && !open ? next_json(w, *ladder, now) : w.null();
  w.key("next_plan");
  ladder ? next_plan_json(w, *ladder, now) : w.null();
  w.key("last_started");
  ladder && !ladder->separations.empty() ? w.instant(ladder->separations.back().started) : w.null();
  w.close('}');
  return w.take() + "\n";
}

std::string start_json(const Separation& s, const Ladder& ladder, const TimeZone& zone)
{
  JsonWriter w(1024);
  w.open('{');
  w.key("version");
  w.number(1);
  w.key("separation");
  w.open('{');
  separation_fields(w, s);
  w.close('}');
  w.key("back_around");
  w.instant(zone.stamp(s.started.utc + s.planned));
  w.key("kept_plan");
  const auto kept = std::find_if(ladder.plans.begin(), ladder.plans.end(),
                                 [&s](const PlannedSeparation& p) { return p.separation == s.id; });
  kept != ladder.plans.end() ? w.text(kept->id) : w.null();
  w.key("wait");
  w.duration(ladder.wait);
  w.key("strengths");
  w.texts(ladder.strengths);
  w.close('}');
  return w.take() + "\n";
}

std::string done_json(const Separation& s, const Ladder& ladder, const Timestamp& now)
{
  JsonWriter w(2048);
  w.open('{');
  w.key("version");
  w.number(1);
  finished_json(w, s, ladder, now);
  w.close('}');
  return w.take() + "\n";
}

std::string edit_json(const Separation& s, const Ladder& ladder, const Timestamp& now,
                      const std::vector<std::string>& changed)
{
  JsonWriter w(2048);
  w.open('{');
  w.key("version");
  w.number(1);
  finished_json(w, s, ladder, now);
  w.key("changed");
  w.texts(changed);
  w.close('}');
  return w.take() + "\n";
}

std::string plan_json(const Ladder& ladder, const Timestamp& now)
{
  const Progress progress = assess(ladder, now);
  JsonWriter w(4096);
  w.open('{');
  w.key("version");
  w.number(1);
  w.key("rungs");
  w.open('[');
  for (std::size_t i = 0; i < ladder.rungs.size(); ++i) {
    const RungProgress& p = progress.rungs[i];
    w.element();
    w.open('{');
    w.key("length");
    w.duration(p.length);
    w.key("activity");
    w.text_or_null(ladder.rungs[i].activity);
    w.key("state");
    w.text(to_string(p.state));
    w.key("reason");
    w.text_or_null(p.reason);
    w.close('}');
  }
  w.close(']');
  w.key("next");
  next_json(w, ladder, now);
  w.key("wait");
  w.duration(ladder.wait);
  w.key("message");
  w.text(ladder.message);
  w.key("strengths");
  w.texts(ladder.strengths);
  w.key("emergencies");
  w.texts(ladder.emergencies);
  w.key("safety");
  w.texts(ladder.safety);
  w.key("names");
  w.open('{');
  w.key("parent");
  w.text_or_null(ladder.names.parent);
  w.key("partner");
  w.text_or_null(ladder.names.partner);
  w.close('}');
  w.key("plans");
  plans_json(w, ladder, now);
  w.close('}');
  return w.take() + "\n";
}

std::string status_short(const Ladder& ladder, const Timestamp& now, const TimeZone& zone)
{
  std::string line;
  if (const Separation* s = open_separation(ladder)) {
    const Seconds elapsed = std::max(now - s->started, Seconds{0});
    line =
      elapsed >= s->planned
        ? "sepa time is up"
        : fmt::format("sepa {} left",
                      format_duration(std::max(std::chrono::floor<std::chrono::minutes>(
                                                 s->planned - elapsed + std::chrono::seconds{59}),
                                               std::chrono::minutes{1})));
    if (s->wait_until && now < *s->wait_until) {
      const Seconds left = *s->wait_until - now;
      line += left < Seconds{3600} ? ", wait " + clock_left(left) : ", wait on";
    }
  } else if (const auto list = upcoming(ladder, now);
             !list.empty() && list.front()->at.local_day() == now.local_day()) {
    const PlannedSeparation& p = *list.front();
    line = fmt::format("sepa {} {} planned", format_clock(zone.stamp(p.at.utc)),
                       format_duration(p.length));
  }
  if (line.size() > k_short_status_width) {
    line.resize(k_short_status_width);
  }
  return line;
}

} // namespace sepa
