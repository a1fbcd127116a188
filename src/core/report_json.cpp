// The JSON export (docs/report-json.md). Keys keep a fixed order and every key is always
// present (null when there is no value), so scripts and diffs can rely on the shape.
//
// Written straight into one string (json_writer.hpp), laid out as nlohmann's dump(2): years of
// practice make a long export, and a document tree of it would take several times the ladder's
// size in memory.

#include "core/json_writer.hpp"
#include "core/report_format.hpp"
#include "core/report_words.hpp"
#include "sepa/report_facts.hpp"

namespace sepa {

namespace {

namespace rf = report_format;
using json_text::JsonWriter;

constexpr int k_report_version = 1;

void average(JsonWriter& w, const std::optional<double>& v)
{
  v ? w.number(rf::one_decimal(*v)) : w.null();
}

void instant(JsonWriter& w, const std::optional<Timestamp>& t)
{
  t ? w.instant(*t) : w.null();
}

// Whole minutes as an integer, anything else with up to two decimals.
void minutes(JsonWriter& w, Seconds d)
{
  d.count() % 60 == 0 ? w.number(d.count() / 60) : w.number(rf::minutes(d));
}

void ladder_json(JsonWriter& w, const Report& r)
{
  w.key("ladder");
  w.open('[');
  for (std::size_t i = 0; i < r.ladder->rungs.size(); ++i) {
    const Rung& rung = r.ladder->rungs[i];
    const RungProgress& p = r.progress.rungs[i];
    w.element();
    w.open('{');
    w.key("rung");
    w.duration(rung.length);
    w.key("minutes");
    minutes(w, rung.length);
    w.key("activity");
    w.text_or_null(rung.activity);
    w.key("state");
    w.text(to_string(p.state));
    w.key("reason");
    w.text(p.reason);
    w.key("suggest");
    p.suggest ? w.duration(*p.suggest) : w.null();
    w.key("tries");
    w.number(p.tries);
    w.key("good_days"); // the name before schema 2, kept for scripts: the same as learned_days
    w.number(p.learned_days);
    w.key("learned_days");
    w.number(p.learned_days);
    w.key("clean_days");
    w.number(p.clean_days);
    w.key("early_returns");
    w.number(p.early);
    w.close('}');
  }
  w.close(']');
}

void ratings_json(JsonWriter& w, const Separation& s)
{
  w.key("ratings");
  w.open('{');
  w.key("before");
  w.number_or_null(s.anxiety);
  w.key("peak");
  w.number_or_null(s.peak);
  w.key("after");
  w.number_or_null(s.after);
  w.close('}');
}

void urges_and_checkins_json(JsonWriter& w, const Separation& s)
{
  w.key("urges");
  w.open('[');
  for (const Urge& u : s.urges) {
    w.element();
    w.open('{');
    w.key("at");
    w.instant(u.at);
    w.key("level");
    w.number_or_null(u.level);
    w.close('}');
  }
  w.close(']');
  w.key("wait_until");
  instant(w, s.wait_until);
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
}

void separation_json(JsonWriter& w, const ReportRow& row)
{
  const Separation& s = *row.source;
  w.open('{');
  w.key("id");
  w.text(s.id);
  w.key("rung");
  row.rung ? w.duration(s.planned) : w.null();
  w.key("activity");
  w.text_or_null(s.activity);
  w.key("started");
  w.instant(s.started);
  w.key("ended");
  instant(w, s.ended);
  w.key("planned_minutes");
  minutes(w, s.planned);
  w.key("actual_minutes");
  row.actual ? minutes(w, *row.actual) : w.null();
  w.key("early");
  w.boolean(row.early);
  w.key("good");
  w.boolean(row.good);
  w.key("verdict");
  row.judgement ? w.text(to_string(row.judgement->verdict)) : w.null();
  w.key("verdict_reason");
  row.judgement ? w.text(row.judgement->reason) : w.null();
  ratings_json(w, s);
  w.key("prediction");
  w.text_or_null(s.prediction);
  w.key("outcome");
  !s.happened                       ? w.null()
  : *s.happened == Happened::yes    ? w.text("happened")
  : *s.happened == Happened::partly ? w.text("partly_happened")
                                    : w.text("did_not_happen");
  w.key("likely_before");
  w.number_or_null(s.likely_before);
  w.key("likely_after");
  w.number_or_null(s.likely_after);
  w.key("coped");
  w.text_or_null(s.coped);
  w.key("used");
  w.texts(s.used);
  urges_and_checkins_json(w, s);
  w.key("emergency");
  w.boolean(row.emergency);
  w.key("praise");
  w.text_or_null(s.praise);
  w.key("note");
  w.text_or_null(s.note);
  w.key("partner");
  if (s.partner) {
    const PartnerSide& p = *s.partner;
    w.open('{');
    w.key("confidence");
    w.number_or_null(p.confidence);
    w.key("went_well");
    w.text_or_null(p.went_well);
    w.key("needed");
    w.text_or_null(p.needed);
    w.key("thanks");
    w.text_or_null(p.thanks);
    w.key("baby");
    w.text_or_null(p.baby);
    w.close('}');
  } else {
    w.null();
  }
  w.close('}');
}

void totals_json(JsonWriter& w, const Report& r)
{
  const Totals& t = r.totals;
  w.key("totals");
  w.open('{');
  w.key("separations");
  w.number(t.finished);
  w.key("open");
  w.number(t.open);
  w.key("minutes_apart");
  minutes(w, t.apart);
  w.key("longest_minutes");
  minutes(w, t.longest);
  w.key("last_started");
  instant(w, t.last_started);
  w.key("days_practised_this_week");
  w.number(t.days_this_week);
  w.key("days_practised_last_week");
  w.number(t.days_last_week);
  w.key("days_compared");
  w.number(t.days_compared);
  w.close('}');
}

void anxiety_json(JsonWriter& w, const Report& r)
{
  w.key("anxiety");
  w.open('[');
  for (const Series& s : r.series) {
    w.element();
    w.open('{');
    w.key("length");
    w.duration(s.length);
    w.key("on_ladder");
    w.boolean(s.on_ladder);
    w.key("average");
    w.open('{');
    w.key("before");
    average(w, s.before);
    w.key("peak");
    average(w, s.peak);
    w.key("after");
    average(w, s.after);
    w.close('}');
    w.key("tries");
    w.open('[');
    for (const std::size_t i : s.rows) {
      w.element();
      w.text(r.rows[i].source->id);
    }
    w.close(']');
    w.close('}');
  }
  w.close(']');
}

// An object of counts, in the order given.
void counts(JsonWriter& w, const char* name,
            std::initializer_list<std::pair<const char*, int>> items)
{
  w.key(name);
  w.open('{');
  for (const auto& [key, n] : items) {
    w.key(key);
    w.number(n);
  }
  w.close('}');
}

void counts_json(JsonWriter& w, const Report& r)
{
  const WaitCounts& c = r.waits;
  counts(w, "wait_rule",
         {{"urges", c.urges},
          {"waits", c.waits},
          {"passed", c.passed},
          {"texted", c.texted},
          {"emergencies", c.emergencies},
          {"came_home_early", c.came_home}});
  const PredictionCounts& p = r.predictions;
  counts(w, "predictions",
         {{"made", p.made},
          {"happened", p.happened},
          {"did_not_happen", p.did_not_happen},
          {"not_recorded", p.not_recorded},
          {"partly", p.partly}});
  w.key("expectancy");
  w.open('{');
  w.key("likely_before");
  p.likely_before ? w.number(rf::one_decimal(*p.likely_before)) : w.null();
  w.key("likely_after");
  p.likely_after ? w.number(rf::one_decimal(*p.likely_after)) : w.null();
  w.close('}');
  const VerdictCounts& v = r.verdicts;
  counts(w, "verdicts",
         {{"learned", v.learned},
          {"practice", v.practice},
          {"early", v.early},
          {"emergency", v.emergency}});
}

void lists_json(JsonWriter& w, const Report& r)
{
  w.key("evidence");
  w.open('[');
  for (const std::size_t i : r.evidence) {
    const Separation& s = *r.rows[i].source;
    w.element();
    w.open('{');
    w.key("id");
    w.text(s.id);
    w.key("date");
    w.text(rf::iso_date(s.started.local_day()));
    w.key("praise");
    w.text(s.praise);
    w.close('}');
  }
  w.close(']');
  counts(w, "plans",
         {{"planned", r.plans.planned}, {"kept", r.plans.kept}, {"missed", r.plans.missed}});
  w.key("early_returns");
  w.open('[');
  for (const std::size_t i : r.early_returns) {
    w.element();
    w.text(r.rows[i].source->id);
  }
  w.close(']');
  w.key("help_note");
  w.open('{');
  w.key("show");
  w.boolean(r.help.show());
  w.key("high_peaks");
  w.boolean(r.help.high_peaks);
  w.key("early_returns_in_a_row");
  w.boolean(r.help.early_run);
  w.key("text");
  r.help.show() ? w.text(report_words::help_paragraph(r.help)) : w.null();
  w.key("urgent");
  r.help.show() ? w.text(help_words(r.help).harm) : w.null();
  w.close('}');
}

// A little over the final size: a separation takes about 900 bytes of layout, plus its texts.
std::size_t expected_size(const Report& r)
{
  std::size_t n = 4096 + 256 * r.ladder->rungs.size() + 64 * r.rows.size();
  for (const ReportRow& row : r.rows) {
    const Separation& s = *row.source;
    n += 960 + 2 * (s.id.size() + s.activity.size() + s.prediction.size() + s.praise.size()) +
         s.note.size() + 110 * s.urges.size() + 110 * s.checkins.size();
  }
  return n;
}

void write_report(JsonWriter& w, const Report& r)
{
  w.open('{');
  w.key("report");
  w.number(k_report_version);
  w.key("generated");
  w.instant(r.now);
  w.key("since");
  r.since ? w.text(rf::iso_date(*r.since)) : w.null();
  ladder_json(w, r);
  w.key("current");
  r.progress.current ? w.duration(r.ladder->rungs[*r.progress.current].length) : w.null();
  totals_json(w, r);
  anxiety_json(w, r);
  counts_json(w, r);
  lists_json(w, r);
  w.key("separations");
  w.open('[');
  for (const ReportRow& row : r.rows) {
    w.element();
    separation_json(w, row);
  }
  w.close(']');
  w.close('}');
}

} // namespace

std::string render_json(const Report& r)
{
  JsonWriter w(expected_size(r));
  write_report(w, r);
  std::string text = w.take();
  text += '\n';
  return text;
}

void render_json(const Report& r, const ReportSink& out)
{
  constexpr std::size_t k_chunk = std::size_t{1} << 20;
  JsonWriter w(k_chunk, out);
  write_report(w, r);
  w.finish();
  out("\n");
}

} // namespace sepa
