// The partner's side, planned separations, days as people say them, and remind's word on a
// plan: the pure parts of doing the practice together (docs/together.md).

#include "sepa/errors.hpp"
#include "sepa/partner_side.hpp"
#include "sepa/plans.hpp"
#include "sepa/reminders.hpp"
#include "sepa/when.hpp"

#include <gtest/gtest.h>

namespace sepa::test {
namespace {

using namespace std::chrono;

const FixedZone k_zone(minutes{60});

// 2026-03-DD HH:MM at +01:00; the 14th is a Saturday.
Timestamp march(int d, int hour, int minute = 0)
{
  const sys_days date{2026y / March / day{static_cast<unsigned>(d)}};
  return k_zone.stamp(date + hours{hour} + minutes{minute} - hours{1});
}

Separation made(std::string id, Timestamp start, bool finished = true)
{
  Separation s;
  s.id = std::move(id);
  s.started = start;
  s.planned = 15min;
  if (finished) {
    s.ended = Timestamp{start.utc + 15min, start.offset};
  }
  return s;
}

TEST(PartnerTarget, TheOpenOneThenTheLastFinishedThenTheOneNamed)
{
  Ladder ladder = default_ladder(march(1, 9));
  EXPECT_THROW(partner_target(ladder, std::nullopt), StateError) << "nothing yet";
  ladder.separations = {made("aa11", march(10, 9)), made("ab22", march(11, 9))};
  EXPECT_EQ(partner_target(ladder, std::nullopt).id, "ab22");
  ladder.separations.push_back(made("cc33", march(12, 9), false));
  EXPECT_EQ(partner_target(ladder, std::nullopt).id, "cc33") << "the open one";
  EXPECT_EQ(partner_target(ladder, std::string("aa11")).id, "aa11");
  EXPECT_EQ(partner_target(ladder, std::string("c")).id, "cc33") << "a unique beginning";
  EXPECT_THROW(partner_target(ladder, std::string("a")), UsageError) << "two begin so";
  EXPECT_THROW(partner_target(ladder, std::string("zz")), UsageError);
}

TEST(RecordPartner, CallingAgainChangesOnlyWhatIsGiven)
{
  Separation s = made("aa11", march(10, 9));
  PartnerRequest first;
  first.confidence = 6;
  first.thanks = "For trusting me";
  record_partner(s, first, march(10, 12));
  PartnerRequest second;
  second.baby = "Napped an hour";
  record_partner(s, second, march(10, 13));
  ASSERT_TRUE(s.partner);
  EXPECT_EQ(s.partner->confidence, 6);
  EXPECT_EQ(s.partner->thanks, "For trusting me");
  EXPECT_EQ(s.partner->baby, "Napped an hour");
  EXPECT_EQ(s.partner->at, march(10, 13));
}

TEST(Names, MessagesUseThePartnersNameWhenSet)
{
  Ladder ladder = default_ladder(march(1, 9));
  EXPECT_EQ(partner_name(ladder), "your partner");
  EXPECT_EQ(partners_cap(ladder), "Your partner's");
  ladder.names.partner = "Alex";
  EXPECT_EQ(partner_name(ladder), "Alex");
  EXPECT_EQ(partners(ladder), "Alex's");
}

TEST(DayTime, AheadAndBackAsPeopleSayThem)
{
  const Timestamp now = march(14, 12); // Saturday noon
  const auto at = [&](const char* d, const char* c, Direction dir) {
    return parse_day_time(d, c, now, k_zone, dir);
  };
  EXPECT_EQ(at("today", "18:30", Direction::ahead).value, march(14, 18, 30));
  EXPECT_EQ(at("Tomorrow", "9:00", Direction::ahead).value, march(15, 9));
  EXPECT_EQ(at("mon", "10:00", Direction::ahead).value, march(16, 10));
  EXPECT_EQ(at("sat", "10:00", Direction::ahead).value, march(21, 10)) << "this one has passed";
  EXPECT_EQ(at("sat", "13:00", Direction::ahead).value, march(14, 13));
  EXPECT_EQ(at("yesterday", "18:00", Direction::back).value, march(13, 18));
  EXPECT_EQ(at("monday", "9:30", Direction::back).value, march(9, 9, 30));
  EXPECT_FALSE(at("today", "10:00", Direction::ahead)) << "in the past";
  EXPECT_FALSE(at("tomorrow", "10:00", Direction::back));
  EXPECT_FALSE(at("someday", "10:00", Direction::ahead));
  EXPECT_FALSE(at("sat", "25:00", Direction::ahead));
  EXPECT_TRUE(is_day_word("SUN"));
  EXPECT_FALSE(is_day_word("10:00"));
}

class Plans : public ::testing::Test {
protected:
  Ladder ladder = default_ladder(march(1, 9));
  Timestamp now = march(14, 12);
};

TEST_F(Plans, AddedInTheFutureOnlyAndListedSoonestFirst)
{
  EXPECT_THROW(add_plan(ladder, march(14, 11), 30min, "", "p0", now), UsageError);
  add_plan(ladder, march(16, 10), 1h, "Coffee", "p1", now);
  add_plan(ladder, march(15, 9), 30min, "", "p2", now);
  const auto list = upcoming(ladder, now);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]->id, "p2");
  EXPECT_EQ(describe_plan(*list[0], now), "tomorrow 09:00, 30m");
  EXPECT_EQ(describe_plan(*list[1], now), "Mon 16 Mar 10:00, 1h: Coffee");
}

TEST_F(Plans, KeptByAStartWithinTheHourMissedAfterItRemovedByNumber)
{
  add_plan(ladder, march(14, 18), 30min, "", "p1", now);
  add_plan(ladder, march(15, 10), 30min, "", "p2", now);
  add_plan(ladder, march(16, 10), 30min, "", "p3", now);
  EXPECT_EQ(plan_near(ladder, march(14, 16, 59)), nullptr) << "more than an hour early";
  PlannedSeparation* near = plan_near(ladder, march(14, 18, 40));
  ASSERT_NE(near, nullptr);
  keep_plan(*near, "s1", march(14, 18, 40));
  EXPECT_EQ(ladder.plans[0].state, PlanState::kept);
  EXPECT_EQ(ladder.plans[0].separation, "s1");
  const Timestamp later = march(15, 11, 1);
  EXPECT_TRUE(is_missed(ladder.plans[1], later));
  EXPECT_FALSE(is_missed(ladder.plans[0], later)) << "kept";
  EXPECT_THROW(remove_plan(ladder, 2, later), UsageError) << "only one is still ahead";
  EXPECT_EQ(remove_plan(ladder, 1, later).id, "p3");
  EXPECT_EQ(ladder.plans[2].state, PlanState::removed);
  EXPECT_TRUE(upcoming(ladder, later).empty());
}

TEST_F(Plans, RemindSaysDueOnceAndMissedOnceWithoutBlame)
{
  add_plan(ladder, march(14, 18), 30min, "A walk", "p1", now);
  EXPECT_TRUE(plan_nudges(ladder, march(14, 17, 29), 30min, {}).empty()) << "not yet near";
  const auto due = plan_nudges(ladder, march(14, 17, 40), 30min, {});
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].key, "due p1");
  EXPECT_NE(due[0].text.find("today 18:00, 30m: A walk"), std::string::npos) << due[0].text;
  EXPECT_TRUE(plan_nudges(ladder, march(14, 17, 45), 30min, {"due p1"}).empty()) << "said";
  const auto missed = plan_nudges(ladder, march(14, 20), 30min, {"due p1"});
  ASSERT_EQ(missed.size(), 1u);
  EXPECT_EQ(missed[0].key, "missed p1");
  EXPECT_NE(missed[0].text.find("all right"), std::string::npos) << missed[0].text;
  EXPECT_TRUE(plan_nudges(ladder, march(14, 20), 30min, {"due p1", "missed p1"}).empty());
  EXPECT_TRUE(plan_nudges(ladder, march(23, 20), 30min, {}).empty()) << "over a week ago";
  keep_plan(ladder.plans[0], "s1", march(14, 18));
  EXPECT_TRUE(plan_nudges(ladder, march(14, 17, 40), 30min, {}).empty()) << "kept";
}

} // namespace
} // namespace sepa::test
