// Instants (RFC 3339, as stored in the file) and --at times (HH:MM, -10m, RFC 3339) in a zone
// with DST changes. Properties: nothing crashes; a parsed instant formats and reads back to the
// same instant and offset; an accepted --at is never in the future; a failure says why.

#include "fuzz_check.hpp"
#include "sepa/parse.hpp"
#include "sepa/time.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

using sepa::fuzz::check;
using namespace std::chrono;

namespace {

// Europe/Paris in 2026: +02:00 from 29 Mar 01:00 UTC to 25 Oct 01:00 UTC, else +01:00.
class ParisZone final : public sepa::TimeZone {
public:
  minutes offset_at(sepa::SysSeconds utc) const override
  {
    const auto spring = sys_days{2026y / March / 29} + hours{1};
    const auto autumn = sys_days{2026y / October / 25} + hours{1};
    return utc >= spring && utc < autumn ? minutes{120} : minutes{60};
  }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto t = sepa::parse_rfc3339(text)) {
    const auto again = sepa::parse_rfc3339(sepa::format_rfc3339(*t));
    check(again && *again == *t, "an instant reads back from its own text");
  }
  static const ParisZone paris;
  static const sepa::FixedZone fixed{minutes{-300}};
  // Just after the spring change and during the repeated autumn hour.
  for (const sepa::TimeZone* zone :
       {static_cast<const sepa::TimeZone*>(&paris), static_cast<const sepa::TimeZone*>(&fixed)}) {
    for (const auto now : {sys_days{2026y / March / 29} + hours{1} + minutes{30},
                           sys_days{2026y / October / 25} + minutes{30}}) {
      const auto at = sepa::parse_at(text, zone->stamp(now), *zone);
      if (at) {
        check(at.value->utc <= now, "--at is never in the future");
      } else {
        check(!at.error.empty(), "a refused time says why");
      }
    }
  }
  return 0;
}
