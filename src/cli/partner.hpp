#pragma once
// `sepa partner`: the partner's side of a separation — confidence, what went well, what would
// help next time, a thank-you back, a note on the baby.

#include "cli/context.hpp"

#include <string>

namespace CLI {
class App;
}

namespace sepa {

struct PartnerOptions {
  std::string confidence;
  std::string went_well;
  std::string needed;
  std::string thanks;
  std::string baby;
  std::string for_id;          // empty: the open separation, else the last one
  std::string format = "text"; // or "json"
};

void register_partner(CLI::App& app, Context& ctx);
int run_partner(const PartnerOptions& options, Context& ctx);

} // namespace sepa
