// Durations and ratings as people type them. Properties: nothing crashes; a failure always
// carries a message; an accepted duration is within (0, 24h] and reads back the same from its
// own shortest spelling; an accepted rating is 0–10.

#include "fuzz_check.hpp"
#include "sepa/parse.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using sepa::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto d = sepa::parse_duration(text);
  if (d) {
    check(*d.value > sepa::Seconds{0} && *d.value <= sepa::k_max_duration, "duration in range");
    const auto again = sepa::parse_duration(sepa::format_duration(*d.value));
    check(again && *again.value == *d.value, "format_duration reads back");
  } else {
    check(!d.error.empty(), "a refused duration says why");
  }
  const auto r = sepa::parse_rating(text, "--peak");
  if (r) {
    check(*r.value >= 0 && *r.value <= 10, "rating in range");
  } else {
    check(!r.error.empty(), "a refused rating says why");
  }
  return 0;
}
