// The fast JSON reader reads exactly what nlohmann's parser reads, with the same result: where
// it accepts a text, nlohmann accepts it too and the ladder (or the problem reported) is the
// same; where nlohmann refuses one, the fast reader gives up, so nlohmann's own message is the
// one the user sees. Checked on tables of tricky texts and on thousands of one-byte damages to a
// real file.

#include "core/json_fast.hpp"
#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"

#include <gtest/gtest.h>

namespace sepa::raw {
namespace {

// What a handler read comes to: the ladder as sepa writes it, or the problem with it.
std::string outcome(Handler& h)
{
  try {
    Ladder ladder;
    check_top(h.top(), ladder);
    ladder.separations = h.separations();
    return serialize(ladder);
  } catch (const DataError& e) {
    return std::string("refused: ") + e.what();
  }
}

struct Both {
  bool fast = false;   // the fast reader accepted the text
  bool syntax = false; // nlohmann found it bad
  std::string fast_outcome, slow_outcome;
};

Both read_both(std::string_view text)
{
  Both b;
  Handler fast;
  b.fast = read_fast(text, fast);
  if (b.fast) {
    b.fast_outcome = outcome(fast);
  }
  Handler slow;
  nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &slow);
  b.syntax = slow.syntax_error().has_value();
  if (!b.syntax) {
    b.slow_outcome = outcome(slow);
  }
  return b;
}

const std::string k_doc = R"({
  "schema": 1,
  "wait": "20m",
  "message": "All fine? \u00e9 \ud83d\ude00 \/ \b\f\n\r\t \" \\ café",
  "rules": {"good_peak": 3, "mastery_days": 2, "stall_tries": 3, "early_returns": 2},
  "rungs": [{"length": "5m", "activity": "Porch"}, {"length": "15m"}],
  "strengths": ["Calm"],
  "emergencies": [],
  "separations": [
    {"id": "a", "started": "2026-11-20T10:00:00+01:00", "ended": "2026-11-20T10:15:00+01:00",
     "planned": "15m", "peak": 3, "happened": false, "note": "ok",
     "urges": [{"at": "2026-11-20T10:05:00+01:00", "level": 6}],
     "checkins": [{"at": "2026-11-20T10:09:00+01:00", "outcome": "passed"}],
     "x": [0, -0, 12, -7, 2.5, -1.25e-3, 1E+2, 18446744073709551615, true, false, null, {}]}
  ],
  "later": {"b": [1, {"c": null}], "a": "z"}
})";

TEST(ReadFast, ReadsAWholeFileAsNlohmannDoes)
{
  const Both b = read_both(k_doc);
  ASSERT_TRUE(b.fast);
  ASSERT_FALSE(b.syntax);
  EXPECT_EQ(b.fast_outcome, b.slow_outcome);
  EXPECT_EQ(b.fast_outcome.find("refused"), std::string::npos) << b.fast_outcome;
}

TEST(ReadFast, GivesUpOnEveryTextNlohmannRefuses)
{
  const char* const cases[] = {
    "{\"a\": 1,}",
    "[1 2]",
    "{\"a\" 1}",
    "[,]",
    "{,}",
    "[]]",
    "{} {}",
    "\"a\" x",
    "01",
    "1.",
    ".5",
    "-",
    "+1",
    "1e",
    "1e+",
    "-a",
    "tru",
    "nul",
    "fals",
    "[true false]",
    "\"\x01\"",
    "\"\\x\"",
    "\"\\u12\"",
    "\"\\u12g4\"",
    "\"\\udc00\"",
    "\"\\ud800\"",
    "\"\\ud800\\u0041\"",
    "\"\xc0\xaf\"",
    "\"\xe0\x80\x80\"",
    "\"\xed\xa0\x80\"",
    "\"\xf4\x90\x80\x80\"",
    "\"\xf5\"",
    "\"\x80\"",
    "\"\xe2\x82\"",
    "\"abc",
    "[",
    "{\"a\":",
    "1e400",
    "-1e400",
    "'a'",
    "NaN",
    "[1,,2]",
    "{\"a\":1 \"b\":2}",
  };
  for (const char* text : cases) {
    SCOPED_TRACE(text);
    const Both b = read_both(text);
    EXPECT_TRUE(b.syntax) << "nlohmann accepts it, so the case is wrong";
    EXPECT_FALSE(b.fast);
  }
}

TEST(ReadFast, LeavesRareFormsToNlohmann)
{
  // Valid JSON the fast reader does not read itself; nlohmann then reads it as always.
  const char* const cases[] = {
    "\xEF\xBB\xBF{}",         // a byte-order mark
    "[18446744073709551616]", // beyond 64 bits: a double in nlohmann
    "[-9223372036854775809]",
  };
  for (const char* text : cases) {
    SCOPED_TRACE(text);
    const Both b = read_both(text);
    EXPECT_FALSE(b.syntax);
    EXPECT_FALSE(b.fast);
  }
}

TEST(ReadFast, AgreesWithNlohmannOnEveryOneByteDamage)
{
  const std::string replacements = "\"\\,:{}[]0-.eE \x01\x80\xff";
  int accepted = 0;
  for (std::size_t at = 0; at < k_doc.size(); ++at) {
    std::vector<std::string> damaged;
    damaged.push_back(std::string(k_doc).erase(at, 1));
    for (const char c : replacements) {
      std::string text = k_doc;
      text[at] = c;
      damaged.push_back(text);
    }
    for (const std::string& text : damaged) {
      const Both b = read_both(text);
      if (!b.fast) {
        continue;
      }
      ++accepted;
      ASSERT_FALSE(b.syntax) << "the fast reader accepted bad JSON:\n" << text;
      ASSERT_EQ(b.fast_outcome, b.slow_outcome) << text;
    }
  }
  EXPECT_GT(accepted, 1000) << "too few damaged texts were still JSON to compare";
}

} // namespace
} // namespace sepa::raw
