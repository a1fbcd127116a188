// User text in the ladder file is written as nlohmann writes it, and text that is not valid
// UTF-8 is saved with U+FFFD rather than refused.

#include "sepa/ladder_json.hpp"

#include "support/fake_clock.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa {
namespace {

using test::at;

TEST(LadderJson, InvalidUtf8IsSavedAsReplacementCharacters)
{
  struct Case {
    const char* name;
    std::string text;
    std::string written;
  };
  const std::string r = "\xEF\xBF\xBD"; // U+FFFD
  const Case cases[] = {
    {"a lone byte", "caf\xe9!", "\"caf" + r + "!\""},
    {"a sequence cut short", "ok\xe2\x82", "\"ok" + r + "\""},
    {"a cut sequence before ASCII", "\xe2\x82x", "\"" + r + "x\""},
    {"an overlong slash", "\xc0\xaf", "\"" + r + r + "\""},
    {"a surrogate", "\xed\xa0\x80", "\"" + r + r + r + "\""},
    {"beyond U+10FFFF", "\xf4\x90\x80\x80", "\"" + r + r + r + r + "\""},
    {"a stray continuation byte", "a\x80\x80z", "\"a" + r + r + "z\""},
    {"valid around invalid", "€\xff€", "\"€" + r + "€\""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Ladder l = default_ladder(at("2026-11-22T09:00:00+01:00"));
    l.rungs.clear();
    l.message = c.text;
    const std::string out = serialize(l);
    const auto from = out.find("\"message\": ") + 11;
    EXPECT_EQ(out.substr(from, out.find(",\n", from) - from), c.written);
  }
}

TEST(LadderJson, AnyTextIsWrittenAsNlohmannWritesIt)
{
  // Random text over the bytes that matter: ASCII, escapes, control characters, pieces of
  // UTF-8 sequences and whole ones.
  const std::vector<std::string> pieces = {
    "a",        "Z",        " ",    "\"",   "\\",   "/",    "\n",
    "\t",       "\x01",     "\x1f", "\x7f", "\x80", "\xbf", "\xc3",
    "\xe2\x82", "\xf0\x9f", "\xff", "é",    "€",    "😀",    "\xed\xa0\x80"};
  std::uint64_t state = 12345;
  const auto next = [&] {
    state = state * 6364136223846793005U + 1442695040888963407U;
    return state >> 33;
  };
  Ladder l;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    for (auto length = next() % 12; length > 0; --length) {
      text += pieces[next() % pieces.size()];
    }
    l.message = text;
    const std::string out = serialize(l);
    const auto from = out.find("\"message\": ") + 11;
    const std::string written = out.substr(from, out.find(",\n", from) - from);
    ASSERT_EQ(written, nlohmann::ordered_json(text).dump(
                         -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
      << i;
  }
}

} // namespace
} // namespace sepa
