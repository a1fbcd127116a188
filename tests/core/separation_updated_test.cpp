#include "sepa/ladder_json.hpp"
#include "sepa/session.hpp"

#include <gtest/gtest.h>

namespace sepa {
namespace {

Timestamp at(const char* text)
{
  return *parse_rfc3339(text);
}

TEST(SeparationUpdated, StartAndFinishStampTheEditTimeNotTheGivenTime)
{
  Ladder ladder = default_ladder(at("2026-11-22T09:00:00+01:00"));
  StartRequest start;
  start.planned = std::chrono::minutes{15};
  start.at = at("2026-11-22T09:50:00+01:00");
  start_separation(ladder, start, at("2026-11-22T10:00:00+01:00"), "id-1");
  EXPECT_EQ(ladder.separations.back().updated, at("2026-11-22T10:00:00+01:00"));
  DoneRequest done;
  done.at = at("2026-11-22T10:05:00+01:00");
  finish_separation(ladder, done, at("2026-11-22T10:30:00+01:00"));
  EXPECT_EQ(ladder.separations.back().updated, at("2026-11-22T10:30:00+01:00"));
}

TEST(SeparationUpdated, SurvivesTheFileAndIsOptional)
{
  Ladder ladder = default_ladder(at("2026-11-22T09:00:00+01:00"));
  Separation s;
  s.id = "id-1";
  s.started = at("2026-11-22T10:00:00+01:00");
  s.planned = std::chrono::minutes{5};
  ladder.separations.push_back(s);
  const std::string without = serialize(ladder);
  EXPECT_EQ(without.find("\"updated\""), std::string::npos);
  EXPECT_FALSE(parse_ladder(without).separations[0].updated.has_value());

  ladder.separations[0].updated = at("2026-11-22T10:01:00+01:00");
  const std::string text = serialize(ladder);
  EXPECT_NE(text.find("\"updated\": \"2026-11-22T10:01:00+01:00\""), std::string::npos) << text;
  EXPECT_EQ(parse_ladder(text).separations[0].updated, at("2026-11-22T10:01:00+01:00"));
}

} // namespace
} // namespace sepa
