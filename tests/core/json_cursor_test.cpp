// The reader's cursor finds bad JSON exactly where nlohmann's parser does, reads the same values,
// and refuses what is JSON but no ladder (a key twice, values nested too deep, a number too
// large for a double) saying where. Checked on tables of tricky texts and on every one-byte
// damage to a sample file.

#include "core/json_cursor.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa::json {
namespace {

// What the cursor makes of a whole text: "ok", "bad JSON", or its reason for refusing it.
std::string verdict(std::string_view text)
{
  try {
    Cursor c(text);
    c.skip();
    c.end();
    return "ok";
  } catch (const TextError& e) {
    return e.what.empty() ? "bad JSON" : e.what;
  }
}

const std::string k_doc = R"({
  "schema": 2,
  "message": "All fine? \u00e9 \ud83d\ude00 \/ \b\f\n\r\t \" \\ café",
  "rungs": [{"length": "5m", "activity": "Porch"}, {"length": "15m"}],
  "separations": [
    {"id": "a", "started": "2026-11-20T10:00:00+01:00", "peak": 3, "happened": "no",
     "urges": [{"at": "2026-11-20T10:05:00+01:00", "level": 6}],
     "x": [0, -0, 12, -7, 2.5, -1.25e-3, 1E+2, 18446744073709551615, 1e999999999999999999999,
           18446744073709551616, true, false, null, {}, []]}
  ],
  "later": {"b": [1, {"c": null}], "a": "z"}
})";

TEST(JsonCursor, AcceptsWhatNlohmannAcceptsAndRefusesTheRest)
{
  EXPECT_EQ(verdict(k_doc), "the number 1e999999999999999999999 is too large for a ladder");
  const char* const bad[] = {"{\"a\": 1,}",
                             "[1 2]",
                             "{\"a\" 1}",
                             "[,]",
                             "{,}",
                             "[]]",
                             "{} {}",
                             "\"a\" x",
                             "01",
                             "-01",
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
                             "'a'",
                             "NaN",
                             "[1,,2]",
                             "{\"a\":1 \"b\":2}",
                             "",
                             "  ",
                             "1-2",
                             "[1]x"};
  for (const char* text : bad) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(nlohmann::json::accept(text)) << "the case is wrong: nlohmann accepts it";
    EXPECT_EQ(verdict(text), "bad JSON");
  }
  for (const char* text : {"\xEF\xBB\xBF{}", "[18446744073709551616]", "[-9223372036854775809]",
                           " [1e-400] ", "\"\\ud83d\\ude00\"", "-0", "0.0e0"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(verdict(text), "ok");
  }
}

TEST(JsonCursor, AgreesWithNlohmannOnEveryOneByteDamage)
{
  std::string doc = k_doc;
  doc.replace(doc.find("1e999999999999999999999"), 23, "1e99"); // JSON for both, then
  const std::string replacements = "\"\\,:{}[]0-.eE \x01\x80\xff";
  int compared = 0;
  for (std::size_t at = 0; at < doc.size(); ++at) {
    std::vector<std::string> damaged{std::string(doc).erase(at, 1)};
    for (const char c : replacements) {
      damaged.push_back(doc);
      damaged.back()[at] = c;
    }
    for (const std::string& text : damaged) {
      const std::string v = verdict(text);
      if (v == "ok" || v == "bad JSON") {
        ++compared;
        ASSERT_EQ(v == "ok", nlohmann::json::accept(text)) << text;
      }
    }
  }
  EXPECT_GT(compared, 5000);
}

TEST(JsonCursor, NeverReadsPastTheEndOfItsText)
{
  // Every beginning of the sample, in a buffer of its own size, so that the sanitizer build
  // catches a read of the byte after the end (the fuzz target found one).
  for (std::size_t n = 0; n < k_doc.size(); ++n) {
    const std::vector<char> buffer(k_doc.begin(), k_doc.begin() + static_cast<std::ptrdiff_t>(n));
    const std::string_view cut(buffer.data(), n);
    ASSERT_EQ(verdict(cut) == "ok", nlohmann::json::accept(cut)) << cut;
  }
}

TEST(JsonCursor, ReadsTextNumbersAndCapturesAsNlohmannDoes)
{
  Cursor c(R"(["caf\u00e9 \"x\" \ud83d\ude00", "plain", 7, -3, 18446744073709551615, 2.5, 1E2,
              99999999999999999999, {"b": [1, {"c": null}], "a": " s p "}])");
  c.open('[');
  ASSERT_TRUE(c.next_element());
  EXPECT_EQ(decoded(c.token()), "café \"x\" 😀");
  ASSERT_TRUE(c.next_element());
  const Token plain = c.token();
  EXPECT_FALSE(plain.escaped);
  EXPECT_EQ(decoded(plain), "plain");
  for (const std::int64_t whole : {std::int64_t{7}, std::int64_t{-3}, std::int64_t{-1}}) {
    ASSERT_TRUE(c.next_element());
    const Token t = c.token();
    EXPECT_EQ(t.kind, Token::Kind::whole);
    EXPECT_EQ(t.whole, whole); // the largest unsigned one wraps
  }
  // Any other number stays as written; a message shows it as nlohmann writes its double
  // (ladder_read_errors_test.cpp: "found 1e+300").
  for (const std::string_view fraction : {"2.5", "1E2", "99999999999999999999"}) {
    ASSERT_TRUE(c.next_element());
    const Token t = c.token();
    EXPECT_EQ(t.kind, Token::Kind::fraction);
    EXPECT_EQ(t.raw, fraction);
  }
  ASSERT_TRUE(c.next_element());
  EXPECT_EQ(c.capture(), R"({"b":[1,{"c":null}],"a":" s p "})");
  EXPECT_FALSE(c.next_element());
  c.end();
}

TEST(JsonCursor, RefusesAKeyTwiceInAnyObjectSayingWhere)
{
  for (const std::string text : {R"({"a": 1, "b": 2, "a": 3})", R"([{"x": {"a": 1, "a": 1}}])",
                                 R"({"a": [{}, {"k\u0061y": 1, "kay": 2}]})"}) {
    SCOPED_TRACE(text);
    try {
      Cursor c(text);
      c.skip();
      FAIL() << "accepted";
    } catch (const TextError& e) {
      EXPECT_EQ(e.offset, text.rfind('"', text.rfind(':') - 2));
      EXPECT_NE(e.what.find("appears twice in the same object"), std::string::npos) << e.what;
    }
  }
  EXPECT_EQ(verdict(R"([{"a": 1}, {"a": 2}, {"b": {"a": 3}}])"), "ok");
}

TEST(JsonCursor, RefusesValuesNestedTooDeepAtTheFirstBracketPastTheLimit)
{
  const auto nested = [](std::size_t depth) {
    return R"({"k": )" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
  };
  EXPECT_EQ(verdict(nested(k_max_depth)), "ok");
  const std::string text = nested(k_max_depth + 1);
  try {
    Cursor c(text);
    c.skip();
    FAIL() << "accepted";
  } catch (const TextError& e) {
    EXPECT_EQ(e.offset, 6 + k_max_depth - 1);
    EXPECT_EQ(e.key, "k");
    EXPECT_EQ(e.what, "the values nest more than 64 levels deep, which a ladder never needs");
  }
}

TEST(JsonCursor, NamesTheKeyBeforeANumberTooLarge)
{
  const std::string text = R"({"small": 1e-400, "text": "1e999", "big": -2.5E+400})";
  try {
    Cursor c(text);
    c.skip();
    FAIL() << "accepted";
  } catch (const TextError& e) {
    EXPECT_EQ(e.offset, text.find("-2.5"));
    EXPECT_EQ(e.key, "big");
    EXPECT_EQ(e.what, "the number -2.5E+400 is too large for a ladder");
  }
}

} // namespace
} // namespace sepa::json
