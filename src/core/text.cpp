#include "sepa/text.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace sepa {

namespace {

// Decodes one code point at `pos`; returns it and its length, or {U+FFFD, 1} for a bad byte.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t pos)
{
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    return {b0, 1};
  }
  std::size_t len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (pos + len > s.size()) {
    return {0xFFFD, 1};
  }
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      return {0xFFFD, 1};
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr std::array<char32_t, 5> k_min{0, 0, 0x80, 0x800, 0x10000};
  if (cp < k_min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {0xFFFD, 1};
  }
  return {cp, len};
}

void encode(char32_t cp, std::string& out)
{
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct Range {
  char32_t lo, hi;
};

bool in(char32_t cp, const Range* begin, const Range* end)
{
  for (const Range* r = begin; r != end; ++r) {
    if (cp >= r->lo && cp <= r->hi) {
      return true;
    }
  }
  return false;
}

// Zero-width: combining marks, joiners, variation selectors, and the bidi controls that are
// shown as nothing (they are neutralised below, so only the harmless ones remain).
constexpr std::array<Range, 9> k_zero{{{0x0300, 0x036F},
                                       {0x0483, 0x0489},
                                       {0x0591, 0x05BD},
                                       {0x0610, 0x061A},
                                       {0x064B, 0x065F},
                                       {0x200B, 0x200D},
                                       {0x20D0, 0x20FF},
                                       {0xFE00, 0xFE0F},
                                       {0xE0100, 0xE01EF}}};

// East Asian wide and fullwidth ranges, and the emoji blocks terminals draw two columns wide.
constexpr std::array<Range, 17> k_wide{{{0x1100, 0x115F},
                                        {0x231A, 0x231B},
                                        {0x23E9, 0x23EC},
                                        {0x25FD, 0x25FE},
                                        {0x2614, 0x2615},
                                        {0x2648, 0x2653},
                                        {0x26AA, 0x26AB},
                                        {0x2E80, 0x303E},
                                        {0x3041, 0x33FF},
                                        {0x3400, 0x4DBF},
                                        {0x4E00, 0x9FFF},
                                        {0xA000, 0xA4CF},
                                        {0xAC00, 0xD7A3},
                                        {0xF900, 0xFAFF},
                                        {0xFE30, 0xFE4F},
                                        {0xFF00, 0xFF60},
                                        {0xFFE0, 0xFFE6}}};
constexpr std::array<Range, 4> k_wide_astral{
  {{0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD}}};

std::size_t width_of(char32_t cp)
{
  if (in(cp, k_zero.data(), k_zero.data() + k_zero.size())) {
    return 0;
  }
  if (in(cp, k_wide.data(), k_wide.data() + k_wide.size()) ||
      in(cp, k_wide_astral.data(), k_wide_astral.data() + k_wide_astral.size())) {
    return 2;
  }
  return 1;
}

// Bidi overrides and isolates can reorder what follows them on the line.
bool is_bidi_control(char32_t cp)
{
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
         cp == 0x200F || cp == 0x061C;
}

template <class F> void each(std::string_view s, F&& f)
{
  for (std::size_t pos = 0; pos < s.size();) {
    const auto [cp, len] = decode(s, pos);
    f(cp, s.substr(pos, len));
    pos += len;
  }
}

} // namespace

bool valid_utf8(std::string_view text)
{
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [cp, len] = decode(text, pos);
    if (cp == 0xFFFD && !(len == 3 && text.substr(pos, 3) == "\xEF\xBF\xBD")) {
      return false;
    }
    pos += len;
  }
  return true;
}

std::string neutralise(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  each(text, [&](char32_t cp, std::string_view bytes) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F) {
      out += '^';
      out += static_cast<char>(cp == 0x7F ? '?' : cp + 0x40);
    } else if ((cp >= 0x80 && cp < 0xA0) || is_bidi_control(cp)) {
      out += "\xEF\xBF\xBD";
    } else if (cp == 0xFFFD) {
      encode(cp, out);
    } else {
      out += bytes;
    }
  });
  return out;
}

std::size_t display_width(std::string_view text)
{
  std::size_t width = 0;
  each(neutralise(text), [&](char32_t cp, std::string_view) { width += width_of(cp); });
  return width;
}

std::string truncate(std::string_view text, std::size_t width)
{
  const std::string clean = neutralise(text);
  if (display_width(clean) <= width) {
    return clean;
  }
  std::string out;
  std::size_t used = 0;
  const std::size_t room = width == 0 ? 0 : width - 1;
  bool full = false;
  each(clean, [&](char32_t cp, std::string_view bytes) {
    const std::size_t w = width_of(cp);
    if (full || used + w > room) {
      full = true;
      return;
    }
    used += w;
    out += bytes;
  });
  return width == 0 ? out : out + "\xE2\x80\xA6";
}

std::string fit(std::string_view text, std::size_t width)
{
  std::string out = truncate(text, width);
  const std::size_t w = display_width(out);
  if (w < width) {
    out.append(width - w, ' ');
  }
  return out;
}

} // namespace sepa
