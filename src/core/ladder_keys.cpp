// The keys of each object of the ladder file, and the field each one fills.

#include "core/ladder_raw.hpp"

#include <array>

namespace sepa::raw {

namespace {

template <class T> struct Field {
  std::string_view name;
  Value T::*member;
};

// Keys mostly come in the order sepa writes them (the order of these tables), so the search
// starts just after the key found last and usually matches at once.
template <class T, std::size_t N>
Value* find(T& object, const std::array<Field<T>, N>& fields, std::string_view key,
            std::size_t& cursor)
{
  for (std::size_t k = 0; k < N; ++k) {
    const std::size_t i = cursor + k < N ? cursor + k : cursor + k - N;
    if (fields[i].name.size() == key.size() && fields[i].name == key) {
      cursor = i + 1 < N ? i + 1 : 0;
      return &(object.*fields[i].member);
    }
  }
  return nullptr;
}

constexpr std::array<Field<Top>, 9> k_top{{{"schema", &Top::schema},
                                           {"created", &Top::created},
                                           {"wait", &Top::wait},
                                           {"message", &Top::message},
                                           {"rules", &Top::rules},
                                           {"rungs", &Top::rungs},
                                           {"strengths", &Top::strengths},
                                           {"emergencies", &Top::emergencies},
                                           {"separations", &Top::separations}}};
constexpr std::array<Field<Rules>, 4> k_rules{{{"good_peak", &Rules::good_peak},
                                               {"mastery_days", &Rules::mastery_days},
                                               {"stall_tries", &Rules::stall_tries},
                                               {"early_returns", &Rules::early_returns}}};
constexpr std::array<Field<Rung>, 2> k_rung{
  {{"length", &Rung::length}, {"activity", &Rung::activity}}};
constexpr std::array<Field<Urge>, 2> k_urge{{{"at", &Urge::at}, {"level", &Urge::level}}};
constexpr std::array<Field<Checkin>, 2> k_checkin{
  {{"at", &Checkin::at}, {"outcome", &Checkin::outcome}}};
constexpr std::array<Field<Separation>, 16> k_separation{{{"id", &Separation::id},
                                                          {"started", &Separation::started},
                                                          {"ended", &Separation::ended},
                                                          {"planned", &Separation::planned},
                                                          {"activity", &Separation::activity},
                                                          {"anxiety", &Separation::anxiety},
                                                          {"peak", &Separation::peak},
                                                          {"after", &Separation::after},
                                                          {"prediction", &Separation::prediction},
                                                          {"happened", &Separation::happened},
                                                          {"praise", &Separation::praise},
                                                          {"note", &Separation::note},
                                                          {"urges", &Separation::urges},
                                                          {"wait_until", &Separation::wait_until},
                                                          {"checkins", &Separation::checkins},
                                                          {"updated", &Separation::updated}}};

} // namespace

Value* field(Top& o, std::string_view key, std::size_t& cursor)
{
  return find(o, k_top, key, cursor);
}

Value* field(Rules& o, std::string_view key, std::size_t& cursor)
{
  return find(o, k_rules, key, cursor);
}

Value* field(Rung& o, std::string_view key, std::size_t& cursor)
{
  return find(o, k_rung, key, cursor);
}

Value* field(Separation& o, std::string_view key, std::size_t& cursor)
{
  return find(o, k_separation, key, cursor);
}

Value* field(Urge& o, std::string_view key, std::size_t& cursor)
{
  return find(o, k_urge, key, cursor);
}

Value* field(Checkin& o, std::string_view key, std::size_t& cursor)
{
  return find(o, k_checkin, key, cursor);
}

} // namespace sepa::raw
