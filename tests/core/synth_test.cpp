// sepa-synth's ladder: exactly the separations asked for, the same file for the same seed, and a
// valid ladder a person could have written (every check of the reader passes).

#include "bench/synth.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/session.hpp"

#include <gtest/gtest.h>

namespace sepa::bench {
namespace {

TEST(SyntheticLadder, HasExactlyTheSeparationsAskedFor)
{
  for (const std::size_t n : {0U, 1U, 7U, 1000U}) {
    SCOPED_TRACE(n);
    const Ladder l = parse_ladder(serialize(synthetic_ladder({n, 1})));
    EXPECT_EQ(l.separations.size(), n);
    EXPECT_EQ(open_separation(l), nullptr) << "every one is finished";
  }
}

TEST(SyntheticLadder, TheSameSeedGivesTheSameFile)
{
  EXPECT_EQ(serialize(synthetic_ladder({300, 9})), serialize(synthetic_ladder({300, 9})));
  EXPECT_NE(serialize(synthetic_ladder({300, 9})), serialize(synthetic_ladder({300, 10})));
}

TEST(SyntheticLadder, LooksLikeDailyPractice)
{
  const Ladder l = synthetic_ladder({1000, 1});
  std::size_t urges = 0, checkins = 0, notes = 0, praise = 0, early = 0;
  for (std::size_t i = 0; i < l.separations.size(); ++i) {
    const Separation& s = l.separations[i];
    EXPECT_LE(s.urges.size(), 3U);
    EXPECT_TRUE(s.ended && s.started.utc < s.ended->utc);
    if (i > 0) {
      EXPECT_LE(l.separations[i - 1].ended->utc, s.started.utc) << "one outing at a time";
    }
    urges += s.urges.size();
    checkins += s.checkins.size();
    notes += s.note.empty() ? 0U : 1U;
    praise += s.praise.empty() ? 0U : 1U;
    early += *s.ended - s.started < s.planned ? 1U : 0U;
  }
  EXPECT_GT(urges, 500U);
  EXPECT_GT(checkins, 100U);
  EXPECT_GT(notes, 200U);
  EXPECT_GT(praise, 600U);
  EXPECT_GT(early, 20U);
  EXPECT_LT(l.separations.back().ended->utc, parse_rfc3339("2026-11-02T00:00:00+01:00")->utc);
}

// At three a day, 100k outings would start in 1924, before any time the reader accepts; the
// most sepa-synth makes still start after 1970 and end on the fixed last day.
TEST(SyntheticLadder, TheLongestLadderStartsAfter1970AndEndsOnTheLastDay)
{
  const Ladder l = synthetic_ladder({k_most_separations, 1});
  ASSERT_EQ(l.separations.size(), k_most_separations);
  EXPECT_GT(l.separations.front().started.utc, parse_rfc3339("1971-01-01T00:00:00Z")->utc);
  for (std::size_t i = 1; i < l.separations.size(); ++i) {
    ASSERT_LE(l.separations[i - 1].ended->utc, l.separations[i].started.utc) << i;
  }
  EXPECT_LT(l.separations.back().ended->utc, parse_rfc3339("2026-11-02T00:00:00+01:00")->utc);
}

} // namespace
} // namespace sepa::bench
