// The ladder file's JSON form, pinned byte for byte: a file sepa wrote reads back and writes out
// identically, every key of schema 2 and unknown keys at every level included; other spellings
// of the same ladder come out in the one canonical form. (Reading schema 1:
// ladder_upgrade_test.cpp; user text: ladder_write_text_test.cpp.)

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
  "schema": 2,
  "created": "2026-09-01T21:00:00+02:00",
  "wait": "25m",
  "message": "All \"good\"? \\ / ok",
  "rules": {
    "good_peak": 4,
    "mastery_days": 3,
    "stall_tries": 4,
    "early_returns": 2,
    "shift": 25,
    "settled": 5,
    "clean_days": 2,
    "booster_days": 21,
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
  "safety": [
    "Checking the baby monitor app",
    "A long instruction sheet"
  ],
  "names": {
    "parent": "Sam",
    "partner": "Alex",
    "pronouns": "they"
  },
  "plans": [
    {
      "id": "plan-1",
      "at": "2026-11-20T10:00:00+01:00",
      "length": "15m",
      "activity": "Corner shop",
      "state": "kept",
      "separation": "7d1c2a90-5b4e-4f3a-9c1d-2e8f6a7b3c10",
      "updated": "2026-11-20T10:14:30+01:00",
      "weather": "rain"
    },
    {
      "id": "plan-2",
      "at": "2026-11-24T18:00:00+01:00",
      "length": "1h",
      "state": "planned"
    },
    {
      "id": "plan-3",
      "at": "2026-11-25T09:00:00+01:00",
      "length": "30m",
      "state": "removed"
    }
  ],
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
      "likely_before": 80,
      "happened": "partly",
      "likely_after": 30,
      "coped": "Sang to her down the phone",
      "used": [
        "Checking the baby monitor app",
        "A text"
      ],
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
      "partner": {
        "confidence": 7,
        "went_well": "Bath time",
        "needed": "More milk in the fridge",
        "thanks": "Thank you for trusting me",
        "baby": "Slept an hour",
        "at": "2026-11-20T20:00:00+01:00",
        "mood": "proud"
      },
      "rule": 1,
      "updated": "2026-11-20T20:00:00+01:00",
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
      "happened": "yes",
      "partner": {}
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
  EXPECT_EQ(text.substr(0, 16), "{\n  \"schema\": 2,");
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

TEST(LadderJson, UnknownKeysReachTheFileAtEveryLevelInAnyOrder)
{
  // Compact, keys in any order: each unknown value goes back at the end of its own object,
  // pretty-printed at its depth, the keys of its objects sorted.
  const std::string input =
    R"({"x_top":{"z":[1,{"b":null,"a":true}],"y":"s"},"schema":2,"wait":"20m","message":"Hi",)"
    R"("rules":{"good_peak":3,"mastery_days":2,"stall_tries":3,"early_returns":2,"x_r":[]},)"
    R"("rungs":[{"x_rung":1.5,"length":"5m"}],"names":{"x_n":{},"parent":"Sam"},)"
    R"("plans":[{"x_p":"v","id":"p","at":"2026-11-20T10:00:00Z","length":"5m"}],)"
    R"("separations":[{"x_s":-0.0,"id":"a","started":"2026-11-20T10:00:00Z","planned":"5m",)"
    R"("urges":[{"x_u":false,"at":"2026-11-20T10:01:00Z"}],"partner":{"x_pa":"é"},)"
    R"("checkins":[{"x_c":[[]],"at":"2026-11-20T10:02:00Z","outcome":"passed"}]}]})";
  const std::string file = serialize(parse_ladder(input));
  for (const char* written :
       {"\n  \"x_top\": {\n    \"y\": \"s\",\n    \"z\": [\n      1,\n      {\n        \"a\": "
        "true,\n"
        "        \"b\": null\n      }\n    ]\n  }\n}\n",
        "\"early_returns\": 2,\n    \"shift\": 20,\n    \"settled\": 10,\n    \"clean_days\": 1,\n"
        "    \"booster_days\": 14,\n    \"x_r\": []\n  },",
        "\"length\": \"5m\",\n      \"x_rung\": 1.5\n    }",
        "\"parent\": \"Sam\",\n    \"x_n\": {}\n  },",
        "\"state\": \"planned\",\n      \"x_p\": \"v\"\n    }",
        "\"at\": \"2026-11-20T10:01:00+00:00\",\n          \"x_u\": false\n        }",
        "\"outcome\": \"passed\",\n          \"x_c\": [\n            []\n          ]\n        }",
        "\"partner\": {\n        \"x_pa\": \"é\"\n      },",
        "\"partner\": {\n        \"x_pa\": \"é\"\n      },\n      \"x_s\": -0.0\n    }"}) {
    EXPECT_NE(file.find(written), std::string::npos) << written << "\nnot in:\n" << file;
  }
  EXPECT_EQ(serialize(parse_ladder(file)), file);
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
  EXPECT_EQ(l.rules.shift, 25);
  EXPECT_EQ(l.rules.settled, 5);
  EXPECT_EQ(l.rules.clean_days, 2);
  EXPECT_EQ(l.rules.booster_days, 21);
  EXPECT_EQ(l.safety, (std::vector<std::string>{"Checking the baby monitor app",
                                                "A long instruction sheet"}));
  EXPECT_EQ(l.names.parent, "Sam");
  EXPECT_EQ(l.names.partner, "Alex");
  ASSERT_EQ(l.plans.size(), 3U);
  EXPECT_EQ(l.plans[0].state, PlanState::kept);
  EXPECT_EQ(l.plans[0].separation, "7d1c2a90-5b4e-4f3a-9c1d-2e8f6a7b3c10");
  EXPECT_EQ(l.plans[0].updated, at("2026-11-20T10:14:30+01:00"));
  EXPECT_EQ(l.plans[1].length, minutes{60});
  EXPECT_EQ(l.plans[1].state, PlanState::planned);
  EXPECT_EQ(l.plans[2].state, PlanState::removed);
  ASSERT_EQ(l.rungs.size(), 3U);
  EXPECT_EQ(l.rungs[2].length, minutes{90});
  EXPECT_EQ(l.strengths[2], "Sings \"Twinkle\"\tbadly\nbut she loves it\r\n");
  const Separation& s = l.separations[0];
  EXPECT_EQ(s.ended, at("2026-11-20T10:14:30+01:00"));
  EXPECT_EQ(s.anxiety, 7);
  EXPECT_EQ(s.peak, 5);
  EXPECT_EQ(s.after, 2);
  EXPECT_EQ(s.likely_before, 80);
  EXPECT_EQ(s.happened, Happened::partly);
  EXPECT_EQ(s.likely_after, 30);
  EXPECT_EQ(s.coped, "Sang to her down the phone");
  EXPECT_EQ(s.used, (std::vector<std::string>{"Checking the baby monitor app", "A text"}));
  ASSERT_TRUE(s.partner.has_value());
  EXPECT_EQ(s.partner->confidence, 7);
  EXPECT_EQ(s.partner->went_well, "Bath time");
  EXPECT_EQ(s.partner->needed, "More milk in the fridge");
  EXPECT_EQ(s.partner->thanks, "Thank you for trusting me");
  EXPECT_EQ(s.partner->baby, "Slept an hour");
  EXPECT_EQ(s.partner->at, at("2026-11-20T20:00:00+01:00"));
  EXPECT_EQ(s.rule, RuleVersion::first);
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
  EXPECT_EQ(open.partner, PartnerSide{});
  EXPECT_EQ(open.rule, RuleVersion::expectancy);
  EXPECT_EQ(l.schema, 2);
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
  "schema": 2,
  "wait": "20m",
  "message": "Hi",
  "rules": {
    "good_peak": 3,
    "mastery_days": 2,
    "stall_tries": 3,
    "early_returns": 2,
    "shift": 20,
    "settled": 10,
    "clean_days": 1,
    "booster_days": 14
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
  "safety": [],
  "plans": [],
  "separations": [
    {
      "id": "x",
      "started": "2026-11-20T09:00:00+00:00",
      "ended": "2026-11-20T10:00:00+00:00",
      "planned": "1h",
      "praise": "café / ☃",
      "rule": 1,
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

TEST(LadderJson, EmptyListsAndNoCreatedTime)
{
  Ladder l;
  l.message = "";
  EXPECT_EQ(serialize(l), R"({
  "schema": 2,
  "wait": "20m",
  "message": "",
  "rules": {
    "good_peak": 3,
    "mastery_days": 2,
    "stall_tries": 3,
    "early_returns": 2,
    "shift": 20,
    "settled": 10,
    "clean_days": 1,
    "booster_days": 14
  },
  "rungs": [],
  "strengths": [],
  "emergencies": [],
  "safety": [],
  "plans": [],
  "separations": []
}
)");
  EXPECT_EQ(serialize(parse_ladder(serialize(l))), serialize(l));
}

} // namespace
} // namespace sepa
