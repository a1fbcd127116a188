#pragma once
// Byte-level helpers shared by the ladder's JSON reader and writer (internal).

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sepa::json_text {

// Whether a byte can stand in a JSON string as it is: ASCII, not a control character, a quote
// or a backslash.
inline bool plain(char c)
{
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x20 && b < 0x80 && c != '"' && c != '\\';
}

// The same for eight bytes at once, by word-at-a-time tests, each exact as a yes/no answer.
inline bool plain8(const char* p)
{
  constexpr std::uint64_t ones = 0x0101010101010101;
  constexpr std::uint64_t highs = 0x8080808080808080;
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  const auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
  return ((w & highs) | below_space | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) ==
         0;
}

// The first byte from `p` that is not plain (or `end`).
inline const char* skip_plain(const char* p, const char* end)
{
  while (end - p >= 8 && plain8(p)) {
    p += 8;
  }
  while (p < end && plain(*p)) {
    ++p;
  }
  return p;
}

// The length of the well-formed UTF-8 sequence of two to four bytes at `p` (Unicode's table
// 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or 0 when there is none.
inline std::size_t utf8_length(const char* p, const char* end)
{
  const auto at = [&](std::ptrdiff_t i) -> unsigned {
    return p + i < end ? static_cast<unsigned char>(p[i]) : 0U;
  };
  const auto in = [](unsigned c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
  const unsigned c = at(0);
  std::size_t length = 0;
  if (in(c, 0xC2, 0xDF)) {
    length = 2;
  } else if (c == 0xE0) {
    length = in(at(1), 0xA0, 0xBF) ? 3 : 0;
  } else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) {
    length = in(at(1), 0x80, 0xBF) ? 3 : 0;
  } else if (c == 0xED) {
    length = in(at(1), 0x80, 0x9F) ? 3 : 0;
  } else if (c == 0xF0) {
    length = in(at(1), 0x90, 0xBF) ? 4 : 0;
  } else if (in(c, 0xF1, 0xF3)) {
    length = in(at(1), 0x80, 0xBF) ? 4 : 0;
  } else if (c == 0xF4) {
    length = in(at(1), 0x80, 0x8F) ? 4 : 0;
  }
  for (std::size_t i = length == 2 ? 1 : 2; i < length; ++i) {
    if (!in(at(static_cast<std::ptrdiff_t>(i)), 0x80, 0xBF)) {
      return 0;
    }
  }
  return length;
}

} // namespace sepa::json_text
