// Writing the ladder as JSON. Keys go out in a fixed order with unknown keys last (sorted), so
// a file diffs cleanly in git or a sync folder.

#include "sepa/ladder_json.hpp"
#include "sepa/parse.hpp"

#include <nlohmann/json.hpp>

namespace sepa {

using Json = nlohmann::ordered_json;

namespace {

void put_extra(Json &j, const Extra &extra)
{
  for (const auto &[key, raw] : extra) {
    j[key] = Json::parse(raw);
  }
}

void put_text(Json &j, const char *key, const std::string &value)
{
  if (!value.empty()) {
    j[key] = value;
  }
}

void put_rating(Json &j, const char *key, const std::optional<int> &value)
{
  if (value) {
    j[key] = *value;
  }
}

Json to_json(const Rung &r)
{
  Json j = Json::object();
  j["length"] = format_duration(r.length);
  put_text(j, "activity", r.activity);
  put_extra(j, r.extra);
  return j;
}

Json to_json(const Urge &u)
{
  Json j = Json::object();
  j["at"] = format_rfc3339(u.at);
  put_rating(j, "level", u.level);
  put_extra(j, u.extra);
  return j;
}

Json to_json(const Checkin &c)
{
  Json j = Json::object();
  j["at"] = format_rfc3339(c.at);
  j["outcome"] = to_string(c.outcome);
  put_extra(j, c.extra);
  return j;
}

Json to_json(const Separation &s)
{
  Json j = Json::object();
  j["id"] = s.id;
  j["started"] = format_rfc3339(s.started);
  if (s.ended) {
    j["ended"] = format_rfc3339(*s.ended);
  }
  j["planned"] = format_duration(s.planned);
  put_text(j, "activity", s.activity);
  put_rating(j, "anxiety", s.anxiety);
  put_rating(j, "peak", s.peak);
  put_rating(j, "after", s.after);
  put_text(j, "prediction", s.prediction);
  if (s.happened) {
    j["happened"] = *s.happened;
  }
  put_text(j, "praise", s.praise);
  put_text(j, "note", s.note);
  if (!s.urges.empty()) {
    Json &urges = j["urges"] = Json::array();
    for (const Urge &u : s.urges) {
      urges.push_back(to_json(u));
    }
  }
  if (s.wait_until) {
    j["wait_until"] = format_rfc3339(*s.wait_until);
  }
  if (!s.checkins.empty()) {
    Json &checkins = j["checkins"] = Json::array();
    for (const Checkin &c : s.checkins) {
      checkins.push_back(to_json(c));
    }
  }
  if (s.updated) {
    j["updated"] = format_rfc3339(*s.updated);
  }
  put_extra(j, s.extra);
  return j;
}

Json to_json(const Rules &r)
{
  Json j = Json::object();
  j["good_peak"] = r.good_peak;
  j["mastery_days"] = r.mastery_days;
  j["stall_tries"] = r.stall_tries;
  j["early_returns"] = r.early_returns;
  put_extra(j, r.extra);
  return j;
}

} // namespace

std::string serialize(const Ladder &ladder)
{
  Json j = Json::object();
  j["schema"] = k_schema;
  put_text(j, "created", ladder.created);
  j["wait"] = format_duration(ladder.wait);
  j["message"] = ladder.message;
  j["rules"] = to_json(ladder.rules);
  Json &rungs = j["rungs"] = Json::array();
  for (const Rung &r : ladder.rungs) {
    rungs.push_back(to_json(r));
  }
  j["strengths"] = ladder.strengths;
  j["emergencies"] = ladder.emergencies;
  Json &separations = j["separations"] = Json::array();
  for (const Separation &s : ladder.separations) {
    separations.push_back(to_json(s));
  }
  put_extra(j, ladder.extra);
  // Invalid UTF-8 in user text is stored with U+FFFD rather than refusing the whole save.
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace sepa
