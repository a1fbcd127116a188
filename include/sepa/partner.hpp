#pragma once
// The partner's side of the practice (docs/together.md): their view of a separation, and the
// names messages use. Pure: `now` comes in as a value.

#include "sepa/ladder.hpp"

#include <optional>
#include <string>

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

// "Alex", or "your partner" when no name is set; capitalised for the start of a sentence.
std::string partner_name(const Ladder& ladder);
std::string partner_name_cap(const Ladder& ladder);
// "Alex's", "your partner's"; the same capitalised.
std::string partners(const Ladder& ladder);
std::string partners_cap(const Ladder& ladder);

} // namespace sepa
