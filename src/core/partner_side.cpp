#include "sepa/partner_side.hpp"

#include "sepa/errors.hpp"
#include "sepa/session.hpp"
#include "sepa/text.hpp"

#include <fmt/format.h>

namespace sepa {

namespace {

Separation* by_id(Ladder& ladder, const std::string& id)
{
  Separation* found = nullptr;
  int matches = 0;
  for (Separation& s : ladder.separations) {
    if (s.id == id) {
      return &s;
    }
    if (s.id.compare(0, id.size(), id) == 0) {
      found = &s;
      ++matches;
    }
  }
  if (matches > 1) {
    throw UsageError(
      fmt::format("--for {}: that begins {} separations' ids", neutralise(id), matches),
      "give more of the id; `sepa report --format csv` lists them");
  }
  if (found == nullptr) {
    throw UsageError(fmt::format("--for {}: no separation has that id", neutralise(id)),
                     "`sepa report --format csv` lists the ids; without --for, the latest is used");
  }
  return found;
}

template <typename T> void set_if(T& field, const T& value, bool given)
{
  if (given) {
    field = value;
  }
}

} // namespace

Separation& partner_target(Ladder& ladder, const std::optional<std::string>& id)
{
  if (id) {
    return *by_id(ladder, *id);
  }
  if (Separation* open = open_separation(ladder)) {
    return *open;
  }
  if (ladder.separations.empty()) {
    throw StateError("there is no separation yet for your side to go with",
                     "once one has started (`sepa start`), `sepa partner` records how it went "
                     "for you");
  }
  return ladder.separations.back();
}

void record_partner(Separation& s, const PartnerRequest& r, const Timestamp& now)
{
  PartnerSide side = s.partner.value_or(PartnerSide{});
  set_if(side.confidence, r.confidence, r.confidence.has_value());
  set_if(side.went_well, r.went_well, !r.went_well.empty());
  set_if(side.needed, r.needed, !r.needed.empty());
  set_if(side.thanks, r.thanks, !r.thanks.empty());
  set_if(side.baby, r.baby, !r.baby.empty());
  side.at = now;
  s.partner = std::move(side);
  s.updated = now;
}

std::vector<PartnerLine> partner_lines(const PartnerSide& p)
{
  std::vector<PartnerLine> out;
  if (p.confidence) {
    out.push_back({"Confidence, 0–10", std::to_string(*p.confidence)});
  }
  for (const PartnerLine& line :
       {PartnerLine{"Went well", p.went_well}, PartnerLine{"Would help next time", p.needed},
        PartnerLine{"Thanks", p.thanks}, PartnerLine{"The baby", p.baby}}) {
    if (!line.text.empty()) {
      out.push_back(line);
    }
  }
  return out;
}

std::string plans_sentence(int planned, int kept, int missed)
{
  if (planned == 0) {
    return "None planned ahead yet. Choosing a time together helps: sepa plan next";
  }
  return fmt::format("Planned ahead: {}, kept {}{}.", planned, kept,
                     missed == 0 ? std::string()
                                 : fmt::format("; {} went by, which happens", missed));
}

std::string partner_name(const Ladder& ladder)
{
  return ladder.names.partner.empty() ? "your partner" : neutralise(ladder.names.partner);
}

std::string partner_name_cap(const Ladder& ladder)
{
  return capitalised(partner_name(ladder));
}

std::string partners(const Ladder& ladder)
{
  return partner_name(ladder) + "'s";
}

std::string partners_cap(const Ladder& ladder)
{
  return capitalised(partners(ladder));
}

} // namespace sepa
