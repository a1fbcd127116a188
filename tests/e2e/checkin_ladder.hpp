#pragma once
// Ladder files for the checkin end-to-end tests. The binary reads the real clock, so these
// ladders are written with instants relative to the real now: a separation under way, and a
// wait window with a given time left.

#include "sepa/ladder.hpp"
#include "sepa/ladder_json.hpp"
#include "sepa/system.hpp"
#include "support/temp_dir.hpp"

#include <filesystem>
#include <functional>
#include <optional>

namespace sepa::test {

struct OutLadder {
  Seconds started_ago{std::chrono::minutes{5}};
  Seconds planned{std::chrono::hours{1}};
  std::optional<Seconds> window_left{}; // empty: no window yet; negative: already over
  std::function<void(Ladder&)> edit{};  // anything else, e.g. strengths or emergencies
};

inline SysSeconds real_now()
{
  return SystemClock().now();
}

inline void write_out_ladder(const std::filesystem::path& file, const OutLadder& spec)
{
  const FixedZone utc{std::chrono::minutes{0}};
  const SysSeconds now = real_now();
  Ladder ladder = default_ladder(utc.stamp(now - std::chrono::hours{24}));
  Separation s;
  s.id = "e2e-separation";
  s.started = utc.stamp(now - spec.started_ago);
  s.planned = spec.planned;
  if (spec.window_left) {
    const SysSeconds deadline = now + *spec.window_left;
    s.urges.push_back({utc.stamp(deadline - ladder.wait), 5, {}});
    s.wait_until = utc.stamp(deadline);
  }
  ladder.separations.push_back(s);
  if (spec.edit) {
    spec.edit(ladder);
  }
  write_all(file, serialize(ladder));
}

inline Ladder read_ladder_file(const std::filesystem::path& file)
{
  return parse_ladder(read_all(file));
}

inline const Separation& only_separation(const Ladder& ladder)
{
  return ladder.separations.back();
}

} // namespace sepa::test
