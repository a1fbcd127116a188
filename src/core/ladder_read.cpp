// Reading the ladder from JSON. Everything is validated; the first problem found becomes a
// DataError that says where (line and column for bad JSON, the JSON path for a wrong shape).

#include "core/json_scan.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>

namespace sepa {

using Json = nlohmann::json;

namespace {

[[noreturn]] void wrong(const std::string &path, const std::string &expected)
{
  throw DataError(fmt::format("at {}: {}", path.empty() ? "/" : path, expected));
}

// Text from the file quoted in a message: short, and safe to print on a terminal.
std::string shown(const std::string &text)
{
  return "\"" + truncate(text, 40) + "\"";
}

// What a value is, in the words a person editing the file would use.
std::string kind(const Json &j)
{
  switch (j.type()) {
  case Json::value_t::object:
    return "an object";
  case Json::value_t::array:
    return "a list";
  case Json::value_t::string:
    return "text";
  case Json::value_t::boolean:
    return "true or false";
  case Json::value_t::null:
    return "null";
  case Json::value_t::number_integer:
  case Json::value_t::number_unsigned:
    return "a whole number";
  default:
    return "a number";
  }
}

// A JSON object being read: remembers which keys were consumed, so the rest become Extra.
class Obj {
public:
  Obj(const Json &j, std::string path) : m_j(j), m_path(std::move(path))
  {
    if (!j.is_object()) {
      wrong(m_path, "expected an object, found " + kind(j));
    }
  }
  std::string at(const char *key) const { return m_path + "/" + key; }
  const Json *find(const char *key)
  {
    m_seen.insert(key);
    const auto it = m_j.find(key);
    return it == m_j.end() ? nullptr : &*it;
  }
  const Json &need(const char *key)
  {
    const Json *j = find(key);
    if (j == nullptr) {
      wrong(m_path, fmt::format("the key \"{}\" is missing", key));
    }
    return *j;
  }
  std::string text(const char *key, bool required = false)
  {
    const Json *j = required ? &need(key) : find(key);
    if (j == nullptr) {
      return {};
    }
    if (!j->is_string()) {
      wrong(at(key), "expected text, found " + kind(*j));
    }
    return j->get<std::string>();
  }
  Timestamp instant(const char *key) { return to_instant(need(key), at(key)); }
  std::optional<Timestamp> maybe_instant(const char *key)
  {
    const Json *j = find(key);
    return j == nullptr ? std::nullopt : std::optional{to_instant(*j, at(key))};
  }
  Seconds duration(const char *key)
  {
    const std::string s = text(key, true);
    const auto d = parse_duration(s);
    if (!d) {
      wrong(at(key), fmt::format("expected a duration like \"15m\", found {}", shown(s)));
    }
    return *d.value;
  }
  int integer(const char *key, int lo, int hi)
  {
    const Json &j = need(key);
    return to_int(j, at(key), lo, hi);
  }
  std::optional<int> rating(const char *key)
  {
    const Json *j = find(key);
    return j == nullptr ? std::nullopt : std::optional{to_int(*j, at(key), 0, 10)};
  }
  std::optional<bool> boolean(const char *key)
  {
    const Json *j = find(key);
    if (j == nullptr) {
      return std::nullopt;
    }
    if (!j->is_boolean()) {
      wrong(at(key), "expected true or false, found " + kind(*j));
    }
    return j->get<bool>();
  }
  const Json &array(const char *key, bool required)
  {
    static const Json k_empty = Json::array();
    const Json *j = required ? &need(key) : find(key);
    if (j == nullptr) {
      return k_empty;
    }
    if (!j->is_array()) {
      wrong(at(key), "expected a list, found " + kind(*j));
    }
    return *j;
  }
  Extra rest() const
  {
    Extra extra;
    for (const auto &[key, value] : m_j.items()) {
      if (m_seen.count(key) == 0) {
        extra.emplace(key, value.dump());
      }
    }
    return extra;
  }

private:
  static Timestamp to_instant(const Json &j, const std::string &path)
  {
    const auto t = j.is_string() ? parse_rfc3339(j.get<std::string>()) : std::nullopt;
    if (!t) {
      wrong(path, "expected a time like \"2026-11-22T10:05:00+01:00\", found " +
                      (j.is_string() ? shown(j.get<std::string>()) : kind(j)));
    }
    return *t;
  }
  static int to_int(const Json &j, const std::string &path, int lo, int hi)
  {
    if (!j.is_number_integer() || j.get<long long>() < lo || j.get<long long>() > hi) {
      wrong(path, fmt::format("expected a whole number from {} to {}, found {}", lo, hi,
                              j.is_number() ? j.dump() : kind(j)));
    }
    return j.get<int>();
  }

  const Json &m_j;
  std::string m_path;
  std::set<std::string, std::less<>> m_seen;
};

std::vector<std::string> texts(Obj &o, const char *key)
{
  std::vector<std::string> out;
  const Json &list = o.array(key, false);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string()) {
      wrong(fmt::format("{}/{}", o.at(key), i), "expected text, found " + kind(list[i]));
    }
    out.push_back(list[i].get<std::string>());
  }
  return out;
}

Separation read_separation(const Json &j, const std::string &path)
{
  Obj o(j, path);
  Separation s;
  s.id = o.text("id", true);
  if (s.id.empty()) {
    wrong(o.at("id"), "expected a non-empty id");
  }
  s.started = o.instant("started");
  s.ended = o.maybe_instant("ended");
  if (s.ended && s.ended->utc < s.started.utc) {
    wrong(o.at("ended"), "the end is before the start");
  }
  s.planned = o.duration("planned");
  s.activity = o.text("activity");
  s.anxiety = o.rating("anxiety");
  s.peak = o.rating("peak");
  s.after = o.rating("after");
  s.prediction = o.text("prediction");
  s.happened = o.boolean("happened");
  s.praise = o.text("praise");
  s.note = o.text("note");
  const Json &urges = o.array("urges", false);
  for (std::size_t i = 0; i < urges.size(); ++i) {
    Obj u(urges[i], fmt::format("{}/{}", o.at("urges"), i));
    s.urges.push_back({u.instant("at"), u.rating("level"), {}});
    s.urges.back().extra = u.rest();
  }
  s.wait_until = o.maybe_instant("wait_until");
  const Json &checkins = o.array("checkins", false);
  for (std::size_t i = 0; i < checkins.size(); ++i) {
    Obj c(checkins[i], fmt::format("{}/{}", o.at("checkins"), i));
    Checkin checkin{c.instant("at"), Outcome::texted, {}};
    const std::string outcome = c.text("outcome", true);
    const auto parsed = outcome_from_string(outcome);
    if (!parsed) {
      wrong(c.at("outcome"),
            fmt::format("expected \"passed\", \"texted\" or \"emergency\", found {}",
                        shown(outcome)));
    }
    checkin.outcome = *parsed;
    checkin.extra = c.rest();
    s.checkins.push_back(std::move(checkin));
  }
  s.updated = o.maybe_instant("updated");
  s.extra = o.rest();
  return s;
}

void read_rules(Obj &top, Rules &rules)
{
  const Json *j = top.find("rules");
  if (j == nullptr) {
    return;
  }
  Obj o(*j, top.at("rules"));
  rules.good_peak = o.integer("good_peak", 0, 10);
  rules.mastery_days = o.integer("mastery_days", 1, 30);
  rules.stall_tries = o.integer("stall_tries", 2, 30);
  rules.early_returns = o.integer("early_returns", 1, 30);
  rules.extra = o.rest();
}

Ladder read_ladder(const Json &j)
{
  Obj top(j, "");
  const Json &schema = top.need("schema");
  if (!schema.is_number_integer()) {
    wrong("/schema", "expected a whole number, found " + kind(schema));
  }
  if (schema.get<long long>() > k_schema) {
    throw DataError(fmt::format("it was written by a newer sepa (schema {}); this version reads "
                                "schema {}",
                                schema.dump(), k_schema),
                    "upgrade sepa to read it; the file is unchanged");
  }
  if (schema.get<long long>() < 1) {
    wrong("/schema", fmt::format("expected schema {}, found {}", k_schema, schema.dump()));
  }
  Ladder ladder;
  ladder.created = top.text("created");
  ladder.wait = top.duration("wait");
  if (ladder.wait < k_min_wait || ladder.wait > k_max_wait) {
    wrong("/wait", "expected a wait from 20m to 30m");
  }
  ladder.message = top.text("message", true);
  read_rules(top, ladder.rules);
  const Json &rungs = top.array("rungs", true);
  for (std::size_t i = 0; i < rungs.size(); ++i) {
    Obj r(rungs[i], fmt::format("/rungs/{}", i));
    Rung rung{r.duration("length"), r.text("activity"), {}};
    rung.extra = r.rest();
    ladder.rungs.push_back(std::move(rung));
  }
  std::stable_sort(ladder.rungs.begin(), ladder.rungs.end(),
                   [](const Rung &a, const Rung &b) { return a.length < b.length; });
  for (std::size_t i = 1; i < ladder.rungs.size(); ++i) {
    if (ladder.rungs[i].length == ladder.rungs[i - 1].length) {
      wrong("/rungs",
            fmt::format("two rungs are {} long", format_duration(ladder.rungs[i].length)));
    }
  }
  ladder.strengths = texts(top, "strengths");
  ladder.emergencies = texts(top, "emergencies");
  const Json &separations = top.array("separations", true);
  ladder.separations.reserve(separations.size());
  std::set<std::string, std::less<>> ids;
  std::size_t open = 0;
  for (std::size_t i = 0; i < separations.size(); ++i) {
    const std::string path = fmt::format("/separations/{}", i);
    ladder.separations.push_back(read_separation(separations[i], path));
    const Separation &s = ladder.separations.back();
    if (!ids.insert(s.id).second) {
      wrong(path + "/id", fmt::format("the id {} appears twice", shown(s.id)));
    }
    if (s.open() && ++open > 1) {
      wrong(path + "/ended", "only one separation can be open at a time");
    }
  }
  ladder.extra = top.rest();
  return ladder;
}

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset)
{
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t nl = before.rfind('\n');
  const std::size_t column = nl == std::string_view::npos ? offset + 1 : offset - nl;
  return {line, column};
}

// nlohmann's own words for what it expected ("unexpected ','; expected ']'"), for the person
// fixing the file by hand; they can quote the file's bytes, so they are neutralised.
std::string parser_reason(const std::string &what)
{
  const auto dash = what.rfind(" - ");
  return dash == std::string::npos ? std::string()
                                   : " (" + truncate(what.substr(dash + 3), 80) + ")";
}

// "line 12, column 18 (at "peak")": where a scanned problem sits.
std::string place(std::string_view text, const JsonSpot &spot)
{
  const auto [line, column] = line_column(text, spot.offset);
  return spot.key.empty() ? fmt::format("line {}, column {}", line, column)
                          : fmt::format("line {}, column {} (at \"{}\")", line, column, spot.key);
}

constexpr std::size_t k_max_depth = 64;

} // namespace

Ladder parse_ladder(std::string_view text)
{
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; })) {
    throw DataError("the file is empty, so it holds no ladder",
                    "an empty file usually means a write was cut short");
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    const auto [line, column] = line_column(text, nul);
    throw DataError(fmt::format("line {}, column {}: the file contains NUL bytes, so it was "
                                "damaged (often by a crash or a sync tool)",
                                line, column));
  }
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::parse_error &e) {
    // nlohmann counts the byte it stopped at from 1.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    if (offset >= text.size()) {
      throw DataError("the file ends in the middle of the ladder, so it was cut short");
    }
    const auto [line, column] = line_column(text, offset);
    throw DataError(fmt::format("line {}, column {}: this is not valid JSON{}", line, column,
                                parser_reason(e.what())));
  } catch (const Json::exception &) {
    // nlohmann reports a number too large for a double without saying where it is.
    const auto spot = find_huge_number(text);
    throw DataError(spot ? fmt::format("{}: the number {} is too large for a ladder",
                                       place(text, *spot), spot->token)
                         : std::string("a value in the file cannot be read"));
  }
  // Writing the unknown keys back is recursive; no ladder nests anywhere near this deep.
  if (const auto spot = find_too_deep(text, k_max_depth)) {
    throw DataError(fmt::format("{}: the values nest more than {} levels deep, which a ladder "
                                "never needs",
                                place(text, *spot), k_max_depth));
  }
  return read_ladder(j);
}

} // namespace sepa
