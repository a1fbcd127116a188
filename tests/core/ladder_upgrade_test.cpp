// A schema-1 ladder is read and upgraded in memory: whether the feared thing happened becomes
// "yes" or "no", every finished separation is marked as judged by the first release's rule (so
// the move-up rule takes nothing earned away), an open one is not, and nothing else changes.
// It is written back as schema 2.

#include "sepa/ladder_json.hpp"

#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using test::at;

const std::string k_schema1 = R"({"schema": 1, "wait": "20m", "message": "Hi",
"rules": {"good_peak": 3, "mastery_days": 2, "stall_tries": 3, "early_returns": 2},
"rungs": [{"length": "15m"}], "strengths": ["Calm"], "emergencies": [],
"separations": [
 {"id": "a", "started": "2026-10-12T10:00:00+01:00", "ended": "2026-10-12T10:16:00+01:00",
  "planned": "15m", "happened": false, "mood": "sunny"},
 {"id": "b", "started": "2026-10-13T10:00:00+01:00", "ended": "2026-10-13T10:16:00+01:00",
  "planned": "15m", "happened": true, "rule": 2},
 {"id": "c", "started": "2026-10-14T10:00:00+01:00", "ended": "2026-10-14T10:05:00+01:00",
  "planned": "15m"},
 {"id": "d", "started": "2026-10-15T10:00:00+01:00", "planned": "15m"}],
"x_sync": {"device": "phone"}})";

TEST(LadderUpgrade, ASchema1LadderIsReadAsSchema2)
{
  const Ladder l = parse_ladder(k_schema1);
  EXPECT_EQ(l.schema, 1);
  ASSERT_EQ(l.separations.size(), 4U);
  EXPECT_EQ(l.separations[0].happened, Happened::no);
  EXPECT_EQ(l.separations[1].happened, Happened::yes);
  EXPECT_EQ(l.separations[2].happened, std::nullopt);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(l.separations[i].rule, RuleVersion::first) << i;
  }
  EXPECT_TRUE(l.separations[3].open());
  EXPECT_EQ(l.separations[3].rule, RuleVersion::expectancy);
  EXPECT_EQ(l.separations[0].extra, (Extra{{"mood", R"("sunny")"}}));
  EXPECT_EQ(l.rules.shift, 20);
  EXPECT_EQ(l.rules.booster_days, 14);
  EXPECT_TRUE(l.safety.empty());
  EXPECT_TRUE(l.plans.empty());
}

TEST(LadderUpgrade, ItIsWrittenAsSchema2WithTheRuleMarked)
{
  const std::string text = serialize(parse_ladder(k_schema1));
  EXPECT_EQ(text.substr(0, 16), "{\n  \"schema\": 2,");
  const auto separation = [&](const std::string& id) {
    const auto from = text.find("\"id\": \"" + id + "\"");
    return text.substr(from, text.find("\n    }", from) - from);
  };
  EXPECT_NE(separation("a").find("\"happened\": \"no\",\n      \"rule\": 1,\n      \"mood\""),
            std::string::npos)
    << separation("a");
  EXPECT_NE(separation("b").find("\"happened\": \"yes\",\n      \"rule\": 1"), std::string::npos);
  EXPECT_NE(separation("c").find("\"rule\": 1"), std::string::npos);
  EXPECT_EQ(separation("d").find("rule"), std::string::npos) << "the open one is not marked";
  EXPECT_NE(text.find("\"x_sync\": {\n    \"device\": \"phone\"\n  }"), std::string::npos);
  const Ladder again = parse_ladder(text);
  EXPECT_EQ(again.schema, 2);
  EXPECT_EQ(serialize(again), text);
}

TEST(LadderUpgrade, KeysInAnyOrderStillReadBySchema1)
{
  // The schema after the separations (a hand edit): they are read by it all the same.
  const Ladder l = parse_ladder(R"({"separations": [{"id": "a", "planned": "5m",
    "started": "2026-10-12T10:00:00+01:00", "ended": "2026-10-12T10:06:00+01:00",
    "happened": true}], "rungs": [], "message": "Hi", "wait": "20m", "schema": 1})");
  ASSERT_EQ(l.separations.size(), 1U);
  EXPECT_EQ(l.separations[0].happened, Happened::yes);
  EXPECT_EQ(l.separations[0].rule, RuleVersion::first);
}

TEST(LadderUpgrade, InSchema2OnlyAMarkedSeparationKeepsTheFirstRule)
{
  const std::string text = R"({"schema": 2, "wait": "20m", "message": "Hi", "rungs": [],
"separations": [
 {"id": "a", "started": "2026-11-12T10:00:00+01:00", "ended": "2026-11-12T10:16:00+01:00",
  "planned": "15m", "happened": "partly"},
 {"id": "b", "started": "2026-11-13T10:00:00+01:00", "ended": "2026-11-13T10:16:00+01:00",
  "planned": "15m", "rule": 1},
 {"id": "c", "started": "2026-11-14T10:00:00+01:00", "ended": "2026-11-14T10:16:00+01:00",
  "planned": "15m", "rule": 2}]})";
  const Ladder l = parse_ladder(text);
  EXPECT_EQ(l.schema, 2);
  EXPECT_EQ(l.separations[0].happened, Happened::partly);
  EXPECT_EQ(l.separations[0].rule, RuleVersion::expectancy);
  EXPECT_EQ(l.separations[1].rule, RuleVersion::first);
  EXPECT_EQ(l.separations[2].rule, RuleVersion::expectancy);
  const std::string written = serialize(l);
  EXPECT_EQ(written.find("\"rule\": 2"), std::string::npos) << "the current rule is not written";
  EXPECT_EQ(written.find("\"rule\": 1"), written.rfind("\"rule\": 1")) << "written once";
}

TEST(LadderUpgrade, AFreshLadderIsSchema2)
{
  EXPECT_EQ(default_ladder(at("2026-11-22T09:00:00+01:00")).schema, k_schema);
  EXPECT_EQ(k_schema, 2);
}

} // namespace
} // namespace sepa
