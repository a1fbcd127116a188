#pragma once
// The partner's side of the practice (docs/together.md): their view of a separation, and the
// names messages use. Pure: `now` comes in as a value.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sepa {

// What `sepa partner` was told; only what is given changes, so calling it again edits.
struct PartnerRequest {
  std::optional<int> confidence; // 0–10
  std::string went_well;
  std::string needed;
  std::string thanks;
  std::string baby;
  bool empty() const
  {
    return !confidence && went_well.empty() && needed.empty() && thanks.empty() && baby.empty();
  }
};

// The separation the partner is speaking about: `id` (the whole id, or its first characters
// when they name one separation), else the open one, else the last finished. Throws StateError
// when there is none, UsageError when `id` names none or several.
Separation& partner_target(Ladder& ladder, const std::optional<std::string>& id);

// Records what was given on the separation, stamping `at` and `updated` with `now`.
void record_partner(Separation& s, const PartnerRequest& request, const Timestamp& now);

// What the partner said, as labelled lines in the order asked; what was not said is left out.
// Raw user text: each format escapes it its own way.
struct PartnerLine {
  const char* label;
  std::string text;
};
std::vector<PartnerLine> partner_lines(const PartnerSide& side);

// "Planned ahead: 3, kept 2; 1 went by, which happens." or the nudge to plan one.
std::string plans_sentence(int planned, int kept, int missed);

// "Alex", or "your partner" when no name is set; capitalised for the start of a sentence.
std::string partner_name(const Ladder& ladder);
std::string partner_name_cap(const Ladder& ladder);
// "Alex's", "your partner's"; the same capitalised.
std::string partners(const Ladder& ladder);
std::string partners_cap(const Ladder& ladder);

} // namespace sepa
