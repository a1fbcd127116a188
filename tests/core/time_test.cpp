#include "sepa/parse.hpp"
#include "sepa/time.hpp"

#include "support/fake_clock.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

using namespace std::chrono;
using test::at;

// Europe/Paris around the 2026 changes: +02:00 from 29 Mar 01:00 UTC to 25 Oct 01:00 UTC.
class ParisZone final : public TimeZone {
public:
  minutes offset_at(SysSeconds utc) const override
  {
    const auto spring = sys_days{2026y / March / 29} + hours{1};
    const auto autumn = sys_days{2026y / October / 25} + hours{1};
    return utc >= spring && utc < autumn ? minutes{120} : minutes{60};
  }
};

TEST(Rfc3339, RoundTripsWithTheOffsetInForce)
{
  for (const char* text : {"2026-11-22T10:05:00+01:00", "2026-07-01T23:59:59-04:00",
                           "2026-01-01T00:00:00+00:00", "2026-03-29T03:00:00+05:45"}) {
    SCOPED_TRACE(text);
    const auto t = parse_rfc3339(text);
    ASSERT_TRUE(t);
    EXPECT_EQ(format_rfc3339(*t), text);
  }
}

TEST(Rfc3339, AcceptsZuluAndFractionsAndRejectsNonsense)
{
  EXPECT_EQ(format_rfc3339(*parse_rfc3339("2026-11-22T10:05:00.123Z")),
            "2026-11-22T10:05:00+00:00");
  for (const char* bad : {"", "2026-11-22", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                          "2026-11-22T24:00:00Z", "2026-11-22T10:05:00", "2026-11-22T10:05:00+1",
                          "2026-11-22T10:05:00Zjunk", "2026-11-22T10:05:00.Z"}) {
    SCOPED_TRACE(bad);
    EXPECT_FALSE(parse_rfc3339(bad));
  }
}

TEST(ParseAt, ClockTimeTodayAndAgoAndFullInstants)
{
  const ParisZone paris;
  const Timestamp now = at("2026-11-22T10:30:00+01:00");
  EXPECT_EQ(parse_at("10:05", now, paris).value, at("2026-11-22T10:05:00+01:00"));
  EXPECT_EQ(parse_at("9:05", now, paris).value, at("2026-11-22T09:05:00+01:00"));
  EXPECT_EQ(parse_at("-10m", now, paris).value, at("2026-11-22T10:20:00+01:00"));
  EXPECT_EQ(parse_at("-1h30m", now, paris).value, at("2026-11-22T09:00:00+01:00"));
  EXPECT_EQ(parse_at("2026-11-21T22:00:00Z", now, paris).value, at("2026-11-21T22:00:00Z"));
}

TEST(ParseAt, RefusesTheFutureAndBadForms)
{
  const FixedZone utc{minutes{0}};
  const Timestamp now = at("2026-11-22T10:30:00Z");
  struct Case {
    const char* text;
    const char* error_part;
  };
  const Case cases[] = {{"10:31", "in the future"},     {"2026-11-23T00:00:00Z", "in the future"},
                        {"25:00", "not a time of day"}, {"10:5", "not a time"},
                        {"-10", "missing unit"},        {"yesterday", "not a time sepa"},
                        {"", "a time is needed"},       {"-0m", "more than zero"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto r = parse_at(c.text, now, utc);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error.find(c.error_part), std::string::npos) << r.error;
    EXPECT_FALSE(r.hint.empty());
  }
}

TEST(ParseAt, AMinuteCountAgoWithoutAUnitSuggestsTheRightForm)
{
  const auto r = parse_at("-10", at("2026-11-22T10:30:00Z"), FixedZone{minutes{0}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error, "-10: missing unit — did you mean -10m?");
}

TEST(ParseAt, ALastNightClockTimeJustAfterMidnightSaysHowToWriteIt)
{
  // 00:10 in Paris; "23:55" today is still to come, but last night's is 15 minutes ago.
  const ParisZone paris;
  const auto r = parse_at("23:55", at("2026-11-23T00:10:00+01:00"), paris);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error, "23:55: that is in the future (it is 00:10 now)");
  EXPECT_EQ(r.hint, "HH:MM is today; for yesterday at 23:55, use --at \"yesterday 23:55\" or "
                    "--at -15m");
  EXPECT_EQ(parse_at("yesterday 23:55", at("2026-11-23T00:10:00+01:00"), paris).value,
            parse_at("2026-11-22T23:55:00+01:00", at("2026-11-23T00:10:00+01:00"), paris).value);
  EXPECT_EQ(parse_at("-15m", at("2026-11-23T00:10:00+01:00"), paris).value,
            parse_at("2026-11-22T23:55:00+01:00", at("2026-11-23T00:10:00+01:00"), paris).value);
}

TEST(ParseAt, ADayAndATimeNameTheMostRecentSuchDay)
{
  const ParisZone paris;
  const Timestamp now = at("2026-11-25T12:00:00+01:00"); // a Wednesday
  EXPECT_EQ(format_rfc3339(*parse_at("yesterday 18:00", now, paris).value),
            "2026-11-24T18:00:00+01:00");
  EXPECT_EQ(format_rfc3339(*parse_at("mon 9:30", now, paris).value), "2026-11-23T09:30:00+01:00");
  EXPECT_EQ(format_rfc3339(*parse_at("Wed 9:30", now, paris).value), "2026-11-25T09:30:00+01:00")
    << "today's weekday, earlier today";
  EXPECT_EQ(format_rfc3339(*parse_at("wednesday 13:00", now, paris).value),
            "2026-11-18T13:00:00+01:00")
    << "today's weekday later than now is a week ago";
  EXPECT_EQ(format_rfc3339(*parse_at("today 11:00", now, paris).value),
            "2026-11-25T11:00:00+01:00");
  const auto tomorrow = parse_at("tomorrow 9:00", now, paris);
  ASSERT_FALSE(tomorrow);
  EXPECT_EQ(tomorrow.error, "tomorrow 9:00: that is in the future");
  for (const char* no_time : {"yesterday ", "mon   "}) {
    const auto r = parse_at(no_time, now, paris);
    ASSERT_FALSE(r) << no_time;
    EXPECT_NE(r.error.find("is not a time of day"), std::string::npos) << r.error;
  }
  const auto bad = parse_at("yesterday 25:00", now, paris);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error, "yesterday 25:00: 25:00 is not a time of day");
}

TEST(ParseAt, ClockTimesAcrossTheSpringForwardGapGetTheRightOffset)
{
  const ParisZone paris;
  // 29 Mar 2026: clocks go from 02:00 to 03:00 local. 01:30 is still winter time.
  const Timestamp now = at("2026-03-29T12:00:00+02:00");
  EXPECT_EQ(parse_at("01:30", now, paris).value, at("2026-03-29T01:30:00+01:00"));
  EXPECT_EQ(parse_at("03:30", now, paris).value, at("2026-03-29T03:30:00+02:00"));
  // 02:30 never happened; it is read as just after the jump.
  EXPECT_EQ(parse_at("02:30", now, paris).value, at("2026-03-29T03:30:00+02:00"));
}

TEST(TimeZone, RepeatedAutumnHourTakesTheFirst)
{
  const ParisZone paris;
  const local_seconds reading = local_days{2026y / October / 25} + hours{2} + minutes{30};
  EXPECT_EQ(paris.to_utc(reading), at("2026-10-25T02:30:00+02:00").utc);
}

TEST(Timestamp, DurationsComeFromInstantsAcrossDst)
{
  // 01:30 winter → 03:30 summer on the spring-forward day is one hour apart.
  EXPECT_EQ(at("2026-03-29T03:30:00+02:00") - at("2026-03-29T01:30:00+01:00"), hours{1});
  EXPECT_EQ(at("2026-03-29T03:30:00+02:00").local_day(),
            at("2026-03-29T01:30:00+01:00").local_day());
}

TEST(ParseRating, ZeroToTen)
{
  EXPECT_EQ(parse_rating("0", "--peak").value, 0);
  EXPECT_EQ(parse_rating("10", "--peak").value, 10);
  for (const char* bad : {"11", "-1", "", "3.5", "high", "007"}) {
    SCOPED_TRACE(bad);
    const auto r = parse_rating(bad, "--peak");
    EXPECT_FALSE(r);
    EXPECT_NE(r.error.find("--peak"), std::string::npos);
  }
}

TEST(ParseRating, TheHintSaysWhatItsEndsMean)
{
  EXPECT_NE(parse_rating("12", "--peak").hint.find("anxious"), std::string::npos);
  const auto confidence = parse_rating("12", "--confidence", Scale::confidence);
  EXPECT_NE(confidence.hint.find("confident"), std::string::npos) << confidence.hint;
  EXPECT_EQ(confidence.hint.find("anxious"), std::string::npos) << confidence.hint;
}

} // namespace
} // namespace sepa
