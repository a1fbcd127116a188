#pragma once
// Finished separations for the move-up rule's tests, built in one line:
//   Outing("2026-11-20T10:00:00+01:00", 30, 32).peak(4).fear(80, Happened::no, 30)
// is a 30-minute plan, back after 32 minutes, peak 4, feared outcome at 80% before, 30% after.

#include "sepa/ladder.hpp"
#include "support/fake_clock.hpp"

#include <string>

namespace sepa::test {

class Outing {
public:
  Outing(const std::string& start, int planned, int apart)
  {
    m_s.id = start;
    m_s.started = at(start);
    m_s.ended = shifted(apart);
    m_s.planned = std::chrono::minutes{planned};
  }
  Outing& peak(int v) { return set(m_s.peak, v); }
  Outing& after(int v) { return set(m_s.after, v); }
  Outing& happened(Happened h)
  {
    m_s.prediction = "She will cry the whole time";
    m_s.happened = h;
    return *this;
  }
  // What was feared: how likely before, whether it happened, how likely after.
  Outing& fear(int before, Happened h, int after_)
  {
    happened(h);
    m_s.likely_before = before;
    m_s.likely_after = after_;
    return *this;
  }
  Outing& used(const std::string& behaviour)
  {
    m_s.used.push_back(behaviour);
    return *this;
  }
  Outing& texted_at(int minute) { return checkin(minute, Outcome::texted); }
  Outing& passed_at(int minute) { return checkin(minute, Outcome::passed); }
  Outing& emergency_at(int minute) { return checkin(minute, Outcome::emergency); }
  Outing& first_rule()
  {
    m_s.rule = RuleVersion::first;
    return *this;
  }
  operator Separation() const { return m_s; } // NOLINT(google-explicit-constructor)

private:
  Timestamp shifted(int minutes) const
  {
    return {m_s.started.utc + std::chrono::minutes{minutes}, m_s.started.offset};
  }
  Outing& set(std::optional<int>& field, int v)
  {
    field = v;
    return *this;
  }
  Outing& checkin(int minute, Outcome outcome)
  {
    m_s.checkins.push_back({shifted(minute), outcome, {}});
    return *this;
  }

  Separation m_s;
};

inline Ladder three_rungs()
{
  Ladder l;
  l.rungs = {{std::chrono::minutes{5}, "Mailbox", {}},
             {std::chrono::minutes{15}, "Corner shop", {}},
             {std::chrono::minutes{30}, "A walk", {}}};
  return l;
}

} // namespace sepa::test
