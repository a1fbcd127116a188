// Checking the ladder as read. The order of the checks is part of the format's contract: when a
// file has several problems, the first one in this order is the one reported.

#include "core/ladder_raw.hpp"
#include "sepa/errors.hpp"
#include "sepa/parse.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sepa::raw {

using Type = Value::Type;

std::string Path::str() const
{
  if (parent == nullptr) {
    return {};
  }
  return key.empty() ? fmt::format("{}/{}", parent->str(), index)
                     : fmt::format("{}/{}", parent->str(), key);
}

void Separation::clear()
{
  for (Value* v : {&id, &started, &ended, &planned, &activity, &anxiety, &peak, &after, &prediction,
                   &happened, &praise, &note, &urges, &wait_until, &checkins, &updated}) {
    v->type = Type::absent;
  }
  urge_count = 0;
  checkin_count = 0;
  extra.clear();
}

namespace {

[[noreturn]] void wrong(const Path& at, const std::string& expected)
{
  const std::string path = at.str();
  throw DataError(fmt::format("at {}: {}", path.empty() ? "/" : path, expected));
}

// What a value is, in the words a person editing the file would use.
std::string kind(Type type)
{
  switch (type) {
  case Type::integer:
  case Type::whole:
    return "a whole number";
  case Type::fraction:
    return "a number";
  case Type::text:
    return "text";
  case Type::boolean:
    return "true or false";
  case Type::object:
    return "an object";
  case Type::list:
    return "a list";
  case Type::null:
  case Type::absent:
    break;
  }
  return "null";
}

// Text from the file quoted in a message: short, and safe to print on a terminal.
std::string shown(std::string_view text)
{
  return "\"" + truncate(text, 40) + "\"";
}

bool is_number(const Value& v)
{
  return v.type == Type::integer || v.type == Type::whole || v.type == Type::fraction;
}

std::string number_text(const Value& v)
{
  switch (v.type) {
  case Type::integer:
    return std::to_string(v.integer);
  case Type::whole:
    return std::to_string(v.whole);
  default:
    return nlohmann::json(v.fraction).dump();
  }
}

// A whole number as a long long; the largest unsigned ones wrap, as they always have.
long long whole_value(const Value& v)
{
  return v.type == Type::integer ? v.integer : static_cast<long long>(v.whole);
}

const Value& need(const Value& v, const Path& obj, std::string_view key)
{
  if (!v.present()) {
    wrong(obj, fmt::format("the key \"{}\" is missing", key));
  }
  return v;
}

// Optional text is empty when absent.
std::string text(const Value& v, const Path& obj, std::string_view key, bool required = false)
{
  if (!(required ? need(v, obj, key) : v).present()) {
    return {};
  }
  if (v.type != Type::text) {
    wrong({&obj, key}, "expected text, found " + kind(v.type));
  }
  return std::string(v.text());
}

Timestamp to_instant(const Value& v, const Path& at)
{
  const auto t = v.type == Type::text ? parse_rfc3339(v.text()) : std::nullopt;
  if (!t) {
    wrong(at, "expected a time like \"2026-11-22T10:05:00+01:00\", found " +
                (v.type == Type::text ? shown(v.text()) : kind(v.type)));
  }
  return *t;
}

Timestamp instant(const Value& v, const Path& obj, std::string_view key)
{
  return to_instant(need(v, obj, key), {&obj, key});
}

std::optional<Timestamp> maybe_instant(const Value& v, const Path& obj, std::string_view key)
{
  return v.present() ? std::optional{to_instant(v, {&obj, key})} : std::nullopt;
}

Seconds duration(const Value& v, const Path& obj, std::string_view key)
{
  text(v, obj, key, true); // present and text, or refused
  const std::string_view s = v.text();
  const auto d = parse_duration(s);
  if (!d) {
    wrong({&obj, key}, "expected a duration like \"15m\", found " + shown(s));
  }
  return *d.value;
}

int to_int(const Value& v, const Path& at, int lo, int hi)
{
  const bool whole = v.type == Type::integer || v.type == Type::whole;
  if (!whole || whole_value(v) < lo || whole_value(v) > hi) {
    wrong(at, fmt::format("expected a whole number from {} to {}, found {}", lo, hi,
                          is_number(v) ? number_text(v) : kind(v.type)));
  }
  return static_cast<int>(whole_value(v));
}

int integer(const Value& v, const Path& obj, std::string_view key, int lo, int hi)
{
  return to_int(need(v, obj, key), {&obj, key}, lo, hi);
}

std::optional<int> rating(const Value& v, const Path& obj, std::string_view key)
{
  return v.present() ? std::optional{to_int(v, {&obj, key}, 0, 10)} : std::nullopt;
}

std::optional<bool> boolean(const Value& v, const Path& obj, std::string_view key)
{
  if (!v.present()) {
    return std::nullopt;
  }
  if (v.type != Type::boolean) {
    wrong({&obj, key}, "expected true or false, found " + kind(v.type));
  }
  return v.boolean;
}

// Whether a list is there; absent is fine unless required.
bool list(const Value& v, const Path& obj, std::string_view key, bool required)
{
  if (!(required ? need(v, obj, key) : v).present()) {
    return false;
  }
  if (v.type != Type::list) {
    wrong({&obj, key}, "expected a list, found " + kind(v.type));
  }
  return true;
}

std::vector<std::string> texts(const Value& v, std::vector<Value>& items, const Path& obj,
                               std::string_view key)
{
  std::vector<std::string> out;
  if (!list(v, obj, key, false)) {
    return out;
  }
  const Path at{&obj, key};
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].type != Type::text) {
      wrong({&at, {}, i}, "expected text, found " + kind(items[i].type));
    }
    out.emplace_back(items[i].text());
  }
  return out;
}

void check_schema(const Value& v, const Path& root)
{
  const Value& schema = need(v, root, "schema");
  const Path at{&root, "schema"};
  if (schema.type != Type::integer && schema.type != Type::whole) {
    wrong(at, "expected a whole number, found " + kind(schema.type));
  }
  if (whole_value(schema) > k_schema) {
    throw NewerSchema(fmt::format("it was written by a newer sepa (schema {}); this version reads "
                                  "schema {}",
                                  number_text(schema), k_schema),
                      "upgrade sepa to read it; the file is left exactly as it was");
  }
  if (whole_value(schema) < 1) {
    wrong(at, fmt::format("expected schema {}, found {}", k_schema, number_text(schema)));
  }
}

void check_rules(const Top& top, const Path& root, sepa::Rules& rules)
{
  if (!top.rules.present()) {
    return;
  }
  const Path at{&root, "rules"};
  expect_object(top.rules.type, at);
  const raw::Rules& r = top.rule_fields;
  rules.good_peak = integer(r.good_peak, at, "good_peak", 0, 10);
  rules.mastery_days = integer(r.mastery_days, at, "mastery_days", 1, 30);
  rules.stall_tries = integer(r.stall_tries, at, "stall_tries", 2, 30);
  rules.early_returns = integer(r.early_returns, at, "early_returns", 1, 30);
  rules.extra = r.extra;
}

void check_rungs(Top& top, const Path& root, std::vector<sepa::Rung>& rungs)
{
  list(top.rungs, root, "rungs", true);
  const Path at{&root, "rungs"};
  for (std::size_t i = 0; i < top.rung_list.size(); ++i) {
    Rung& r = top.rung_list[i];
    const Path element{&at, {}, i};
    expect_object(r.type, element);
    rungs.push_back({duration(r.length, element, "length"), text(r.activity, element, "activity"),
                     std::move(r.extra)});
  }
  std::stable_sort(rungs.begin(), rungs.end(),
                   [](const sepa::Rung& a, const sepa::Rung& b) { return a.length < b.length; });
  for (std::size_t i = 1; i < rungs.size(); ++i) {
    if (rungs[i].length == rungs[i - 1].length) {
      wrong(at, fmt::format("two rungs are {} long", format_duration(rungs[i].length)));
    }
  }
}

void check_urges(Separation& raw, const Path& obj, sepa::Separation& s)
{
  if (!list(raw.urges, obj, "urges", false)) {
    return;
  }
  const Path at{&obj, "urges"};
  s.urges.reserve(raw.urge_count);
  for (std::size_t i = 0; i < raw.urge_count; ++i) {
    Urge& u = raw.urge_list[i];
    const Path element{&at, {}, i};
    expect_object(u.type, element);
    s.urges.push_back(
      {instant(u.at, element, "at"), rating(u.level, element, "level"), std::move(u.extra)});
  }
}

void check_checkins(Separation& raw, const Path& obj, sepa::Separation& s)
{
  if (!list(raw.checkins, obj, "checkins", false)) {
    return;
  }
  const Path at{&obj, "checkins"};
  s.checkins.reserve(raw.checkin_count);
  for (std::size_t i = 0; i < raw.checkin_count; ++i) {
    Checkin& c = raw.checkin_list[i];
    const Path element{&at, {}, i};
    expect_object(c.type, element);
    sepa::Checkin checkin{instant(c.at, element, "at"), Outcome::texted, {}};
    const std::string outcome = text(c.outcome, element, "outcome", true);
    const auto parsed = outcome_from_string(outcome);
    if (!parsed) {
      wrong({&element, "outcome"},
            "expected \"passed\", \"texted\" or \"emergency\", found " + shown(outcome));
    }
    checkin.outcome = *parsed;
    checkin.extra = std::move(c.extra);
    s.checkins.push_back(std::move(checkin));
  }
}

} // namespace

void expect_object(Type type, const Path& at)
{
  if (type != Type::object) {
    wrong(at, "expected an object, found " + kind(type));
  }
}

// Reported at an id's second appearance; of several, the earliest. Ids are compared by hash
// first: sorting a hundred thousand numbers is quicker than sorting the strings.
std::optional<std::size_t> first_repeated_id(const std::vector<sepa::Separation>& separations)
{
  std::vector<std::pair<std::size_t, std::size_t>> hashes; // hash, index
  hashes.reserve(separations.size());
  for (std::size_t i = 0; i < separations.size(); ++i) {
    hashes.emplace_back(std::hash<std::string>{}(separations[i].id), i);
  }
  std::sort(hashes.begin(), hashes.end());
  std::optional<std::size_t> repeated;
  for (std::size_t k = 1; k < hashes.size(); ++k) {
    // Within a run of equal hashes, in index order: is this id one of the earlier ones?
    const std::size_t later = hashes[k].second;
    for (std::size_t j = k; j > 0 && hashes[j - 1].first == hashes[k].first; --j) {
      if (separations[hashes[j - 1].second].id == separations[later].id &&
          (!repeated || later < *repeated)) {
        repeated = later;
      }
    }
  }
  return repeated;
}

void repeated_id(std::size_t index, const std::string& id)
{
  const Path root, list{&root, "separations"}, element{&list, {}, index};
  wrong({&element, "id"}, fmt::format("the id {} appears twice", shown(id)));
}

void second_open(std::size_t index)
{
  const Path root, list{&root, "separations"}, element{&list, {}, index};
  wrong({&element, "ended"}, "only one separation can be open at a time");
}

sepa::Separation check_separation(Separation& raw, const Path& at)
{
  sepa::Separation s;
  s.id = text(raw.id, at, "id", true);
  if (s.id.empty()) {
    wrong({&at, "id"}, "expected a non-empty id");
  }
  s.started = instant(raw.started, at, "started");
  s.ended = maybe_instant(raw.ended, at, "ended");
  if (s.ended && s.ended->utc < s.started.utc) {
    wrong({&at, "ended"}, "the end is before the start");
  }
  s.planned = duration(raw.planned, at, "planned");
  s.activity = text(raw.activity, at, "activity");
  s.anxiety = rating(raw.anxiety, at, "anxiety");
  s.peak = rating(raw.peak, at, "peak");
  s.after = rating(raw.after, at, "after");
  s.prediction = text(raw.prediction, at, "prediction");
  if (const auto happened = boolean(raw.happened, at, "happened")) {
    s.happened = *happened ? Happened::yes : Happened::no;
  }
  s.praise = text(raw.praise, at, "praise");
  s.note = text(raw.note, at, "note");
  check_urges(raw, at, s);
  s.wait_until = maybe_instant(raw.wait_until, at, "wait_until");
  check_checkins(raw, at, s);
  s.updated = maybe_instant(raw.updated, at, "updated");
  s.extra = std::move(raw.extra);
  return s;
}

void check_top(Top& top, Ladder& ladder)
{
  const Path root;
  expect_object(top.type, root);
  check_schema(top.schema, root);
  ladder.created = text(top.created, root, "created");
  ladder.wait = duration(top.wait, root, "wait");
  if (ladder.wait < k_min_wait || ladder.wait > k_max_wait) {
    wrong({&root, "wait"}, "expected a wait from 20m to 30m");
  }
  ladder.message = text(top.message, root, "message", true);
  check_rules(top, root, ladder.rules);
  check_rungs(top, root, ladder.rungs);
  ladder.strengths = texts(top.strengths, top.strength_list, root, "strengths");
  ladder.emergencies = texts(top.emergencies, top.emergency_list, root, "emergencies");
  list(top.separations, root, "separations", true);
  ladder.extra = std::move(top.extra);
}

} // namespace sepa::raw
