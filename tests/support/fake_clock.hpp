#pragma once
// A clock that only moves when told to, and helpers for literal instants.

#include "sepa/time.hpp"

#include <stdexcept>
#include <string>

namespace sepa::test {

class FakeClock final : public Clock {
public:
  explicit FakeClock(SysSeconds now) : m_now(now) {}
  SysSeconds now() const override { return m_now; }
  void set(SysSeconds now) { m_now = now; }
  void advance(Seconds by) { m_now += by; }

private:
  SysSeconds m_now;
};

// "2026-11-22T10:05:00+01:00" → its Timestamp; throws on a typo in a test.
inline Timestamp at(const std::string& rfc3339)
{
  const auto t = parse_rfc3339(rfc3339);
  if (!t) {
    throw std::invalid_argument("bad instant in test: " + rfc3339);
  }
  return *t;
}

} // namespace sepa::test
