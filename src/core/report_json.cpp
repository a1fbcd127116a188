// The JSON export (docs/report-json.md). Keys keep a fixed order and every key is always
// present (null when there is no value), so scripts and diffs can rely on the shape.

#include "core/report_format.hpp"
#include "sepa/report.hpp"

#include <nlohmann/json.hpp>

namespace sepa {

namespace {

namespace rf = report_format;
using Json = nlohmann::ordered_json;

constexpr int k_report_version = 1;

// Lists are gathered in a std::vector and handed over whole: with JSON_DIAGNOSTICS, each
// push_back onto an ordered_json array revisits every element, which is quadratic at the sizes
// years of practice reach.
using List = std::vector<Json>;

Json text_or_null(const std::string& text)
{
  return text.empty() ? Json(nullptr) : Json(text);
}

Json rating(const std::optional<int>& v)
{
  return v ? Json(*v) : Json(nullptr);
}

Json average(const std::optional<double>& v)
{
  return v ? Json(rf::one_decimal(*v)) : Json(nullptr);
}

// Whole minutes as an integer, anything else with up to two decimals.
Json minutes(Seconds d)
{
  return d.count() % 60 == 0 ? Json(d.count() / 60) : Json(rf::minutes(d));
}

Json ladder_json(const Report& r)
{
  List rungs;
  for (std::size_t i = 0; i < r.ladder->rungs.size(); ++i) {
    const Rung& rung = r.ladder->rungs[i];
    const RungProgress& p = r.progress.rungs[i];
    Json j = Json::object();
    j["rung"] = format_duration(rung.length);
    j["minutes"] = minutes(rung.length);
    j["activity"] = text_or_null(rung.activity);
    j["state"] = to_string(p.state);
    j["reason"] = p.reason;
    j["suggest"] = p.suggest ? Json(format_duration(*p.suggest)) : Json(nullptr);
    j["tries"] = p.tries;
    j["good_days"] = p.good_days;
    j["early_returns"] = p.early;
    rungs.push_back(std::move(j));
  }
  return Json(std::move(rungs));
}

Json separation_json(const ReportRow& row)
{
  const Separation& s = *row.source;
  Json j = Json::object();
  j["id"] = s.id;
  j["rung"] = row.rung ? Json(format_duration(s.planned)) : Json(nullptr);
  j["activity"] = text_or_null(s.activity);
  j["started"] = format_rfc3339(s.started);
  j["ended"] = s.ended ? Json(format_rfc3339(*s.ended)) : Json(nullptr);
  j["planned_minutes"] = minutes(s.planned);
  j["actual_minutes"] = row.actual ? minutes(*row.actual) : Json(nullptr);
  j["early"] = row.early;
  j["good"] = row.good;
  j["ratings"] = {
    {"before", rating(s.anxiety)}, {"peak", rating(s.peak)}, {"after", rating(s.after)}};
  j["prediction"] = text_or_null(s.prediction);
  j["outcome"] = !s.happened ? Json(nullptr) : Json(*s.happened ? "happened" : "did_not_happen");
  List urges;
  for (const Urge& u : s.urges) {
    urges.push_back({{"at", format_rfc3339(u.at)}, {"level", rating(u.level)}});
  }
  j["urges"] = Json(std::move(urges));
  j["wait_until"] = s.wait_until ? Json(format_rfc3339(*s.wait_until)) : Json(nullptr);
  List checkins;
  for (const Checkin& c : s.checkins) {
    checkins.push_back({{"at", format_rfc3339(c.at)}, {"outcome", to_string(c.outcome)}});
  }
  j["checkins"] = Json(std::move(checkins));
  j["emergency"] = row.emergency;
  j["praise"] = text_or_null(s.praise);
  j["note"] = text_or_null(s.note);
  return j;
}

Json totals_json(const Report& r)
{
  const Totals& t = r.totals;
  return {
    {"separations", t.finished},
    {"open", t.open},
    {"minutes_apart", minutes(t.apart)},
    {"longest_minutes", minutes(t.longest)},
    {"last_started", t.last_started ? Json(format_rfc3339(*t.last_started)) : Json(nullptr)},
    {"days_practised_this_week", t.days_this_week},
    {"days_practised_last_week", t.days_last_week},
  };
}

Json anxiety_json(const Report& r)
{
  List out;
  for (const Series& s : r.series) {
    List tries;
    for (const std::size_t i : s.rows) {
      tries.emplace_back(r.rows[i].source->id);
    }
    out.push_back(
      {{"length", format_duration(s.length)},
       {"on_ladder", s.on_ladder},
       {"average",
        {{"before", average(s.before)}, {"peak", average(s.peak)}, {"after", average(s.after)}}},
       {"tries", Json(std::move(tries))}});
  }
  return Json(std::move(out));
}

void lists_json(const Report& r, Json& j)
{
  const WaitCounts& w = r.waits;
  j["wait_rule"] = {{"urges", w.urges},
                    {"waits", w.waits},
                    {"passed", w.passed},
                    {"texted", w.texted},
                    {"emergencies", w.emergencies},
                    {"came_home_early", w.came_home}};
  const PredictionCounts& p = r.predictions;
  j["predictions"] = {{"made", p.made},
                      {"happened", p.happened},
                      {"did_not_happen", p.did_not_happen},
                      {"not_recorded", p.not_recorded}};
  List evidence;
  for (const std::size_t i : r.evidence) {
    const Separation& s = *r.rows[i].source;
    evidence.push_back(
      {{"id", s.id}, {"date", rf::iso_date(s.started.local_day())}, {"praise", s.praise}});
  }
  j["evidence"] = Json(std::move(evidence));
  List early;
  for (const std::size_t i : r.early_returns) {
    early.emplace_back(r.rows[i].source->id);
  }
  j["early_returns"] = Json(std::move(early));
  j["help_note"] = {{"show", r.help.show()},
                    {"high_peaks", r.help.high_peaks},
                    {"early_returns_in_a_row", r.help.early_run}};
}

} // namespace

std::string render_json(const Report& r)
{
  Json j = Json::object();
  j["report"] = k_report_version;
  j["generated"] = format_rfc3339(r.now);
  j["since"] = r.since ? Json(rf::iso_date(*r.since)) : Json(nullptr);
  j["ladder"] = ladder_json(r);
  j["current"] = r.progress.current
                   ? Json(format_duration(r.ladder->rungs[*r.progress.current].length))
                   : Json(nullptr);
  j["totals"] = totals_json(r);
  j["anxiety"] = anxiety_json(r);
  lists_json(r, j);
  List separations;
  separations.reserve(r.rows.size());
  for (const ReportRow& row : r.rows) {
    separations.push_back(separation_json(row));
  }
  j["separations"] = Json(std::move(separations));
  // Text that is not valid UTF-8 comes out with U+FFFD rather than failing the export.
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace sepa
