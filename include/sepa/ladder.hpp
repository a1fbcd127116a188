#pragma once
// The ladder: everything sepa keeps for one parent. Plain data; the rules live in progress.hpp
// and session.hpp, the JSON form in ladder_json.hpp, the file in store.hpp.

#include "sepa/time.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sepa {

inline constexpr int k_schema = 1;

// Keys a newer minor version wrote that this one does not know: key → raw JSON text, kept so
// a rewrite never drops them.
using Extra = std::map<std::string, std::string>;

struct Rung {
  Seconds length{};
  std::string activity;
  Extra extra;
  friend bool operator==(const Rung&, const Rung&) = default;
};

struct Urge {
  Timestamp at;
  std::optional<int> level; // 0–10
  Extra extra;
  friend bool operator==(const Urge&, const Urge&) = default;
};

enum class Outcome { passed, texted, emergency };

// What ended a wait: the worry passed, the one simple text was sent, or an emergency call.
struct Checkin {
  Timestamp at;
  Outcome outcome = Outcome::texted;
  Extra extra;
  friend bool operator==(const Checkin&, const Checkin&) = default;
};

struct Separation {
  std::string id;
  Timestamp started;
  std::optional<Timestamp> ended;
  Seconds planned{};
  std::string activity;
  std::optional<int> anxiety; // before leaving, 0–10
  std::optional<int> peak;
  std::optional<int> after;
  std::string prediction;       // what I fear will happen
  std::optional<bool> happened; // did it?
  std::string praise;           // one specific thing the partner did well
  std::string note;
  std::vector<Urge> urges;
  std::optional<Timestamp> wait_until; // the wait window's deadline, once opened
  std::vector<Checkin> checkins;
  std::optional<Timestamp> updated; // when sepa last changed this record; merging prefers the newer
  Extra extra;

  bool open() const { return !ended.has_value(); }
  friend bool operator==(const Separation&, const Separation&) = default;
};

// Thresholds of the move-up rule, kept in the file so a couple (or their therapist) can tune them.
struct Rules {
  int good_peak = 3;     // a peak at or below this is low
  int mastery_days = 2;  // good separations on different local days to master a rung
  int stall_tries = 3;   // tries with no drop in peak before suggesting a smaller step
  int early_returns = 2; // early returns before suggesting a smaller step
  Extra extra;
};

inline constexpr Seconds k_min_wait{20 * 60};
inline constexpr Seconds k_max_wait{30 * 60};
inline constexpr const char* k_default_message = "How are things going?";

struct Ladder {
  std::string created;     // RFC 3339, informational
  std::vector<Rung> rungs; // kept sorted by length, no two the same
  Seconds wait{k_min_wait};
  std::string message{k_default_message};
  std::vector<std::string> strengths;
  std::vector<std::string> emergencies;
  Rules rules;
  std::vector<Separation> separations; // in the order they were started
  Extra extra;
};

// The starting ladder from the brief: 5 min, 15 min, 30 min, 1 h, 2 h, half a day.
Ladder default_ladder(const Timestamp& now);

const char* to_string(Outcome o);
std::optional<Outcome> outcome_from_string(std::string_view s);

} // namespace sepa
