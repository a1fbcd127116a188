// Every refusal of parse_ladder, pinned word for word: the line and column of bad JSON and of a
// key twice in one object, the JSON path and what was expected for a wrong shape, a newer
// schema, duplicate ids, two open separations. When a file has several problems, the one
// reported is the same whatever order its keys come in: a problem in the text itself anywhere
// first, then the top-level keys in a fixed order, then the separations in the order they were
// started. (The keys schema 2 added: ladder_read_schema2_errors_test.cpp.)

#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

// A valid ladder; SEPS is where the separations go.
const std::string k_base = R"({"schema": 1, "wait": "20m", "message": "Hi",
"rungs": [{"length": "5m"}, {"length": "15m"}], "separations": [SEPS]})";

// A finished separation; MORE is where further keys go.
const std::string k_sep = R"({"id": "a", "started": "2026-11-20T10:00:00+01:00",
"ended": "2026-11-20T10:15:00+01:00", "planned": "15m"MORE})";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
  const auto pos = text.find(from);
  if (pos == std::string::npos) {
    throw std::invalid_argument("not in the test text: " + from);
  }
  return text.replace(pos, from.size(), to);
}

// The base ladder with one piece of it replaced (and no separations).
std::string base(const std::string& from, const std::string& to)
{
  return replaced(replaced(k_base, "SEPS", ""), from, to);
}

std::string with_separations(const std::string& separations)
{
  return replaced(k_base, "SEPS", separations);
}

// A separation with keys added, and one with the id changed.
std::string sep(const std::string& more = "")
{
  return replaced(k_sep, "MORE", more);
}
std::string sep_id(const std::string& id, const std::string& more = "")
{
  return replaced(sep(more), R"("id": "a")", R"("id": ")" + id + '"');
}

struct Case {
  const char* name;
  std::string text;
  std::string message;
  std::string hint = {};
};

void expect_refused(const Case& c)
{
  SCOPED_TRACE(c.name);
  try {
    parse_ladder(c.text);
    ADD_FAILURE() << "accepted";
  } catch (const DataError& e) {
    const std::string what = e.what();
    // Bad JSON is followed by the parser's own words in brackets, pinned only where a case
    // spells them out: their wording belongs to the JSON library.
    const std::string_view k_syntax = "this is not valid JSON";
    const bool syntax =
      c.message.size() >= k_syntax.size() &&
      c.message.compare(c.message.size() - k_syntax.size(), k_syntax.size(), k_syntax) == 0;
    if (syntax && what != c.message) {
      EXPECT_EQ(what.rfind(c.message + " (", 0), 0U) << what;
      EXPECT_EQ(what.back(), ')') << what;
    } else {
      EXPECT_EQ(what, c.message);
    }
    EXPECT_EQ(e.hint(), c.hint);
  }
}

TEST(ParseLadderRefuses, TextThatIsNotJson)
{
  const std::string cut_short = "the file ends in the middle of the ladder, so it was cut short";
  const Case cases[] = {
    {"empty", "", "the file is empty, so it holds no ladder",
     "an empty file usually means a write was cut short"},
    {"only white space", " \n\t\r\n", "the file is empty, so it holds no ladder",
     "an empty file usually means a write was cut short"},
    {"a NUL byte", std::string("{\n  \"schema\": 1,\0\0\n}", 20),
     "line 2, column 15: the file contains NUL bytes, so it was damaged (often by a crash or a "
     "sync tool)"},
    {"a missing comma", "{\n  \"schema\": 1\n  \"wait\": \"20m\"\n}",
     "line 3, column 8: this is not valid JSON (unexpected string literal; expected '}')"},
    {"a trailing comma", "{\n  \"schema\": 1,\n}", "line 3, column 1: this is not valid JSON"},
    {"single quotes", "{'schema': 1}", "line 1, column 2: this is not valid JSON"},
    {"a comment", "// my ladder\n{}", "line 1, column 1: this is not valid JSON"},
    {"a control character in text", "{\"a\": \"x\x01y\"}",
     "line 1, column 9: this is not valid JSON"},
    {"a bad escape", "{\"a\": \"\\x\"}", "line 1, column 9: this is not valid JSON"},
    {"invalid UTF-8", "{\"a\": \"caf\xe9\"}", "line 1, column 12: this is not valid JSON"},
    {"a lone surrogate escape", "{\"a\": \"\\ud800x\"}",
     "line 1, column 14: this is not valid JSON"},
    {"more after the end", "{\"schema\": 1}\n{}", "line 2, column 1: this is not valid JSON"},
    {"a bare word", "{\"a\": yes}", "line 1, column 7: this is not valid JSON"},
    {"a number too large", "{\n  \"a\": 1e400\n}",
     "line 2, column 8 (at \"a\"): the number 1e400 is too large for a ladder"},
    {"cut after a key", "{\"schema\": 1, \"wait\"", cut_short},
    {"cut inside text", "{\"schema\": 1, \"wait\": \"20", cut_short},
    {"cut inside a list", "{\"rungs\": [1, 2", cut_short},
    {"cut after an open brace", "{", cut_short},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

TEST(ParseLadderRefuses, AWrongTopOrSchema)
{
  const Case cases[] = {
    {"a list", "[]", "at /: expected an object, found a list"},
    {"a number", "42", "at /: expected an object, found a whole number"},
    {"text", "\"ladder\"", "at /: expected an object, found text"},
    {"null", "null", "at /: expected an object, found null"},
    {"no schema", base(R"("schema": 1, )", ""), "at /: the key \"schema\" is missing"},
    {"schema as text", base(R"("schema": 1)", R"("schema": "1")"),
     "at /schema: expected a whole number, found text"},
    {"schema as a fraction", base(R"("schema": 1)", R"("schema": 1.0)"),
     "at /schema: expected a whole number, found a number"},
    {"schema as a list", base(R"("schema": 1)", R"("schema": [1])"),
     "at /schema: expected a whole number, found a list"},
    {"a newer schema", base(R"("schema": 1)", R"("schema": 3)"),
     "it was written by a newer sepa (schema 3); this version reads up to schema 2",
     "upgrade sepa to read it; the file is left exactly as it was"},
    {"a far newer schema", base(R"("schema": 1)", R"("schema": 9223372036854775807)"),
     "it was written by a newer sepa (schema 9223372036854775807); this version reads up to "
     "schema 2",
     "upgrade sepa to read it; the file is left exactly as it was"},
    {"schema zero", base(R"("schema": 1)", R"("schema": 0)"),
     "at /schema: expected schema 1 or 2, found 0"},
    {"a negative schema", base(R"("schema": 1)", R"("schema": -3)"),
     "at /schema: expected schema 1 or 2, found -3"},
    {"the largest whole number", base(R"("schema": 1)", R"("schema": 18446744073709551615)"),
     "at /schema: expected schema 1 or 2, found 18446744073709551615"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

TEST(ParseLadderRefuses, AWrongTopLevelKey)
{
  const std::string rules = R"("rules": {"good_peak": 3, "mastery_days": 2, "stall_tries": 3,
"early_returns": 2}, "wait")";
  const Case cases[] = {
    {"created as a number", base(R"("wait")", R"("created": 5, "wait")"),
     "at /created: expected text, found a whole number"},
    {"no wait", base(R"("wait": "20m", )", ""), "at /: the key \"wait\" is missing"},
    {"wait as a number", base(R"("wait": "20m")", R"("wait": 20)"),
     "at /wait: expected text, found a whole number"},
    {"wait not a duration", base(R"("wait": "20m")", R"("wait": "soon")"),
     "at /wait: expected a duration like \"15m\", found \"soon\""},
    {"wait too short", base(R"("wait": "20m")", R"("wait": "10m")"),
     "at /wait: expected a wait from 20m to 30m"},
    {"wait too long", base(R"("wait": "20m")", R"("wait": "31m")"),
     "at /wait: expected a wait from 20m to 30m"},
    {"no message", base(R"("message": "Hi",)", ""), "at /: the key \"message\" is missing"},
    {"message null", base(R"("message": "Hi")", R"("message": null)"),
     "at /message: expected text, found null"},
    {"rules as a list", base(R"("wait")", R"("rules": [], "wait")"),
     "at /rules: expected an object, found a list"},
    {"rules missing a key", replaced(base(R"("wait")", rules), R"("good_peak": 3, )", ""),
     "at /rules: the key \"good_peak\" is missing"},
    {"good_peak too high",
     replaced(base(R"("wait")", rules), "\"good_peak\": 3", "\"good_peak\": 11"),
     "at /rules/good_peak: expected a whole number from 0 to 10, found 11"},
    {"mastery_days zero",
     replaced(base(R"("wait")", rules), "\"mastery_days\": 2", "\"mastery_days\": 0"),
     "at /rules/mastery_days: expected a whole number from 1 to 30, found 0"},
    {"stall_tries a fraction",
     replaced(base(R"("wait")", rules), "\"stall_tries\": 3", "\"stall_tries\": 2.5"),
     "at /rules/stall_tries: expected a whole number from 2 to 30, found 2.5"},
    {"early_returns as text",
     replaced(base(R"("wait")", rules), "\"early_returns\": 2", "\"early_returns\": \"2\""),
     "at /rules/early_returns: expected a whole number from 1 to 30, found text"},
    {"good_peak huge",
     replaced(base(R"("wait")", rules), "\"good_peak\": 3", "\"good_peak\": 1e300"),
     "at /rules/good_peak: expected a whole number from 0 to 10, found 1e+300"},
    {"no rungs", base(R"("rungs": [{"length": "5m"}, {"length": "15m"}], )", ""),
     "at /: the key \"rungs\" is missing"},
    {"rungs as an object", base(R"([{"length": "5m"}, {"length": "15m"}])", "{}"),
     "at /rungs: expected a list, found an object"},
    {"a rung as a number", base(R"({"length": "15m"})", "3"),
     "at /rungs/1: expected an object, found a whole number"},
    {"a rung without a length", base(R"({"length": "15m"})", R"({"activity": "Shop"})"),
     "at /rungs/1: the key \"length\" is missing"},
    {"a rung length as a number", base(R"("15m")", "15"),
     "at /rungs/1/length: expected text, found a whole number"},
    {"a rung length not a duration", base(R"("15m")", R"("15x")"),
     "at /rungs/1/length: expected a duration like \"15m\", found \"15x\""},
    {"a rung activity as a list",
     base(R"("length": "15m")", R"("length": "15m", "activity": ["a"])"),
     "at /rungs/1/activity: expected text, found a list"},
    {"two rungs the same length", base(R"("15m")", R"("300s")"),
     "at /rungs: two rungs are 5m long"},
    {"strengths as text", base(R"("wait")", R"("strengths": "kind", "wait")"),
     "at /strengths: expected a list, found text"},
    {"a strength as a number", base(R"("wait")", R"("strengths": ["kind", 7], "wait")"),
     "at /strengths/1: expected text, found a whole number"},
    {"an emergency as null", base(R"("wait")", R"("emergencies": [null], "wait")"),
     "at /emergencies/0: expected text, found null"},
    {"no separations", base(R"(, "separations": [])", ""),
     "at /: the key \"separations\" is missing"},
    {"separations as an object", base(R"("separations": [])", R"("separations": {})"),
     "at /separations: expected a list, found an object"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

TEST(ParseLadderRefuses, AWrongSeparation)
{
  const Case cases[] = {
    {"a separation as text", with_separations(R"("walk")"),
     "at /separations/0: expected an object, found text"},
    {"no id", with_separations(replaced(sep(), R"("id": "a", )", "")),
     "at /separations/0: the key \"id\" is missing"},
    {"an empty id", with_separations(sep_id("")), "at /separations/0/id: expected a non-empty id"},
    {"an id as a number", with_separations(replaced(sep(), R"("a")", "7")),
     "at /separations/0/id: expected text, found a whole number"},
    {"no start",
     with_separations(replaced(sep(), R"("started": "2026-11-20T10:00:00+01:00",)", "")),
     "at /separations/0: the key \"started\" is missing"},
    {"a start that is not a time",
     with_separations(replaced(sep(), "2026-11-20T10:00:00+01:00", "yesterday")),
     "at /separations/0/started: expected a time like \"2026-11-22T10:05:00+01:00\", found "
     "\"yesterday\""},
    {"a start as a number",
     with_separations(replaced(sep(), R"("2026-11-20T10:00:00+01:00")", "5")),
     "at /separations/0/started: expected a time like \"2026-11-22T10:05:00+01:00\", found a "
     "whole number"},
    {"an end before the start", with_separations(replaced(sep(), "10:15:00", "09:59:59")),
     "at /separations/0/ended: the end is before the start"},
    {"an end as an object",
     with_separations(replaced(sep(), R"("2026-11-20T10:15:00+01:00")", "{}")),
     "at /separations/0/ended: expected a time like \"2026-11-22T10:05:00+01:00\", found an "
     "object"},
    {"no plan", with_separations(replaced(sep(), R"(, "planned": "15m")", "")),
     "at /separations/0: the key \"planned\" is missing"},
    {"a plan of zero", with_separations(replaced(sep(), R"("15m")", R"("0m")")),
     "at /separations/0/planned: expected a duration like \"15m\", found \"0m\""},
    {"anxiety too high", with_separations(sep(R"(, "anxiety": 11)")),
     "at /separations/0/anxiety: expected a whole number from 0 to 10, found 11"},
    {"peak below zero", with_separations(sep(R"(, "peak": -1)")),
     "at /separations/0/peak: expected a whole number from 0 to 10, found -1"},
    {"after a fraction", with_separations(sep(R"(, "after": 3.5)")),
     "at /separations/0/after: expected a whole number from 0 to 10, found 3.5"},
    {"a rating as text", with_separations(sep(R"(, "peak": "3")")),
     "at /separations/0/peak: expected a whole number from 0 to 10, found text"},
    {"a rating as true", with_separations(sep(R"(, "anxiety": true)")),
     "at /separations/0/anxiety: expected a whole number from 0 to 10, found true or false"},
    {"a prediction as a number", with_separations(sep(R"(, "prediction": 4)")),
     "at /separations/0/prediction: expected text, found a whole number"},
    {"happened as text", with_separations(sep(R"(, "happened": "no")")),
     "at /separations/0/happened: expected true or false, found text"},
    {"praise as a list", with_separations(sep(R"(, "praise": [])")),
     "at /separations/0/praise: expected text, found a list"},
    {"a note as false", with_separations(sep(R"(, "note": false)")),
     "at /separations/0/note: expected text, found true or false"},
    {"urges as an object", with_separations(sep(R"(, "urges": {})")),
     "at /separations/0/urges: expected a list, found an object"},
    {"an urge as a number",
     with_separations(sep(R"(, "urges": [{"at": "2026-11-20T10:05:00+01:00"}, 5])")),
     "at /separations/0/urges/1: expected an object, found a whole number"},
    {"an urge without a time", with_separations(sep(R"(, "urges": [{"level": 5}])")),
     "at /separations/0/urges/0: the key \"at\" is missing"},
    {"an urge level too high",
     with_separations(sep(R"(, "urges": [{"at": "2026-11-20T10:05:00+01:00", "level": 12}])")),
     "at /separations/0/urges/0/level: expected a whole number from 0 to 10, found 12"},
    {"a wait end not a time", with_separations(sep(R"(, "wait_until": "later")")),
     "at /separations/0/wait_until: expected a time like \"2026-11-22T10:05:00+01:00\", found "
     "\"later\""},
    {"check-ins as text", with_separations(sep(R"(, "checkins": "none")")),
     "at /separations/0/checkins: expected a list, found text"},
    {"a check-in as a list", with_separations(sep(R"(, "checkins": [[]])")),
     "at /separations/0/checkins/0: expected an object, found a list"},
    {"a check-in without an outcome",
     with_separations(sep(R"(, "checkins": [{"at": "2026-11-20T10:25:00+01:00"}])")),
     "at /separations/0/checkins/0: the key \"outcome\" is missing"},
    {"a check-in with an unknown outcome",
     with_separations(
       sep(R"(, "checkins": [{"at": "2026-11-20T10:25:00+01:00", "outcome": "called"}])")),
     "at /separations/0/checkins/0/outcome: expected \"passed\", \"texted\" or \"emergency\", "
     "found \"called\""},
    {"a check-in without a time", with_separations(sep(R"(, "checkins": [{"outcome": "passed"}])")),
     "at /separations/0/checkins/0: the key \"at\" is missing"},
    {"an id twice", with_separations(sep_id("a") + ", " + sep_id("b") + ", " + sep_id("a")),
     "at /separations/2/id: the id \"a\" appears twice"},
    {"two open",
     with_separations(replaced(sep_id("a"), R"("ended": "2026-11-20T10:15:00+01:00", )", "") +
                      ", " +
                      replaced(sep_id("b"), R"("ended": "2026-11-20T10:15:00+01:00", )", "")),
     "at /separations/1/ended: only one separation can be open at a time"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

TEST(ParseLadderRefuses, TheSameProblemWhateverTheKeyOrder)
{
  const Case cases[] = {
    {"bad JSON after a wrong shape", with_separations(sep_id("")) + "\n,",
     "line 4, column 1: this is not valid JSON"},
    {"a wrong schema after the separations",
     R"({"separations": [{"id": ""}], "rungs": [], "message": "Hi", "wait": "20m", "schema": "one"})",
     "at /schema: expected a whole number, found text"},
    {"a wrong rung after a wrong separation",
     replaced(with_separations(sep_id("")), R"({"length": "5m"})", R"({"length": "5x"})"),
     "at /rungs/0/length: expected a duration like \"15m\", found \"5x\""},
    {"a wrong note before a missing id",
     with_separations(R"({"note": 5, "started": "2026-11-20T10:00:00+01:00", "planned": "15m"})"),
     "at /separations/0: the key \"id\" is missing"},
    {"a wrong urge before a wrong wait end",
     with_separations(sep(R"(, "wait_until": "later", "urges": [{"at": "soon"}])")),
     "at /separations/0/urges/0/at: expected a time like \"2026-11-22T10:05:00+01:00\", found "
     "\"soon\""},
    {"the first of two wrong separations",
     with_separations(sep_id("a", R"(, "peak": 11)") + ", " + sep_id("", "")),
     "at /separations/0/peak: expected a whole number from 0 to 10, found 11"},
    {"a wrong field before a repeated id",
     with_separations(sep_id("a") + ", " + sep_id("a", R"(, "peak": 11)")),
     "at /separations/1/peak: expected a whole number from 0 to 10, found 11"},
    {"a key twice after a wrong value",
     with_separations(sep(R"(, "peak": 11, "note": "a", "note": "b")")),
     "line 3, column 82: the key \"note\" appears twice in the same object; sepa never writes "
     "that, so the file was edited or damaged"},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

// Never "the last one wins": a second "separations" would silently empty the history.
TEST(ParseLadderRefuses, AKeyTwiceInAnyObject)
{
  const std::string twice = "appears twice in the same object; sepa never writes that, so the "
                            "file was edited or damaged";
  const Case cases[] = {
    {"a second separations list after a full one",
     replaced(with_separations(sep()), "]}", "],\n\"separations\": []}"),
     "line 4, column 1: the key \"separations\" " + twice},
    {"in a separation", with_separations(sep(",\n\"note\": \"a\", \"note\": \"b\"")),
     "line 4, column 14: the key \"note\" " + twice},
    {"in an urge",
     with_separations(sep(",\n\"urges\": [{\"at\": \"2026-11-20T10:05:00+01:00\", \"at\": "
                          "\"2026-11-20T10:06:00+01:00\"}]")),
     "line 4, column 47: the key \"at\" " + twice},
    {"in a check-in",
     with_separations(sep(",\n\"checkins\": [{\"outcome\": \"passed\", \"at\": "
                          "\"2026-11-20T10:05:00+01:00\", \"outcome\": \"texted\"}]")),
     "line 4, column 71: the key \"outcome\" " + twice},
    {"in the rules",
     base(R"("wait")", R"("rules": {"good_peak": 3, "mastery_days": 2, "good_peak": 4}, "wait")"),
     "line 1, column 60: the key \"good_peak\" " + twice},
    {"in a key this version does not know",
     base(R"("wait")", R"("x": {"a": [1, {"b": 1, "b": 2}]}, "wait")"),
     "line 1, column 39: the key \"b\" " + twice},
  };
  for (const Case& c : cases) {
    expect_refused(c);
  }
}

} // namespace
} // namespace sepa
