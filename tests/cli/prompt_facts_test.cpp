// The prompt line's cache holds only what the line reads: the same line comes from the facts as
// from the whole ladder, at every moment of a day with a separation, a wait and plans in it.

#include "bench/synth.hpp"
#include "cli/json_forms.hpp"
#include "sepa/prompt_facts.hpp"
#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono_literals;

Ladder a_day_with_everything()
{
  Ladder ladder = bench::synthetic_ladder({200, 5});
  Separation open;
  open.id = "open";
  open.started = at("2026-11-22T09:00:00+01:00");
  open.planned = 45min;
  open.activity = "A walk to the bakery";
  open.wait_until = at("2026-11-22T09:35:00+01:00");
  ladder.separations.push_back(open);
  const auto plan = [&](const char* when, Seconds length, PlanState state) {
    PlannedSeparation p;
    p.id = when;
    p.at = at(when);
    p.length = length;
    p.activity = "Lunch out";
    p.state = state;
    ladder.plans.push_back(p);
  };
  plan("2026-11-22T18:00:00+01:00", 1h, PlanState::planned);
  plan("2026-11-22T12:00:00+01:00", 30min, PlanState::removed);
  plan("2026-11-23T10:00:00+01:00", 2h, PlanState::planned);
  return ladder;
}

TEST(PromptFacts, GiveTheSameLineAsTheWholeLadderAllDay)
{
  const FixedZone zone(60min);
  Ladder ladder = a_day_with_everything();
  const Ladder facts = *read_prompt_facts(write_prompt_facts(prompt_facts(ladder)));
  ASSERT_EQ(facts.separations.size(), 1U);
  EXPECT_EQ(facts.separations[0].activity, "") << "no text the user wrote";
  EXPECT_EQ(facts.plans.size(), 2U) << "only the plans still planned";
  std::set<std::string> lines;
  for (auto t = at("2026-11-22T00:00:00+01:00"); t < at("2026-11-24T00:00:00+01:00");
       t.utc += 7min) {
    const std::string line = status_short(ladder, t, zone);
    EXPECT_EQ(status_short(facts, t, zone), line) << format_rfc3339(t);
    lines.insert(line);
  }
  EXPECT_GT(lines.size(), 10U) << "the day went through many lines";

  ladder.separations.back().ended = at("2026-11-22T09:50:00+01:00");
  const Ladder closed = *read_prompt_facts(write_prompt_facts(prompt_facts(ladder)));
  EXPECT_TRUE(closed.separations.empty());
  const Timestamp evening = at("2026-11-22T17:00:00+01:00");
  EXPECT_EQ(status_short(closed, evening, zone), status_short(ladder, evening, zone));
}

TEST(PromptFacts, AnythingButWhatWasWrittenReadsAsNothing)
{
  const std::string good = write_prompt_facts(prompt_facts(a_day_with_everything()));
  ASSERT_TRUE(read_prompt_facts(good));
  for (const std::string& bad :
       {std::string(), std::string("garbage\n"), good.substr(0, good.size() - 1),
        good + "open 2026-11-22T09:00:00+01:00 60 -\n", good + "plan tomorrow 60\n",
        good + "plan 2026-11-22T09:00:00+01:00 -5\n", good + "note hello\n"}) {
    EXPECT_FALSE(read_prompt_facts(bad)) << bad;
  }
}

} // namespace
} // namespace sepa::test
