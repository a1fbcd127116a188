// Writing the ladder as JSON. Keys go out in a fixed order with unknown keys last (sorted), so
// a file diffs cleanly in git or a sync folder.
//
// The text is written straight into one string reserved for about its final size
// (json_writer.hpp): no document tree is built, and the layout is exactly nlohmann's dump(2), as
// it always has been.

#include "core/json_writer.hpp"
#include "sepa/ladder_json.hpp"

namespace sepa {

namespace {

using json_text::JsonWriter;

// Optional members are left out when empty.
void maybe_text(JsonWriter& w, const char* name, const std::string& value)
{
  if (!value.empty()) {
    w.key(name);
    w.text(value);
  }
}

void maybe_rating(JsonWriter& w, const char* name, const std::optional<int>& value)
{
  if (value) {
    w.key(name);
    w.number(*value);
  }
}

void maybe_instant(JsonWriter& w, const char* name, const std::optional<Timestamp>& value)
{
  if (value) {
    w.key(name);
    w.instant(*value);
  }
}

// Unknown keys, kept as compact JSON text, go back at the end of their object.
void extra(JsonWriter& w, const Extra& extra)
{
  for (const auto& [name, json] : extra) {
    w.any_key(name);
    w.raw(json);
  }
}

void write(JsonWriter& w, const Rung& r)
{
  w.open('{');
  w.key("length");
  w.duration(r.length);
  maybe_text(w, "activity", r.activity);
  extra(w, r.extra);
  w.close('}');
}

void write(JsonWriter& w, const Urge& u)
{
  w.open('{');
  w.key("at");
  w.instant(u.at);
  maybe_rating(w, "level", u.level);
  extra(w, u.extra);
  w.close('}');
}

void write(JsonWriter& w, const Checkin& c)
{
  w.open('{');
  w.key("at");
  w.instant(c.at);
  w.key("outcome");
  w.text(to_string(c.outcome));
  extra(w, c.extra);
  w.close('}');
}

void write(JsonWriter& w, const Separation& s);
void write(JsonWriter& w, const PlannedSeparation& p);

template <class T> void list(JsonWriter& w, const char* name, const std::vector<T>& items)
{
  w.key(name);
  w.open('[');
  for (const T& item : items) {
    w.element();
    if constexpr (std::is_same_v<T, std::string>) {
      w.text(item);
    } else {
      write(w, item);
    }
  }
  w.close(']');
}

template <class T> void maybe_list(JsonWriter& w, const char* name, const std::vector<T>& items)
{
  if (!items.empty()) {
    list(w, name, items);
  }
}

void write(JsonWriter& w, const PartnerSide& p)
{
  w.open('{');
  maybe_rating(w, "confidence", p.confidence);
  maybe_text(w, "went_well", p.went_well);
  maybe_text(w, "needed", p.needed);
  maybe_text(w, "thanks", p.thanks);
  maybe_text(w, "baby", p.baby);
  maybe_instant(w, "at", p.at);
  extra(w, p.extra);
  w.close('}');
}

void write(JsonWriter& w, const Separation& s)
{
  w.open('{');
  w.key("id");
  w.text(s.id);
  w.key("started");
  w.instant(s.started);
  maybe_instant(w, "ended", s.ended);
  w.key("planned");
  w.duration(s.planned);
  maybe_text(w, "activity", s.activity);
  maybe_rating(w, "anxiety", s.anxiety);
  maybe_rating(w, "peak", s.peak);
  maybe_rating(w, "after", s.after);
  maybe_text(w, "prediction", s.prediction);
  maybe_rating(w, "likely_before", s.likely_before);
  if (s.happened) {
    w.key("happened");
    w.text(to_string(*s.happened));
  }
  maybe_rating(w, "likely_after", s.likely_after);
  maybe_text(w, "coped", s.coped);
  maybe_list(w, "used", s.used);
  maybe_text(w, "praise", s.praise);
  maybe_text(w, "note", s.note);
  maybe_list(w, "urges", s.urges);
  maybe_instant(w, "wait_until", s.wait_until);
  maybe_list(w, "checkins", s.checkins);
  if (s.partner) {
    w.key("partner");
    write(w, *s.partner);
  }
  if (s.rule == RuleVersion::first) {
    w.key("rule");
    w.number(static_cast<int>(RuleVersion::first));
  }
  maybe_instant(w, "updated", s.updated);
  extra(w, s.extra);
  w.close('}');
}

void write(JsonWriter& w, const Rules& r)
{
  w.open('{');
  w.key("good_peak");
  w.number(r.good_peak);
  w.key("mastery_days");
  w.number(r.mastery_days);
  w.key("stall_tries");
  w.number(r.stall_tries);
  w.key("early_returns");
  w.number(r.early_returns);
  w.key("shift");
  w.number(r.shift);
  w.key("settled");
  w.number(r.settled);
  w.key("clean_days");
  w.number(r.clean_days);
  w.key("booster_days");
  w.number(r.booster_days);
  extra(w, r.extra);
  w.close('}');
}

void write(JsonWriter& w, const Names& n)
{
  w.open('{');
  maybe_text(w, "parent", n.parent);
  maybe_text(w, "partner", n.partner);
  extra(w, n.extra);
  w.close('}');
}

void write(JsonWriter& w, const PlannedSeparation& p)
{
  w.open('{');
  w.key("id");
  w.text(p.id);
  w.key("at");
  w.instant(p.at);
  w.key("length");
  w.duration(p.length);
  maybe_text(w, "activity", p.activity);
  w.key("state");
  w.text(to_string(p.state));
  maybe_text(w, "separation", p.separation);
  maybe_instant(w, "updated", p.updated);
  extra(w, p.extra);
  w.close('}');
}

std::size_t extra_size(const Extra& extra)
{
  std::size_t n = 0;
  for (const auto& [name, json] : extra) {
    n += 16 + name.size() + json.size() * 2;
  }
  return n;
}

// A little over the final size, so the text is written without moving: the keys and layout of a
// separation take about 300 bytes at most, and its texts their length (escapes aside).
std::size_t expected_size(const Ladder& l)
{
  std::size_t n = 1024 + l.message.size() + l.created.size() + extra_size(l.extra);
  for (const Rung& r : l.rungs) {
    n += 64 + r.activity.size() + extra_size(r.extra);
  }
  for (const auto* list : {&l.strengths, &l.emergencies, &l.safety}) {
    for (const std::string& s : *list) {
      n += 8 + s.size();
    }
  }
  for (const Separation& s : l.separations) {
    n += 320 + s.id.size() + s.activity.size() + s.prediction.size() + s.praise.size() +
         s.note.size() + s.coped.size() + 80 * s.urges.size() + 100 * s.checkins.size() +
         extra_size(s.extra);
    for (const std::string& used : s.used) {
      n += 8 + used.size();
    }
    if (s.partner) {
      n += 200 + s.partner->went_well.size() + s.partner->needed.size() + s.partner->thanks.size() +
           s.partner->baby.size() + extra_size(s.partner->extra);
    }
  }
  n += 200 * l.plans.size();
  return n + n / 16;
}

} // namespace

std::string serialize(const Ladder& ladder)
{
  JsonWriter w(expected_size(ladder));
  w.open('{');
  w.key("schema");
  w.number(k_schema);
  maybe_text(w, "created", ladder.created);
  w.key("wait");
  w.duration(ladder.wait);
  w.key("message");
  w.text(ladder.message);
  w.key("rules");
  write(w, ladder.rules);
  list(w, "rungs", ladder.rungs);
  list(w, "strengths", ladder.strengths);
  list(w, "emergencies", ladder.emergencies);
  list(w, "safety", ladder.safety);
  if (!ladder.names.parent.empty() || !ladder.names.partner.empty() ||
      !ladder.names.extra.empty()) {
    w.key("names");
    write(w, ladder.names);
  }
  list(w, "plans", ladder.plans);
  list(w, "separations", ladder.separations);
  extra(w, ladder.extra);
  w.close('}');
  std::string text = w.take();
  text += '\n';
  return text;
}

} // namespace sepa
