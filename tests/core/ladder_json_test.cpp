// The ladder file's JSON form, pinned byte for byte: a file sepa wrote reads back and writes out
// identically, unknown keys at every level included; other spellings of the same ladder come
// out in the one canonical form; invalid UTF-8 in user text is saved with U+FFFD.

#include "bench/synth.hpp"
#include "sepa/ladder_json.hpp"

#include "support/fake_clock.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sepa {
namespace {

using std::chrono::minutes;
using test::at;

// Every field, every outcome, an open separation, escapes and non-ASCII text, and keys from a
// newer sepa at every level, in the form sepa writes.
const std::string k_rich = R"({
  "schema": 1,
  "created": "2026-09-01T21:00:00+02:00",
  "wait": "25m",
  "message": "All \"good\"? \\ / ok",
  "rules": {
    "good_peak": 4,
    "mastery_days": 3,
    "stall_tries": 4,
    "early_returns": 2,
    "tuned_by": "our therapist"
  },
  "rungs": [
    {
      "length": "5m",
      "activity": "Porch — with tea ☕"
    },
    {
      "length": "15m"
    },
    {
      "length": "1h30m",
      "colour": "#aabbcc",
      "order": 3
    }
  ],
  "strengths": [
    "Calm at 3 a.m.",
    "散步 with her every evening",
    "Sings \"Twinkle\"\tbadly\nbut she loves it\r\n"
  ],
  "emergencies": [],
  "separations": [
    {
      "id": "7d1c2a90-5b4e-4f3a-9c1d-2e8f6a7b3c10",
      "started": "2026-11-20T10:00:00+01:00",
      "ended": "2026-11-20T10:14:30+01:00",
      "planned": "15m",
      "activity": "Corner shop",
      "anxiety": 7,
      "peak": 5,
      "after": 2,
      "prediction": "She won’t settle",
      "happened": false,
      "praise": "Got her to nap 🍼",
      "note": "Control \u0001 and \u001f and \b\f, DEL )"
                           "\x7f"
                           R"(, line sep  , emoji 👶🏽",
      "urges": [
        {
          "at": "2026-11-20T10:04:00+01:00",
          "level": 6
        },
        {
          "at": "2026-11-20T10:06:00+01:00",
          "source": "watch"
        }
      ],
      "wait_until": "2026-11-20T10:24:00+01:00",
      "checkins": [
        {
          "at": "2026-11-20T10:09:00+01:00",
          "outcome": "passed"
        },
        {
          "at": "2026-11-20T10:24:00+01:00",
          "outcome": "texted",
          "reply": "All fine here"
        },
        {
          "at": "2026-11-20T10:30:00+01:00",
          "outcome": "emergency"
        }
      ],
      "mood": {
        "a": [
          1,
          2.5,
          -0.0,
          1e+100,
          true,
          null,
          "x"
        ],
        "b": {},
        "c": [],
        "d": {
          "deeper": [
            {
              "k\"ey": "v"
            }
          ]
        }
      }
    },
    {
      "id": "open-one",
      "started": "2026-11-21T18:00:00-05:30",
      "planned": "1h30m",
      "happened": true
    }
  ],
  "device": "phone",
  "ké\"y": [],
  "zz": 18446744073709551615
}
)";

TEST(LadderJson, ARichFileRoundTripsByteForByte)
{
  EXPECT_EQ(serialize(parse_ladder(k_rich)), k_rich);
}

TEST(LadderJson, AFreshLadderRoundTrips)
{
  const std::string text = serialize(default_ladder(at("2026-11-22T09:00:00+01:00")));
  EXPECT_EQ(serialize(parse_ladder(text)), text);
  EXPECT_EQ(text.substr(0, 16), "{\n  \"schema\": 1,");
  EXPECT_EQ(text.back(), '\n');
}

TEST(LadderJson, ASyntheticYearRoundTrips)
{
  for (std::uint64_t seed : {1U, 2U, 3U}) {
    SCOPED_TRACE(seed);
    const std::string text = serialize(bench::synthetic_ladder({400, seed}));
    const Ladder read = parse_ladder(text);
    EXPECT_EQ(read.separations.size(), 400U);
    EXPECT_EQ(serialize(read), text);
  }
}

TEST(LadderJson, UnknownKeysAreKeptAsCompactJson)
{
  const Ladder l = parse_ladder(k_rich);
  EXPECT_EQ(l.extra,
            (Extra{{"device", "\"phone\""}, {"ké\"y", "[]"}, {"zz", "18446744073709551615"}}));
  EXPECT_EQ(l.rules.extra, (Extra{{"tuned_by", "\"our therapist\""}}));
  EXPECT_EQ(l.rungs[2].extra, (Extra{{"colour", "\"#aabbcc\""}, {"order", "3"}}));
  const Separation& s = l.separations[0];
  EXPECT_EQ(
    s.extra.at("mood"),
    R"({"a":[1,2.5,-0.0,1e+100,true,null,"x"],"b":{},"c":[],"d":{"deeper":[{"k\"ey":"v"}]}})");
  EXPECT_EQ(s.urges[1].extra, (Extra{{"source", "\"watch\""}}));
  EXPECT_EQ(s.checkins[1].extra, (Extra{{"reply", "\"All fine here\""}}));
  EXPECT_TRUE(s.checkins[0].extra.empty());
}

TEST(LadderJson, ReadsEveryField)
{
  const Ladder l = parse_ladder(k_rich);
  EXPECT_EQ(l.created, "2026-09-01T21:00:00+02:00");
  EXPECT_EQ(l.wait, minutes{25});
  EXPECT_EQ(l.message, "All \"good\"? \\ / ok");
  EXPECT_EQ(l.rules.good_peak, 4);
  EXPECT_EQ(l.rules.mastery_days, 3);
  EXPECT_EQ(l.rules.stall_tries, 4);
  EXPECT_EQ(l.rules.early_returns, 2);
  ASSERT_EQ(l.rungs.size(), 3U);
  EXPECT_EQ(l.rungs[2].length, minutes{90});
  EXPECT_EQ(l.strengths[2], "Sings \"Twinkle\"\tbadly\nbut she loves it\r\n");
  const Separation& s = l.separations[0];
  EXPECT_EQ(s.ended, at("2026-11-20T10:14:30+01:00"));
  EXPECT_EQ(s.anxiety, 7);
  EXPECT_EQ(s.peak, 5);
  EXPECT_EQ(s.after, 2);
  EXPECT_EQ(s.happened, Happened::no);
  EXPECT_EQ(s.note.substr(0, 11), "Control \x01 a");
  ASSERT_EQ(s.urges.size(), 2U);
  EXPECT_EQ(s.urges[0].level, 6);
  EXPECT_EQ(s.urges[1].level, std::nullopt);
  EXPECT_EQ(s.wait_until, at("2026-11-20T10:24:00+01:00"));
  ASSERT_EQ(s.checkins.size(), 3U);
  EXPECT_EQ(s.checkins[2].outcome, Outcome::emergency);
  const Separation& open = l.separations[1];
  EXPECT_TRUE(open.open());
  EXPECT_EQ(open.started.offset, minutes{-330});
  EXPECT_EQ(open.anxiety, std::nullopt);
  EXPECT_EQ(open.happened, Happened::yes);
}

TEST(LadderJson, OtherSpellingsComeOutCanonical)
{
  // Compact, keys in another order, escapes for plain characters, rungs out of order, a "Z"
  // time with a fraction, durations in other units, unknown objects with unsorted keys.
  const std::string input =
    R"({"separations":[{"planned":"60m","started":"2026-11-20T09:00:00.250Z","id":"x",)"
    R"("ended":"2026-11-20T10:00:00Z","praise":"caf\u00e9 \/ \u2603","x":{"b":1,"a":[1E2,)"
    R"(0.10,-5]}}],"rungs":[{"length":"900s"},{"length":"5m"}],"message":"Hi","wait":"0h20m",)"
    R"("schema":1,"emergencies":["a"],"a_key":{"z":null,"y":false}})";
  EXPECT_EQ(serialize(parse_ladder(input)), R"({
  "schema": 1,
  "wait": "20m",
  "message": "Hi",
  "rules": {
    "good_peak": 3,
    "mastery_days": 2,
    "stall_tries": 3,
    "early_returns": 2
  },
  "rungs": [
    {
      "length": "5m"
    },
    {
      "length": "15m"
    }
  ],
  "strengths": [],
  "emergencies": [
    "a"
  ],
  "separations": [
    {
      "id": "x",
      "started": "2026-11-20T09:00:00+00:00",
      "ended": "2026-11-20T10:00:00+00:00",
      "planned": "1h",
      "praise": "café / ☃",
      "x": {
        "a": [
          100.0,
          0.1,
          -5
        ],
        "b": 1
      }
    }
  ],
  "a_key": {
    "y": false,
    "z": null
  }
}
)");
}

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

TEST(LadderJson, EmptyListsAndNoCreatedTime)
{
  Ladder l;
  l.message = "";
  EXPECT_EQ(serialize(l), R"({
  "schema": 1,
  "wait": "20m",
  "message": "",
  "rules": {
    "good_peak": 3,
    "mastery_days": 2,
    "stall_tries": 3,
    "early_returns": 2
  },
  "rungs": [],
  "strengths": [],
  "emergencies": [],
  "separations": []
}
)");
  EXPECT_EQ(serialize(parse_ladder(serialize(l))), serialize(l));
}

} // namespace
} // namespace sepa
