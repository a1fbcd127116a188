#include "sepa/conflicts.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

struct Case {
  const char* ladder;
  const char* name;
  bool conflict;
};

TEST(ConflictCopies, RecognisesEachSyncToolsNamingAndNothingElse)
{
  const Case cases[] = {
    {"ladder.json", "ladder.sync-conflict-20261122-100500-ABCDEFG.json", true},
    {"ladder.json", "ladder (conflicted copy 2026-11-22).json", true},
    {"ladder.json", "ladder (Sam's conflicted copy 2026-11-22).json", true},
    {"ladder.json", "ladder (conflicted copy 2026-11-22 100500).json", true},
    {"ladder.json", "ladder (Conflicted Copy 2026-11-22).json", true},
    {"ladder.json", "ladder_conflict-20261122-100500.json", true},
    {"ladder", "ladder.sync-conflict-20261122-100500-ABCDEFG", true},
    {"ladder.json", "ladder.json", false},
    {"ladder.json", "ladder.json.1", false},
    {"ladder.json", "ladder.json.lock", false},
    {"ladder.json", ".ladder.json.tmp-Ab12Cd", false},
    {"ladder.json", "ladder.json.sync-conflict-20261122-100500-ABCDEFG.lock", false},
    {"ladder.json", "ladder.json (conflicted copy 2026-11-22).lock", false},
    {"ladder", "ladder.sync-conflict-20261122-100500-ABCDEFG.lock", false},
    {"ladder", "ladder_conflict-20261122-100500.1", false},
    {"ladder.json", "ladder-old.sync-conflict-20261122-100500-ABCDEFG.json", false},
    {"ladder.json", "other.sync-conflict-20261122-100500-ABCDEFG.json", false},
    {"ladder.json", "ladder (1).json", false},
    {"ladder.json", "ladder (copy).json", false},
    {"ladder.json", "ladder.sync-conflict-.json", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.ladder) + " / " + c.name);
    EXPECT_EQ(conflict_copies(c.ladder, {c.name}).size(), c.conflict ? 1u : 0u);
  }
}

TEST(ConflictCopies, ReturnsThemSorted)
{
  const auto found = conflict_copies("ladder.json", {"ladder.json", "ladder_conflict-2.json",
                                                     "notes.txt", "ladder (conflicted copy).json",
                                                     "ladder.sync-conflict-1-2-X.json"});
  EXPECT_EQ(
    found, (std::vector<std::string>{"ladder (conflicted copy).json",
                                     "ladder.sync-conflict-1-2-X.json", "ladder_conflict-2.json"}));
}

} // namespace
} // namespace sepa
