// Reading the ladder from JSON: one function per object of the format, pulling values from a
// cursor (json_cursor.hpp) and checking them in the order sepa writes the keys (ladder_check.hpp).
// Nested lists are read as the cursor reaches them: the separations, nearly all of a large file,
// one at a time. When a file has several problems, the one reported does not depend on the order
// of its keys: a problem in the text itself (bad JSON, a key twice, values nested too deep)
// anywhere first, then the top-level keys in order, then the separations in the order they began.

#include "core/ladder_check.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace sepa {

namespace {

using namespace check;

std::optional<int> rating(Field f)
{
  return whole(f, 0, 10);
}

std::string id(Field f)
{
  const std::string id = text(need(f));
  if (id.empty()) {
    wrong(f.path(), "expected a non-empty id");
  }
  return id;
}

Rung read_rung(Cursor& c, const Path& at)
{
  Object o(c, at, {"length", "activity"});
  return {*duration(need(o["length"])), text(o["activity"]), o.take_extra()};
}

Urge read_urge(Cursor& c, const Path& at)
{
  Object o(c, at, {"at", "level"});
  return {*instant(need(o["at"])), rating(o["level"]), o.take_extra()};
}

Checkin read_checkin(Cursor& c, const Path& at)
{
  Object o(c, at, {"at", "outcome"});
  return {*instant(need(o["at"])), // braces: read in this order
          *choice(need(o["outcome"]), outcome_from_string, R"("passed", "texted" or "emergency")"),
          o.take_extra()};
}

PartnerSide read_partner(Cursor& c, const Path& at)
{
  Object o(c, at, {"confidence", "went_well", "needed", "thanks", "baby", "at"});
  return {rating(o["confidence"]), text(o["went_well"]), text(o["needed"]), text(o["thanks"]),
          text(o["baby"]),         instant(o["at"]),     o.take_extra()};
}

Separation read_separation(Cursor& c, const Path& at, int schema)
{
  Separation s;
  Object o(c, at, {"id",       "started", "ended",      "planned",       "activity", "anxiety",
                   "peak",     "after",   "prediction", "likely_before", "happened", "likely_after",
                   "coped",    "used",    "praise",     "note",          "urges",    "wait_until",
                   "checkins", "partner", "rule",       "updated"},
           [&](std::string_view key, const Path& p) {
             if (key == "used") {
               read_list(c, p, s.used, read_text);
             } else if (key == "urges") {
               read_list(c, p, s.urges, read_urge);
             } else if (key == "checkins") {
               read_list(c, p, s.checkins, read_checkin);
             } else if (key == "partner") {
               s.partner = read_partner(c, p);
             }
             return key == "used" || key == "urges" || key == "checkins" || key == "partner";
           });
  s.id = id(o["id"]);
  s.started = *instant(need(o["started"]));
  s.ended = instant(o["ended"]);
  if (s.ended && s.ended->utc < s.started.utc) {
    wrong(o["ended"].path(), "the end is before the start");
  }
  s.planned = *duration(need(o["planned"]));
  s.activity = text(o["activity"]);
  s.anxiety = rating(o["anxiety"]);
  s.peak = rating(o["peak"]);
  s.after = rating(o["after"]);
  s.prediction = text(o["prediction"]);
  s.likely_before = whole(o["likely_before"], 0, 100);
  const Field happened = o["happened"];
  if (schema == 1 && has(happened, Token::Kind::boolean, "true or false")) { // a boolean then
    s.happened = happened.token.raw == "true" ? Happened::yes : Happened::no;
  } else if (schema != 1) {
    s.happened = choice(happened, happened_from_string, R"("no", "partly" or "yes")");
  }
  s.likely_after = whole(o["likely_after"], 0, 100);
  s.coped = text(o["coped"]);
  s.praise = text(o["praise"]);
  s.note = text(o["note"]);
  s.wait_until = instant(o["wait_until"]);
  // One finished under the first release keeps its rule, so nothing earned is taken away.
  const bool first = whole(o["rule"], 1, 2) == 1 || (schema == 1 && !s.open());
  s.rule = first ? RuleVersion::first : RuleVersion::expectancy;
  s.updated = instant(o["updated"]);
  s.extra = o.take_extra();
  return s;
}

// Refuses the first element of the list `key` whose id an earlier one has.
template <class T> void check_ids(const std::vector<T>& items, std::string_view key)
{
  std::unordered_set<std::string_view> seen(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!seen.insert(items[i].id).second) {
      const Path root, list{&root, key}, element{&list, {}, i};
      wrong({&element, "id"}, "the id " + shown(items[i].id) + " appears twice");
    }
  }
}

// Refuses a second open separation, in the order they are listed.
void read_separations(Cursor& c, const Path& at, int schema, std::vector<Separation>& out)
{
  std::size_t open = 0;
  read_list(c, at, out, [&](Cursor& cursor, const Path& p) {
    Separation s = read_separation(cursor, p, schema);
    if (s.open() && ++open > 1) {
      wrong({&p, "ended"}, "only one separation can be open at a time");
    }
    return s;
  });
}

Rules read_rules(Cursor& c, const Path& at)
{
  Object o(c, at,
           {"good_peak", "mastery_days", "stall_tries", "early_returns", "shift", "settled",
            "clean_days", "booster_days"});
  Rules r;
  r.good_peak = *whole(need(o["good_peak"]), 0, 10);
  r.mastery_days = *whole(need(o["mastery_days"]), 1, 30);
  r.stall_tries = *whole(need(o["stall_tries"]), 2, 30);
  r.early_returns = *whole(need(o["early_returns"]), 1, 30);
  // Added in schema 2: a schema-1 file has the defaults.
  r.shift = whole(o["shift"], 1, 100).value_or(r.shift);
  r.settled = whole(o["settled"], 0, 100).value_or(r.settled);
  r.clean_days = whole(o["clean_days"], 0, r.mastery_days).value_or(r.clean_days);
  r.booster_days = whole(o["booster_days"], 1, 365).value_or(r.booster_days);
  r.extra = o.take_extra();
  return r;
}

Names read_names(Cursor& c, const Path& at)
{
  Object o(c, at, {"parent", "partner"});
  return {text(o["parent"]), text(o["partner"]), o.take_extra()};
}

PlannedSeparation read_plan(Cursor& c, const Path& at)
{
  Object o(c, at, {"id", "at", "length", "activity", "state", "separation", "updated"});
  PlannedSeparation p;
  p.id = id(o["id"]);
  p.at = *instant(need(o["at"]));
  p.length = *duration(need(o["length"]));
  p.activity = text(o["activity"]);
  p.state = choice(o["state"], plan_state_from_string, R"("planned", "kept" or "removed")")
              .value_or(PlanState::planned);
  p.separation = text(o["separation"]);
  p.updated = instant(o["updated"]);
  p.extra = o.take_extra();
  return p;
}

// Schema 1 is read and upgraded in memory; a newer one is refused, never guessed at.
int schema(Field f)
{
  has(need(f), Token::Kind::whole, "a whole number");
  const Token& t = f.token;
  if (t.whole > k_schema) {
    throw NewerSchema(fmt::format("it was written by a newer sepa (schema {}); this version reads "
                                  "up to schema {}",
                                  t.raw, k_schema),
                      "upgrade sepa to read it; the file is left exactly as it was");
  }
  if (t.whole < 1) {
    wrong(f.path(), fmt::format("expected schema 1 or {}, found {}", k_schema, t.raw));
  }
  return static_cast<int>(t.whole);
}

// The schema decides how the separations read. sepa writes it first, so looking ahead for it
// costs nothing; a file edited by hand may have it anywhere, or have bad JSON before it, found
// again as the ladder is read.
int schema_ahead(Cursor c)
{
  try {
    c.open('{');
    for (std::string_view key; c.next_key(key); c.skip()) {
      if (key == "schema") {
        const Token t = c.token();
        return t.kind == Token::Kind::whole && t.whole == 1 ? 1 : k_schema;
      }
    }
  } catch (const json::TextError&) {
  }
  return k_schema;
}

Ladder read_ladder(Cursor& c, std::size_t text_bytes)
{
  Ladder l;
  // Room for the separations a file of this size holds, at about 384 bytes each: the list is
  // allocated once, not doubled from small (room it does not use is address space only).
  l.separations.reserve(text_bytes / 384);
  const Path root;
  if (!c.at('{')) {
    const Token top = c.token();
    c.end();
    wrong(root, "expected an object, found " + kind(top));
  }
  const int schema_read = schema_ahead(c);
  Object o(c, root,
           {"schema", "created", "wait", "message", "rules", "rungs", "strengths", "emergencies",
            "safety", "names", "plans", "separations"},
           [&](std::string_view key, const Path& p) {
             auto& texts = key == "strengths"     ? l.strengths
                           : key == "emergencies" ? l.emergencies
                                                  : l.safety;
             if (key == "rules") {
               l.rules = read_rules(c, p);
             } else if (key == "rungs") {
               read_list(c, p, l.rungs, read_rung);
             } else if (key == "strengths" || key == "emergencies" || key == "safety") {
               read_list(c, p, texts, read_text);
             } else if (key == "names") {
               l.names = read_names(c, p);
             } else if (key == "plans") {
               read_list(c, p, l.plans, read_plan);
             } else if (key == "separations") {
               read_separations(c, p, schema_read, l.separations);
             } else {
               return false;
             }
             return true;
           });
  c.end();

  l.schema = schema(o["schema"]);
  l.created = text(o["created"]);
  l.wait = *duration(need(o["wait"]));
  if (l.wait < k_min_wait || l.wait > k_max_wait) {
    wrong(o["wait"].path(), "expected a wait from 20m to 30m");
  }
  l.message = text(need(o["message"]));
  need(o["rungs"]);
  std::stable_sort(l.rungs.begin(), l.rungs.end(),
                   [](const Rung& a, const Rung& b) { return a.length < b.length; });
  for (std::size_t i = 1; i < l.rungs.size(); ++i) {
    if (l.rungs[i].length == l.rungs[i - 1].length) {
      wrong(o["rungs"].path(),
            fmt::format("two rungs are {} long", format_duration(l.rungs[i].length)));
    }
  }
  o["plans"]; // a problem in the lists before, or in a plan, comes before a repeated id
  check_ids(l.plans, "plans");
  // A repeated id is a problem of its separation: all those before the first wrong one are in the
  // list, so the earliest problem is the one reported.
  check_ids(l.separations, "separations");
  need(o["separations"]);
  l.extra = o.take_extra();
  return l;
}

// "line 12, column 18": where the byte at `offset` is.
std::string place(std::string_view text, std::size_t offset)
{
  const std::string_view before = text.substr(0, offset);
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  return fmt::format("line {}, column {}", line, before.size() - before.rfind('\n')); // npos as -1
}

// Bad JSON is worded by nlohmann's parser, which reads the text again up to the same place:
// its own words for what it expected help the person mending the file by hand.
[[noreturn]] void refuse_text(std::string_view text, const json::TextError& e)
{
  if (!e.what.empty()) {
    const std::string key = e.key.empty() ? "" : fmt::format(" (at \"{}\")", e.key);
    throw DataError(place(text, e.offset) + key + ": " + e.what);
  }
  std::size_t offset = e.offset;
  std::string words;
  try {
    [[maybe_unused]] const auto nothing = nlohmann::json::parse(
      text, [](int, nlohmann::json::parse_event_t, nlohmann::json&) { return false; });
  } catch (const nlohmann::json::parse_error& p) {
    offset = p.byte > 0 ? p.byte - 1 : 0; // it counts the byte it stopped at from 1
    const std::string what = p.what();
    const auto dash = what.rfind(" - ");
    words = dash == std::string::npos ? "" : " (" + truncate(what.substr(dash + 3), 80) + ")";
  }
  if (offset >= text.size()) {
    throw DataError("the file ends in the middle of the ladder, so it was cut short");
  }
  throw DataError(place(text, offset) + ": this is not valid JSON" + words);
}

} // namespace

Ladder parse_ladder(std::string_view text)
{
  if (text.find_first_not_of(" \n\t\r") == std::string_view::npos) {
    throw DataError("the file is empty, so it holds no ladder",
                    "an empty file usually means a write was cut short");
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    throw DataError(place(text, nul) + ": the file contains NUL bytes, so it was damaged (often "
                                       "by a crash or a sync tool)");
  }
  try {
    Cursor c(text);
    return read_ladder(c, text.size());
  } catch (const json::TextError& e) {
    refuse_text(text, e);
  }
}

} // namespace sepa
