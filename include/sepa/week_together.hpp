#pragma once
// The weekly conversation for two (`sepa week`, docs/together.md): this week against the one
// before, what was expected against what was found, thanks both ways, what each needs, what is
// planned, and three prompts to talk over. Pure: `now` comes in as a value.

#include "sepa/ladder.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace sepa {

// Seven local days, from `first` to `last` inclusive.
struct Period {
  std::chrono::local_days first;
  std::chrono::local_days last;
  int separations = 0; // started in the period, finished
  Seconds apart{};
  Seconds longest{};
  std::vector<Seconds> rungs_learned; // rungs that became mastered during the period
  std::optional<double> confidence;   // the partner's, on average
  int planned = 0;                    // plans timed in the period, not removed
  int kept = 0;
  int missed = 0;
};

// One fear, as the parent worded it, over the week.
struct Fear {
  std::string prediction;
  int made = 0;
  int happened = 0; // all or partly
};

// A line someone wrote, and when.
struct Said {
  std::chrono::local_days day;
  std::string text;
};

struct Week {
  Timestamp at; // when it was made
  Period this_week;
  Period last_week;
  std::vector<Fear> fears; // most often feared first
  std::optional<double> likely_before;
  std::optional<double> likely_after;
  std::vector<Said> praise;                     // the parent's, for the partner
  std::vector<Said> thanks;                     // the partner's, for the parent
  std::vector<Said> needs;                      // what the partner would like next time
  std::vector<Said> notes;                      // the parent's notes
  std::vector<Said> baby;                       // the partner's notes on the baby
  std::vector<const PlannedSeparation*> coming; // plans in the seven days ahead, soonest first
  std::string parent;                           // names, as set (may be empty)
  std::string partner;
};

// The week starting on `since` (default: the seven days ending today), and the seven before.
Week build_week(const Ladder& ladder, std::optional<std::chrono::local_days> since,
                const Timestamp& now);

// One screen for the two to read together: words wrapped to `width` (40 and up).
std::string render_week_text(const Week& week, std::size_t width);
std::string render_week_markdown(const Week& week);
std::string render_week_json(const Week& week);

// The three prompts for the conversation.
const std::vector<std::string>& week_prompts();

} // namespace sepa
