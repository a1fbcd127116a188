#include "sepa/errors.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/merge_ladders.hpp"

#include <gtest/gtest.h>

#include <set>

namespace sepa {
namespace {

Timestamp at(const char* text)
{
  return *parse_rfc3339(text);
}

// A separation of 15 minutes started at `start`, closed at `end` when given.
Separation sep(const std::string& id, const char* start, const char* end = nullptr)
{
  Separation s;
  s.id = id;
  s.started = at(start);
  if (end != nullptr) {
    s.ended = at(end);
  }
  s.planned = std::chrono::minutes{15};
  return s;
}

Separation stamped(Separation s, const char* updated)
{
  s.updated = at(updated);
  return s;
}

Ladder ladder_with(std::vector<Separation> separations)
{
  Ladder l = default_ladder(at("2026-11-01T09:00:00+01:00"));
  l.separations = std::move(separations);
  return l;
}

std::set<std::string> ids(const Ladder& l)
{
  std::set<std::string> out;
  for (const Separation& s : l.separations) {
    out.insert(s.id);
  }
  return out;
}

struct PrecedenceCase {
  const char* name;
  Separation ours;
  Separation theirs;
  Side expected;
};

TEST(NewerEdit, FollowsTheDocumentedPrecedence)
{
  Separation open = sep("a", "2026-11-22T10:00:00+01:00");
  Separation closed = sep("a", "2026-11-22T10:00:00+01:00", "2026-11-22T10:15:00+01:00");
  Separation closed_peak = closed;
  closed_peak.peak = 2;
  Separation open_urge = open;
  open_urge.urges.push_back({at("2026-11-22T10:05:00+01:00"), 6, {}});
  const PrecedenceCase cases[] = {
    {"closed beats open (theirs closed)", open, closed, Side::theirs},
    {"closed beats open (ours closed)", closed, open, Side::ours},
    {"closed beats an open copy edited later", closed,
     stamped(open_urge, "2026-11-22T10:20:00+01:00"), Side::ours},
    {"later updated wins", stamped(closed, "2026-11-22T10:15:00+01:00"),
     stamped(closed, "2026-11-22T10:16:00+01:00"), Side::theirs},
    {"later updated wins over more details", stamped(closed_peak, "2026-11-22T10:15:00+01:00"),
     stamped(closed, "2026-11-22T10:16:00+01:00"), Side::theirs},
    {"ours updated later", stamped(closed, "2026-11-22T11:00:00+01:00"),
     stamped(closed_peak, "2026-11-22T10:16:00+01:00"), Side::ours},
    {"same updated: more details wins", stamped(closed, "2026-11-22T10:15:00+01:00"),
     stamped(closed_peak, "2026-11-22T10:15:00+01:00"), Side::theirs},
    {"only one stamped: more details wins", closed_peak,
     stamped(closed, "2026-11-22T10:16:00+01:00"), Side::ours},
    {"open copies: the one with an urge wins", open, open_urge, Side::theirs},
    {"a full tie keeps ours", closed, closed, Side::ours},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(newer_edit(c.ours, c.theirs), c.expected);
  }
}

TEST(MergeSeparation, FoldsInWhatOnlyTheOlderCopyRecorded)
{
  // 10:00 [== 15m ==) 10:15; ours was closed on this machine, theirs holds an urge and a
  // prediction typed on the other one before it was closed here.
  Separation ours = stamped(sep("a", "2026-11-22T10:00:00+01:00", "2026-11-22T10:15:00+01:00"),
                            "2026-11-22T10:15:00+01:00");
  ours.peak = 3;
  ours.urges.push_back({at("2026-11-22T10:04:00+01:00"), 5, {}});
  Separation theirs = stamped(sep("a", "2026-11-22T10:00:00+01:00"), "2026-11-22T10:06:00+01:00");
  theirs.prediction = "She will not settle";
  theirs.urges.push_back({at("2026-11-22T10:04:00+01:00"), 5, {}});
  theirs.urges.push_back({at("2026-11-22T10:06:00+01:00"), 7, {}});
  theirs.extra["mood"] = "\"tired\"";

  const Separation m = merge_separation(ours, theirs);
  EXPECT_TRUE(m.ended.has_value());
  EXPECT_EQ(m.peak, 3);
  EXPECT_EQ(m.prediction, "She will not settle");
  ASSERT_EQ(m.urges.size(), 2u) << "the shared urge is not doubled";
  EXPECT_EQ(m.urges[1].level, 7);
  EXPECT_EQ(m.extra.at("mood"), "\"tired\"");
  EXPECT_EQ(m.updated, at("2026-11-22T10:15:00+01:00"));
}

TEST(MergeSeparation, KeepsTheNewerValueWhenBothRecordedOne)
{
  Separation ours = stamped(sep("a", "2026-11-22T10:00:00+01:00", "2026-11-22T10:15:00+01:00"),
                            "2026-11-22T10:15:00+01:00");
  ours.peak = 6;
  Separation theirs = ours;
  theirs.peak = 4;
  theirs.updated = at("2026-11-22T18:00:00+01:00");
  EXPECT_EQ(merge_separation(ours, theirs).peak, 4);
  EXPECT_EQ(merge_separation(theirs, ours).peak, 4);
}

TEST(MergeLadders, DisjointLaddersKeepEverySeparationInStartOrder)
{
  const Ladder ours =
    ladder_with({sep("a", "2026-11-20T10:00:00+01:00", "2026-11-20T10:15:00+01:00"),
                 sep("c", "2026-11-22T10:00:00+01:00", "2026-11-22T10:15:00+01:00")});
  const Ladder theirs =
    ladder_with({sep("b", "2026-11-21T10:00:00+01:00", "2026-11-21T10:15:00+01:00")});
  const MergeResult r = merge_ladders(ours, theirs);
  ASSERT_EQ(r.ladder.separations.size(), 3u);
  EXPECT_EQ(r.ladder.separations[0].id, "a");
  EXPECT_EQ(r.ladder.separations[1].id, "b");
  EXPECT_EQ(r.ladder.separations[2].id, "c");
  EXPECT_EQ(r.summary.added, 1u);
  EXPECT_EQ(r.summary.unchanged, 0u);
  EXPECT_TRUE(r.summary.changed);
}

TEST(MergeLadders, OverlappingLaddersHaveNoDuplicatesAndLoseNothing)
{
  const Separation a = sep("a", "2026-11-20T10:00:00+01:00", "2026-11-20T10:15:00+01:00");
  const Separation b = sep("b", "2026-11-21T10:00:00+01:00", "2026-11-21T10:15:00+01:00");
  const Separation c = sep("c", "2026-11-22T10:00:00+01:00", "2026-11-22T10:15:00+01:00");
  const Ladder ours = ladder_with({a, b});
  const Ladder theirs = ladder_with({b, c});
  const MergeResult r = merge_ladders(ours, theirs);
  EXPECT_EQ(ids(r.ladder), (std::set<std::string>{"a", "b", "c"}));
  EXPECT_EQ(r.ladder.separations.size(), 3u);
  EXPECT_EQ(r.summary.added, 1u);
  EXPECT_EQ(r.summary.unchanged, 1u);
  EXPECT_EQ(r.summary.updated, 0u);
}

TEST(MergeLadders, ConflictingEditsOfOneSeparationKeepTheNewer)
{
  Separation mine = sep("a", "2026-11-22T10:00:00+01:00");
  mine.updated = at("2026-11-22T10:00:00+01:00");
  Separation other = sep("a", "2026-11-22T10:00:00+01:00", "2026-11-22T10:12:00+01:00");
  other.updated = at("2026-11-22T10:12:00+01:00");
  other.praise = "Had her asleep when I got back";
  const MergeResult r = merge_ladders(ladder_with({mine}), ladder_with({other}));
  ASSERT_EQ(r.ladder.separations.size(), 1u);
  EXPECT_EQ(r.ladder.separations[0], other);
  EXPECT_EQ(r.summary.updated, 1u);
}

TEST(MergeLadders, IsIdempotent)
{
  Separation b_ours = sep("b", "2026-11-21T10:00:00+01:00", "2026-11-21T10:15:00+01:00");
  b_ours.peak = 5;
  Separation b_theirs = b_ours;
  b_theirs.note = "Rain";
  b_theirs.peak = 2;
  b_theirs.updated = at("2026-11-21T20:00:00+01:00");
  Ladder ours =
    ladder_with({sep("a", "2026-11-20T10:00:00+01:00", "2026-11-20T10:15:00+01:00"), b_ours});
  Ladder theirs = ladder_with({b_theirs, sep("c", "2026-11-22T10:00:00+01:00")});
  theirs.strengths = {"Calm at bath time"};
  theirs.rungs.push_back({std::chrono::minutes{20}, "Round the block", {}});

  const MergeResult once = merge_ladders(ours, theirs);
  const MergeResult twice = merge_ladders(once.ladder, theirs);
  EXPECT_FALSE(twice.summary.changed);
  EXPECT_EQ(serialize(twice.ladder), serialize(once.ladder));
  EXPECT_EQ(twice.summary.added + twice.summary.updated, 0u);
  const MergeResult self = merge_ladders(once.ladder, once.ladder);
  EXPECT_FALSE(self.summary.changed);
}

TEST(MergeLadders, UnionsRungsStrengthsAndEmergenciesWithoutDuplicates)
{
  Ladder ours = ladder_with({});
  ours.rungs = {{std::chrono::minutes{5}, "", {}}, {std::chrono::minutes{15}, "Shop", {}}};
  ours.strengths = {"Patient", "Funny"};
  ours.emergencies = {"A fever over 38 °C"};
  Ladder theirs = ladder_with({});
  theirs.rungs = {{std::chrono::minutes{5}, "Mailbox", {}},
                  {std::chrono::minutes{10}, "Porch", {}},
                  {std::chrono::minutes{15}, "Other shop", {}}};
  theirs.strengths = {"Funny", "Sings to her"};
  theirs.emergencies = {"A fever over 38 °C", "Trouble breathing"};

  const MergeResult r = merge_ladders(ours, theirs);
  ASSERT_EQ(r.ladder.rungs.size(), 3u);
  EXPECT_EQ(r.ladder.rungs[0].activity, "Mailbox") << "an empty activity is filled in";
  EXPECT_EQ(r.ladder.rungs[1].length, std::chrono::minutes{10});
  EXPECT_EQ(r.ladder.rungs[2].activity, "Shop") << "ours is kept when both have one";
  EXPECT_EQ(r.ladder.strengths, (std::vector<std::string>{"Patient", "Funny", "Sings to her"}));
  EXPECT_EQ(r.ladder.emergencies,
            (std::vector<std::string>{"A fever over 38 °C", "Trouble breathing"}));
  EXPECT_EQ(r.summary.rungs, 1u);
  EXPECT_EQ(r.summary.strengths, 1u);
  EXPECT_EQ(r.summary.emergencies, 1u);
}

TEST(MergeLadders, KeepsOursSettingsAndEveryUnknownKey)
{
  Ladder ours = ladder_with({});
  ours.wait = std::chrono::minutes{25};
  ours.extra["theme"] = "\"ours\"";
  Ladder theirs = ladder_with({});
  theirs.wait = std::chrono::minutes{30};
  theirs.message = "All good?";
  theirs.created = "2026-10-01T09:00:00+01:00";
  theirs.extra["theme"] = "\"theirs\"";
  theirs.extra["future"] = "[1,2]";
  theirs.rules.extra["calm_days"] = "4";

  const MergeResult r = merge_ladders(ours, theirs);
  EXPECT_EQ(r.ladder.wait, std::chrono::minutes{25});
  EXPECT_EQ(r.ladder.message, k_default_message);
  EXPECT_EQ(r.ladder.created, "2026-10-01T09:00:00+01:00") << "the earlier creation is kept";
  EXPECT_EQ(r.ladder.extra.at("theme"), "\"ours\"");
  EXPECT_EQ(r.ladder.extra.at("future"), "[1,2]");
  EXPECT_EQ(r.ladder.rules.extra.at("calm_days"), "4");
}

TEST(MergeLadders, RefusesTwoSeparationsUnderWay)
{
  const Ladder ours = ladder_with({sep("a", "2026-11-22T10:00:00+01:00")});
  const Ladder theirs = ladder_with({sep("b", "2026-11-22T10:30:00+01:00")});
  try {
    merge_ladders(ours, theirs);
    FAIL() << "expected a refusal";
  } catch (const StateError& e) {
    EXPECT_NE(std::string(e.what()).find("yours started Sun 22 Nov 10:00"), std::string::npos)
      << e.what();
    EXPECT_NE(e.hint().find("sepa done"), std::string::npos);
  }
}

TEST(MergeLadders, AnOpenSeparationClosedOnTheOtherMachineIsNotOpenTwice)
{
  const Ladder ours = ladder_with({sep("a", "2026-11-22T10:00:00+01:00")});
  const Ladder theirs =
    ladder_with({sep("a", "2026-11-22T10:00:00+01:00", "2026-11-22T10:15:00+01:00"),
                 sep("b", "2026-11-22T11:00:00+01:00")});
  const MergeResult r = merge_ladders(ours, theirs);
  ASSERT_EQ(r.ladder.separations.size(), 2u);
  EXPECT_FALSE(r.ladder.separations[0].open());
  EXPECT_TRUE(r.ladder.separations[1].open());
  EXPECT_NO_THROW(parse_ladder(serialize(r.ladder))) << "the merged ladder is a valid file";
}

} // namespace
} // namespace sepa
