// What a running countdown makes of the separation it waits on, read again from the file after
// another window saved it (docs/checkin.md, "Another window").

#include "sepa/follow.hpp"
#include "sepa/text.hpp"

#include <functional>
#include <gtest/gtest.h>

namespace sepa {
namespace {

using namespace std::chrono_literals;

const FixedZone k_zone{60min};

// 2026-11-22T10:00:00+01:00 plus `d`.
Timestamp ten_plus(Seconds d)
{
  return k_zone.stamp(SysSeconds{std::chrono::seconds{1795338000}} + d);
}

// 10:00 [==== 30m ====) 10:30   urge 10:04 → window ends 10:24
Separation waiting()
{
  Separation s;
  s.id = "sep-1";
  s.started = ten_plus(0s);
  s.planned = 30min;
  s.activity = "Walk";
  s.urges.push_back({ten_plus(4min), 6, {}});
  s.wait_until = ten_plus(24min);
  return s;
}

struct Case {
  const char* name;
  std::function<void(Separation&)> edit;
  Elsewhere expected;
};

TEST(ChangedElsewhere, EachKindOfChangeIsNamed)
{
  const Case cases[] = {
    {"saved again unchanged", [](Separation&) {}, Elsewhere::nothing},
    {"anxiety, prediction, activity and note edited",
     [](Separation& s) {
       s.anxiety = 7;
       s.prediction = "She will not settle";
       s.activity = "Longer walk";
       s.note = "Rain";
       s.updated = ten_plus(6min);
     },
     Elsewhere::nothing},
    {"a second urge in the same window",
     [](Separation& s) {
       s.urges.push_back({ten_plus(8min), 4, {}});
     },
     Elsewhere::nothing},
    {"ended by sepa done", [](Separation& s) { s.ended = ten_plus(9min); }, Elsewhere::ended},
    {"ended with its window changed too",
     [](Separation& s) {
       s.ended = ten_plus(9min);
       s.checkins.push_back({ten_plus(9min), Outcome::passed, {}});
     },
     Elsewhere::ended},
    {"the check-in undone", [](Separation& s) { s.wait_until.reset(); }, Elsewhere::changed},
    {"the worry passed, said in another window",
     [](Separation& s) {
       s.checkins.push_back({ten_plus(7min), Outcome::passed, {}});
     },
     Elsewhere::changed},
    {"an emergency in another window",
     [](Separation& s) {
       s.checkins.push_back({ten_plus(7min), Outcome::emergency, {}});
     },
     Elsewhere::changed},
    {"the start edited", [](Separation& s) { s.started = ten_plus(-10min); }, Elsewhere::changed},
    {"the planned length edited", [](Separation& s) { s.planned = 15min; }, Elsewhere::changed},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Separation now = waiting();
    c.edit(now);
    EXPECT_EQ(changed_elsewhere(waiting(), &now), c.expected);
  }
}

TEST(ChangedElsewhere, AGoneSeparationWasRemoved)
{
  // `sepa cancel`, or `sepa undo` of the start: the id is no longer in the file.
  EXPECT_EQ(changed_elsewhere(waiting(), nullptr), Elsewhere::removed);
}

TEST(ChangedElsewhere, EachAnswerHasOneLineThatFitsFortyColumns)
{
  EXPECT_EQ(elsewhere_words(Elsewhere::nothing), "");
  for (const Elsewhere e : {Elsewhere::ended, Elsewhere::removed, Elsewhere::changed}) {
    const std::string words = elsewhere_words(e);
    SCOPED_TRACE(words);
    EXPECT_FALSE(words.empty());
    EXPECT_EQ(words.find('\n'), std::string::npos);
    EXPECT_LE(display_width(words), 39u);
    EXPECT_EQ(words.find('!'), std::string::npos);
  }
}

} // namespace
} // namespace sepa
