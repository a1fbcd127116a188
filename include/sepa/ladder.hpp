#pragma once
// The ladder: everything sepa keeps for one parent. Plain data; the rules live in progress.hpp
// and session.hpp, the JSON form in ladder_json.hpp, the file in store.hpp.

#include "sepa/time.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sepa {

// The file's schema (docs/file-format.md). 2 adds expectancy, safety behaviours, the partner's
// side, names and planned separations (the fields below); a schema-1 file is read and upgraded
// in memory, and written as schema 2 by the next change.
inline constexpr int k_schema = 2;

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

// Whether the feared outcome came true.
enum class Happened { no, partly, yes };

// What ended a wait: the worry passed, the one simple text was sent, or an emergency call.
struct Checkin {
  Timestamp at;
  Outcome outcome = Outcome::texted;
  Extra extra;
  friend bool operator==(const Checkin&, const Checkin&) = default;
};

// The partner's view of one separation (`sepa partner`).
struct PartnerSide {
  std::optional<int> confidence; // 0–10
  std::string went_well;
  std::string needed;          // one thing they would like next time
  std::string thanks;          // a thank-you to the parent
  std::string baby;            // a short note on the baby
  std::optional<Timestamp> at; // when it was last recorded
  Extra extra;
  friend bool operator==(const PartnerSide&, const PartnerSide&) = default;
};

// The move-up rule a separation is judged by: the first release's (schema 1, kept for the
// separations recorded under it, so nothing earned is taken away) or the expectancy rule.
enum class RuleVersion { first = 1, expectancy = 2 };

struct Separation {
  std::string id;
  Timestamp started;
  std::optional<Timestamp> ended;
  Seconds planned{};
  std::string activity;
  std::optional<int> anxiety; // before leaving, 0–10
  std::optional<int> peak;
  std::optional<int> after;
  std::string prediction;           // what I fear will happen
  std::optional<int> likely_before; // how likely it felt before leaving, 0–100
  std::optional<Happened> happened; // did it?
  std::optional<int> likely_after;  // how likely it feels now, for next time, 0–100
  std::string coped;                // when it did happen: how the parent coped
  std::vector<std::string> used;    // safety behaviours used this time, by their text
  std::string praise;               // one specific thing the partner did well
  std::string note;
  std::vector<Urge> urges;
  std::optional<Timestamp> wait_until; // the wait window's deadline, once opened
  std::vector<Checkin> checkins;
  std::optional<Timestamp> updated; // when sepa last changed this record; merging prefers the newer
  std::optional<PartnerSide> partner;
  RuleVersion rule = RuleVersion::expectancy;
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
  int shift = 20;        // points likely_after must fall below likely_before to count as learning
  int settled = 10;      // … or a likely_after at or below this
  int clean_days = 1;    // of the mastery days, how many without the text or a safety behaviour
  int booster_days = 14; // a gap this long without a full separation asks for a booster first
  Extra extra;
};

// Optional names, used in messages where they would otherwise say "your partner".
struct Names {
  std::string parent;
  std::string partner;
  Extra extra;
  friend bool operator==(const Names&, const Names&) = default;
};

enum class PlanState { planned, kept, removed };

// A separation the couple planned ahead (`sepa plan next`). Removed ones are kept as such, so a
// merge with an older copy cannot bring them back.
struct PlannedSeparation {
  std::string id;
  Timestamp at;
  Seconds length{};
  std::string activity;
  PlanState state = PlanState::planned;
  std::string separation; // the id of the separation that kept it
  std::optional<Timestamp> updated;
  Extra extra;
  friend bool operator==(const PlannedSeparation&, const PlannedSeparation&) = default;
};

inline constexpr Seconds k_min_wait{20 * 60};
inline constexpr Seconds k_max_wait{30 * 60};
inline constexpr const char* k_default_message = "How are things going?";

struct Ladder {
  int schema = k_schema;   // of the file it was read from; it is always written as k_schema
  std::string created;     // RFC 3339, informational
  std::vector<Rung> rungs; // kept sorted by length, no two the same
  Seconds wait{k_min_wait};
  std::string message{k_default_message};
  std::vector<std::string> strengths;
  std::vector<std::string> emergencies;
  std::vector<std::string> safety; // safety behaviours the couple means to fade
  Names names;
  Rules rules;
  std::vector<PlannedSeparation> plans; // in the order they were made
  std::vector<Separation> separations;  // in the order they were started
  Extra extra;
};

// The starting ladder from the brief: 5 min, 15 min, 30 min, 1 h, 2 h, half a day.
Ladder default_ladder(const Timestamp& now);

// The activity to give a rung of `length` added back without one (`sepa plan add`): a removed
// rung leaves no record, but a separation started on it carries its activity, so this is the
// activity of the latest separation planned at that length, or empty when there is none.
std::string remembered_activity(const Ladder& ladder, Seconds length);

const char* to_string(Outcome o);
std::optional<Outcome> outcome_from_string(std::string_view s);
const char* to_string(Happened h);
std::optional<Happened> happened_from_string(std::string_view s);
const char* to_string(PlanState s);
std::optional<PlanState> plan_state_from_string(std::string_view s);

} // namespace sepa
