// Merging copies that hold what schema 2 added: a schema-1 copy (read and upgraded) with a
// schema-2 one, the partner's side recorded in one copy and the parent's ratings in the other,
// safety behaviours, names and planned separations.

#include "sepa/ladder_json.hpp"
#include "sepa/merge_ladders.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

Timestamp at(const char* text)
{
  return *parse_rfc3339(text);
}

// One finished separation "a"; the schema and `more` keys are the copy's own.
std::string copy(int schema, const std::string& more, const std::string& top = "")
{
  return R"({"schema": )" + std::to_string(schema) + R"(, "wait": "20m", "message": "Hi",
"rungs": [{"length": "15m"}], )" +
         top + R"("separations": [{"id": "a",
"started": "2026-11-20T10:00:00+01:00", "ended": "2026-11-20T10:16:00+01:00",
"planned": "15m")" +
         more + "}]}";
}

TEST(MergeSchema2, ASchema1CopyAndASchema2CopyMergeWithNothingLost)
{
  const Ladder old = parse_ladder(copy(1, R"(, "peak": 4, "happened": false, "note": "fine")"));
  const Ladder ours = parse_ladder(copy(2, R"(, "likely_before": 70, "likely_after": 20,
"used": ["the app"], "partner": {"confidence": 6}, "rule": 1)",
                                        R"("safety": ["the app"], )"));
  for (const bool ours_first : {true, false}) {
    SCOPED_TRACE(ours_first);
    const MergeResult m = ours_first ? merge_ladders(ours, old) : merge_ladders(old, ours);
    ASSERT_EQ(m.ladder.separations.size(), 1U);
    const Separation& s = m.ladder.separations[0];
    EXPECT_EQ(s.peak, 4);
    EXPECT_EQ(s.happened, Happened::no);
    EXPECT_EQ(s.note, "fine");
    EXPECT_EQ(s.likely_before, 70);
    EXPECT_EQ(s.likely_after, 20);
    EXPECT_EQ(s.used, std::vector<std::string>{"the app"});
    ASSERT_TRUE(s.partner.has_value());
    EXPECT_EQ(s.partner->confidence, 6);
    EXPECT_EQ(s.rule, RuleVersion::first);
    EXPECT_EQ(m.ladder.safety, std::vector<std::string>{"the app"});
    EXPECT_EQ(serialize(parse_ladder(serialize(m.ladder))), serialize(m.ladder));
  }
}

TEST(MergeSchema2, ThePartnersSideAndTheParentsRatingsBothSurvive)
{
  const Ladder parents = parse_ladder(copy(2, R"(, "peak": 3, "after": 1, "praise": "Bath time",
"updated": "2026-11-20T10:20:00+01:00")"));
  const Ladder partners = parse_ladder(copy(2, R"(, "partner": {"confidence": 8,
"went_well": "She napped", "at": "2026-11-20T11:00:00+01:00"},
"updated": "2026-11-20T11:00:00+01:00")"));
  for (const bool parents_first : {true, false}) {
    SCOPED_TRACE(parents_first);
    const MergeResult m =
      parents_first ? merge_ladders(parents, partners) : merge_ladders(partners, parents);
    const Separation& s = m.ladder.separations[0];
    EXPECT_EQ(s.peak, 3);
    EXPECT_EQ(s.after, 1);
    EXPECT_EQ(s.praise, "Bath time");
    ASSERT_TRUE(s.partner.has_value());
    EXPECT_EQ(s.partner->confidence, 8);
    EXPECT_EQ(s.partner->went_well, "She napped");
    EXPECT_EQ(s.updated, at("2026-11-20T11:00:00+01:00"));
    EXPECT_TRUE(m.summary.changed);
  }
}

TEST(MergeSchema2, TheNewerPartnersSideWinsAndTheOtherFillsItsGaps)
{
  const Ladder early = parse_ladder(copy(2, R"(, "partner": {"confidence": 4, "baby": "Fussy",
"at": "2026-11-20T11:00:00+01:00", "x_p": 1})"));
  const Ladder late = parse_ladder(copy(2, R"(, "partner": {"confidence": 7,
"thanks": "Thank you", "at": "2026-11-20T12:00:00+01:00"})"));
  for (const bool early_first : {true, false}) {
    SCOPED_TRACE(early_first);
    const MergeResult m = early_first ? merge_ladders(early, late) : merge_ladders(late, early);
    const PartnerSide& p = *m.ladder.separations[0].partner;
    EXPECT_EQ(p.confidence, 7);
    EXPECT_EQ(p.thanks, "Thank you");
    EXPECT_EQ(p.baby, "Fussy");
    EXPECT_EQ(p.at, at("2026-11-20T12:00:00+01:00"));
    EXPECT_EQ(p.extra, (Extra{{"x_p", "1"}}));
    // Merging the result again changes nothing.
    EXPECT_FALSE(merge_ladders(m.ladder, early).summary.changed);
    EXPECT_FALSE(merge_ladders(m.ladder, late).summary.changed);
  }
}

TEST(MergeSchema2, SafetyNamesAndPlansAreMerged)
{
  const std::string plan1 = R"({"id": "p1", "at": "2026-11-25T10:00:00+01:00", "length": "15m",)";
  const Ladder ours = parse_ladder(copy(2, "", R"("safety": ["the app"], "names": {"parent": "Sam"},
"plans": [)" + plan1 + R"( "state": "planned", "updated": "2026-11-23T10:00:00+01:00"},
{"id": "p2", "at": "2026-11-26T10:00:00+01:00", "length": "30m", "state": "planned",
 "updated": "2026-11-24T09:00:00+01:00", "activity": "Park"}], )"));
  const Ladder theirs =
    parse_ladder(copy(2, "",
                      R"("safety": ["a long list", "the app"], "names": {"partner": "Alex",
"parent": "Sasha"}, "plans": [)" +
                        plan1 + R"( "state": "removed", "updated": "2026-11-22T10:00:00+01:00"},
{"id": "p2", "at": "2026-11-26T10:00:00+01:00", "length": "30m", "state": "planned",
 "updated": "2026-11-24T10:00:00+01:00", "activity": "Pool"},
{"id": "p3", "at": "2026-11-27T10:00:00+01:00", "length": "1h", "state": "kept"}], )"));
  const MergeResult m = merge_ladders(ours, theirs);
  EXPECT_EQ(m.ladder.safety, (std::vector<std::string>{"the app", "a long list"}));
  EXPECT_EQ(m.summary.safety, 1U);
  EXPECT_EQ(m.ladder.names.parent, "Sam"); // ours, as it is not empty
  EXPECT_EQ(m.ladder.names.partner, "Alex");
  ASSERT_EQ(m.ladder.plans.size(), 3U);
  EXPECT_EQ(m.ladder.plans[0].state, PlanState::removed) << "removed wins over planned";
  EXPECT_EQ(m.ladder.plans[1].activity, "Pool") << "the newer update";
  EXPECT_EQ(m.ladder.plans[2].id, "p3");
  EXPECT_EQ(m.summary.plans, 1U);
  const MergeResult back = merge_ladders(theirs, ours);
  EXPECT_EQ(back.ladder.plans[0].state, PlanState::removed);
  EXPECT_EQ(back.ladder.plans[1].activity, "Pool");
  EXPECT_FALSE(merge_ladders(m.ladder, theirs).summary.changed);
  EXPECT_FALSE(merge_ladders(m.ladder, ours).summary.changed);
}

} // namespace
} // namespace sepa
