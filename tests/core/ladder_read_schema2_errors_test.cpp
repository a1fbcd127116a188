// Refusals of the keys schema 2 added, pinned word for word like those of schema 1
// (ladder_read_errors_test.cpp): each new key's wrong shapes and ranges, and the order in which
// problems are reported when a file has several.

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

// A valid schema-2 ladder; TOP is where further top-level keys go, SEPS the separations.
const std::string k_base = R"({"schema": 2, "wait": "20m", "message": "Hi",
"rungs": [{"length": "5m"}], TOP"separations": [SEPS]})";

// A finished separation; MORE is where further keys go.
const std::string k_sep = R"({"id": "a", "started": "2026-11-20T10:00:00+01:00",
"ended": "2026-11-20T10:15:00+01:00", "planned": "15m"MORE})";

const std::string k_rules = R"("rules": {"good_peak": 3, "mastery_days": 2, "stall_tries": 3,
"early_returns": 2, "shift": 20, "settled": 10, "clean_days": 1, "booster_days": 14}, )";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
  const auto pos = text.find(from);
  if (pos == std::string::npos) {
    throw std::invalid_argument("not in the test text: " + from);
  }
  return text.replace(pos, from.size(), to);
}

// The base with `top` among the top-level keys and one separation with `more` among its keys.
std::string ladder(const std::string& top, const std::string& more = "")
{
  return replaced(replaced(k_base, "TOP", top), "SEPS", replaced(k_sep, "MORE", more));
}

std::string with_rule(const std::string& from, const std::string& to)
{
  return ladder(replaced(k_rules, from, to));
}

struct Case {
  const char* name;
  std::string text;
  std::string message;
};

void expect_refused(const Case& c)
{
  SCOPED_TRACE(c.name);
  try {
    parse_ladder(c.text);
    ADD_FAILURE() << "accepted";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()), c.message);
  }
}

TEST(ParseLadderRefuses, AWrongSchema2Separation)
{
  const std::string time = R"(expected a time like "2026-11-22T10:05:00+01:00", found )";
  const Case cases[] = {
    {"likely_before too high", ladder("", R"(, "likely_before": 101)"),
     "at /separations/0/likely_before: expected a whole number from 0 to 100, found 101"},
    {"likely_before as text", ladder("", R"(, "likely_before": "50")"),
     "at /separations/0/likely_before: expected a whole number from 0 to 100, found text"},
    {"likely_after below zero", ladder("", R"(, "likely_after": -1)"),
     "at /separations/0/likely_after: expected a whole number from 0 to 100, found -1"},
    {"likely_after a fraction", ladder("", R"(, "likely_after": 12.5)"),
     "at /separations/0/likely_after: expected a whole number from 0 to 100, found 12.5"},
    {"happened as true", ladder("", R"(, "happened": true)"),
     "at /separations/0/happened: expected text, found true or false"},
    {"happened as another word", ladder("", R"(, "happened": "maybe")"),
     R"(at /separations/0/happened: expected "no", "partly" or "yes", found "maybe")"},
    {"happened as a terminal escape", ladder("", R"(, "happened": "\u001b[2Jnot at all")"),
     R"(at /separations/0/happened: expected "no", "partly" or "yes", found "^[[2Jnot at all")"},
    {"happened as a long word", ladder("", ", \"happened\": \"" + std::string(60, 'y') + "\""),
     R"(at /separations/0/happened: expected "no", "partly" or "yes", found ")" +
       std::string(39, 'y') + "\u2026\""},
    {"coped as a number", ladder("", R"(, "coped": 3)"),
     "at /separations/0/coped: expected text, found a whole number"},
    {"used as text", ladder("", R"(, "used": "the monitor app")"),
     "at /separations/0/used: expected a list, found text"},
    {"a safety behaviour used as a number", ladder("", R"(, "used": ["the app", 2])"),
     "at /separations/0/used/1: expected text, found a whole number"},
    {"partner as a list", ladder("", R"(, "partner": [])"),
     "at /separations/0/partner: expected an object, found a list"},
    {"the partner's confidence too high", ladder("", R"(, "partner": {"confidence": 11})"),
     "at /separations/0/partner/confidence: expected a whole number from 0 to 10, found 11"},
    {"what went well as a list", ladder("", R"(, "partner": {"went_well": ["a"]})"),
     "at /separations/0/partner/went_well: expected text, found a list"},
    {"what the partner needs as null", ladder("", R"(, "partner": {"needed": null})"),
     "at /separations/0/partner/needed: expected text, found null"},
    {"a thank-you as true", ladder("", R"(, "partner": {"thanks": true})"),
     "at /separations/0/partner/thanks: expected text, found true or false"},
    {"a note on the baby as a number", ladder("", R"(, "partner": {"baby": 1})"),
     "at /separations/0/partner/baby: expected text, found a whole number"},
    {"the partner's time not a time", ladder("", R"(, "partner": {"at": "later"})"),
     "at /separations/0/partner/at: " + time + "\"later\""},
    {"rule 3", ladder("", R"(, "rule": 3)"),
     "at /separations/0/rule: expected a whole number from 1 to 2, found 3"},
    {"rule as text", ladder("", R"(, "rule": "1")"),
     "at /separations/0/rule: expected a whole number from 1 to 2, found text"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

TEST(ParseLadderRefuses, AWrongSchema2TopLevelKey)
{
  const std::string plan = R"({"id": "p", "at": "2026-11-25T10:00:00+01:00", "length": "15m"})";
  const auto plans = [&](const std::string& from, const std::string& to) {
    return ladder(R"("plans": [)" + replaced(plan, from, to) + "], ");
  };
  const Case cases[] = {
    {"safety as text", ladder(R"("safety": "the app", )"),
     "at /safety: expected a list, found text"},
    {"a safety behaviour as null", ladder(R"("safety": ["the app", null], )"),
     "at /safety/1: expected text, found null"},
    {"names as a list", ladder(R"("names": [], )"), "at /names: expected an object, found a list"},
    {"a name as a number", ladder(R"("names": {"parent": "Sam", "partner": 5}, )"),
     "at /names/partner: expected text, found a whole number"},
    {"plans as an object", ladder(R"("plans": {}, )"),
     "at /plans: expected a list, found an object"},
    {"a plan as text", ladder(R"("plans": ["tomorrow"], )"),
     "at /plans/0: expected an object, found text"},
    {"a plan without an id", plans(R"("id": "p", )", ""), "at /plans/0: the key \"id\" is missing"},
    {"a plan with an empty id", plans(R"("p")", R"("")"),
     "at /plans/0/id: expected a non-empty id"},
    {"a plan without a time", plans(R"("at": "2026-11-25T10:00:00+01:00", )", ""),
     "at /plans/0: the key \"at\" is missing"},
    {"a plan's time not a time", plans("2026-11-25T10:00:00+01:00", "soon"),
     "at /plans/0/at: expected a time like \"2026-11-22T10:05:00+01:00\", found \"soon\""},
    {"a plan without a length", plans(R"(, "length": "15m")", ""),
     "at /plans/0: the key \"length\" is missing"},
    {"a plan's length not a duration", plans(R"("15m")", R"("15")"),
     "at /plans/0/length: expected a duration like \"15m\", found \"15\""},
    {"a plan's activity as a number", plans(R"("15m")", R"("15m", "activity": 4)"),
     "at /plans/0/activity: expected text, found a whole number"},
    {"a plan in another state", plans(R"("15m")", R"("15m", "state": "done")"),
     R"(at /plans/0/state: expected "planned", "kept" or "removed", found "done")"},
    {"a plan's separation as a number", plans(R"("15m")", R"("15m", "separation": 1)"),
     "at /plans/0/separation: expected text, found a whole number"},
    {"a plan updated at no time", plans(R"("15m")", R"("15m", "updated": "x")"),
     "at /plans/0/updated: expected a time like \"2026-11-22T10:05:00+01:00\", found \"x\""},
    {"two plans with one id", ladder(R"("plans": [)" + plan + ", " + plan + "], "),
     "at /plans/1/id: the id \"p\" appears twice"},
    {"shift zero", with_rule(R"("shift": 20)", R"("shift": 0)"),
     "at /rules/shift: expected a whole number from 1 to 100, found 0"},
    {"shift too high", with_rule(R"("shift": 20)", R"("shift": 101)"),
     "at /rules/shift: expected a whole number from 1 to 100, found 101"},
    {"settled too high", with_rule(R"("settled": 10)", R"("settled": 101)"),
     "at /rules/settled: expected a whole number from 0 to 100, found 101"},
    {"settled as text", with_rule(R"("settled": 10)", R"("settled": "low")"),
     "at /rules/settled: expected a whole number from 0 to 100, found text"},
    {"more clean days than mastery days", with_rule(R"("clean_days": 1)", R"("clean_days": 3)"),
     "at /rules/clean_days: expected a whole number from 0 to 2, found 3"},
    {"clean days below zero", with_rule(R"("clean_days": 1)", R"("clean_days": -1)"),
     "at /rules/clean_days: expected a whole number from 0 to 2, found -1"},
    {"booster days zero", with_rule(R"("booster_days": 14)", R"("booster_days": 0)"),
     "at /rules/booster_days: expected a whole number from 1 to 365, found 0"},
    {"booster days over a year", with_rule(R"("booster_days": 14)", R"("booster_days": 366)"),
     "at /rules/booster_days: expected a whole number from 1 to 365, found 366"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

TEST(ParseLadderRefuses, TheSameSchema2ProblemWhateverTheKeyOrder)
{
  const Case cases[] = {
    {"a wrong urge before a wrong note", ladder("", R"(, "urges": [{"at": "soon"}], "note": 5)"),
     "at /separations/0/note: expected text, found a whole number"},
    {"a wrong partner before a wrong likelihood",
     ladder("", R"(, "partner": {"confidence": 12}, "likely_before": 200)"),
     "at /separations/0/likely_before: expected a whole number from 0 to 100, found 200"},
    {"a wrong used before a wrong rule", ladder("", R"(, "rule": 0, "used": [1])"),
     "at /separations/0/used/0: expected text, found a whole number"},
    {"a wrong separation before a wrong plan",
     replaced(ladder("", R"(, "peak": 11)"), "]}", R"(], "plans": [1]})"),
     "at /plans/0: expected an object, found a whole number"},
    {"a wrong plan before a wrong safety list", ladder(R"("plans": 1, "safety": 2, )"),
     "at /safety: expected a list, found a whole number"},
    {"schema 2 after its separations",
     R"({"separations": [{"id": "a", "started": "2026-11-20T10:00:00+01:00", "planned": "5m",
     "happened": false}], "rungs": [], "message": "Hi", "wait": "20m", "schema": 2})",
     "at /separations/0/happened: expected text, found true or false"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

} // namespace
} // namespace sepa
