#include "sepa/follow.hpp"

namespace sepa {

Elsewhere changed_elsewhere(const Separation& seen, const Separation* now)
{
  if (now == nullptr) {
    return Elsewhere::removed;
  }
  if (!now->open()) {
    return Elsewhere::ended;
  }
  // The deadline and the check-ins are what the countdown counts down to and would record
  // into; the start and the planned length give the planned end it announced and its on-due
  // hook. Anything else is the other window's business, and the countdown runs on.
  const bool same = now->wait_until == seen.wait_until && now->checkins == seen.checkins &&
                    now->started == seen.started && now->planned == seen.planned;
  return same ? Elsewhere::nothing : Elsewhere::changed;
}

std::string elsewhere_words(Elsewhere what)
{
  switch (what) {
  case Elsewhere::ended:
    return "Done in another window. Welcome back.";
  case Elsewhere::removed:
    return "Cancelled in another window. Take care.";
  case Elsewhere::changed:
    return "Changed in another window: sepa status";
  case Elsewhere::nothing:
    break;
  }
  return {};
}

} // namespace sepa
