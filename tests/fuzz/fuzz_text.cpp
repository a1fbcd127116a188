// User text on its way to a terminal. Properties: the neutralised text is valid UTF-8 with no
// control characters (C0, DEL, C1) and no bidi overrides; fit() always fills exactly the width
// asked for and truncate() never exceeds it, so tables stay aligned; fit_line() never makes a
// line wider than the width (from 2, the widest character); ascii_only() gives pure ASCII
// exactly as wide as the text.

#include "fuzz_check.hpp"
#include "sepa/text.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using sepa::fuzz::check;

namespace {

bool has_no_controls(std::string_view s)
{
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b == 0x7F) {
      return false;
    }
    // C1 controls are U+0080–U+009F, encoded C2 80 – C2 9F.
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      return false;
    }
    // Bidi embeddings, overrides and isolates: E2 80 AA–AE and E2 81 A6–A9.
    if (b == 0xE2 && i + 2 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      const auto b2 = static_cast<unsigned char>(s[i + 2]);
      if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
        return false;
      }
    }
  }
  return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  if (size == 0) {
    return 0;
  }
  // The first byte picks a column width; the rest is the text.
  const std::size_t width = data[0] % 64;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string clean = sepa::neutralise(text);
  check(sepa::valid_utf8(clean), "neutralised text is valid UTF-8");
  check(has_no_controls(clean), "neutralised text has no control characters");
  check(sepa::display_width(sepa::fit(text, width)) == width, "fit fills the width exactly");
  check(sepa::display_width(sepa::truncate(text, width)) <= width, "truncate stays within");
  check(has_no_controls(sepa::fit(text, width)), "fitted text has no control characters");

  const std::string ascii = sepa::ascii_only(clean);
  check(std::all_of(ascii.begin(), ascii.end(), [](char c) { return (c & 0x80) == 0; }),
        "ascii_only gives ASCII");
  check(sepa::display_width(ascii) == sepa::display_width(clean), "ascii_only keeps the width");
  const std::size_t columns = 2 + width;
  const std::string laid_out = sepa::fit_line(clean, columns);
  for (std::size_t start = 0; start <= laid_out.size();) {
    const std::size_t end = std::min(laid_out.find('\n', start), laid_out.size());
    check(sepa::display_width(std::string_view(laid_out).substr(start, end - start)) <= columns,
          "fit_line keeps every line within the width");
    start = end + 1;
  }
  return 0;
}
